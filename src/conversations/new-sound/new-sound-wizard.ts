/**
 * Wizard: a new sound (`/newsound`). Synthesis: text → voice → speed → pitch → name → summary with the price and
 * the balance → `POST /sounds`. Upload: a voice note or an audio file (at step 1, or sent to the bot outside any
 * wizard) → name → `POST /sounds` with the file in Base64. Either way the result is the audio itself, sent back
 * for listening with its moderation state and "Use in a call campaign"; a 402 ends with the balance and Top up.
 */
import { randomUUID } from 'node:crypto';
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { links } from '../../bot/links.js';
import { formatMoney } from '../../domain/format/index.js';
import { DEFAULT_PITCH, DEFAULT_SPEED } from '../../domain/sound/index.js';
import type { Reply } from '../kit/replies.js';
import { WizardUi } from '../kit/wizard-ui.js';
import { type AudioFileInput, storeAudio } from './audio-input.js';
import { createSound, type SoundOrder } from './create-sound.js';
import { soundNameStep } from './name-step.js';
import { DEFAULT_VOICE, type Move, type SoundDraft, type SoundFrame } from './sound-draft.js';
import { sendSoundCard } from './sound-preview.js';
import { audioProblem, sourceStep } from './source-step.js';
import { summaryStep } from './summary-step.js';
import { pitchStep, speedStep } from './tuning-steps.js';
import { voiceStep } from './voice-step.js';

export const NEW_SOUND_WIZARD = 'new-sound';

export interface NewSoundArgs {
  accountId: string;
  /** A voice note or audio file sent to the bot outside any wizard: the wizard starts with it. */
  audio?: Extract<Reply, { kind: 'audio' }>;
}

type Step = (frame: SoundFrame) => Promise<Move>;

const SYNTHESIS: readonly Step[] = [sourceStep, voiceStep, speedStep, pitchStep, soundNameStep, summaryStep];
const UPLOAD: readonly Step[] = [sourceStep, soundNameStep];

/** Creates the sound and sends it back; false when the person is to stay on the last step (the reason shown there). */
async function create(ui: WizardUi, conversation: Conversation<BotContext, WizardContext>, draft: SoundDraft): Promise<boolean> {
  const order: SoundOrder = { wizardId: draft.wizardId, accountId: draft.accountId, mode: draft.mode, text: draft.text, voice: draft.voice, speed: draft.speed, pitch: draft.pitch, name: draft.name ?? '' };
  await ui.progress(ui.ctx.t(draft.mode === 'synthesis' ? 'newsound-synthesizing' : 'newsound-uploading', { name: order.name }));
  const outcome = await conversation.external((outside: BotContext) => createSound(outside, order));
  if (outcome.ok) {
    await conversation.external((outside: BotContext) => sendSoundCard(outside, draft.accountId, outcome.sound));
    await ui.progress(ui.ctx.t('newsound-done', { name: outcome.sound.name }));
    return true;
  }
  switch (outcome.kind) {
    case 'insufficient_funds': {
      const balance = outcome.balance === null ? '' : formatMoney(outcome.balance, ui.ctx.viewer.lang);
      await ui.finish(ui.ctx.t(balance === '' ? 'newsound-no-funds' : 'newsound-no-funds-balance', { balance }), new InlineKeyboard().text(ui.ctx.t('btn-topup'), links.topUp(draft.accountId)));
      return true;
    }
    case 'audio_gone':
      draft.audio = null;
      ui.invalid(ui.ctx.t('newsound-audio-gone'));
      return false;
    case 'busy':
      ui.invalid(ui.ctx.t('newsound-busy'));
      return false;
    case 'refused':
      ui.invalid(outcome.reasonHtml);
      return false;
  }
}

export async function newSoundWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: NewSoundArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'newsound-title', accountId: args.accountId, permission: 'content.edit' });
  const wizardId = await conversation.external(() => randomUUID());
  const draft: SoundDraft = { wizardId, accountId: args.accountId, mode: 'synthesis', text: '', voice: DEFAULT_VOICE, speed: DEFAULT_SPEED, pitch: DEFAULT_PITCH, name: null, audio: null };
  let index = 0;
  const sent = args.audio;
  if (sent) {
    const file: AudioFileInput = { fileId: sent.fileId, fileName: sent.voice ? null : sent.fileName, size: sent.size };
    const stored = await conversation.external((outside: BotContext) => storeAudio(outside, wizardId, file));
    if (stored.ok) {
      draft.mode = 'upload';
      draft.audio = stored.audio;
      index = 1;
    } else ui.invalid(audioProblem(ui.ctx.t.bind(ui.ctx), stored));
  }
  for (;;) {
    const steps = draft.mode === 'synthesis' ? SYNTHESIS : UPLOAD;
    const step = steps[index];
    if (step === undefined) {
      if (await create(ui, conversation, draft)) return;
      index = draft.audio === null && draft.mode === 'upload' ? 0 : steps.length - 1;
      continue;
    }
    const move = await step({ ui, conversation, draft, step: index + 1, of: steps.length });
    index = move === 'next' ? index + 1 : Math.max(0, index - 1);
  }
}
