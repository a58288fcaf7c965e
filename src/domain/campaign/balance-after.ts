/** What a launch leaves on the balance, and by how much the balance falls short of the campaign's maximum cost. */
export interface BalanceAfter {
  /** Balance minus the cost, in tenge with tiyn; negative when short. */
  readonly after: number;
  /** How much is missing; 0 when the balance covers the cost. */
  readonly short: number;
}

/** Money is counted in tiyn so that 0.1 + 0.2 never shows as 0.30000000000000004 ₸. */
export function balanceAfter(balance: number, maxCost: number): BalanceAfter {
  const after = (Math.round(balance * 100) - Math.round(maxCost * 100)) / 100;
  return { after, short: after < 0 ? -after : 0 };
}
