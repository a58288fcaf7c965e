/**
 * A contact list's card: numbers, use, import state, nonexistent numbers, dates, and what the viewer's role may do
 * with it (browse and export for everyone; rename, append, clean up and delete for editors; call and SMS for
 * those who launch campaigns).
 */
import { InlineKeyboard } from 'grammy';
import type { ContactList } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import type { CardView } from '../../../conversations/rename/rename-wizard.js';
import { listData } from './callbacks.js';

export function listCardView(ctx: BotContext, granted: Granted, list: ContactList, noticeHtml = ''): CardView {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const nonexistent = list.nonexistent?.length ?? 0;
  const lines = [
    ctx.t('list-card', {
      name: list.name,
      count: formatCount(list.contacts_count, lang),
      used: formatCount(list.used ?? 0, lang),
      created: showApiDate(list.created_at, lang),
    }),
  ];
  if (nonexistent > 0) lines.push(ctx.t('list-card-nonexistent', { count: formatCount(nonexistent, lang) }));
  if (list.importing === true) lines.push(ctx.t('list-card-importing'));

  const keyboard = new InlineKeyboard().text(ctx.t('list-btn-contacts'), listData('contacts', accountId, list.id, 0)).row();
  const edits = roleAllows(granted.role, 'content.edit');
  if (nonexistent > 0) keyboard.text(ctx.t('list-btn-nonexistent', { count: nonexistent }), listData('nonexistent', accountId, list.id)).row();
  if (edits) {
    keyboard.text(ctx.t('list-btn-append'), links.appendToList(accountId, list.id)).text(ctx.t('list-btn-rename'), listData('rename', accountId, list.id)).row();
  }
  if (roleAllows(granted.role, 'campaign.launch')) {
    keyboard.text(ctx.t('list-btn-call'), links.callList(accountId, list.id)).text(ctx.t('list-btn-sms'), links.smsList(accountId, list.id)).row();
  }
  keyboard.text(ctx.t('list-btn-export'), listData('export', accountId, list.id)).row();
  if (edits) keyboard.text(ctx.t('list-btn-delete'), listData('delete', accountId, list.id)).row();
  keyboard.text(ctx.t('list-btn-all'), listData('page', accountId, 0));
  return { text: [noticeHtml, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}

