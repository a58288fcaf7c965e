import { applyTag, closeTags, MESSAGE_MAX_LENGTH, tokenizeHtml, type HtmlToken, type OpenTag } from './telegram-html.js';

/** A place a page may end: before `end`, resuming at `resume`, with these tags open. */
interface Cut {
  readonly end: number;
  readonly resume: number;
  readonly open: readonly OpenTag[];
}

/**
 * Splits long Telegram HTML into messages of at most `max` visible characters, breaking at line
 * ends where it can, else at a space, else anywhere between characters. Tags open across a break
 * are closed at the end of one page and reopened (with their attributes) at the start of the next.
 */
export function paginateHtml(html: string, max = MESSAGE_MAX_LENGTH): string[] {
  // Every piece costs at most 2 units (an emoji), so each page makes progress.
  if (max < 2) throw new RangeError(`a page must hold at least 2 characters, got ${max}`);
  const tokens = tokenizeHtml(html);
  const pages: string[] = [];
  let start = 0;
  let open: readonly OpenTag[] = [];
  while (start < tokens.length) {
    const cut = findCut(tokens, start, open, max);
    const body = tokens.slice(start, cut.end).map((t) => t.raw).join('');
    if (body.trim() !== '') pages.push(open.map((t) => t.raw).join('') + body + closeTags(cut.open));
    open = cut.open;
    start = cut.resume;
  }
  return pages;
}

function isBreak(token: HtmlToken | undefined, char: RegExp): boolean {
  return token?.type === 'text' && char.test(token.raw);
}

function findCut(tokens: readonly HtmlToken[], start: number, opened: readonly OpenTag[], max: number): Cut {
  let open = opened;
  let used = 0;
  let atLine: Cut | undefined;
  let atSpace: Cut | undefined;
  let i = start;
  for (; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) break;
    const units = token.type === 'text' ? token.units : 0;
    if (used + units > max) break;
    used += units;
    const before = open;
    open = applyTag(open, token);
    // A line or word break is dropped at the cut: the next page starts with what follows it.
    if (isBreak(token, /^\n$/u)) atLine = { end: i, resume: i + 1, open: before };
    else if (isBreak(token, /^\s$/u)) atSpace = { end: i, resume: i + 1, open: before };
  }
  if (i >= tokens.length) return { end: i, resume: i, open };
  return atLine ?? atSpace ?? { end: i, resume: i, open };
}
