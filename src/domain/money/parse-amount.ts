/**
 * Whole-tenge amounts as people type them: `1000`, `1 000`, `1 000 ₸`, `5000 тг`, `10 000,00`, `2k`.
 * Kopecks are refused rather than rounded: a payment is in whole tenge.
 */
export type AmountResult =
  | { ok: true; amount: number }
  | { ok: false; kind: 'not_a_number' | 'fraction' | 'too_small' | 'too_large'; min: number; max: number };

const CURRENCY = /(₸|тг\.?|тенге|теңге|kzt|tenge)$/i;

export function parseTengeAmount(input: string, limits: { min: number; max: number }): AmountResult {
  const fail = (kind: Extract<AmountResult, { ok: false }>['kind']): AmountResult => ({ ok: false, kind, ...limits });
  let text = input.trim().toLowerCase().replace(CURRENCY, '').replace(/[\s\u00a0\u202f']/g, '');
  let multiplier = 1;
  if (/^\d+(?:[.,]\d+)?[kк]$/.test(text)) {
    multiplier = 1000;
    text = text.slice(0, -1);
  }
  const match = /^(\d+)(?:[.,](\d{1,2}))?$/.exec(text);
  if (!match) return fail('not_a_number');
  const whole = Number(match[1]);
  const fraction = match[2] ?? '';
  const amount = multiplier === 1000 ? Math.round(Number(`${match[1]}.${fraction || '0'}`) * 1000) : whole;
  if (multiplier === 1 && /[1-9]/.test(fraction)) return fail('fraction');
  if (amount < limits.min) return fail('too_small');
  if (amount > limits.max) return fail('too_large');
  return { ok: true, amount };
}
