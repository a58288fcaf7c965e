/**
 * Confirmed numbers: the phones AutoCall has verified for the account (an unverified one waits for its code and
 * disappears after ten minutes). Adding one goes through the verification wizard (`links.verifyNumber`).
 */
import { InlineKeyboard } from 'grammy';
import type { ConfirmedNumber } from '../../../api/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import type { Role } from '../../../store/index.js';
import { showApiDate } from '../../api-dates.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { pageOf } from '../../paging.js';
import type { View } from '../../show.js';
import { settingsData } from './settings-callbacks.js';

function numberLine(ctx: BotContext, number: ConfirmedNumber): string {
  const phone = formatPhone(number.number);
  return number.verified_at
    ? ctx.t('settings-number-verified', { phone, since: showApiDate(number.verified_at, ctx.viewer.lang) })
    : ctx.t('settings-number-pending', { phone });
}

export function confirmedNumbersView(ctx: BotContext, accountId: string, role: Role, numbers: readonly ConfirmedNumber[], page: number): View {
  const slice = pageOf(numbers, page);
  const text = ctx.t('settings-numbers', {
    count: slice.total,
    page: slice.page + 1,
    pages: slice.pages,
    numbersHtml: slice.items.length > 0 ? slice.items.map((number) => numberLine(ctx, number)).join('\n') : ctx.t('settings-numbers-none'),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(role, 'numbers.verify')) keyboard.text(ctx.t('settings-btn-add-number'), links.verifyNumber(accountId)).row();
  addPager(keyboard, slice, (to) => settingsData('confirmedNumbers', accountId, to));
  keyboard.text(ctx.t('settings-btn-back'), settingsData('card', accountId));
  return { text, keyboard };
}
