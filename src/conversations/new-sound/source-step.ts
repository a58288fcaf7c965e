/**
 * Step 1 of a sound: the text to synthesize (1–400 characters, the count shown), or a voice note or an audio file
 * (mp3, wav, ogg) to upload as it is. What arrives decides the wizard's way on; asked again, the step offers to
 * keep what was given.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { TELEGRAM_DOWNLOAD_LIMIT } from '../../bot/downloads.js';
import { checkSynthesisText, SYNTHESIS_TEXT_MAX } from '../../domain/sound/index.js';
import type { Reply } from '../kit/replies.js';
import { choice } from '../kit/wizard-ui.js';
import { type AudioFileInput, type AudioOutcome, storeAudio } from './audio-input.js';
import type { Move, SoundFrame } from './sound-draft.js';

const KEEP = 'keep';
const MB = 1024 * 1024;

type AudioReply = Extract<Reply, { kind: 'audio' | 'document' }>;

function body(t: BotContext['t'], frame: SoundFrame): string {
  const { draft } = frame;
  if (draft.mode === 'upload' && draft.audio) return t('newsound-ask-source-audio', { file: draft.audio.fileName ?? t('newsound-voice-note') });
  if (draft.text !== '') return t('newsound-ask-source-text', { text: draft.text, count: draft.text.length, max: SYNTHESIS_TEXT_MAX });
  return t('newsound-ask-source', { max: SYNTHESIS_TEXT_MAX, limit: TELEGRAM_DOWNLOAD_LIMIT / MB });
}

/** Why a file cannot be uploaded, for the step that asks for another. */
export function audioProblem(t: BotContext['t'], outcome: Exclude<AudioOutcome, { ok: true }>): string {
  switch (outcome.kind) {
    case 'too_big':
      return t('newsound-audio-too-big', { limit: outcome.limit / MB });
    case 'unavailable':
      return t('newsound-audio-unavailable');
    case 'not_audio':
      return outcome.format === 'unknown' ? t('newsound-audio-unknown') : t('newsound-audio-format', { format: outcome.format.toUpperCase() });
  }
}

/** Downloads and keeps the file; false (with the reason shown on the step) when it cannot be used. */
async function receiveAudio(frame: SoundFrame, reply: AudioReply): Promise<boolean> {
  const { ui, conversation, draft } = frame;
  const voiceNote = reply.kind === 'audio' && reply.voice;
  const file: AudioFileInput = { fileId: reply.fileId, fileName: voiceNote ? null : reply.fileName, size: reply.size };
  // A bigger file is refused on sight: Telegram would not hand it to the bot anyway.
  let outcome: AudioOutcome = { ok: false, kind: 'too_big', limit: TELEGRAM_DOWNLOAD_LIMIT };
  if (file.size === null || file.size <= TELEGRAM_DOWNLOAD_LIMIT) {
    await ui.progress(ui.ctx.t('newsound-receiving'));
    outcome = await conversation.external((outside: BotContext) => storeAudio(outside, draft.wizardId, file));
  }
  if (!outcome.ok) {
    ui.invalid(audioProblem(ui.ctx.t.bind(ui.ctx), outcome));
    return false;
  }
  draft.mode = 'upload';
  draft.audio = outcome.audio;
  draft.name = null;
  return true;
}

export async function sourceStep(frame: SoundFrame): Promise<Move> {
  const { ui, draft, step, of } = frame;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const kept = draft.mode === 'upload' ? draft.audio !== null : draft.text !== '';
    const choices = kept ? new InlineKeyboard().text(t(draft.mode === 'upload' ? 'newsound-btn-keep-audio' : 'newsound-btn-keep-text'), choice(KEEP)) : undefined;
    const answer = await ui.ask({ step, of, body: body(t, frame), ...(choices ? { choices } : {}), accept: ['text', 'audio', 'document'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice') {
      if (answer.value === KEEP && kept) return 'next';
      continue;
    }
    if (answer.kind === 'text') {
      const text = checkSynthesisText(answer.text);
      if (!text.ok) {
        ui.invalid(t(`newsound-text-${text.kind}`, { length: text.length, max: text.max, over: text.length - text.max }));
        continue;
      }
      if (text.text !== draft.text) draft.name = null;
      draft.mode = 'synthesis';
      draft.text = text.text;
      return 'next';
    }
    if (answer.kind === 'audio' || answer.kind === 'document') {
      if (await receiveAudio(frame, answer)) return 'next';
    }
  }
}
