/**
 * Step "name": 1–40 characters, with a ready name on a button — the one given before, or the first words of the
 * text, or the file's name, or "Voice message" and the time it arrived.
 */
import { InlineKeyboard } from 'grammy';
import { toApiDateTime } from '../../domain/format/index.js';
import { checkResourceName } from '../../domain/naming/index.js';
import { defaultSoundName } from '../../domain/sound/index.js';
import { choice } from '../kit/wizard-ui.js';
import type { Move, SoundFrame } from './sound-draft.js';

const SUGGESTED = 'suggested';

async function suggestion(frame: SoundFrame): Promise<string> {
  const { draft, ui, conversation } = frame;
  if (draft.name !== null) return draft.name;
  if (draft.mode === 'synthesis') return defaultSoundName(draft.text);
  const file = draft.audio?.fileName?.replace(/\.[^.]+$/, '').trim();
  if (file) return defaultSoundName(file);
  // Kazakhstan wall-clock time, minutes: "Voice message 2026-03-12 14:05".
  const at = toApiDateTime(new Date(await conversation.now())).slice(0, 16);
  return defaultSoundName(ui.ctx.t('newsound-voice-name', { at }));
}

export async function soundNameStep(frame: SoundFrame): Promise<Move> {
  const { ui, draft, step, of } = frame;
  const suggested = await suggestion(frame);
  for (;;) {
    const choices = new InlineKeyboard().text(`✓ ${suggested}`, choice(SUGGESTED));
    const answer = await ui.ask({ step, of, body: ui.ctx.t('newsound-ask-name', { name: suggested }), choices });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice' && answer.value === SUGGESTED) {
      draft.name = suggested;
      return 'next';
    }
    if (answer.kind !== 'text') continue;
    const name = checkResourceName(answer.text);
    if (name.ok) {
      draft.name = name.text;
      return 'next';
    }
    ui.invalid(ui.ctx.t(`newsound-name-${name.kind}`, { length: name.length, max: name.max }));
  }
}
