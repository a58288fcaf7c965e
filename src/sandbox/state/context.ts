import type { Account } from './account.js';
import type { World } from './world.js';

/** What every action and life step works on: one account, at one simulated instant. */
export interface Ctx {
  world: World;
  account: Account;
  now: number;
}
