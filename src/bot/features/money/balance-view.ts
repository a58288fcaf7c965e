/**
 * `/balance`: what is on the balance, what running campaigns hold, and the tariff with its main prices; Top up for
 * those who may, and the way on to payments, the dashboard and all tariffs.
 */
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError, type Payments, type Settings, type Tariffs } from '../../../api/index.js';
import { formatMoney } from '../../../domain/format/index.js';
import type { Role } from '../../../store/index.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext, BotDeps } from '../../context.js';
import { links } from '../../links.js';
import type { View } from '../../show.js';
import { cachedTariffs } from '../public/tariffs-cache.js';
import { moneyData } from './money-callbacks.js';

export interface BalanceData {
  payments: Payments;
  settings: Settings;
  /** The plan whose call price is the account's, when the public tariffs say so. */
  plan: string | null;
}

/** The plan name is a nicety: without the public tariffs the card still shows the account's own prices. */
async function planOf(deps: BotDeps, callPrice: number | undefined): Promise<string | null> {
  if (callPrice === undefined) return null;
  let tariffs: Tariffs;
  try {
    tariffs = await cachedTariffs(deps);
  } catch (error) {
    if (isAutocallError(error)) return null;
    throw error;
  }
  return tariffs.tariffs?.find((tariff) => tariff.call_price === callPrice)?.name ?? null;
}

export async function loadBalance(deps: BotDeps, api: AutocallApi): Promise<BalanceData> {
  const [payments, settings] = await Promise.all([api.payments.list(), api.settings.get()]);
  return { payments, settings, plan: await planOf(deps, settings.price) };
}

export function balanceView(ctx: BotContext, account: { id: string; name: string }, role: Role, data: BalanceData): View {
  const lang = ctx.viewer.lang;
  const { payments, settings } = data;
  const text = ctx.t('money-balance', {
    account: account.name,
    balance: formatMoney(payments.balance, lang),
    reserved: formatMoney(payments.reserved, lang),
    plan: data.plan ?? ctx.t('money-plan-unknown'),
    callPrice: formatMoney(settings.price ?? 0, lang),
    smsPrice: formatMoney(settings.sms_price ?? 0, lang),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(role, 'money.topup')) keyboard.text(ctx.t('btn-topup'), links.topUp(account.id)).row();
  keyboard
    .text(ctx.t('money-btn-payments'), moneyData.payments(account.id, 0))
    .text(ctx.t('money-btn-dashboard'), moneyData.dashboard(account.id))
    .row()
    .text(ctx.t('money-btn-tariffs'), links.tariffs())
    .text(ctx.t('money-btn-refresh'), moneyData.balance(account.id));
  return { text, keyboard };
}
