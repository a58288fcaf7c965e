/**
 * The text Telegram shows for a piece of its HTML: tags dropped, the four entities it knows (and numeric ones)
 * decoded. Used where only plain text is allowed (callback alerts) and to tell whether an edit would change
 * what a message already shows.
 */
import { tokenizeHtml } from './telegram-html.js';

const NAMED: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"' };

function decodeEntity(raw: string): string {
  const named = NAMED[raw];
  if (named !== undefined) return named;
  const numeric = /^&#(x?)([\da-fA-F]+);$/.exec(raw);
  if (!numeric) return raw;
  return String.fromCodePoint(Number.parseInt(numeric[2] ?? '0', numeric[1] === 'x' ? 16 : 10));
}

export function htmlToPlainText(html: string): string {
  return tokenizeHtml(html)
    .map((token) => (token.type !== 'text' ? '' : token.raw.length > 1 && token.raw.startsWith('&') ? decodeEntity(token.raw) : token.raw))
    .join('');
}
