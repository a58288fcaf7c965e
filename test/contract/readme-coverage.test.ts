import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { coverageTable } from '../../scripts/coverage-table.js';

describe('README operation coverage', () => {
  it('shows 55/55 for the SDK and the sandbox, and matches the code', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const shown = /<!-- coverage:start -->\n([\s\S]*?)\n<!-- coverage:end -->/.exec(readme)?.[1];
    const table = coverageTable();
    expect(table).toContain('SDK (55/55)');
    expect(table).toContain('sandbox (55/55)');
    expect(shown).toBe(table);
  });
});
