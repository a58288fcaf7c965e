/**
 * Prints the operation coverage table of the README: every operation of the contract, the SDK method that performs
 * it and whether the sandbox serves it. `test/contract/readme-coverage.test.ts` fails when the README's copy is
 * out of date; regenerate with `npx tsx scripts/coverage-table.ts`.
 */
import { readFileSync } from 'node:fs';
import { OPERATIONS } from '../src/api/index.js';
import { accountHandlers, publicOperationHandlers } from '../src/sandbox/handlers/index.js';

interface SpecDocument {
  paths: Record<string, Record<string, { operationId?: string }>>;
}

export function coverageTable(): string {
  const spec = JSON.parse(readFileSync(new URL('../spec/autocall-openapi.json', import.meta.url), 'utf8')) as SpecDocument;
  const rows: string[] = [];
  let sdk = 0;
  let sandbox = 0;
  for (const [path, methods] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      const id = operation.operationId;
      if (!id) continue;
      const info = (OPERATIONS as Record<string, { group: string; method: string } | undefined>)[id];
      const served = accountHandlers.has(id) || publicOperationHandlers.has(id);
      if (info) sdk += 1;
      if (served) sandbox += 1;
      const call = info ? `\`${info.group === 'public' ? 'client.public' : `api.${info.group}`}.${info.method}\`` : '—';
      rows.push(`| \`${id}\` | ${method.toUpperCase()} \`${path}\` | ${call} | ${served ? '✓' : '—'} |`);
    }
  }
  return [
    `| operation | HTTP | SDK (${sdk}/${rows.length}) | sandbox (${sandbox}/${rows.length}) |`,
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) console.log(coverageTable());
