/**
 * Runs the simulation lazily: an account's due events run, in time order, when a request for it arrives or the
 * clock is advanced. Each event runs at its own simulated time, so the result does not depend on how often
 * anyone looked.
 */
import { finishImport } from '../actions/lists.js';
import { moderateSound } from '../actions/sounds.js';
import { moderateScenario } from '../actions/scenarios.js';
import { revealAutocall } from '../actions/autocalls.js';
import { payTopUp } from '../actions/payments.js';
import { expireRental, warnRentalExpiring } from '../actions/caller-ids.js';
import { dropUnverified } from '../actions/confirmed-numbers.js';
import type { Account } from '../state/account.js';
import type { Ctx } from '../state/context.js';
import type { LifeEvent } from '../state/life-events.js';
import type { World } from '../state/world.js';
import { moderateAutocall, tickAutocall } from './autocall-life.js';
import { moderateBulk, tickBulk } from './bulk-life.js';

function run(ctx: Ctx, event: LifeEvent): void {
  switch (event.kind) {
    case 'list-imported':
      return finishImport(ctx, event.listId);
    case 'sound-moderated':
      return moderateSound(ctx, event.soundId);
    case 'scenario-moderated':
      return moderateScenario(ctx, event.scenarioId);
    case 'autocall-accepted':
      return revealAutocall(ctx, event.autocallId);
    case 'autocall-moderated':
      return moderateAutocall(ctx, event.autocallId);
    case 'autocall-tick':
      return tickAutocall(ctx, event.autocallId);
    case 'bulk-moderated':
      return moderateBulk(ctx, event.bulkId);
    case 'bulk-tick':
      return tickBulk(ctx, event.bulkId);
    case 'payment-paid':
      return payTopUp(ctx, event.transactionId);
    case 'rental-expiring':
      return warnRentalExpiring(ctx, event.rentalId);
    case 'rental-expired':
      return expireRental(ctx, event.rentalId);
    case 'number-unverified':
      return dropUnverified(ctx, event.numberId);
  }
}

/** Runs everything due for `account` up to `now`. */
export function advanceAccount(world: World, account: Account, now: number): void {
  for (let event = account.takeDue(now); event; event = account.takeDue(now)) {
    run({ world, account, now: event.at }, event);
  }
}

/** Runs everything due for every account that has been used. */
export function advanceWorld(world: World, now: number): void {
  for (const account of world.builtAccounts()) advanceAccount(world, account, now);
}
