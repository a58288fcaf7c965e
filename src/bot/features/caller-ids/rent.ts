/**
 * Renting a caller ID from AutoCall's pool by its id, with every refusal the contract names turned into a value:
 * 402 short of money, 403 the tariff allows no more, 409 someone else has the number, 422 no such number.
 * Every attempt is audited, refused ones with AutoCall's reason.
 */
import { isAutocallError } from '../../../api/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { recordAction } from '../../record-action.js';

/** What the summary step needs: the price, the balance and the tariff's limit. */
export interface RentTerms {
  price: number;
  balance: number;
  max: number;
  rented: number;
}

export type RentOutcome =
  | { kind: 'rented'; number: string; until: string }
  | { kind: 'no_money'; reason: string }
  | { kind: 'limit'; reason: string }
  | { kind: 'taken'; reason: string }
  | { kind: 'no_such'; reason: string };

export async function rentTerms(ctx: BotContext, granted: Granted): Promise<RentTerms> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  const [list, balance] = await Promise.all([api.callerIds.list(), api.payments.balance()]);
  return { price: list.caller_id_rent_price ?? 0, balance: balance.balance, max: list.max_caller_id_rentals ?? 0, rented: list.data?.length ?? 0 };
}

const REFUSALS = { insufficient_funds: 'no_money', forbidden: 'limit', conflict: 'taken', validation: 'no_such' } as const;

const isRefusal = (kind: string): kind is keyof typeof REFUSALS => kind in REFUSALS;

export async function rentCallerId(ctx: BotContext, granted: Granted, poolId: number): Promise<RentOutcome> {
  const api = await ctx.deps.apis.forAccount(granted.account);
  try {
    const rental = await api.callerIds.rent({ caller_id_id: poolId });
    const number = rental.number ?? '';
    await recordAction(ctx, granted.account.id, 'callerid.rent', `#${poolId} ${number}`);
    return { kind: 'rented', number, until: rental.rented_until ?? '' };
  } catch (error) {
    if (!isAutocallError(error) || !isRefusal(error.kind)) throw error;
    const kind = REFUSALS[error.kind];
    const reason = error.serverMessage ?? ('fields' in error ? Object.values(error.fields).flat().join('; ') : '');
    await recordAction(ctx, granted.account.id, 'callerid.rent', `#${poolId}`, reason || error.kind);
    return { kind, reason };
  }
}
