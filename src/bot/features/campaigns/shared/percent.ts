/** Percentages as AutoCall sends them (`58.33` meaning 58.33 %), in the person's language: `58,3 %`, `58.3%`. */
import { INTL_LOCALE, type Language } from '../../../../domain/format/index.js';

const formats = new Map<Language, Intl.NumberFormat>();

export function formatPercent(value: number | undefined, language: Language): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[language], { style: 'percent', maximumFractionDigits: 1 });
    formats.set(language, format);
  }
  return format.format(Number.isFinite(value) ? (value ?? 0) / 100 : 0);
}
