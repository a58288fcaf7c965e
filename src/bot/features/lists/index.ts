/**
 * `/lists`: contact lists a page at a time, a list's card, its contacts and a contact's details, the cleanup of
 * nonexistent numbers, CSV export, rename (a wizard), delete (confirmed), and the ways into other features:
 * append numbers, call or SMS the list. Viewers read; `content.edit` changes; every tap is re-checked on the server.
 */
import { Composer } from 'grammy';
import { isAutocallError } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import { apiPageOf } from '../../api-pages.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import { contentOpener, loadContentCard, registerContentTaps } from '../../content-menu.js';
import type { BotContext } from '../../context.js';
import { isRefusal, serverReason } from '../../errors/server-reason.js';
import { recordAction } from '../../record-action.js';
import { show, type View } from '../../show.js';
import type { Feature } from '../feature.js';
import { listPattern } from './callbacks.js';
import { contactDeleteView, contactsView, contactView } from './contacts-view.js';
import { exportList } from './export-list.js';
import { listKind } from './list-kind.js';
import { NONEXISTENT_SHOWN, nonexistentView } from './nonexistent-view.js';

const composer = new Composer<BotContext>();

async function api(ctx: BotContext, granted: Granted) {
  return ctx.deps.apis.forAccount(granted.account);
}

async function contactsPage(ctx: BotContext, granted: Granted, listId: number, page: number, noticeHtml = ''): Promise<View> {
  const lists = (await api(ctx, granted)).lists;
  const first = await lists.get(listId);
  const slice = await apiPageOf(async (apiPage) => (apiPage === 1 ? first.contacts : (await lists.get(listId, { page: apiPage })).contacts), page);
  return contactsView(ctx, granted, first, slice, noticeHtml);
}

/** `/lists` and the main menu's entry: the first page. */
export const openLists = contentOpener(listKind);

composer.command('lists', openLists);

const renameWizard = registerContentTaps(composer, listKind);

onTap(composer, listPattern('contacts', 2), 'view', async (ctx, granted, [listId = 0, page = 0]) => show(ctx, await contactsPage(ctx, granted, listId, page)));

onTap(composer, listPattern('contact', 3), 'view', async (ctx, granted, [listId = 0, contactId = 0, page = 0]) => {
  const contact = await (await api(ctx, granted)).contacts.get(contactId);
  await show(ctx, contactView(ctx, granted, listId, contact, page));
});

onTap(composer, listPattern('contactDelete', 3), 'content.edit', async (ctx, granted, [listId = 0, contactId = 0, page = 0]) => {
  const contact = await (await api(ctx, granted)).contacts.get(contactId);
  await show(ctx, contactDeleteView(ctx, granted, listId, contact, page));
});

onTap(composer, listPattern('contactDeleteYes', 3), 'content.edit', async (ctx, granted, [listId = 0, contactId = 0, page = 0]) => {
  const contacts = (await api(ctx, granted)).contacts;
  const contact = await contacts.get(contactId);
  const phone = formatPhone(contact.number);
  try {
    await contacts.delete(contactId);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const reason = serverReason(error);
    await recordAction(ctx, granted.account.id, 'list.contact.delete', `${phone} (list #${listId})`, reason);
    return show(ctx, contactView(ctx, granted, listId, contact, page, ctx.t('contact-delete-refused', { reason })));
  }
  await recordAction(ctx, granted.account.id, 'list.contact.delete', `${phone} (list #${listId})`);
  await show(ctx, await contactsPage(ctx, granted, listId, page, ctx.t('contact-deleted', { phone })));
});

onTap(composer, listPattern('nonexistent', 1), 'view', async (ctx, granted, [listId = 0]) => {
  const { lists, contacts } = await api(ctx, granted);
  const list = await lists.get(listId);
  const ids = list.nonexistent ?? [];
  if (ids.length === 0) return show(ctx, await loadContentCard(listKind, ctx, granted, listId, ctx.t('nonexistent-none')));
  const found = await Promise.all(
    ids.slice(0, NONEXISTENT_SHOWN).map((id) =>
      contacts.get(id).catch((error: unknown) => {
        // A contact deleted since the campaign is simply not named.
        if (isAutocallError(error) && error.kind === 'not_found') return null;
        throw error;
      }),
    ),
  );
  await show(ctx, nonexistentView(ctx, granted, list, found.filter((contact) => contact !== null)));
});

/** Delete or Keep the numbers operators reported nonexistent: AutoCall's call, the audit action and the notice. */
const SETTLE_NONEXISTENT = [
  { pattern: listPattern('nonexistentDelete', 1), settle: 'deleteNonexistent', audit: 'list.nonexistent.delete', notice: 'nonexistent-deleted' },
  { pattern: listPattern('nonexistentKeep', 1), settle: 'ignoreNonexistent', audit: 'list.nonexistent.keep', notice: 'nonexistent-kept' },
] as const;

for (const how of SETTLE_NONEXISTENT) {
  onTap(composer, how.pattern, 'content.edit', async (ctx, granted, [listId = 0]) => {
    const { lists } = await api(ctx, granted);
    const list = await lists.get(listId);
    const count = list.nonexistent?.length ?? 0;
    if (count === 0) return show(ctx, await loadContentCard(listKind, ctx, granted, listId, ctx.t('nonexistent-none')));
    await lists[how.settle](listId);
    await recordAction(ctx, granted.account.id, how.audit, `#${listId} «${list.name}» (${count})`);
    await show(ctx, await loadContentCard(listKind, ctx, granted, listId, ctx.t(how.notice, { count: formatCount(count, ctx.viewer.lang) })));
  });
}

onTap(composer, listPattern('export', 1), 'view', (ctx, granted, [listId = 0]) => exportList(ctx, granted, listId));

export const listsFeature: Feature = {
  name: 'lists',
  composer,
  wizards: [renameWizard],
  menu: [{ labelKey: 'menu-lists', permission: 'view', open: openLists }],
  commands: [{ command: 'lists', permission: 'view', scopes: ['private'] }],
};
