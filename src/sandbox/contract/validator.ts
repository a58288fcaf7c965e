/**
 * Validation of requests and responses against the contract with ajv (JSON Schema 2020-12). The sandbox runs
 * every request through `validateRequest`; the contract tests of the SDK, the bot and the sandbox check bodies
 * with `validateResponse`.
 *
 * Two liberties, both where the contract contradicts itself: `format: date-time` also accepts Laravel's
 * `Y-m-d H:i:s` (the contract's own examples use it for `created_at`), and header parameters (`Content-Type`,
 * `Accept`, marked required) are not enforced, since Laravel answers JSON without them.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { toFieldErrors, type FieldErrors } from './field-errors.js';
import { operationsById } from './routes.js';
import { contract, type JsonSchema, type SpecOperation } from './spec.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule.default;

const DOCUMENT_ID = 'autocall';
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})?$/;

function rewriteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(rewriteRefs);
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    out[key] =
      key === '$ref' && typeof value === 'string'
        ? value.replace('#/components/schemas/', '#/$defs/')
        : rewriteRefs(value);
  }
  return out;
}

function bodyKey(op: SpecOperation): string {
  return `body.${op.id}`;
}

function responseKey(op: SpecOperation, status: number): string {
  return `response.${op.id}.${status}`;
}

/** All schemas of the contract in one document, so `$ref`s between them resolve inside ajv. */
function schemaDocument(): JsonSchema {
  const defs: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(contract.schemas)) defs[name] = rewriteRefs(schema);
  for (const op of contract.operations) {
    if (op.body) defs[bodyKey(op)] = rewriteRefs(op.body.schema);
    for (const [status, schema] of op.responses) {
      if (schema) defs[responseKey(op, status)] = rewriteRefs(schema);
    }
  }
  return { $id: DOCUMENT_ID, $defs: defs };
}

function newAjv(coerceTypes: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, coerceTypes });
  addFormats(ajv);
  ajv.addFormat('date-time', RFC3339);
  ajv.addKeyword('example');
  return ajv;
}

const bodyAjv = newAjv(false);
bodyAjv.addSchema(schemaDocument());
// Query and path values arrive as strings; Laravel casts them the same way.
const paramAjv = newAjv(true);

const compiled = new Map<string, ValidateFunction>();

function documentValidator(key: string): ValidateFunction {
  let fn = compiled.get(key);
  if (!fn) {
    fn = bodyAjv.compile({ $ref: `${DOCUMENT_ID}#/$defs/${key}` });
    compiled.set(key, fn);
  }
  return fn;
}

function paramsValidator(op: SpecOperation, location: 'path' | 'query'): ValidateFunction {
  const key = `${location}.${op.id}`;
  let fn = compiled.get(key);
  if (!fn) {
    const own = op.parameters.filter((p) => p.in === location);
    fn = paramAjv.compile({
      type: 'object',
      properties: Object.fromEntries(own.map((p) => [p.name, p.schema ?? {}])),
      required: own.filter((p) => p.required === true).map((p) => p.name),
    });
    compiled.set(key, fn);
  }
  return fn;
}

export interface RequestInput {
  /** Path parameters as in the URL (strings) or already typed. */
  params?: Record<string, unknown>;
  /** Query parameters as in the URL (strings) or already typed. */
  query?: Record<string, unknown>;
  body?: unknown;
}

export type RequestValidation =
  | { kind: 'valid'; params: Record<string, unknown>; query: Record<string, unknown>; body: unknown }
  /** `path`: the URL's parameters do not fit (the API answers 404); `input`: query or body (422). */
  | { kind: 'invalid'; location: 'path' | 'input'; errors: FieldErrors }
  | { kind: 'unknown-operation'; operationId: string };

function runValidator(fn: ValidateFunction, data: unknown): ErrorObject[] {
  return fn(data) ? [] : [...(fn.errors ?? [])];
}

/**
 * Checks a request against the operation's path and query parameters and its JSON body. Query and path values
 * come back cast to their declared types. A missing body is validated as `{}`, as Laravel sees empty input.
 */
export function validateRequest(operationId: string, input: RequestInput): RequestValidation {
  const op = operationsById.get(operationId);
  if (!op) return { kind: 'unknown-operation', operationId };
  const params: Record<string, unknown> = { ...input.params };
  const pathErrors = runValidator(paramsValidator(op, 'path'), params);
  if (pathErrors.length > 0) return { kind: 'invalid', location: 'path', errors: toFieldErrors(pathErrors) };
  const query: Record<string, unknown> = { ...input.query };
  const errors = runValidator(paramsValidator(op, 'query'), query);
  const body = op.body ? (input.body ?? {}) : input.body;
  if (op.body) errors.push(...runValidator(documentValidator(bodyKey(op)), body));
  if (errors.length > 0) return { kind: 'invalid', location: 'input', errors: toFieldErrors(errors) };
  return { kind: 'valid', params, query, body };
}

export type ResponseValidation =
  | { kind: 'valid' }
  | { kind: 'invalid'; problems: string[] }
  | { kind: 'undeclared-status'; status: number; declared: number[] }
  | { kind: 'unknown-operation'; operationId: string };

/**
 * Checks a response body against the schema the contract declares for `status`. A status the operation does not
 * declare is reported as such; a declared status without a JSON schema (204, 202, binary bodies) is valid.
 */
export function validateResponse(operationId: string, status: number, body: unknown): ResponseValidation {
  const op = operationsById.get(operationId);
  if (!op) return { kind: 'unknown-operation', operationId };
  if (!op.responses.has(status)) return { kind: 'undeclared-status', status, declared: [...op.responses.keys()] };
  if (!op.responses.get(status)) return { kind: 'valid' };
  const errors = runValidator(documentValidator(responseKey(op, status)), body);
  if (errors.length === 0) return { kind: 'valid' };
  return {
    kind: 'invalid',
    problems: errors.map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`),
  };
}
