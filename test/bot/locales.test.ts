/**
 * Every user-facing string exists in ru, kk and en with the same placeables, and every key the code asks for
 * exists. A translation that drops `{ $balance }` or a feature that asks for a key nobody wrote fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, LOCALES_DIR } from '../../src/bot/i18n.js';

type Catalogue = Map<string, Set<string>>;

function placeables(pattern: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(pattern)) for (const part of pattern) placeables(part, found);
  else if (pattern && typeof pattern === 'object') {
    const node = pattern as Record<string, unknown>;
    if (node['type'] === 'var' && typeof node['name'] === 'string') found.add(node['name']);
    for (const value of Object.values(node)) if (typeof value === 'object') placeables(value, found);
  }
  return found;
}

function catalogue(lang: string): Catalogue {
  const dir = join(LOCALES_DIR, lang);
  const bundle = new FluentBundle(lang);
  const entries: Catalogue = new Map();
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.ftl'))) {
    const resource = new FluentResource(readFileSync(join(dir, file), 'utf8'));
    const errors = bundle.addResource(resource);
    expect(errors, `${lang}/${file} parses`).toEqual([]);
    for (const message of resource.body) {
      expect(entries.has(message.id), `${lang}: ${message.id} defined twice`).toBe(false);
      entries.set(message.id, placeables(message.value));
    }
  }
  return entries;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('locales', () => {
  const catalogues = Object.fromEntries(LANGUAGES.map((lang) => [lang, catalogue(lang)])) as Record<string, Catalogue>;
  const reference = catalogues['ru'] ?? new Map<string, Set<string>>();

  it.each(LANGUAGES.filter((lang) => lang !== 'ru'))('%s has every key of ru with the same placeables, and no others', (lang) => {
    const other = catalogues[lang] ?? new Map<string, Set<string>>();
    const missing = [...reference.keys()].filter((key) => !other.has(key));
    const extra = [...other.keys()].filter((key) => !reference.has(key));
    const mismatched = [...reference.entries()]
      .filter(([key, vars]) => other.has(key) && [...vars].sort().join() !== [...(other.get(key) ?? [])].sort().join())
      .map(([key]) => key);
    expect({ missing, extra, mismatched }).toEqual({ missing: [], extra: [], mismatched: [] });
  });

  it('has every key the code asks for by name', () => {
    const asked = new Set<string>();
    for (const file of sourceFiles(join(LOCALES_DIR, '..', 'src'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt(?:ranslate)?\((?:[\w.]+, )?'([a-z0-9-]+)'/g)) if (match[1]) asked.add(match[1]);
    }
    expect(asked.size).toBeGreaterThan(20);
    expect([...asked].filter((key) => !reference.has(key))).toEqual([]);
  });
});
