/**
 * Wizard: rent a caller ID. Step 1 — the id of a free number of AutoCall's pool (the portal lists them; the API
 * does not); step 2 — the summary before money is spent: the monthly price, the balance now and after, Rent.
 * A number someone else holds (409) or no such number (422) goes back to step 1 with the reason; short of money
 * (402) ends with Top up; the tariff's limit (403) ends with what the tariff allows.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { accessTo } from '../../bot/auth/guard.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { rentCallerId, type RentOutcome, rentTerms, type RentTerms } from '../../bot/features/caller-ids/rent.js';
import { links } from '../../bot/links.js';
import { showApiDate } from '../../bot/api-dates.js';
import { formatMoney } from '../../domain/format/index.js';
import { formatPhone } from '../../domain/phone/index.js';
import { choice, WizardUi } from '../kit/wizard-ui.js';

export const RENT_CALLER_ID_WIZARD = 'rent-caller-id';

export interface RentCallerIdArgs {
  accountId: string;
}

const RENT = 'rent';

/** A pool id as people may type it: `42`, `#42`, `№ 42`. */
export function readPoolId(text: string): number | null {
  const match = /^\s*(?:#|№)?\s*(\d{1,9})\s*$/u.exec(text);
  const id = match ? Number(match[1]) : 0;
  return id > 0 ? id : null;
}

type Attempt = RentOutcome | { kind: 'refused' };

export async function rentCallerIdWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: RentCallerIdArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'callerids-rent-title', accountId: args.accountId, permission: 'settings.edit' });
  const terms = await conversation.external(async (outside: BotContext): Promise<RentTerms | null> => {
    const access = await accessTo(outside, args.accountId, 'settings.edit');
    return access.ok ? rentTerms(outside, access) : null;
  });
  if (!terms) return ui.finish(ui.ctx.t('wizard-access-lost'));
  const money = (amount: number) => formatMoney(amount, ui.ctx.viewer.lang);

  let poolId: number | null = null;
  for (;;) {
    if (poolId === null) {
      const answer = await ui.ask({ step: 1, of: 2, body: ui.ctx.t('callerids-rent-ask', { price: money(terms.price), max: terms.max, count: terms.rented }) });
      if (answer.kind !== 'text') continue;
      poolId = readPoolId(answer.text);
      if (poolId === null) ui.invalid(ui.ctx.t('callerids-rent-bad-id'));
      continue;
    }
    const after = terms.balance - terms.price;
    const summary = ui.ctx.t(after < 0 ? 'callerids-rent-summary-short' : 'callerids-rent-summary', {
      id: poolId,
      price: money(terms.price),
      balance: money(terms.balance),
      after: money(after),
    });
    const answer = await ui.ask({ step: 2, of: 2, body: summary, choices: new InlineKeyboard().text(ui.ctx.t('callerids-btn-rent-confirm', { price: money(terms.price) }), choice(RENT)) });
    if (answer.kind === 'back') {
      poolId = null;
      continue;
    }
    if (answer.kind !== 'choice' || answer.value !== RENT) continue;
    const chosen = poolId;
    await ui.progress(ui.ctx.t('callerids-renting', { id: chosen }));
    const outcome = await conversation.external(async (outside: BotContext): Promise<Attempt> => {
      const access = await accessTo(outside, args.accountId, 'settings.edit');
      return access.ok ? rentCallerId(outside, access, chosen) : { kind: 'refused' };
    });
    switch (outcome.kind) {
      case 'rented':
        return ui.finish(
          ui.ctx.t('callerids-rented', { number: formatPhone(outcome.number), until: showApiDate(outcome.until, ui.ctx.viewer.lang), price: money(terms.price) }),
          new InlineKeyboard().text(ui.ctx.t('callerids-btn-list'), links.callerIds(args.accountId)),
        );
      case 'no_money':
        return ui.finish(
          ui.ctx.t('callerids-rent-no-money', { price: money(terms.price), balance: money(terms.balance), reason: outcome.reason }),
          new InlineKeyboard().text(ui.ctx.t('btn-topup'), links.topUp(args.accountId)),
        );
      case 'limit':
        return ui.finish(ui.ctx.t('callerids-rent-limit', { max: terms.max, reason: outcome.reason }), new InlineKeyboard().text(ui.ctx.t('callerids-btn-list'), links.callerIds(args.accountId)));
      case 'taken':
        ui.invalid(ui.ctx.t('callerids-rent-taken', { id: chosen, reason: outcome.reason }));
        poolId = null;
        continue;
      case 'no_such':
        ui.invalid(ui.ctx.t('callerids-rent-no-such', { id: chosen, reason: outcome.reason }));
        poolId = null;
        continue;
      case 'refused':
        return ui.finish(ui.ctx.t('wizard-access-lost'));
    }
  }
}
