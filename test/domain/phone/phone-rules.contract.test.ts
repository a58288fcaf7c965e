import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PHONE_RULES, type PhoneKind } from '../../../src/domain/phone/index.js';

const spec: unknown = JSON.parse(readFileSync(new URL('../../../spec/autocall-openapi.json', import.meta.url), 'utf8'));

interface PhoneField {
  readonly path: string;
  readonly schema: Record<string, unknown>;
}

/** Request bodies are where numbers are sent; `AutocallCreate` is the body of `POST /autocalls`. */
function isRequestField(path: string): boolean {
  return path.includes('/requestBody/') || path.startsWith('/components/schemas/AutocallCreate/');
}

/** Every string field named `number` or `phone` that the bot sends, found by walking the contract. */
function phoneFields(node: unknown, path: string, out: PhoneField[] = []): PhoneField[] {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}/${key}`;
    const isPhone = (key === 'number' || key === 'phone') && isRequestField(here);
    if (isPhone && value !== null && typeof value === 'object' && (value as { type?: unknown }).type === 'string') {
      out.push({ path: here, schema: value as Record<string, unknown> });
    }
    phoneFields(value, here, out);
  }
  return out;
}

/** Which rule the bot applies to each contract field; a new phone field fails until it is mapped. */
const FIELD_KIND: Readonly<Record<string, PhoneKind>> = {
  '/paths//lists/post/': 'list',
  '/paths//lists/append/{id}/post/': 'list',
  '/paths//settings/confirmed_numbers/post/': 'confirmed',
  '/paths//flash-calls/post/': 'flash',
  '/paths//test-call/post/': 'test_call',
  '/paths//bulks/post/': 'bulk',
  '/paths//bulks/calculate/post/': 'bulk',
  '/components/schemas/AutocallCreate/': 'autocall',
};

function kindOf(path: string): PhoneKind | undefined {
  return Object.entries(FIELD_KIND).find(([prefix]) => path.startsWith(prefix))?.[1];
}

describe('phone rules match the contract', () => {
  const fields = phoneFields(spec, '');

  it('maps every phone field of the contract, and every mapping still has its field', () => {
    for (const prefix of Object.keys(FIELD_KIND)) {
      expect(fields.some((f) => f.path.startsWith(prefix)), prefix).toBe(true);
    }
  });

  it.each(fields.map((f) => [f.path, f] as const))('%s', (path, field) => {
    const kind = kindOf(path);
    expect(kind, `no phone kind mapped for ${path}`).toBeDefined();
    if (kind === undefined) return;
    const pattern = field.schema['pattern'];
    if (typeof pattern === 'string') {
      expect(PHONE_RULES[kind].pattern.source).toBe(pattern);
    } else {
      // Inline numbers carry only a length: the rule must produce 12-character E.164 strings.
      expect(field.schema['minLength']).toBe(12);
      expect(field.schema['maxLength']).toBe(12);
      expect(PHONE_RULES[kind].wire).toBe('e164');
      expect(PHONE_RULES[kind].pattern.test('+77011234567')).toBe(true);
    }
  });
});
