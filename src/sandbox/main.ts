/**
 * `npm run sandbox`: the sandbox as a standalone server for several bot processes or benchmarks.
 *
 * Environment: `PORT` (default 8787), `HOST` (default 127.0.0.1), `SANDBOX_KEYS` (comma-separated API keys to
 * create seeded accounts for, default `demo`), `SANDBOX_SPEED` (clock multiplier, default 1; 60 makes a simulated
 * minute pass each second), `SANDBOX_SEED`.
 */
import { z } from 'zod';
import { startSandbox } from './index.js';

const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default('127.0.0.1'),
  SANDBOX_KEYS: z
    .string()
    .default('demo')
    .transform((value) => value.split(',').map((key) => key.trim()).filter(Boolean))
    .pipe(z.array(z.string()).min(1, 'must name at least one key')),
  SANDBOX_SPEED: z.coerce.number().positive().default(1),
  SANDBOX_SEED: z.coerce.number().int().optional(),
});

const parsed = environment.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) process.stderr.write(`${issue.path.join('.')}: ${issue.message}\n`);
  process.exit(1);
}
const env = parsed.data;
const sandbox = await startSandbox({
  port: env.PORT,
  host: env.HOST,
  keys: env.SANDBOX_KEYS,
  speed: env.SANDBOX_SPEED,
  ...(env.SANDBOX_SEED === undefined ? {} : { seed: env.SANDBOX_SEED }),
});
process.stdout.write(
  [
    `AutoCall sandbox listening (clock ×${env.SANDBOX_SPEED})`,
    `  API v1:     ${sandbox.apiUrl}`,
    `  Public API: ${sandbox.publicApiUrl}`,
    `  Control:    ${sandbox.url}/_sandbox/`,
    `  Keys:       ${env.SANDBOX_KEYS.join(', ')}`,
    '',
  ].join('\n'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void sandbox.close().then(() => process.exit(0));
  });
}
