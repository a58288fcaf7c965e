import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  BULK_EXTRA_MAX_LENGTH,
  EXTRA_MAX_LENGTH,
  INLINE_CHUNK_SIZE,
  LIST_CHUNK_SIZE,
} from '../../../src/domain/contacts/index.js';

interface Schema {
  readonly properties?: Record<string, Schema>;
  readonly items?: Schema & { readonly oneOf?: readonly Schema[] };
  readonly maxItems?: number;
  readonly maxLength?: number;
}

const spec = JSON.parse(readFileSync(new URL('../../../spec/autocall-openapi.json', import.meta.url), 'utf8')) as {
  paths: Record<string, Record<string, { requestBody: { content: { 'application/json': { schema: Schema } } } }>>;
  components: { schemas: { AutocallCreate: Schema } };
};

function body(path: string): Schema {
  const operation = spec.paths[path]?.['post'];
  if (operation === undefined) throw new Error(`no POST ${path}`);
  return operation.requestBody.content['application/json'].schema;
}

function inlineNumber(schema: Schema): Schema {
  const item = schema.properties?.['list_id']?.items?.oneOf?.find((s) => s.properties?.['number'] !== undefined);
  if (item === undefined) throw new Error('no inline number item');
  return item;
}

describe('contact limits match the contract', () => {
  it('list requests', () => {
    for (const path of ['/lists', '/lists/append/{id}']) {
      const numbers = body(path).properties?.['numbers'];
      expect(numbers?.maxItems).toBe(LIST_CHUNK_SIZE);
      expect(numbers?.items?.properties?.['extra']?.maxLength).toBe(EXTRA_MAX_LENGTH);
    }
  });

  it('inline numbers of autocalls and bulks', () => {
    const autocall = spec.components.schemas.AutocallCreate;
    const bulk = body('/bulks');
    expect(autocall.properties?.['list_id']?.maxItems).toBe(INLINE_CHUNK_SIZE);
    expect(bulk.properties?.['list_id']?.maxItems).toBe(INLINE_CHUNK_SIZE);
    expect(inlineNumber(autocall).properties?.['extra']?.maxLength).toBe(EXTRA_MAX_LENGTH);
    expect(inlineNumber(bulk).properties?.['extra']?.maxLength).toBe(BULK_EXTRA_MAX_LENGTH);
  });
});
