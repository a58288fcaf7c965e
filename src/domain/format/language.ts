/** The languages the bot speaks; Russian is the default. */
export type Language = 'ru' | 'kk' | 'en';

/** BCP 47 locale used for `Intl` formatting in each language. */
export const INTL_LOCALE: Readonly<Record<Language, string>> = { ru: 'ru-RU', kk: 'kk-KZ', en: 'en' };

/**
 * Builds `Intl` formatters once per language and options: constructing one costs far more than
 * formatting with it, and a list page formats dozens of values.
 */
export function memoiseByLanguage<T>(create: (locale: string) => T): (language: Language) => T {
  const cache = new Map<Language, T>();
  return (language) => {
    let formatter = cache.get(language);
    if (formatter === undefined) {
      formatter = create(INTL_LOCALE[language]);
      cache.set(language, formatter);
    }
    return formatter;
  };
}
