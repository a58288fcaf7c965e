/**
 * Confirmed numbers, a two-step flow: `number` makes the service call it (the last five digits of the calling
 * number are the code), then `verification_code` confirms it. Unconfirmed numbers vanish after 10 minutes.
 * The code the sandbox "called with" is visible in `GET /_sandbox/state`.
 */
import { z } from 'zod';
import { intFor } from '../core/random.js';
import type { Ctx } from '../state/context.js';
import type { ConfirmedNumberRecord } from '../state/records.js';
import { invalid, ok, type Result } from './result.js';

export const confirmNumberInput = z.object({
  number: z.string().optional(),
  verification_code: z.number().int().optional(),
});

const UNVERIFIED_TTL_MS = 10 * 60_000;

function addNumber(ctx: Ctx, number: string): Result<ConfirmedNumberRecord> {
  for (const existing of ctx.account.confirmedNumbers.values()) {
    if (existing.number === number && existing.verifiedAt !== null) {
      return invalid('number', 'Этот номер уже подтверждён.');
    }
  }
  const id = ctx.world.nextId('confirmedNumber');
  const record: ConfirmedNumberRecord = {
    id,
    number,
    code: intFor(10000, 99999, ctx.world.seed, ctx.account.key, 'verification', id),
    verifiedAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.account.confirmedNumbers.set(id, record);
  ctx.account.schedule(ctx.now + UNVERIFIED_TTL_MS, { kind: 'number-unverified', numberId: id });
  return ok(record);
}

function verify(ctx: Ctx, code: number): Result<ConfirmedNumberRecord> {
  const pending = [...ctx.account.confirmedNumbers.values()]
    .reverse()
    .find((n) => n.verifiedAt === null && n.code === code);
  if (!pending) return invalid('verification_code', 'Неверный код подтверждения.');
  pending.verifiedAt = ctx.now;
  pending.updatedAt = ctx.now;
  return ok(pending);
}

export function confirmNumber(ctx: Ctx, input: z.infer<typeof confirmNumberInput>): Result<ConfirmedNumberRecord> {
  if (input.verification_code !== undefined) return verify(ctx, input.verification_code);
  if (input.number !== undefined) return addNumber(ctx, input.number);
  return invalid('number', 'Поле number обязательно, если не указан verification_code.');
}

/** Life: ten minutes passed without confirmation. */
export function dropUnverified(ctx: Ctx, numberId: number): void {
  const record = ctx.account.confirmedNumbers.get(numberId);
  if (record && record.verifiedAt === null) ctx.account.confirmedNumbers.delete(numberId);
}
