/** The page of contact lists: name, numbers, how often used, importing and nonexistent-number marks. */
import { InlineKeyboard } from 'grammy';
import type { ContactList } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { truncateText } from '../../../domain/text/index.js';
import { roleAllows } from '../../auth/permissions.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { listData } from './callbacks.js';

/** The marks after a list's name: ⏳ importing, ⚠️ nonexistent numbers, how many campaigns used it. */
export function listFlags(ctx: BotContext, list: ContactList): string {
  const flags: string[] = [];
  if (list.importing === true) flags.push(ctx.t('lists-flag-importing'));
  const nonexistent = list.nonexistent?.length ?? 0;
  if (nonexistent > 0) flags.push(ctx.t('lists-flag-nonexistent', { count: nonexistent }));
  if ((list.used ?? 0) > 0) flags.push(ctx.t('lists-flag-used', { count: list.used ?? 0 }));
  return flags.join(' · ');
}

export function listsView(ctx: BotContext, granted: Granted, slice: PageSlice<ContactList>, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((list, index) => {
    keyboard.text(`📋 ${truncateText(list.name, 40)} · ${formatCount(list.contacts_count, lang)}`, links.list(accountId, list.id)).row();
    const flags = listFlags(ctx, list);
    return ctx.t('lists-row', {
      position: slice.page * PAGE_SIZE + index + 1,
      name: list.name,
      count: formatCount(list.contacts_count, lang),
      flagsHtml: flags === '' ? '' : ` · ${flags}`,
    });
  });
  addPager(keyboard, slice, (page) => listData('page', accountId, page));
  if (roleAllows(granted.role, 'content.edit')) keyboard.text(ctx.t('lists-btn-new'), links.newList(accountId)).row();
  keyboard.text(ctx.t('btn-main-menu'), links.menu());
  const title =
    slice.total === 0
      ? ctx.t('lists-empty')
      : ctx.t('lists-title', { total: formatCount(slice.total, lang), page: slice.page + 1, pages: slice.pages });
  return { text: [noticeHtml, title, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}
