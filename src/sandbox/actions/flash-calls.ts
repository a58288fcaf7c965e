/**
 * Flash calls: a dropped call whose caller number ends in the code. Auto-code (`digits`) always works; a chosen
 * `code` works when the pool has a number ending in it — in the sandbox, every code except 5–6 digit codes
 * starting with 0, which gives tests a code that fails. At most 3 calls per number per 5 minutes.
 */
import { z } from 'zod';
import { intFor } from '../core/random.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, charge } from '../state/ledger.js';
import type { FlashCallRecord } from '../state/records.js';
import { invalid, ok, type Result } from './result.js';

export const flashCallInput = z.object({
  number: z.string(),
  digits: z.number().int().optional(),
  code: z.string().optional(),
});

const WINDOW_MS = 5 * 60_000;
const PER_WINDOW = 3;

function codeFor(ctx: Ctx, input: z.infer<typeof flashCallInput>, id: number): Result<string> {
  if (input.code !== undefined) {
    if (input.code.length >= 5 && input.code.startsWith('0')) {
      return invalid('code', 'В пуле нет номера, оканчивающегося на этот код. Используйте авто-код (digits).');
    }
    return ok(input.code);
  }
  if (input.digits === undefined) return invalid('digits', 'Поле digits обязательно, если не указан code.');
  const digits = input.digits;
  return ok(String(intFor(0, 10 ** digits - 1, ctx.world.seed, ctx.account.key, 'flash', id)).padStart(digits, '0'));
}

export function sendFlashCall(ctx: Ctx, input: z.infer<typeof flashCallInput>): Result<FlashCallRecord> {
  const recent = (ctx.account.flashAttempts.get(input.number) ?? []).filter((at) => at > ctx.now - WINDOW_MS);
  ctx.account.flashAttempts.set(input.number, recent);
  const first = recent[0];
  if (recent.length >= PER_WINDOW && first !== undefined) {
    return {
      kind: 'too-many-attempts',
      message: 'Не более 3 попыток на один номер в течение 5 минут.',
      retryAfterSeconds: Math.ceil((first + WINDOW_MS - ctx.now) / 1000),
    };
  }
  const id = ctx.world.nextId('flashCall');
  const code = codeFor(ctx, input, id);
  if (code.kind !== 'ok') return code;
  const price = TARIFFS[ctx.account.tariff].flashCallPrice;
  if (!canAfford(ctx, price)) return { kind: 'payment-required', message: 'Недостаточно средств на балансе.' };
  recent.push(ctx.now);
  charge(ctx, price, `Flash Call на ${input.number}`);
  const record: FlashCallRecord = { id, number: input.number, code: code.value, createdAt: ctx.now };
  ctx.account.flashCalls.push(record);
  return ok(record);
}
