/** Tenge amounts are kept as numbers and rounded to tiyn (2 decimals) at every step that stores them. */
export function roundMoney(amount: number): number {
  return Math.round((amount + Number.EPSILON) * 100) / 100;
}

/** `1450.75` → `"1450.75"`: the API's string form of an amount. */
export function moneyString(amount: number): string {
  return roundMoney(amount).toFixed(2);
}
