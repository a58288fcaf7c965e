import type { MessageEntity } from 'grammy/types';
import { badRequest, fail, ok, type Outcome } from '../api/bot-api-error.js';
import { parseHtml } from './html-parse-mode.js';
import { parseMarkdownV2 } from './markdown-v2.js';
import { isParseError, type ParsedText, type ParseResult } from './parsed-text.js';

/** The two kinds of formatted text a message carries, with Telegram's limits and error texts. */
export const TEXT_LIMITS = {
  text: { max: 4096, empty: 'message text is empty', tooLong: 'message is too long' },
  caption: { max: 1024, empty: undefined, tooLong: 'message caption is too long' },
} as const;

export type FormattedKind = keyof typeof TEXT_LIMITS;

const PARSERS: Readonly<Record<string, (source: string) => ParseResult>> = {
  html: parseHtml,
  markdownv2: parseMarkdownV2,
};

const isTrimmable = (c: string | undefined): boolean => c !== undefined && /\s/u.test(c);

/**
 * Telegram strips leading and trailing whitespace after parsing; entities are clipped to what remains and dropped
 * when empty.
 */
function trim(parsed: ParsedText): ParsedText {
  let start = 0;
  let end = parsed.text.length;
  while (start < end && isTrimmable(parsed.text[start])) start++;
  while (end > start && isTrimmable(parsed.text[end - 1])) end--;
  const entities = parsed.entities.flatMap((entity) => {
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    return to > from ? [{ ...entity, offset: from - start, length: to - from }] : [];
  });
  return { text: parsed.text.slice(start, end), entities };
}

/**
 * Parses a text or caption as the Bot API does: parse mode (or explicit entities, which win), then trimming, then the
 * length limit in UTF-16 code units. An empty caption is allowed (the message has no caption); an empty text is not.
 */
export function formatText(
  kind: FormattedKind,
  source: string | undefined,
  parseMode: string | undefined,
  entities: readonly MessageEntity[] | undefined,
): Outcome<ParsedText> {
  const limits = TEXT_LIMITS[kind];
  let parsed: ParseResult = { text: source ?? '', entities: entities ?? [] };
  if (entities === undefined && parseMode !== undefined && parseMode !== '') {
    const parser = PARSERS[parseMode.toLowerCase()];
    if (parser === undefined) return fail(badRequest('unsupported parse_mode'));
    parsed = parser(source ?? '');
  }
  if (isParseError(parsed)) return fail(badRequest(`can't parse entities: ${parsed.message}`));
  const trimmed = trim(parsed);
  if (trimmed.text === '' && limits.empty !== undefined) return fail(badRequest(limits.empty));
  if (trimmed.text.length > limits.max) return fail(badRequest(limits.tooLong));
  return ok(trimmed);
}
