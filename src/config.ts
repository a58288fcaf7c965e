/**
 * Every environment variable the bot reads, parsed once at start by one zod schema. A bad or missing value stops
 * the process with one message that lists every problem and how to fix it (see `formatConfigProblems`).
 */
import { z } from 'zod';

const flag = z.enum(['on', 'off']);
const url = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL, e.g. https://example.com/path' });
const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** 32 bytes written as 64 hex characters or as base64 (44 characters). */
const encryptionKey = z.string().transform((value, ctx) => {
  const bytes = /^[0-9a-fA-F]{64}$/.test(value) ? Buffer.from(value, 'hex') : Buffer.from(value, 'base64');
  if (bytes.length !== 32) {
    ctx.addIssue({
      code: 'custom',
      message: 'must be 32 bytes as 64 hex characters or base64; generate one with `openssl rand -hex 32`',
    });
    return z.NEVER;
  }
  return bytes;
});

/** `id:key,id:key` — keys that older records were sealed with; they still decrypt after a rotation. */
const previousKeys = z.string().transform((value, ctx) => {
  const keys: { id: string; key: Buffer }[] = [];
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const [id, raw] = part.split(':', 2);
    const parsed = encryptionKey.safeParse(raw ?? '');
    if (!id || !parsed.success) {
      ctx.addIssue({ code: 'custom', message: `"${id ?? ''}:…" must be id:key with a 32-byte key` });
      return z.NEVER;
    }
    keys.push({ id, key: parsed.data });
  }
  return keys;
});

const userIds = z.string().transform((value, ctx) => {
  const ids = value.split(',').map((p) => p.trim()).filter(Boolean).map(Number);
  if (ids.some((id) => !Number.isSafeInteger(id) || id <= 0)) {
    ctx.addIssue({ code: 'custom', message: 'must be Telegram user ids separated by commas, e.g. 12345,67890' });
    return z.NEVER;
  }
  return ids;
});

const common = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required: create a bot with @BotFather (/newbot) and paste the token it gives you' })
    .regex(/^\d+:[\w-]{30,}$/, 'does not look like a bot token (123456:ABC…); copy it from @BotFather'),
  TELEGRAM_API_ROOT: url.default('https://api.telegram.org'),
  AUTOCALL_API_URL: url.default('https://autocall.kz/api/v1'),
  AUTOCALL_PUBLIC_API_URL: url.default('https://autocall.kz/api/public'),
  AUTOCALL_RATE_LIMIT_PER_MIN: positiveInt(300),
  AUTOCALL_TIMEOUT_MS: positiveInt(15_000),
  /** Updates one person may send in 3 seconds before being told to slow down (journey tests tap faster than people). */
  FLOOD_LIMIT: positiveInt(8),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be redis://host:port[/db] or rediss://…' }).optional(),
  ENCRYPTION_KEY: encryptionKey.optional(),
  ENCRYPTION_KEY_ID: z.string().regex(/^[\w-]{1,16}$/).default('k1'),
  ENCRYPTION_PREVIOUS_KEYS: previousKeys.optional(),
  PORT: z.coerce.number({ error: 'must be a port number 0–65535' }).int().min(0).max(65_535).default(8080),
  ACCESS_MODE: z.enum(['open', 'invite']).default('open'),
  BOT_ADMINS: userIds.default([]),
  DEMO_ACCOUNT: flag.default('on'),
  SANDBOX_URL: url.optional(),
  SANDBOX_SPEED: z.coerce.number().positive().max(3600).default(60),
  /** `bot` answers people, `notifier` pushes AutoCall notifications, `all` (default) does both in one process. */
  ROLE: z.enum(['bot', 'notifier', 'all'], { error: 'must be bot, notifier or all' }).default('all'),
  /** How often every linked account's notifications are polled. */
  NOTIFIER_INTERVAL_MS: z.coerce.number().int().min(100).default(15_000),
  /** Mark notifications read on AutoCall once they reached a chat. */
  NOTIFIER_MARK_READ: z.stringbool({ error: 'must be true or false' }).default(false),
  /** Share of each key's AutoCall rate limit the notifier may use, leaving the rest to people. */
  NOTIFIER_API_SHARE: z.coerce.number().gt(0).max(1).default(0.1),
  /** Messages per second across all chats (Telegram allows 30; one less keeps clear of its flood control). */
  NOTIFIER_SENDS_PER_SECOND: positiveInt(29),
  /** Least time between two alerts to one private chat (Telegram: about one a second); 0 turns the pacing off. */
  NOTIFIER_CHAT_INTERVAL_MS: z.coerce.number().int().min(0).default(1_000),
  /** Least time between two alerts to one group (Telegram: 20 a minute). */
  NOTIFIER_GROUP_INTERVAL_MS: z.coerce.number().int().min(0).default(3_000),
  /** Accounts polled at once by one notifier process. */
  NOTIFIER_CONCURRENCY: positiveInt(50),
  /** How long a job stays with a process that stopped answering (killed) before another takes it over. */
  NOTIFIER_LOCK_MS: z.coerce.number().int().min(500).default(30_000),
});

const polling = z.object({ BOT_MODE: z.literal('polling').default('polling') });
const webhook = z.object({
  BOT_MODE: z.literal('webhook'),
  WEBHOOK_URL: z.url({ protocol: /^https$/, error: 'is required in webhook mode: the public https URL of this bot' }),
  WEBHOOK_SECRET: z
    .string({ error: 'is required in webhook mode: 1–256 characters of A-Z a-z 0-9 _ -' })
    .regex(/^[\w-]{1,256}$/, 'must be 1–256 characters of A-Z a-z 0-9 _ -'),
});

const schema = z.intersection(common, z.discriminatedUnion('BOT_MODE', [polling, webhook]));

/** Rules across variables, checked on the raw values so they are reported together with the schema's problems. */
function crossFieldProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  if (env['REDIS_URL'] && !env['ENCRYPTION_KEY']) {
    problems.push(
      'ENCRYPTION_KEY is required with REDIS_URL (keys stored in Redis must stay readable after a restart); generate one with `openssl rand -hex 32`',
    );
  }
  return problems;
}

export type Config = z.infer<typeof schema>;

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: string[] };

/** Parses the environment; empty strings count as unset, as shells and compose files often leave them. */
export function loadConfig(env: NodeJS.ProcessEnv): ConfigResult {
  const cleaned: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value) cleaned[name] = value;
  const result = schema.safeParse(cleaned);
  const crossField = crossFieldProblems(cleaned);
  if (result.success && crossField.length === 0) return { ok: true, config: result.data };
  const schemaProblems = (result.error?.issues ?? []).map((issue) => {
    const name = issue.path.join('.') || (issue.code === 'invalid_union' ? 'BOT_MODE' : 'environment');
    const message = issue.code === 'invalid_union' ? 'must be polling or webhook' : issue.message;
    return `${name} ${message}`;
  });
  return { ok: false, problems: [...new Set([...schemaProblems, ...crossField])] };
}

export function formatConfigProblems(problems: string[]): string {
  return ['The bot cannot start; fix these environment variables:', ...problems.map((p) => `  • ${p}`)].join('\n');
}
