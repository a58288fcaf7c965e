/**
 * `/sounds`: the account's audio a page at a time with length and moderation state, a sound's card (listen,
 * rename, delete, use in a call campaign), and the voice answers of interactive campaigns. Viewers read and
 * listen; `content.edit` changes; every tap is re-checked on the server.
 */
import { Composer } from 'grammy';
import { enterRename, renameWizard } from '../../../conversations/rename/rename-wizard.js';
import { apiPageOf } from '../../api-pages.js';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { isRefusal, serverReason } from '../../errors/server-reason.js';
import { linkPatterns } from '../../links.js';
import { recordAction } from '../../record-action.js';
import { show, type View } from '../../show.js';
import type { Feature } from '../feature.js';
import { soundPattern } from './callbacks.js';
import { sendSoundAudio } from './listen.js';
import { soundRenamable } from './rename-sound.js';
import { loadSoundCard, soundDeleteView } from './sound-card.js';
import { soundsView } from './sounds-view.js';
import { voiceAnswers } from './voice-answers.js';

const composer = new Composer<BotContext>();

async function soundsPage(ctx: BotContext, granted: Granted, page: number, noticeHtml = ''): Promise<View> {
  const sounds = (await ctx.deps.apis.forAccount(granted.account)).sounds;
  return soundsView(ctx, granted, await apiPageOf((apiPage) => sounds.list({ page: apiPage }), page), noticeHtml);
}

export async function openSounds(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await show(ctx, await soundsPage(ctx, access, 0));
}

composer.command('sounds', openSounds);

onTap(composer, soundPattern('page', 1), 'view', async (ctx, granted, [page = 0]) => show(ctx, await soundsPage(ctx, granted, page)));

onTap(composer, linkPatterns.sound, 'view', async (ctx, granted, [soundId = 0]) => show(ctx, await loadSoundCard(ctx, granted, soundId)));

onTap(composer, soundPattern('listen', 1), 'view', (ctx, granted, [soundId = 0]) => sendSoundAudio(ctx, granted, soundId));

onTap(composer, soundPattern('rename', 1), 'content.edit', (ctx, granted, [soundId = 0]) => enterRename(ctx, soundRenamable, { accountId: granted.account.id, itemId: soundId }));

onTap(composer, soundPattern('delete', 1), 'content.edit', async (ctx, granted, [soundId = 0]) => {
  await show(ctx, soundDeleteView(ctx, granted, await (await ctx.deps.apis.forAccount(granted.account)).sounds.get(soundId)));
});

onTap(composer, soundPattern('deleteYes', 1), 'content.edit', async (ctx, granted, [soundId = 0]) => {
  const { sounds } = await ctx.deps.apis.forAccount(granted.account);
  const sound = await sounds.get(soundId);
  const target = `#${soundId} «${sound.name}»`;
  try {
    await sounds.delete(soundId);
  } catch (error) {
    if (!isRefusal(error)) throw error;
    const reason = serverReason(error);
    await recordAction(ctx, granted.account.id, 'sound.delete', target, reason);
    return show(ctx, await loadSoundCard(ctx, granted, soundId, ctx.t('sound-delete-refused', { reason })));
  }
  await recordAction(ctx, granted.account.id, 'sound.delete', target);
  await show(ctx, await soundsPage(ctx, granted, 0, ctx.t('sound-deleted', { name: sound.name })));
});

composer.use(voiceAnswers);

export const soundsFeature: Feature = {
  name: 'sounds',
  composer,
  wizards: [renameWizard(soundRenamable)],
  menu: [{ labelKey: 'menu-sounds', permission: 'view', open: openSounds }],
  commands: [{ command: 'sounds', permission: 'view', scopes: ['private'] }],
};
