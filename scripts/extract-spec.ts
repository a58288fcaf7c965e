/**
 * Copies the machine part of the AutoCall contract (paths, parameters, schemas, enums, patterns,
 * limits, examples) from the shared OpenAPI document into `spec/autocall-openapi.json`, which the
 * contract tests and the sandbox's request validator read. Prose (`description`, `summary`, tag
 * blurbs) is dropped: it is for people, and the shared document stays its home.
 *
 * Run after the shared contract changes: `npx tsx scripts/extract-spec.ts [path-to-yaml]`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const PROSE_KEYS = new Set(['description', 'summary', 'contact']);
/** Values under these keys are data (field names included), copied as they are. */
const DATA_KEYS = new Set(['example', 'examples', 'enum', 'default', 'const']);

function stripProse(node: unknown, parentKey: string): unknown {
  if (Array.isArray(node)) return node.map((item) => stripProse(item, parentKey));
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    // Inside `properties` a key is a field name (a field may be called `description`).
    if (parentKey !== 'properties' && PROSE_KEYS.has(key)) continue;
    out[key] = DATA_KEYS.has(key) ? value : stripProse(value, key);
  }
  return out;
}

const source = process.argv[2] ?? '../shared/autocall-openapi.yaml';
const doc = parse(readFileSync(source, 'utf8')) as Record<string, unknown>;
delete doc['tags'];
writeFileSync('spec/autocall-openapi.json', JSON.stringify(stripProse(doc, ''), null, 2) + '\n');
console.log('wrote spec/autocall-openapi.json');
