import type { z } from 'zod';
import { AutocallError, type FieldErrors } from './errors.js';
import type { RequestPlace } from './error-from-response.js';
import { OPERATIONS, type OperationId } from './operations.js';
import type { HttpRequest } from './transport.js';

/** A caller-supplied value and the contract rules it must satisfy before it is sent. */
export interface Checked {
  schema: z.ZodType;
  value: unknown;
}

/** Pairs a value with its schema. */
export function checked<S extends z.ZodType>(schema: S, value: z.input<S>): Checked {
  return { schema, value };
}

/** What an SDK method asks for, before validation. */
export interface RequestSpec {
  operationId: OperationId;
  /** Values for the `{placeholders}` of the path template. */
  path?: Checked;
  query?: Checked;
  body?: Checked;
}

/** A validated request, ready to be sent as often as the retry policy allows. */
export interface PreparedRequest {
  place: RequestPlace;
  http: Omit<HttpRequest, 'signal'>;
}

/** Where requests go and as whom. */
export interface RequestTarget {
  baseUrl: URL;
  /** `null` for the public API. */
  apiKey: string | null;
}

/** Header-safe and non-empty: anything else can only be a paste accident, and would leak into errors. */
const API_KEY_SHAPE = /^[\x21-\x7e]+$/;

/**
 * Validates the request against the contract's rules and builds it. An invalid request never
 * leaves the process: it fails here with the same `validation` error a 422 would produce.
 */
export function prepareRequest(spec: RequestSpec, target: RequestTarget): PreparedRequest {
  const info = OPERATIONS[spec.operationId];
  const place: RequestPlace = { operation: spec.operationId, method: info.httpMethod, path: info.path };
  if (target.apiKey !== null && !API_KEY_SHAPE.test(target.apiKey)) {
    throw new AutocallError(
      { kind: 'unauthenticated' },
      { ...place, status: null, serverMessage: 'The API key is malformed; nothing was sent.' },
    );
  }

  const fields: FieldErrors = {};
  const pathValues = validate(spec.path, fields);
  const query = validate(spec.query, fields);
  const body = validate(spec.body, fields);
  if (Object.keys(fields).length > 0) {
    throw new AutocallError({ kind: 'validation', fields }, { ...place, status: null, serverMessage: null });
  }

  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (target.apiKey !== null) headers['authorization'] = `Bearer ${target.apiKey}`;
  const http: Omit<HttpRequest, 'signal'> = {
    origin: target.baseUrl.origin,
    path: target.baseUrl.pathname.replace(/\/$/, '') + fillPath(info.path, pathValues) + queryString(query),
    method: info.httpMethod,
    headers,
  };
  if (body !== undefined) http.body = JSON.stringify(body);
  return { place, http };
}

function validate(input: Checked | undefined, fields: FieldErrors): unknown {
  if (input === undefined) return undefined;
  const result = input.schema.safeParse(input.value);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    for (const { path, message } of fieldMessages(issue, [])) {
      (fields[path.map(String).join('.')] ??= []).push(message);
    }
  }
  return undefined;
}

/**
 * Field-level messages of an issue, as Laravel would name them. Zod reports a failed `id | object`
 * item or a bad record key as one vague issue on the parent; the useful messages are inside.
 */
function fieldMessages(issue: z.core.$ZodIssue, parent: PropertyKey[]): { path: PropertyKey[]; message: string }[] {
  const path = [...parent, ...issue.path];
  if (issue.code === 'invalid_union') {
    // The branch that matched the value's type is the one the caller meant.
    const meant = issue.errors.filter((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (meant.length === 1) return (meant[0] ?? []).flatMap((inner) => fieldMessages(inner, path));
  }
  if (issue.code === 'invalid_key') return issue.issues.map((inner) => ({ path, message: inner.message }));
  return [{ path, message: issue.message }];
}

function fillPath(template: string, values: unknown): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = isRecord(values) ? values[name] : undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new TypeError(`no value for the path parameter ${name} of ${template}`);
    }
    return encodeURIComponent(String(value));
  });
}

function queryString(query: unknown): string {
  if (!isRecord(query)) return '';
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string' || typeof value === 'number') params.set(name, String(value));
  }
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
