const SCHEMES_ALLOWED = new Set(['http:', 'https:', 'tg:', 'ton:']);
const HOST_PATTERN = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/i;

/**
 * Telegram's link check (tdlib `LinkManager::check_link`): a link without a scheme is taken as http, http(s) needs
 * a host with a top-level domain (so `localhost` and bare words are refused), and only a few schemes are allowed.
 * Returns the normalised link, or undefined when Telegram would refuse it.
 */
export function checkLink(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `http://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return undefined;
  }
  if (!SCHEMES_ALLOWED.has(url.protocol)) return undefined;
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!HOST_PATTERN.test(url.hostname)) return undefined;
  }
  return withScheme;
}
