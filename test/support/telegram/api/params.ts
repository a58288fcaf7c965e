import type { MessageEntity } from 'grammy/types';
import { z } from 'zod';
import { badRequest, fail, ok, type Outcome } from './bot-api-error.js';

/**
 * Zod building blocks for Bot API parameters. Form and query values arrive as strings (objects JSON-encoded), so
 * each block accepts the JSON type or its string form, as the real server does.
 */
const parseJson = (value: unknown): unknown => {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

export const intParam = z.preprocess(
  (v) => (typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v),
  z.number().int(),
);

export const boolParam = z.preprocess((v) => (v === 'true' ? true : v === 'false' ? false : v), z.boolean());

/** Telegram takes numbers where it wants strings (`text: 42`), so strings accept them too. */
export const stringParam = z.preprocess((v) => (typeof v === 'number' ? String(v) : v), z.string());

export const jsonParam = <T extends z.ZodType>(schema: T) => z.preprocess(parseJson, schema);

export const chatIdParam = z.union([intParam, z.string().min(1)]);

const entitySchema = z.looseObject({ type: z.string(), offset: z.number().int().min(0), length: z.number().int().min(1) });

/** Explicit `entities`/`caption_entities`; their shape is checked loosely, the type names are Telegram's. */
export const entitiesParam = jsonParam(z.array(entitySchema)).transform((list) => list as unknown as MessageEntity[]);

export const replyParametersParam = jsonParam(
  z.looseObject({ message_id: intParam, chat_id: chatIdParam.optional(), allow_sending_without_reply: boolParam.optional() }),
);

/** Parses a method's parameters; a failure reads like the real server's ("chat_id is empty", "field ... must be"). */
export function parseParams<T extends z.ZodType>(schema: T, params: Record<string, unknown>): Outcome<z.infer<T>> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') ?? '';
  const missing = issue !== undefined && params[String(issue.path[0])] === undefined;
  return fail(badRequest(missing ? `${field} is empty` : `field "${field}" is invalid: ${issue?.message ?? 'wrong value'}`));
}
