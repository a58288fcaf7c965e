/**
 * The way of an API request, in Laravel's order: route, authentication (401), throttle (429), the account's life
 * up to now, validation against the contract (404 for path parameters that name nothing, 422 for input), the
 * operation's handler. Fault rules may delay, replace or spoil the answer.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import { matchRoute, validateRequest, type ApiBase, type SpecOperation } from '../contract/index.js';
import { accountHandlers, publicOperationHandlers } from '../handlers/index.js';
import type { Outcome, RequestValues } from '../handlers/types.js';
import { advanceAccount } from '../life/index.js';
import type { World } from '../state/world.js';
import type { RenderContext } from '../views/render-context.js';
import type { FaultBoard } from './faults.js';
import type { RateLimiter } from './rate-limit.js';
import { jsonWire, malformed, MESSAGES, outcomeWire, parseJsonBody, readBody, send, type Wire } from './wire.js';

export interface ApiDeps {
  world: World;
  limiter: RateLimiter;
  faults: FaultBoard;
  /** Where unexpected errors are reported (the client gets a 500). */
  onError: (error: unknown) => void;
}

const BASES: readonly [ApiBase, string][] = [
  ['v1', '/api/v1'],
  ['public', '/api/public'],
];

function bearerKey(req: IncomingMessage): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1] ?? null;
}

function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}

/** Query parameters named in `errors` (to drop where the operation declares no 422). */
function invalidQueryNames(op: SpecOperation, errors: Record<string, string[]>): Set<string> {
  const names = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  return new Set(Object.keys(errors).filter((field) => names.has(field)));
}

/**
 * Checks the request against the contract. A path parameter that does not fit names nothing: 404, or 422 where
 * the operation declares only that. Bad input is 422; where the operation declares no 422 (list filters of
 * `/autocalls`, `/bulks`, pages), the offending query parameters are ignored instead, so validation never
 * answers a status the operation does not list.
 */
function validated(
  op: SpecOperation,
  params: Record<string, string>,
  url: URL,
  body: unknown,
  rc: RenderContext,
): RequestValues | Wire {
  const query = Object.fromEntries(url.searchParams);
  let result = validateRequest(op.id, { params, query, body });
  if (result.kind === 'invalid' && result.location === 'input' && !op.responses.has(422)) {
    const dropped = invalidQueryNames(op, result.errors);
    result = validateRequest(op.id, {
      params,
      query: Object.fromEntries(Object.entries(query).filter(([name]) => !dropped.has(name))),
      body,
    });
  }
  switch (result.kind) {
    case 'valid':
      return { params: result.params, query: result.query, body: result.body, rc };
    case 'invalid':
      return result.location === 'path' && op.responses.has(404)
        ? jsonWire(404, { message: MESSAGES.notFound })
        : jsonWire(422, { message: MESSAGES.invalid, errors: result.errors });
    case 'unknown-operation':
      throw new Error(`sandbox: no validator for ${result.operationId}`);
  }
}

function isWire(value: RequestValues | Wire): value is Wire {
  return 'status' in value;
}

function runHandler(values: RequestValues | Wire, run: (values: RequestValues) => Outcome): Wire {
  return isWire(values) ? values : outcomeWire(run(values));
}

async function process(deps: ApiDeps, req: IncomingMessage, url: URL, base: ApiBase, path: string): Promise<Wire> {
  const match = matchRoute(base, req.method ?? 'GET', path);
  if (match.kind === 'no-route') return jsonWire(404, { message: MESSAGES.notFound });
  if (match.kind === 'method-not-allowed') {
    const allow = match.allowed.map((m) => m.toUpperCase()).join(', ');
    return jsonWire(405, { message: `The ${req.method ?? ''} method is not supported for this route. Supported methods: ${allow}.` }, { Allow: allow });
  }
  const raw = await readBody(req);
  if (raw === null) return jsonWire(413, { message: 'Payload Too Large.' }, { Connection: 'close' });
  const body = parseJsonBody(raw);
  const { world } = deps;
  const now = world.clock.now();
  const rc: RenderContext = { origin: `http://${req.headers.host ?? 'localhost'}`, now };
  const op = match.operation;
  if (!op.secured) {
    const handler = publicOperationHandlers.get(op.id);
    if (!handler) throw new Error(`sandbox: no handler for ${op.id}`);
    const values = validated(op, match.params, url, body, rc);
    return runHandler(values, (v) => handler({ ...v, world, ip: clientIp(req) }));
  }
  const key = bearerKey(req);
  const account = key === null ? null : world.account(key);
  if (key === null || !account) return jsonWire(401, { message: MESSAGES.unauthenticated });
  const rate = deps.limiter.hit(key, now);
  if (!rate.allowed) return jsonWire(429, { message: MESSAGES.tooMany }, rate.headers);
  advanceAccount(world, account, now);
  const handler = accountHandlers.get(op.id);
  if (!handler) throw new Error(`sandbox: no handler for ${op.id}`);
  const values = validated(op, match.params, url, body, rc);
  const wire = runHandler(values, (v) => handler({ ...v, ctx: { world, account, now } }));
  return { ...wire, headers: { ...rate.headers, ...wire.headers } };
}

/** Serves a request under `/api/`. */
export async function serveApi(deps: ApiDeps, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const found = BASES.find(([, prefix]) => url.pathname.startsWith(`${prefix}/`));
  if (!found) {
    send(res, jsonWire(404, { message: MESSAGES.notFound }));
    return;
  }
  const [base, prefix] = found;
  const plan = deps.faults.decide(req.method ?? 'GET', url.pathname);
  if (plan.latencyMs > 0) await delay(plan.latencyMs);
  if (plan.early?.kind === 'drop-connection') {
    req.socket.destroy();
    return;
  }
  if (plan.early?.kind === 'server-error') {
    send(res, jsonWire(plan.early.status, { message: MESSAGES.serverError }));
    return;
  }
  if (plan.early?.kind === 'respond') {
    send(res, jsonWire(plan.early.status, plan.early.body));
    return;
  }
  if (plan.early?.kind === 'rate-limit') {
    send(res, jsonWire(429, { message: MESSAGES.tooMany }, { 'Retry-After': String(plan.early.retryAfterSeconds) }));
    return;
  }
  let wire: Wire;
  try {
    wire = await process(deps, req, url, base, url.pathname.slice(prefix.length));
  } catch (error) {
    deps.onError(error);
    wire = jsonWire(500, { message: MESSAGES.serverError });
  }
  if (plan.late === 'drop-response') {
    req.socket.destroy();
    return;
  }
  send(res, plan.late === 'malformed-json' ? malformed(wire) : wire);
}
