/**
 * Localization: Fluent files under `locales/<lang>/*.ftl` (one file per feature), ru by default, kk and en.
 * Every message is sent in HTML parse mode, so translations may hold markup while the values placed into them
 * may not: `ctx.t` escapes every string variable except those whose name ends in `Html` (already-built markup).
 */
import { fileURLToPath } from 'node:url';
import { I18n, type I18nFlavor, type TranslationVariables } from '@grammyjs/i18n';
import type { Context } from 'grammy';
import { z } from 'zod';
import { escapeHtml } from '../domain/text/index.js';

export const LANGUAGES = ['ru', 'kk', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;
export const DEFAULT_LANGUAGE: Language = 'ru';

export const LOCALES_DIR = fileURLToPath(new URL('../../locales', import.meta.url));

/** Picks our language from Telegram's `language_code` (`kk`, `en-US`, `ru-KZ`…); anything else gets ru. */
export function languageFromTelegram(code: string | undefined): Language {
  const base = code?.toLowerCase().split(/[-_]/)[0];
  const parsed = languageSchema.safeParse(base);
  return parsed.success ? parsed.data : DEFAULT_LANGUAGE;
}

/** Variables as features pass them: strings are escaped unless their name ends in `Html`. */
export type MessageVariables = Record<string, string | number>;

export function escapeVariables(variables: MessageVariables | undefined): TranslationVariables | undefined {
  if (!variables) return undefined;
  const escaped: TranslationVariables = {};
  for (const [name, value] of Object.entries(variables)) {
    escaped[name] = typeof value === 'string' && !name.endsWith('Html') ? escapeHtml(value) : value;
  }
  return escaped;
}

export function createI18n<C extends Context & I18nFlavor>(negotiate: (ctx: C) => Language | Promise<Language>): I18n<C> {
  const i18n = new I18n<C>({
    defaultLocale: DEFAULT_LANGUAGE,
    // Unicode isolation marks around placeables would leak into phone numbers and amounts people copy.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: negotiate,
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}

/** Translates outside an update (notifier, start-up), with the same escaping as `ctx.t`. */
export type Translator = (lang: Language, key: string, variables?: MessageVariables) => string;

export function translatorFor<C extends Context & I18nFlavor>(i18n: I18n<C>): Translator {
  return (lang, key, variables) => i18n.t(lang, key, escapeVariables(variables));
}
