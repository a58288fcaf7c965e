import { readFileSync } from 'node:fs';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { z } from 'zod';

/** The machine part of the contract, as code and tests must read it. */
export const spec = JSON.parse(readFileSync(new URL('../../../spec/autocall-openapi.json', import.meta.url), 'utf8')) as unknown;

const reference = z.object({ $ref: z.string() });
const mediaType = z.looseObject({
  schema: z.unknown().optional(),
  example: z.unknown().optional(),
  examples: z.record(z.string(), z.looseObject({ value: z.unknown() })).optional(),
});
const content = z.looseObject({ 'application/json': mediaType.optional() }).optional();
const parameter = z.looseObject({ name: z.string(), in: z.string() });
const operation = z.looseObject({
  operationId: z.string(),
  parameters: z.array(z.union([reference, parameter])).optional(),
  requestBody: z.looseObject({ content }).optional(),
  responses: z.record(z.string(), z.union([reference, z.looseObject({ content })])),
});
const document = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ parameters: z.record(z.string(), parameter) }),
});

const HTTP_METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

export interface ContractOperation {
  operationId: string;
  httpMethod: string;
  path: string;
  /** `in: query` parameter names, `$ref`s resolved (operation and path level). */
  queryParameters: string[];
  /** `in: header` parameter names, lower-case. */
  headerParameters: string[];
  /** The ajv schema id of the JSON request body, when there is one. */
  requestSchemaId: string | null;
  requestExamples: { name: string; value: unknown }[];
  /** Media-type examples of 2xx responses. */
  responseExamples: { status: number; name: string; value: unknown }[];
}

const pointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

function examplesOf(media: z.infer<typeof mediaType> | undefined): { name: string; value: unknown }[] {
  if (media === undefined) return [];
  const named = Object.entries(media.examples ?? {}).map(([name, example]) => ({ name, value: example.value }));
  return media.example === undefined ? named : [{ name: 'example', value: media.example }, ...named];
}

/** Every operation of the contract. */
export function contractOperations(): ContractOperation[] {
  const doc = document.parse(spec);
  const resolve = (p: z.infer<typeof parameter> | z.infer<typeof reference>) =>
    'name' in p ? p : doc.components.parameters[p.$ref.replace('#/components/parameters/', '')];
  const result: ContractOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = z.array(z.union([reference, parameter])).optional().parse(item['parameters']) ?? [];
    for (const method of HTTP_METHODS) {
      if (item[method] === undefined) continue;
      const op = operation.parse(item[method]);
      const parameters = [...shared, ...(op.parameters ?? [])].map(resolve).filter((p) => p !== undefined);
      const requestMedia = op.requestBody?.content?.['application/json'];
      result.push({
        operationId: op.operationId,
        httpMethod: method.toUpperCase(),
        path,
        queryParameters: parameters.filter((p) => p.in === 'query').map((p) => p.name),
        headerParameters: parameters.filter((p) => p.in === 'header').map((p) => p.name.toLowerCase()),
        requestSchemaId:
          requestMedia?.schema === undefined
            ? null
            : `spec#/paths/${pointer(path)}/${method}/requestBody/content/application~1json/schema`,
        requestExamples: examplesOf(requestMedia),
        responseExamples: Object.entries(op.responses)
          .filter(([status]) => status.startsWith('2'))
          .flatMap(([status, response]) =>
            '$ref' in response
              ? []
              : examplesOf(response.content?.['application/json']).map((e) => ({ status: Number(status), ...e })),
          ),
      });
    }
  }
  return result;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormatsModule.default(ajv);
ajv.addSchema({ ...(spec as object), $id: 'spec' });

/** Validates `value` against the contract schema `schemaId`; returns ajv's messages (empty when valid). */
export function contractErrors(schemaId: string, value: unknown): string[] {
  const validate = ajv.getSchema(schemaId);
  if (validate === undefined) throw new Error(`no schema ${schemaId}`);
  return validate(value) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message ?? ''}`);
}

/** The contract's request body schema at `schemaId` (one `$ref` followed), for its fields and `required`. */
export function requestSchemaOf(schemaId: string): { properties?: Record<string, unknown> | undefined; required?: string[] | undefined } {
  const shape = z.looseObject({ properties: z.record(z.string(), z.unknown()).optional(), required: z.array(z.string()).optional() });
  const at = (pointerPath: string): unknown =>
    pointerPath
      .split('/')
      .filter((segment) => segment !== '')
      .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], spec);
  const node = at(schemaId.replace(/^spec#/, ''));
  const ref = reference.safeParse(node);
  return shape.parse(ref.success ? at(ref.data.$ref.replace(/^#/, '')) : node);
}

/** `/lists/{id}` → a regex matching `/lists/73`. */
export function pathPattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * What is wrong, by the contract, with a request the SDK sent: unknown operation, undeclared
 * query parameter, or a JSON body its request schema rejects. Empty when it is fine.
 */
export function contractViolations(request: { method: string; url: string; body: string }): string[] {
  const url = new URL(request.url, 'http://x');
  const path = url.pathname.replace(/^\/api\/(v1|public)/, '');
  const op = contractOperations().find((o) => o.httpMethod === request.method && pathPattern(o.path).test(path));
  if (op === undefined) return [`${request.method} ${url.pathname}: no such operation`];
  const problems = [...url.searchParams.keys()]
    .filter((name) => !op.queryParameters.includes(name))
    .map((name) => `${op.operationId}: undeclared query parameter ${name}`);
  if (op.requestSchemaId !== null && request.body !== '') {
    problems.push(...contractErrors(op.requestSchemaId, JSON.parse(request.body)).map((e) => `${op.operationId}: ${e}`));
  }
  return problems;
}
