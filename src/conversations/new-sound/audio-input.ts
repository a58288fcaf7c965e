/**
 * A voice note or an audio file a person sent to be uploaded as a sound: downloaded through the Bot API (20 MB
 * at most, checked before downloading when Telegram says the size), recognised by its bytes (mp3, wav or ogg, as
 * `POST /sounds` takes them) and kept as a draft under the wizard id. Runs inside `conversation.external`.
 */
import { z } from 'zod';
import type { BotContext } from '../../bot/context.js';
import { downloadTelegramFile, TELEGRAM_DOWNLOAD_LIMIT } from '../../bot/downloads.js';
import { type OtherAudioFormat, sniffAudio } from '../../domain/sound/index.js';
import type { Store } from '../../store/index.js';
import type { StoredAudio } from './sound-draft.js';

/** Longer than a wizard lives (a day idle at most). */
const AUDIO_TTL_MS = 2 * 24 * 60 * 60 * 1000;
const audioSchema = z.object({ format: z.enum(['mp3', 'wav', 'ogg']), base64: z.string() });
const audioKey = (wizardId: string) => `${wizardId}:audio`;

export interface AudioFileInput {
  fileId: string;
  /** Null for a voice note. */
  fileName: string | null;
  /** As Telegram declared it. */
  size: number | null;
}

export type AudioOutcome =
  | { ok: true; audio: StoredAudio }
  | { ok: false; kind: 'too_big'; limit: number }
  | { ok: false; kind: 'unavailable' }
  | { ok: false; kind: 'not_audio'; format: OtherAudioFormat };

export async function storeAudio(ctx: BotContext, wizardId: string, file: AudioFileInput): Promise<AudioOutcome> {
  if (file.size !== null && file.size > TELEGRAM_DOWNLOAD_LIMIT) return { ok: false, kind: 'too_big', limit: TELEGRAM_DOWNLOAD_LIMIT };
  const source = { api: ctx.api, apiRoot: ctx.deps.config.TELEGRAM_API_ROOT };
  const download = await downloadTelegramFile(source, file.fileId, TELEGRAM_DOWNLOAD_LIMIT, file.size ?? undefined);
  if (!download.ok) return download.kind === 'too_big' ? { ok: false, kind: 'too_big', limit: TELEGRAM_DOWNLOAD_LIMIT } : { ok: false, kind: 'unavailable' };
  const sniffed = sniffAudio(download.bytes.subarray(0, 16));
  if (!sniffed.ok) return { ok: false, kind: 'not_audio', format: sniffed.format };
  await ctx.deps.store.drafts.put(audioKey(wizardId), { format: sniffed.format, base64: Buffer.from(download.bytes).toString('base64') }, AUDIO_TTL_MS);
  return { ok: true, audio: { format: sniffed.format, fileName: file.fileName, bytes: download.bytes.byteLength } };
}

/** The stored file as `POST /sounds` takes it (Base64); null when it is gone. */
export async function storedAudioBase64(store: Store, wizardId: string): Promise<string | null> {
  return (await store.drafts.get(audioKey(wizardId), audioSchema))?.base64 ?? null;
}

export async function forgetAudio(store: Store, wizardId: string): Promise<void> {
  await store.drafts.delete(audioKey(wizardId));
}
