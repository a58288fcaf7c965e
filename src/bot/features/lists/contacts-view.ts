/**
 * A list's contacts, a page at a time (number, note, variables), and one contact's details with Delete for
 * editors. Long notes and many variables are shortened on the page; the details show them whole (up to
 * Telegram's message size).
 */
import { InlineKeyboard } from 'grammy';
import type { Contact, ContactList } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { MESSAGE_MAX_LENGTH, truncateHtml, truncateText } from '../../../domain/text/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { listData } from './callbacks.js';

const NOTE_ON_PAGE = 60;
const VARIABLES_ON_PAGE = 80;

/** `name: Иван; debt: 5000`. */
export function variablesLine(variables: Contact['variables']): string {
  return Object.entries(variables ?? {})
    .map(([key, value]) => `${key}: ${value}`)
    .join('; ');
}

export function contactsView(ctx: BotContext, granted: Granted, list: ContactList, slice: PageSlice<Contact>, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((contact, index) => {
    const position = slice.page * PAGE_SIZE + index + 1;
    const phone = formatPhone(contact.number);
    keyboard.text(`${position}. ${phone}`, listData('contact', accountId, list.id, contact.id, slice.page)).row();
    const variables = variablesLine(contact.variables);
    return ctx.t('contacts-row', {
      position,
      phone,
      extra: contact.extra ? ` — ${truncateText(contact.extra, NOTE_ON_PAGE)}` : '',
      variables: variables === '' ? '' : `\n    ${truncateText(variables, VARIABLES_ON_PAGE)}`,
    });
  });
  addPager(keyboard, slice, (page) => listData('contacts', accountId, list.id, page));
  keyboard.text(ctx.t('contacts-btn-list'), links.list(accountId, list.id));
  const title =
    slice.total === 0
      ? ctx.t('contacts-empty', { name: list.name })
      : ctx.t('contacts-title', { name: list.name, total: formatCount(slice.total, ctx.viewer.lang), page: slice.page + 1, pages: slice.pages });
  return { text: [noticeHtml, title, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}

export function contactView(ctx: BotContext, granted: Granted, listId: number, contact: Contact, page: number, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const variables = Object.entries(contact.variables ?? {}).map(([key, value]) => ctx.t('contact-variable', { key, value }));
  const text = ctx.t('contact-card', {
    phone: formatPhone(contact.number),
    extra: contact.extra ?? '—',
    variablesHtml: variables.length === 0 ? ctx.t('contact-no-variables') : variables.join('\n'),
    created: showApiDate(contact.created_at, ctx.viewer.lang),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(granted.role, 'content.edit')) keyboard.text(ctx.t('contact-btn-delete'), listData('contactDelete', accountId, listId, contact.id, page)).row();
  keyboard.text(ctx.t('contact-btn-back'), listData('contacts', accountId, listId, page));
  return { text: truncateHtml(noticeHtml === '' ? text : `${noticeHtml}\n${text}`, MESSAGE_MAX_LENGTH), keyboard };
}

export function contactDeleteView(ctx: BotContext, granted: Granted, listId: number, contact: Contact, page: number): View {
  const accountId = granted.account.id;
  return {
    text: ctx.t('contact-delete-confirm', { phone: formatPhone(contact.number) }),
    keyboard: new InlineKeyboard()
      .text(ctx.t('contact-btn-delete-yes'), listData('contactDeleteYes', accountId, listId, contact.id, page))
      .text(ctx.t('btn-back'), listData('contact', accountId, listId, contact.id, page)),
  };
}
