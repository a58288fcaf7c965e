import { memoiseByLanguage, type Language } from './language.js';

const currency = (fractionDigits: number) =>
  memoiseByLanguage(
    (locale) =>
      new Intl.NumberFormat(locale, {
        style: 'currency',
        currency: 'KZT',
        // Without `narrowSymbol` Russian and Kazakh print `KZT` instead of `₸`.
        currencyDisplay: 'narrowSymbol',
        minimumFractionDigits: fractionDigits,
        maximumFractionDigits: 2,
      }),
  );
const wholeTenge = currency(0);
const tiyn = currency(2);
const plain = memoiseByLanguage((locale) => new Intl.NumberFormat(locale));

/**
 * Formats an amount in tenge: `1 450,75 ₸` (ru, kk), `₸1,450.75` (en); whole amounts without
 * decimals (`5 000 ₸`). The API sends money as numbers or decimal strings (`"1450.75"`); a value
 * that is neither is shown as it came rather than as `NaN`.
 */
export function formatMoney(amount: number | string, language: Language): string {
  const value = typeof amount === 'number' ? amount : amount.trim() === '' ? Number.NaN : Number(amount);
  if (!Number.isFinite(value)) return String(amount);
  return (Number.isInteger(value) ? wholeTenge : tiyn)(language).format(value);
}

/** Formats a count with the language's grouping: `100 000` (ru, kk), `100,000` (en). */
export function formatCount(count: number, language: Language): string {
  return plain(language).format(count);
}
