/**
 * Responses as bytes: the contract's error bodies for failure values, JSON and binary replies, and reading a
 * request body (invalid JSON reads as no input, as in Laravel, which then reports the missing fields).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Failure } from '../actions/result.js';
import type { Outcome } from '../handlers/types.js';

export interface Wire {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function jsonWire(status: number, body: unknown, headers: Record<string, string> = {}): Wire {
  return {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: Buffer.from(JSON.stringify(body)),
  };
}

export const MESSAGES = {
  unauthenticated: 'Unauthenticated.',
  notFound: 'Not found.',
  invalid: 'The given data was invalid.',
  tooMany: 'Too Many Attempts.',
  serverError: 'Server Error.',
} as const;

function failureWire(failure: Failure): Wire {
  switch (failure.kind) {
    case 'not-found':
      return jsonWire(404, { message: MESSAGES.notFound });
    case 'invalid':
      return jsonWire(422, { message: MESSAGES.invalid, errors: failure.errors });
    case 'payment-required':
      return jsonWire(402, { message: failure.message });
    case 'forbidden':
      return jsonWire(403, failure.errors ? { message: failure.message, errors: failure.errors } : { message: failure.message });
    case 'conflict':
      return jsonWire(409, { message: failure.message });
    case 'too-many-attempts':
      return jsonWire(429, { message: failure.message }, { 'Retry-After': String(failure.retryAfterSeconds) });
  }
}

export function outcomeWire(outcome: Outcome): Wire {
  switch (outcome.kind) {
    case 'json':
      return jsonWire(outcome.status, outcome.body);
    case 'empty':
      return { status: 204, headers: {}, body: Buffer.alloc(0) };
    case 'binary':
      return {
        status: 200,
        headers: {
          'Content-Type': outcome.contentType,
          'Content-Disposition': `attachment; filename="${outcome.fileName}"`,
        },
        body: outcome.bytes,
      };
    default:
      return failureWire(outcome);
  }
}

/** The same answer with its body cut in half: what a client sees when a proxy breaks the stream. */
export function malformed(wire: Wire): Wire {
  const cut = wire.body.length > 1 ? wire.body.subarray(0, Math.floor(wire.body.length / 2)) : Buffer.from('{"');
  return { status: wire.status === 204 ? 200 : wire.status, headers: { ...wire.headers, 'Content-Type': 'application/json' }, body: cut };
}

export function send(res: ServerResponse, wire: Wire): void {
  res.writeHead(wire.status, { ...wire.headers, 'Content-Length': String(wire.body.length) });
  res.end(wire.body);
}

/** Uploads are Base64 audio and lists of 10 000 numbers; anything far beyond is refused. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

export function parseJsonBody(raw: Buffer): unknown {
  if (raw.length === 0) return undefined;
  try {
    return JSON.parse(raw.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
