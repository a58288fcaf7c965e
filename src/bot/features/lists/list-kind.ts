/** The contact list as the shared content menu sees it (page, card, rename, delete). */
import type { ContactList } from '../../../api/index.js';
import type { ContentKind } from '../../content-menu.js';
import { formatCount } from '../../../domain/format/index.js';
import { links, linkPatterns } from '../../links.js';
import { listData, listPattern } from './callbacks.js';
import { listCardView } from './list-card.js';
import { listsView } from './lists-view.js';

export const listKind: ContentKind<ContactList> = {
  kind: 'list',
  read: (api, id) => api.lists.get(id),
  rename: (api, id, name) => api.lists.update(id, { name }).then(() => undefined),
  remove: (api, id) => api.lists.delete(id),
  // How many numbers went with it says what was lost.
  auditTarget: (list) => `#${list.id} «${list.name}» (${list.contacts_count})`,
  readPage: (api) => (apiPage) => api.lists.list({ page: apiPage, order: 'desc' }),
  pageView: listsView,
  card: listCardView,
  deleteQuestion: (ctx, list) => ctx.t('list-delete-confirm', { name: list.name, count: formatCount(list.contacts_count, ctx.viewer.lang) }),
  cardData: links.list,
  deleteYesData: (accountId, id) => listData('deleteYes', accountId, id),
  patterns: { page: listPattern('page', 1), card: linkPatterns.list, rename: listPattern('rename', 1), delete: listPattern('delete', 1), deleteYes: listPattern('deleteYes', 1) },
};

