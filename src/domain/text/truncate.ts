import { applyTag, closeTags, tokenizeHtml, type OpenTag } from './telegram-html.js';

/**
 * Cuts plain text (a button label, a file name) to `max` UTF-16 units with an ellipsis, never
 * halving an emoji.
 */
export function truncateText(text: string, max: number, ellipsis = '…'): string {
  if (text.length <= max) return text;
  let out = '';
  for (const char of text) {
    if (out.length + char.length + ellipsis.length > max) break;
    out += char;
  }
  return out + ellipsis;
}

/**
 * Cuts Telegram HTML to `max` visible characters with an ellipsis, never splitting a surrogate
 * pair, an entity (`&amp;`) or a tag, and closing the tags left open so Telegram accepts it.
 */
export function truncateHtml(html: string, max: number, ellipsis = '…'): string {
  const tokens = tokenizeHtml(html);
  const total = tokens.reduce((sum, t) => sum + (t.type === 'text' ? t.units : 0), 0);
  if (total <= max) return html;
  let out = '';
  let used = 0;
  let open: readonly OpenTag[] = [];
  for (const token of tokens) {
    const units = token.type === 'text' ? token.units : 0;
    if (used + units + ellipsis.length > max) break;
    used += units;
    open = applyTag(open, token);
    out += token.raw;
  }
  return out + ellipsis + closeTags(open);
}
