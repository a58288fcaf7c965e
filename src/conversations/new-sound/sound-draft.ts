/**
 * What the sound wizard keeps in the conversation between steps (the text is at most 400 characters; an uploaded
 * file lives in the store's drafts under the wizard id), and the frame every step shares.
 */
import type { Conversation } from '@grammyjs/conversations';
import { soundVoices } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { AudioFormat } from '../../domain/sound/index.js';
import type { WizardUi } from '../kit/wizard-ui.js';

/** A person's audio file, checked and stored as a draft, ready to upload. */
export interface StoredAudio {
  format: AudioFormat;
  /** As sent (`greeting.mp3`); a voice note has none. */
  fileName: string | null;
  bytes: number;
}

/** A voice `POST /sounds` takes. */
export type SoundVoice = (typeof soundVoices)[number];

export const isSoundVoice = (id: string): id is SoundVoice => (soundVoices as readonly string[]).includes(id);

/** The contract's default voice. */
export const DEFAULT_VOICE: SoundVoice = 'ru-RU-Wavenet-B';

export interface SoundDraft {
  readonly wizardId: string;
  readonly accountId: string;
  /** Synthesis from `text`, or an upload of `audio`: decided by what the first step receives. */
  mode: 'synthesis' | 'upload';
  text: string;
  voice: SoundVoice;
  speed: number;
  pitch: number;
  /** Null until the person chose one (the name step offers a default). */
  name: string | null;
  audio: StoredAudio | null;
}

export interface SoundFrame {
  readonly ui: WizardUi;
  readonly conversation: Conversation<BotContext, WizardContext>;
  readonly draft: SoundDraft;
  readonly step: number;
  readonly of: number;
}

export type Move = 'next' | 'back';
