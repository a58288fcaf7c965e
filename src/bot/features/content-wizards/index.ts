/**
 * Content wizards: `/newlist` (and "New list", "Append numbers" buttons from other features) and `/newsound` (and
 * "New audio" buttons, and a voice note or an audio file sent to the bot in private chat outside any wizard).
 * Every entry checks the role (manager and up: `content.edit`) for the account it names, then starts the wizard
 * fresh (any other wizard of the person in this chat ends).
 */
import { Composer } from 'grammy';
import { NEW_LIST_WIZARD, type NewListArgs, newListWizard } from '../../../conversations/new-list/new-list-wizard.js';
import { NEW_SOUND_WIZARD, type NewSoundArgs, newSoundWizard } from '../../../conversations/new-sound/new-sound-wizard.js';
import { readReply } from '../../../conversations/kit/replies.js';
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

async function openNewSound(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'content.edit');
  if (!access.ok) return refuse(ctx, access, 'content.edit');
  await enter(ctx, NEW_SOUND_WIZARD, { accountId: access.account.id } satisfies NewSoundArgs);
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

composer.command('newsound', openNewSound);
composer.callbackQuery(linkPatterns.newSound, async (ctx) => {
  const accountId = ctx.match[1] ?? '';
  const access = await accessTo(ctx, accountId, 'content.edit');
  if (!access.ok) return refuse(ctx, access, 'content.edit');
  await enter(ctx, NEW_SOUND_WIZARD, { accountId } satisfies NewSoundArgs);
});
// Audio sent to the bot with no wizard waiting for it: someone who may make sounds is offered to upload it.
composer.chatType('private').on(['message:voice', 'message:audio'], async (ctx, next) => {
  const access = accessToCurrent(ctx, 'content.edit');
  const audio = readReply(ctx);
  if (!access.ok || audio?.kind !== 'audio') return next();
  await enter(ctx, NEW_SOUND_WIZARD, { accountId: access.account.id, audio } satisfies NewSoundArgs);
});

export const contentWizardsFeature: Feature = {
  name: 'content-wizards',
  composer,
  wizards: [
    { id: NEW_LIST_WIZARD, builder: newListWizard },
    { id: NEW_SOUND_WIZARD, builder: newSoundWizard },
  ],
  menu: [
    { labelKey: 'menu-newlist', permission: 'content.edit', open: openNewList },
    { labelKey: 'menu-newsound', permission: 'content.edit', open: openNewSound },
  ],
  commands: [
    { command: 'newlist', permission: 'content.edit', scopes: ['private'] },
    { command: 'newsound', permission: 'content.edit', scopes: ['private'] },
  ],
};
