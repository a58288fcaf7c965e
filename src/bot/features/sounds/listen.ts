/**
 * "Listen": the sound's audio fetched from its `playback_url` (AutoCall serves it without the key, like its
 * portal) and sent as a new message the way Telegram plays it (`replyWithAudioBytes`: a voice note, an audio file,
 * or a document for a WAV). The card stays the live message.
 */
import type { Sound } from '../../../api/index.js';
import { formatDuration } from '../../../domain/format/index.js';
import { mediaType, replyWithAudioBytes } from '../../audio-message.js';
import type { Granted } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { downloadUrl } from '../../downloads.js';
import { safeFileName } from '../../file-names.js';

/** Telegram's limit for voice notes and audio sent by bots is 50 MB; AutoCall's sounds are far smaller. */
const MAX_AUDIO_BYTES = 20 * 1024 * 1024;
const EXTENSIONS: Readonly<Record<string, string>> = { 'audio/ogg': 'ogg', 'audio/opus': 'ogg', 'audio/mpeg': 'mp3', 'audio/mp3': 'mp3', 'audio/mp4': 'm4a', 'audio/x-m4a': 'm4a', 'audio/wav': 'wav', 'audio/x-wav': 'wav', 'audio/wave': 'wav' };

/** The sound's name as a file name, with the extension of what AutoCall sent (or of its link). */
export function audioFileName(sound: Pick<Sound, 'id' | 'name' | 'playback_url'>, type: string): string {
  const fromLink = /\.(\w{2,4})(?:[?#].*)?$/.exec(sound.playback_url)?.[1];
  const extension = EXTENSIONS[type] ?? fromLink ?? 'audio';
  return `${safeFileName(sound.name, `sound-${sound.id}`)}.${extension}`;
}

export async function sendSoundAudio(ctx: BotContext, granted: Granted, soundId: number): Promise<void> {
  const sound = await (await ctx.deps.apis.forAccount(granted.account)).sounds.get(soundId);
  const download = await downloadUrl(sound.playback_url, MAX_AUDIO_BYTES);
  if (!download.ok) {
    await ctx.answerCallbackQuery({ text: ctx.t('sound-listen-failed'), show_alert: true });
    return;
  }
  await ctx.answerCallbackQuery();
  const caption = ctx.t('sound-listen-caption', { name: sound.name, duration: formatDuration(sound.duration, ctx.viewer.lang) });
  const fileName = audioFileName(sound, mediaType(download.contentType));
  await replyWithAudioBytes(ctx, { bytes: download.bytes, contentType: download.contentType, fileName }, { caption, duration: sound.duration, title: sound.name });
}
