/**
 * `/callerids`: the numbers the account rents to call from, with provider and expiry (highlighted when fewer than
 * seven days are left), the tariff's limit and monthly price; the owner rents another or releases one early.
 */
import { InlineKeyboard } from 'grammy';
import type { CallerId, CallerIdList } from '../../../api/index.js';
import { formatMoney } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import type { Role } from '../../../store/index.js';
import { showApiDate } from '../../api-dates.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import type { View } from '../../show.js';
import { settingsData } from '../settings/settings-callbacks.js';
import { callerIdData } from './caller-id-callbacks.js';
import { daysLeft, expiresSoon } from './rental-days.js';

/** The number as people read it; a rental without one (never seen so far) by its id. */
export const rentalNumber = (rental: CallerId): string => (rental.number ? formatPhone(rental.number) : `#${rental.id}`);

function until(ctx: BotContext, rental: CallerId): string {
  return rental.rented_until ? showApiDate(rental.rented_until, ctx.viewer.lang) : '—';
}

export function rentalLine(ctx: BotContext, rental: CallerId, index: number, now: number): string {
  const days = daysLeft(rental.rented_until, now);
  const left = days === null ? '' : ctx.t('callerids-days-left', { days });
  return ctx.t(expiresSoon(days) ? 'callerids-rental-soon' : 'callerids-rental', {
    index: index + 1,
    number: rentalNumber(rental),
    provider: rental.provider ?? '—',
    until: until(ctx, rental),
    left,
  });
}

export function callerIdsView(ctx: BotContext, accountId: string, role: Role, list: CallerIdList, noticeHtml = ''): View {
  const rentals = list.data ?? [];
  const now = ctx.deps.now();
  const max = list.max_caller_id_rentals ?? 0;
  const limits =
    max === 0
      ? ctx.t('callerids-tariff-none')
      : ctx.t('callerids-tariff', { max, price: formatMoney(list.caller_id_rent_price ?? 0, ctx.viewer.lang), count: rentals.length });
  const text = ctx.t('callerids-list', {
    noticeHtml: noticeHtml ? `${noticeHtml}\n\n` : '',
    limitsHtml: limits,
    rentalsHtml: rentals.length > 0 ? rentals.map((rental, index) => rentalLine(ctx, rental, index, now)).join('\n') : ctx.t('callerids-none'),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(role, 'settings.edit')) {
    for (const rental of rentals) keyboard.text(ctx.t('callerids-btn-release', { number: rentalNumber(rental) }), callerIdData('releaseAsk', accountId, rental.id)).row();
    if (max > 0) keyboard.text(ctx.t('callerids-btn-rent'), callerIdData('rent', accountId)).row();
  }
  keyboard.text(ctx.t('callerids-btn-refresh'), links.callerIds(accountId)).text(ctx.t('settings-btn-back'), settingsData('card', accountId));
  return { text, keyboard };
}

export function releaseConfirmView(ctx: BotContext, accountId: string, rental: CallerId): View {
  const days = daysLeft(rental.rented_until, ctx.deps.now());
  return {
    text: ctx.t('callerids-release-confirm', { number: rentalNumber(rental), until: until(ctx, rental), left: days === null ? '' : ctx.t('callerids-days-left', { days }) }),
    keyboard: new InlineKeyboard()
      .text(ctx.t('callerids-btn-release-yes'), callerIdData('releaseYes', accountId, rental.id))
      .text(ctx.t('callerids-btn-back'), links.callerIds(accountId)),
  };
}
