/** Step "voice": the ten voices of `POST /sounds`, each labelled with its gender and engine; the current one ticked. */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { SOUND_VOICES, type Voice, voiceName } from '../../domain/speech/index.js';
import { choice } from '../kit/wizard-ui.js';
import { isSoundVoice, type Move, type SoundFrame } from './sound-draft.js';

const PER_ROW = 2;
const ENGINES = { google: 'Google', yandex: 'Yandex' } as const;

/** `Jane · female · Yandex`. */
export function voiceLabel(t: BotContext['t'], voice: Voice): string {
  return t('newsound-voice-label', { name: voiceName(voice.id), gender: t(`newsound-gender-${voice.gender}`), engine: ENGINES[voice.engine] });
}

export async function voiceStep({ ui, draft, step, of }: SoundFrame): Promise<Move> {
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const keyboard = new InlineKeyboard();
    SOUND_VOICES.forEach((voice, index) => {
      const label = voiceLabel(t, voice);
      keyboard.text(voice.id === draft.voice ? `✓ ${label}` : label, choice(voice.id));
      if (index % PER_ROW === PER_ROW - 1) keyboard.row();
    });
    const answer = await ui.ask({ step, of, body: t('newsound-ask-voice', { count: draft.text.length }), choices: keyboard, accept: ['choice'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice' && isSoundVoice(answer.value)) {
      draft.voice = answer.value;
      return 'next';
    }
  }
}
