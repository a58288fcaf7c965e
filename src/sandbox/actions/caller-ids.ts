/**
 * Caller-ID rentals: a number from the shared pool for one month, paid up front, limited by tariff (Bronze 0,
 * Silver 1, Gold 2). The rental warns three days before it ends (CallerIdExpiringSoon) and is released at the end
 * (CallerIdReleased). Releasing early refunds nothing.
 */
import { z } from 'zod';
import { addLocalMonth, DAY_MS, isoDateTime } from '../core/almaty-time.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, charge } from '../state/ledger.js';
import { notify } from '../state/notify.js';
import type { RentalRecord } from '../state/records.js';
import { invalid, notFound, ok, type Result } from './result.js';

export const rentInput = z.object({ caller_id_id: z.number().int() });

const WARN_BEFORE_MS = 3 * DAY_MS;

export function activeRentals(ctx: Ctx): RentalRecord[] {
  return [...ctx.account.rentals.values()].filter((r) => r.rentedUntil > ctx.now);
}

export function activeRentalNumbers(ctx: Ctx): string[] {
  return activeRentals(ctx).map((r) => r.number);
}

/** Takes pool number `poolId` for a month; `rentedUntil` can be set for seeding. */
export function rentCallerId(ctx: Ctx, poolId: number, rentedUntil = addLocalMonth(ctx.now)): Result<RentalRecord> {
  const tariff = TARIFFS[ctx.account.tariff];
  const entry = ctx.world.pool.entry(poolId);
  if (!entry) return invalid('caller_id_id', 'Выбранное значение для caller_id_id некорректно.');
  if (tariff.maxCallerIdRentals === 0) {
    return { kind: 'forbidden', message: `Тариф ${tariff.name} не поддерживает аренду номеров.`, errors: null };
  }
  if (activeRentals(ctx).length >= tariff.maxCallerIdRentals) {
    return {
      kind: 'forbidden',
      message: `Достигнут лимит тарифа ${tariff.name}: ${tariff.maxCallerIdRentals} арендованных номеров.`,
      errors: null,
    };
  }
  if (!ctx.world.pool.isFree(poolId, ctx.now)) return { kind: 'conflict', message: 'Выбранный номер уже занят.' };
  if (!canAfford(ctx, tariff.callerIdRentPrice)) {
    return { kind: 'payment-required', message: 'Недостаточно средств для аренды номера.' };
  }
  const rental: RentalRecord = {
    id: ctx.world.nextId('rental'),
    poolId,
    number: entry.number,
    provider: entry.provider,
    rentedUntil,
    createdAt: ctx.now,
  };
  ctx.account.rentals.set(rental.id, rental);
  ctx.world.pool.take(poolId, ctx.account.key, rentedUntil);
  charge(ctx, tariff.callerIdRentPrice, `Аренда номера ${entry.number}`);
  ctx.account.schedule(Math.max(ctx.now, rentedUntil - WARN_BEFORE_MS), { kind: 'rental-expiring', rentalId: rental.id });
  ctx.account.schedule(rentedUntil, { kind: 'rental-expired', rentalId: rental.id });
  return ok(rental);
}

export function releaseCallerId(ctx: Ctx, id: number): Result<RentalRecord> {
  const rental = ctx.account.rentals.get(id);
  if (!rental || rental.rentedUntil <= ctx.now) return notFound;
  ctx.account.rentals.delete(id);
  ctx.world.pool.release(rental.poolId, ctx.account.key);
  return ok(rental);
}

function rentalData(rental: RentalRecord): Record<string, unknown> {
  return { id: rental.id, name: rental.number, number: rental.number, rented_until: isoDateTime(rental.rentedUntil) };
}

/** Life: three days left. */
export function warnRentalExpiring(ctx: Ctx, rentalId: number): void {
  const rental = ctx.account.rentals.get(rentalId);
  if (rental && rental.rentedUntil > ctx.now) notify(ctx, 'CallerIdExpiringSoon', rentalData(rental));
}

/** Life: the month is over. */
export function expireRental(ctx: Ctx, rentalId: number): void {
  const rental = ctx.account.rentals.get(rentalId);
  if (!rental || rental.rentedUntil > ctx.now) return;
  ctx.account.rentals.delete(rentalId);
  ctx.world.pool.release(rental.poolId, ctx.account.key);
  notify(ctx, 'CallerIdReleased', rentalData(rental));
}
