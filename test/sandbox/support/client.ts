/**
 * A raw HTTP client for the sandbox tests: calls operations by their contract id (method and path come from the
 * spec), and checks answers against the contract's response schemas.
 */
import { expect } from 'vitest';
import { operationsById, validateResponse } from '../../../src/sandbox/contract/index.js';
import type { Sandbox } from '../../../src/sandbox/index.js';

export interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  bytes: Buffer;
}

export interface CallOptions {
  params?: Record<string, string | number>;
  query?: Record<string, string | number>;
  body?: unknown;
  /** API key; null sends no Authorization header. Default: the client's key. */
  key?: string | null;
}

/** Every operation id a test called, to check that all 55 were exercised. */
export const calledOperations = new Set<string>();

async function answerOf(response: Response): Promise<Answer> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const body: unknown = type.includes('json') && bytes.length > 0 ? JSON.parse(bytes.toString('utf8')) : undefined;
  return { status: response.status, headers: response.headers, body, bytes };
}

export function clientFor(sandbox: Sandbox, defaultKey = 'demo') {
  async function call(operationId: string, options: CallOptions = {}): Promise<Answer> {
    const op = operationsById.get(operationId);
    if (!op) throw new Error(`unknown operation ${operationId}`);
    calledOperations.add(operationId);
    const path = op.path.replace(/\{(\w+)\}/g, (_m, name: string) => encodeURIComponent(String(options.params?.[name])));
    const url = new URL(`${op.base === 'v1' ? sandbox.apiUrl : sandbox.publicApiUrl}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) url.searchParams.set(name, String(value));
    const key = options.key === undefined ? defaultKey : options.key;
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (key !== null) headers['Authorization'] = `Bearer ${key}`;
    if (options.body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(url, {
      method: op.method.toUpperCase(),
      headers,
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
    });
    return answerOf(response);
  }

  /** Calls an operation and asserts the status and that the body fits the contract's schema for it. */
  async function expectOk(operationId: string, status: number, options: CallOptions = {}): Promise<Answer> {
    const answer = await call(operationId, options);
    expect({ status: answer.status, body: answer.body }).toMatchObject({ status });
    expect(validateResponse(operationId, answer.status, answer.body)).toEqual({ kind: 'valid' });
    return answer;
  }

  async function control(method: string, path: string, body?: unknown): Promise<Answer> {
    const response = await fetch(`${sandbox.url}${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return answerOf(response);
  }

  return { call, expectOk, control };
}

/** Asserts an answer fits the contract for its operation and status. */
export function expectContract(operationId: string, answer: Answer): void {
  expect(validateResponse(operationId, answer.status, answer.body)).toEqual({ kind: 'valid' });
}

/** Monday 3 March 2025, 10:00 in Almaty: inside every default calling window. */
export const MONDAY_10_ALMATY = new Date('2025-03-03T05:00:00Z');

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Narrows an unknown JSON body for reading fields in assertions. */
export function obj(value: unknown): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`not an object: ${JSON.stringify(value)}`);
  return value as Record<string, unknown>;
}

export function arr(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`not an array: ${JSON.stringify(value)}`);
  return value;
}

/** `count` distinct numbers `prefix` + 7 digits (prefix `+7701` gives Kcell numbers). */
export function kzNumbers(count: number, prefix = '+7701'): { number: string }[] {
  return Array.from({ length: count }, (_, i) => ({ number: `${prefix}${String(i).padStart(7, '0')}` }));
}
