/**
 * `npm run bench [name…]`: runs the benchmarks one after another, each in its own process so their timings and
 * memory do not mix. Names: api, import, notifier (default: all that exist).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ALL = ['api', 'import', 'notifier'];
const requested = process.argv.slice(2);
const names = requested.length > 0 ? requested : ALL;
let failed = false;
for (const name of names) {
  const entry = fileURLToPath(new URL(`./${name}/main.ts`, import.meta.url));
  if (!existsSync(entry)) {
    console.error(`bench: no benchmark called "${name}" (have: ${ALL.join(', ')})`);
    failed = true;
    continue;
  }
  console.log(`\n## bench/${name}\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', entry], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
