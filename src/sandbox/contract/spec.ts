/**
 * The machine part of the AutoCall contract (`spec/autocall-openapi.json`), read once and shaped into what the
 * sandbox needs: the operations with their parameters, bodies and responses, and the shared schemas. The OpenAPI
 * document is parsed with zod only as far as the sandbox walks it; the JSON schemas inside stay opaque and are
 * handed to ajv as they are.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const jsonSchema = z.record(z.string(), z.unknown());
export type JsonSchema = z.infer<typeof jsonSchema>;

const reference = z.object({ $ref: z.string() });

const parameter = z.object({
  name: z.string(),
  in: z.enum(['path', 'query', 'header', 'cookie']),
  required: z.boolean().optional(),
  schema: jsonSchema.optional(),
});
export type SpecParameter = z.infer<typeof parameter>;

const mediaTypes = z.record(z.string(), z.object({ schema: jsonSchema.optional() }));

const response = z.object({ content: mediaTypes.optional() });

const operation = z.object({
  operationId: z.string(),
  parameters: z.array(z.union([reference, parameter])).optional(),
  requestBody: z.object({ required: z.boolean().optional(), content: mediaTypes }).optional(),
  responses: z.record(z.string(), z.union([reference, response])),
  security: z.array(z.unknown()).optional(),
});

const pathItem = z.object({
  parameters: z.array(z.union([reference, parameter])).optional(),
  servers: z.array(z.object({ url: z.string() })).optional(),
  get: operation.optional(),
  post: operation.optional(),
  put: operation.optional(),
  delete: operation.optional(),
});

const document = z.object({
  servers: z.array(z.object({ url: z.string() })).min(1),
  paths: z.record(z.string(), pathItem),
  components: z.object({
    parameters: z.record(z.string(), parameter),
    responses: z.record(z.string(), response),
    schemas: z.record(z.string(), jsonSchema),
  }),
});

export const HTTP_METHODS = ['get', 'post', 'put', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** Where an operation is served: `/api/v1` (bearer key) or `/api/public` (no auth). */
export type ApiBase = 'v1' | 'public';

/** One operation of the contract, with every `$ref` to a parameter or response already resolved. */
export interface SpecOperation {
  id: string;
  method: HttpMethod;
  /** Path template relative to the base, e.g. `/lists/{id}`. */
  path: string;
  base: ApiBase;
  secured: boolean;
  parameters: SpecParameter[];
  body: { required: boolean; schema: JsonSchema } | null;
  /** Status code → JSON schema of the body (null: the contract declares the status without a JSON body). */
  responses: Map<number, JsonSchema | null>;
}

export interface Contract {
  operations: SpecOperation[];
  /** `components.schemas`, still with `#/components/schemas/…` references. */
  schemas: Record<string, JsonSchema>;
}

function baseOf(servers: { url: string }[] | undefined, fallback: string): ApiBase {
  const url = servers?.[0]?.url ?? fallback;
  return url.endsWith('/api/public') ? 'public' : 'v1';
}

function lastSegment(ref: string): string {
  return ref.slice(ref.lastIndexOf('/') + 1);
}

function parseContract(raw: unknown): Contract {
  const doc = document.parse(raw);
  const defaultServer = doc.servers[0]?.url ?? '';
  const resolveParameter = (p: z.infer<typeof reference> | SpecParameter): SpecParameter => {
    if (!('$ref' in p)) return p;
    const found = doc.components.parameters[lastSegment(p.$ref)];
    if (!found) throw new Error(`contract: unresolved parameter ${p.$ref}`);
    return found;
  };
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!op) continue;
      const responses = new Map<number, JsonSchema | null>();
      for (const [status, entry] of Object.entries(op.responses)) {
        const resolved = '$ref' in entry ? doc.components.responses[lastSegment(entry.$ref)] : entry;
        if (!resolved) throw new Error(`contract: unresolved response ${status} of ${op.operationId}`);
        responses.set(Number(status), resolved.content?.['application/json']?.schema ?? null);
      }
      const bodySchema = op.requestBody?.content['application/json']?.schema;
      operations.push({
        id: op.operationId,
        method,
        path,
        base: baseOf(item.servers, defaultServer),
        secured: op.security === undefined || op.security.length > 0,
        parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])].map(resolveParameter),
        body: bodySchema ? { required: op.requestBody?.required ?? false, schema: bodySchema } : null,
        responses,
      });
    }
  }
  return { operations, schemas: doc.components.schemas };
}

const SPEC_URL = new URL('../../../spec/autocall-openapi.json', import.meta.url);

/** The contract, read from `spec/autocall-openapi.json` when this module is first imported. */
export const contract: Contract = parseContract(JSON.parse(readFileSync(SPEC_URL, 'utf8')));
