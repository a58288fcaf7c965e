/**
 * Numbers operators reported as nonexistent during campaigns: how many, the first few, and the two ways out —
 * delete them from the list, or keep them and clear the mark.
 */
import { InlineKeyboard } from 'grammy';
import type { Contact, ContactList } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { truncateText } from '../../../domain/text/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { PAGE_SIZE } from '../../paging.js';
import type { View } from '../../show.js';
import { listData } from './callbacks.js';

/** How many of the numbers the view names; the rest are counted. */
export const NONEXISTENT_SHOWN = PAGE_SIZE;

export function nonexistentView(ctx: BotContext, granted: Granted, list: ContactList, shown: readonly Contact[]): View {
  const accountId = granted.account.id;
  const total = list.nonexistent?.length ?? 0;
  const lines = shown.map((contact) => ctx.t('nonexistent-row', { phone: formatPhone(contact.number), extra: contact.extra ? ` — ${truncateText(contact.extra, 60)}` : '' }));
  if (total > shown.length) lines.push(ctx.t('nonexistent-more', { count: formatCount(total - shown.length, ctx.viewer.lang) }));
  const keyboard = new InlineKeyboard();
  if (roleAllows(granted.role, 'content.edit')) {
    keyboard.text(ctx.t('nonexistent-btn-delete'), listData('nonexistentDelete', accountId, list.id)).row();
    keyboard.text(ctx.t('nonexistent-btn-keep'), listData('nonexistentKeep', accountId, list.id)).row();
  }
  keyboard.text(ctx.t('contacts-btn-list'), links.list(accountId, list.id));
  const text = [ctx.t('nonexistent-title', { name: list.name, count: formatCount(total, ctx.viewer.lang) }), ...lines, '', ctx.t('nonexistent-explain')].join('\n');
  return { text, keyboard };
}
