/**
 * Content wizards: `/newlist` (and "New list", "Append numbers" buttons from other features) and `/newsound`.
 * Every entry checks the role (manager and up: `content.edit`) for the account it names, then starts the wizard
 * fresh (any other wizard of the person in this chat ends).
 */
import { Composer } from 'grammy';
import { NEW_LIST_WIZARD, type NewListArgs, newListWizard } from '../../../conversations/new-list/new-list-wizard.js';
import { accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import type { Feature } from '../feature.js';

async function enter(ctx: BotContext, wizard: string, args: object): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(wizard, args);
}

async function openNewList(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'content.edit');
  if (!access.ok) return refuse(ctx, access, 'content.edit');
  await enter(ctx, NEW_LIST_WIZARD, { accountId: access.account.id } satisfies NewListArgs);
}

const composer = new Composer<BotContext>();
composer.command('newlist', openNewList);
composer.callbackQuery(linkPatterns.newList, async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const access = await accessTo(ctx, accountId, 'content.edit');
  if (!access.ok) return refuse(ctx, access, 'content.edit');
  await enter(ctx, NEW_LIST_WIZARD, { accountId } satisfies NewListArgs);
});
composer.callbackQuery(linkPatterns.appendToList, async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const listId = Number(ctx.match[2]);
  const access = await accessTo(ctx, accountId, 'content.edit');
  if (!access.ok) return refuse(ctx, access, 'content.edit');
  if (!Number.isSafeInteger(listId) || listId <= 0) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  await enter(ctx, NEW_LIST_WIZARD, { accountId, listId } satisfies NewListArgs);
});

export const contentWizardsFeature: Feature = {
  name: 'content-wizards',
  composer,
  wizards: [{ id: NEW_LIST_WIZARD, builder: newListWizard }],
  menu: [{ labelKey: 'menu-newlist', permission: 'content.edit', open: openNewList }],
  commands: [{ command: 'newlist', permission: 'content.edit', scopes: ['private'] }],
};
