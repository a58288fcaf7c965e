import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const STORE_DIR = join(import.meta.dirname, '../../src/store');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

describe('src/store boundaries', () => {
  it('imports grammY for types only, so the notifier can use the store without the bot', () => {
    const runtimeImports = sourceFiles(STORE_DIR).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*from\s+'(grammy|@grammyjs\/[^']+)'/gm)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(runtimeImports).toEqual([]);
  });
});
