/**
 * The control surface over HTTP under `/_sandbox/`, for a standalone sandbox shared by several processes: no key,
 * loopback clients only. It mirrors the `Sandbox` object: accounts, clock, faults, notifications, revocation and
 * a state dump.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Sandbox } from '../sandbox-types.js';
import { accountOptionsSchema } from '../state/account-options.js';
import { NOTIFICATION_TYPES } from '../state/records.js';
import { faultSpecSchema } from './faults.js';
import { jsonWire, MESSAGES, parseJsonBody, readBody, send, type Wire } from './wire.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

const keyField = z.string().min(1);
const accountBody = accountOptionsSchema.extend({ key: keyField });
const advanceBody = z.object({ ms: z.number().int().min(0) });
const notificationBody = z.object({ key: keyField, type: z.enum(NOTIFICATION_TYPES), data: z.record(z.string(), z.unknown()) });
const revokeBody = z.object({ key: keyField });

function invalid(error: z.ZodError): Wire {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join('.') || 'body'] ??= []).push(issue.message);
  return jsonWire(422, { message: MESSAGES.invalid, errors });
}

function noContent(): Wire {
  return { status: 204, headers: {}, body: Buffer.alloc(0) };
}

type Route = (sandbox: Sandbox, body: unknown, url: URL) => Wire;

const routes: Readonly<Record<string, Route>> = {
  'POST /_sandbox/accounts': (sandbox, body) => {
    const parsed = accountBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const { key, ...options } = parsed.data;
    if (sandbox.hasAccount(key)) return jsonWire(409, { message: 'The key already has an account.' });
    sandbox.createAccount(key, options);
    return jsonWire(201, { key });
  },
  'GET /_sandbox/clock': (sandbox) => jsonWire(200, { now: sandbox.clock.now().toISOString() }),
  'POST /_sandbox/clock/advance': (sandbox, body) => {
    const parsed = advanceBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    sandbox.clock.advance(parsed.data.ms);
    return jsonWire(200, { now: sandbox.clock.now().toISOString() });
  },
  'PUT /_sandbox/faults': (sandbox, body) => {
    const parsed = faultSpecSchema.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    sandbox.faults.set(parsed.data);
    return noContent();
  },
  'DELETE /_sandbox/faults': (sandbox) => {
    sandbox.faults.clear();
    return noContent();
  },
  'POST /_sandbox/notifications': (sandbox, body) => {
    const parsed = notificationBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    const { key, type, data } = parsed.data;
    if (!sandbox.hasAccount(key)) return jsonWire(404, { message: MESSAGES.notFound });
    return jsonWire(201, { id: sandbox.emitNotification(key, type, data) });
  },
  'POST /_sandbox/revoke': (sandbox, body) => {
    const parsed = revokeBody.safeParse(body);
    if (!parsed.success) return invalid(parsed.error);
    sandbox.revokeKey(parsed.data.key);
    return noContent();
  },
  'GET /_sandbox/state': (sandbox, _body, url) => {
    const state = sandbox.state(url.searchParams.get('key') ?? '');
    return state ? jsonWire(200, state) : jsonWire(404, { message: MESSAGES.notFound });
  },
};

export async function serveControl(sandbox: Sandbox, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  if (!LOOPBACK.has(req.socket.remoteAddress ?? '')) {
    send(res, jsonWire(403, { message: 'The sandbox control surface answers loopback clients only.' }));
    return;
  }
  const route = routes[`${req.method ?? 'GET'} ${url.pathname}`];
  if (!route) {
    send(res, jsonWire(404, { message: MESSAGES.notFound }));
    return;
  }
  const raw = await readBody(req);
  send(res, raw === null ? jsonWire(413, { message: 'Payload Too Large.' }) : route(sandbox, parseJsonBody(raw), url));
}
