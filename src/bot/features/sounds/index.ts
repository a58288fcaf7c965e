/**
 * `/sounds`: the account's audio a page at a time with length and moderation state, a sound's card (listen,
 * rename, delete, use in a call campaign), and the voice answers of interactive campaigns. Viewers read and
 * listen; `content.edit` changes; every tap is re-checked on the server.
 */
import { Composer } from 'grammy';
import { onTap } from '../../auth/guarded-tap.js';
import { contentOpener, registerContentTaps } from '../../content-menu.js';
import type { BotContext } from '../../context.js';
import type { Feature } from '../feature.js';
import { soundPattern } from './callbacks.js';
import { sendSoundAudio } from './listen.js';
import { soundKind } from './sound-kind.js';
import { voiceAnswers } from './voice-answers.js';

const composer = new Composer<BotContext>();

/** `/sounds` and the main menu's entry: the first page. */
export const openSounds = contentOpener(soundKind);

composer.command('sounds', openSounds);

const renameWizard = registerContentTaps(composer, soundKind);

onTap(composer, soundPattern('listen', 1), 'view', (ctx, granted, [soundId = 0]) => sendSoundAudio(ctx, granted, soundId));

composer.use(voiceAnswers);

export const soundsFeature: Feature = {
  name: 'sounds',
  composer,
  wizards: [renameWizard],
  menu: [{ labelKey: 'menu-sounds', permission: 'view', open: openSounds }],
  commands: [{ command: 'sounds', permission: 'view', scopes: ['private'] }],
};
