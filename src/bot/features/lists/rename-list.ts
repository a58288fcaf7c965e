/** What the rename wizard needs to rename a contact list. */
import type { Renamable } from '../../../conversations/rename/rename-wizard.js';
import { loadListCard } from './list-card.js';

export const listRenamable: Renamable = {
  id: 'rename-list',
  titleKey: 'list-rename-title',
  promptKey: 'list-rename-prompt',
  auditAction: 'list.rename',
  async currentName(ctx, granted, listId) {
    return (await (await ctx.deps.apis.forAccount(granted.account)).lists.get(listId)).name;
  },
  async rename(ctx, granted, listId, name) {
    await (await ctx.deps.apis.forAccount(granted.account)).lists.update(listId, { name });
  },
  card: loadListCard,
};
