import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AUTOCALL_VOICES, SOUND_VOICES, voiceName } from '../../../src/domain/speech/index.js';

const spec = JSON.parse(readFileSync(new URL('../../../spec/autocall-openapi.json', import.meta.url), 'utf8')) as unknown;

/** Every `voice` enum under a path of the contract, as found by walking it. */
function voiceEnums(node: unknown, path: string, out: { path: string; values: unknown[] }[] = []): { path: string; values: unknown[] }[] {
  if (node === null || typeof node !== 'object') return out;
  for (const [key, value] of Object.entries(node)) {
    const here = `${path}/${key}`;
    const values = key === 'voice' && value !== null && typeof value === 'object' ? (value as { enum?: unknown }).enum : undefined;
    if (Array.isArray(values)) out.push({ path: here, values });
    voiceEnums(value, here, out);
  }
  return out;
}

describe('voices', () => {
  const enums = voiceEnums(spec, '');

  it('lists exactly the voices of POST /autocalls', () => {
    const autocall = enums.find((e) => e.path.startsWith('/components/schemas/AutocallCreate/'));
    expect(AUTOCALL_VOICES.map((v) => v.id)).toEqual(autocall?.values);
  });

  it('lists exactly the voices of POST /sounds', () => {
    const sounds = enums.find((e) => e.path.includes('/paths//sounds/post/'));
    expect(SOUND_VOICES.map((v) => v.id)).toEqual(sounds?.values);
  });

  it.each([
    ['ru-RU-Wavenet-A', 'Wavenet-A'],
    ['jane', 'Jane'],
    ['filipp', 'Filipp'],
  ])('names %s as %s', (id, name) => {
    expect(voiceName(id)).toBe(name);
  });
});
