import { z } from 'zod';

// ── Responses: tolerant, because the server is older and newer than this client ─────────────────

/**
 * Money and PHP decimals: the server sends some amounts as JSON numbers (`1450.75`) and others as
 * decimal strings (`"245.60"`, Laravel's decimal casts). Both become a number.
 */
export const numberLike = z
  .union([z.number(), z.string().trim().regex(/^-?\d+(?:\.\d+)?$/, 'expected a decimal number')])
  .transform(Number);

/** A server timestamp, kept exactly as sent (`Y-m-d H:i:s`, account-local); the domain layer formats it. */
export const timestamp = z.string();

/** Known values for autocomplete, yet any other string is accepted: a newer server may add values. */
export type Open<Known extends string> = Known | (string & NonNullable<unknown>);

/**
 * An enum the server may extend (statuses, notification types). Unknown values pass through
 * instead of failing the whole response; `known` documents the values this client understands.
 */
export function openEnum<const Known extends readonly [string, ...string[]]>(known: Known) {
  return z
    .string()
    .meta({ knownValues: known })
    .transform((value): Open<Known[number]> => value);
}

/** PHP encodes an empty associative array as `[]`; read it as the empty object it means. */
export function phpObject<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (Array.isArray(value) && value.length === 0 ? {} : value), schema);
}

/** Contact variables as the server returns them (`{{name}}` substitutions). */
export const variablesRecord = phpObject(z.record(z.string(), z.string()));

const pagination = z.looseObject({
  current_page: z.number(),
  first_page_url: z.string(),
  // Laravel sends null for both on an empty page, although the contract says integer.
  from: z.number().nullable(),
  last_page: z.number(),
  last_page_url: z.string(),
  next_page_url: z.string().nullable(),
  path: z.string(),
  // A string when the page size came from the query string.
  per_page: numberLike,
  prev_page_url: z.string().nullable(),
  to: z.number().nullable(),
  total: z.number(),
});

/** One page of a Laravel paginator. */
export type Page<T> = z.infer<typeof pagination> & { data: T[] };

/** Schema of a Laravel page whose `data` holds `item`s. */
export function pageOf<T extends z.ZodType>(item: T) {
  return pagination.extend({ data: z.array(item) });
}

// ── Requests: the contract's rules, checked before anything leaves the process ──────────────────

/**
 * Phone patterns, verbatim from the contract; they differ per endpoint (706 is accepted for flash
 * and test calls but not in lists; confirmed numbers must be mobile).
 */
export const phonePatterns = {
  /** `POST /lists`, `POST /lists/append/{id}`. */
  contactList:
    /^\+7(700|701|702|705|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/,
  /** `POST /flash-calls`. */
  flashCall:
    /^\+7(700|701|702|705|706|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/,
  /** `POST /settings/confirmed_numbers`. */
  confirmedNumber: /^\+7(700|701|702|705|707|708|747|771|775|776|777|778)\d{7}$/,
  /** `POST /api/public/test-call`: ten digits, without `+7`. */
  testCall:
    /^(700|701|702|705|706|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/,
} as const;

/** A phone that must match `pattern` (the contract also fixes the length at 12 where it has `+7`). */
export function phone(pattern: RegExp, example: string) {
  return z.string().regex(pattern, `must be a Kazakhstan number like ${example} with an operator code this endpoint accepts`);
}

/** `Y-m-d`, and a day that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date Y-m-d, e.g. 2024-03-15')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
  }, 'must be a date that exists');

/** `H:i:s`, 24-hour. */
export const clockTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'must be a time H:i:s, e.g. 13:00:00');

/** An id in a path or a reference to an existing resource. */
export const resourceId = z.int().positive();

/** Contact variables for `{{varname}}`: keys `[a-zA-Z0-9_]` up to 30, values up to 255 characters. */
export const contactVariables = z.record(
  z.string().regex(/^[A-Za-z0-9_]{1,30}$/, 'variable names are 1–30 of a-z, A-Z, 0-9, _'),
  z.string().max(255),
);

/** The name every resource has: 1–40 characters. */
export const resourceName = z.string().min(1).max(40);

/** `client_id`: your own id for the resource (60 characters, 256 for lists). */
export function clientId(maxLength: 60 | 256) {
  return z.string().max(maxLength);
}

/** `callback_url` for delivery reports. */
export const callbackUrl = z.string().max(256);

/** `?page=` of a paged list. */
export const pageQuery = z.object({ page: z.int().min(1).optional() });

/** `?date_from&date_to&order&client_id&page` of lists, autocalls and bulks. */
export const filteredPageQuery = pageQuery.extend({
  date_from: isoDate.optional(),
  date_to: isoDate.optional(),
  order: z.enum(['asc', 'desc']).optional(),
  client_id: z.string().optional(),
});

export type PageQuery = z.input<typeof pageQuery>;
export type FilteredPageQuery = z.input<typeof filteredPageQuery>;
