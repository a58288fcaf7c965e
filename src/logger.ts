/**
 * The one logger factory: pino, JSON lines (pretty when a person watches a terminal). Secrets never reach a line:
 * known secret-bearing fields are redacted by path, and any string that still carries a bot token or a Bearer
 * credential (error messages quoting a URL or a header) is scrubbed before it is written.
 */
import { pino, type DestinationStream, type Logger, type LoggerOptions } from 'pino';

export type { Logger } from 'pino';

const SECRET_FIELDS = ['apiKey', 'api_key', 'key', 'token', 'botToken', 'secret', 'password', 'authorization'];

/** Paths pino redacts: the fields themselves, one level down, and request/config envelopes. */
export const REDACTED_PATHS = [
  ...SECRET_FIELDS,
  ...SECRET_FIELDS.map((field) => `*.${field}`),
  'headers.authorization',
  '*.headers.authorization',
  'config.BOT_TOKEN',
  'config.ENCRYPTION_KEY',
  'config.WEBHOOK_SECRET',
  '*["x-telegram-bot-api-secret-token"]',
];

const BOT_TOKEN_PATTERN = /(?<!\d)\d{5,}:[\w-]{30,}/g;
const BEARER_PATTERN = /\b(Bearer\s+)[^\s"',;]+/gi;

/** Removes bot tokens and Bearer credentials from free text such as error messages and stack traces. */
export function scrubSecrets(text: string): string {
  return text.replace(BOT_TOKEN_PATTERN, '[REDACTED]').replace(BEARER_PATTERN, '$1[REDACTED]');
}

function scrubDeep(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrubSecrets(value);
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    // A copy, so pino's error serializer still sees an Error, and the caller's error is left as it was.
    const ownFields = scrubDeep(Object.fromEntries(Object.entries(value)), depth + 1) as object;
    const copy = Object.assign(Object.create(Object.getPrototypeOf(value) as object) as Error, ownFields);
    copy.message = scrubSecrets(value.message);
    copy.stack = scrubSecrets(value.stack ?? '');
    return copy;
  }
  if (Array.isArray(value)) return value.map((item) => scrubDeep(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = scrubDeep(item, depth + 1);
  return out;
}

export interface LoggerSettings {
  level: string;
  /** Where lines go; defaults to stdout, pretty-printed when stdout is a terminal. */
  destination?: DestinationStream;
}

export function createLogger(settings: LoggerSettings): Logger {
  const options: LoggerOptions = {
    level: settings.level,
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    hooks: {
      // Scrubs the message and every argument, including errors, before pino formats the line.
      logMethod(args, method) {
        method.apply(this, args.map((arg) => scrubDeep(arg, 0)) as Parameters<typeof method>);
      },
    },
  };
  if (settings.destination) return pino(options, settings.destination);
  if (process.stdout.isTTY) return pino({ ...options, transport: { target: 'pino-pretty' } });
  return pino(options);
}
