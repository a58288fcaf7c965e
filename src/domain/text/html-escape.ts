/**
 * Escaping for Telegram's HTML parse mode, which knows only `&lt;`, `&gt;`, `&amp;` and `&quot;`.
 * Every string a person or the API provided goes through one of these before it meets markup.
 */

/** Escapes text placed between tags. */
export function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escapes text placed in a double-quoted attribute, such as a link's `href`. */
export function escapeHtmlAttribute(text: string): string {
  return escapeHtml(text).replaceAll('"', '&quot;');
}
