/**
 * Telegram HTML read as the pieces Telegram measures: a tag costs nothing, an entity one
 * character, any other character its UTF-16 length (Telegram counts UTF-16 code units, so an
 * emoji costs 2). Cutting between pieces never splits a surrogate pair, an entity or a tag.
 */

/** Telegram's limit on a message's text after entities are parsed. */
export const MESSAGE_MAX_LENGTH = 4096;
/** Telegram's limit on a media caption after entities are parsed. */
export const CAPTION_MAX_LENGTH = 1024;

/** One indivisible piece of Telegram HTML. */
export type HtmlToken =
  | { readonly type: 'open'; readonly name: string; readonly raw: string }
  | { readonly type: 'close'; readonly name: string; readonly raw: string }
  | { readonly type: 'text'; readonly raw: string; readonly units: number };

const TOKEN = /<(\/?)([a-zA-Z][\w-]*)(?:\s[^<>]*)?>|&(?:[a-zA-Z]+|#\d+|#x[\da-fA-F]+);|[\s\S]/gu;

/** Splits Telegram HTML into tags, entities and single characters (code points). */
export function tokenizeHtml(html: string): HtmlToken[] {
  return Array.from(html.matchAll(TOKEN), (m): HtmlToken => {
    const raw = m[0];
    const name = m[2];
    if (name !== undefined) return { type: m[1] === '/' ? 'close' : 'open', name: name.toLowerCase(), raw };
    return { type: 'text', raw, units: raw.startsWith('&') && raw.length > 1 ? entityUnits(raw) : raw.length };
  });
}

/** A numeric entity of an emoji stands for two UTF-16 units; named ones for one. */
function entityUnits(entity: string): number {
  const numeric = /^&#(x?)([\da-fA-F]+);$/.exec(entity);
  if (numeric === null) return 1;
  const codePoint = Number.parseInt(numeric[2] ?? '', numeric[1] === 'x' ? 16 : 10);
  return codePoint > 0xffff ? 2 : 1;
}

/** Length of the text Telegram will show, the one its limits apply to. */
export function visibleLength(html: string): number {
  return tokenizeHtml(html).reduce((sum, t) => sum + (t.type === 'text' ? t.units : 0), 0);
}

/** An opening tag, kept whole so that it can be reopened with its attributes. */
export type OpenTag = Extract<HtmlToken, { type: 'open' }>;

/** Tags open after a run of tokens, innermost last; a stray closing tag is ignored. */
export function applyTag(open: readonly OpenTag[], token: HtmlToken): readonly OpenTag[] {
  if (token.type === 'open') return [...open, token];
  if (token.type !== 'close') return open;
  const at = open.findLastIndex((t) => t.name === token.name);
  return at === -1 ? open : open.slice(0, at);
}

/** Closing tags for everything open, innermost first. */
export function closeTags(open: readonly OpenTag[]): string {
  return open
    .toReversed()
    .map((t) => `</${t.name}>`)
    .join('');
}
