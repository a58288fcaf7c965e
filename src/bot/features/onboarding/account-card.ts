/**
 * The short card that says which AutoCall account the person is working in: name (DEMO marked), tariff prices
 * and balance, fetched live. Shown after linking, after switching and on /account.
 */
import type { AutocallApi } from '../../../api/index.js';
import { formatMoney } from '../../../domain/format/index.js';
import type { Account } from '../../../store/index.js';
import type { BotContext } from '../../context.js';

export function accountLabel(ctx: BotContext, account: Account): string {
  return account.demo ? ctx.t('account-label-demo', { name: account.name }) : ctx.t('account-label', { name: account.name });
}

export async function accountCard(ctx: BotContext, account: Account, api: AutocallApi): Promise<string> {
  const [settings, balance] = await Promise.all([api.settings.get(), api.payments.balance()]);
  const lang = ctx.viewer.lang;
  return ctx.t('account-card', {
    labelHtml: accountLabel(ctx, account),
    callPrice: formatMoney(settings.price ?? 0, lang),
    smsPrice: formatMoney(settings.sms_price ?? 0, lang),
    balance: formatMoney(balance.balance, lang),
  });
}
