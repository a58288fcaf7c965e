/**
 * The result of the sound wizard: the audio itself, fetched from its `playback_url` and sent for listening the way
 * Telegram plays its format (`replyWithAudioBytes`: OGG as a voice note, MP3 as audio, WAV as a document) — with
 * its name, length and moderation state, and a button to use it in a call campaign. When the audio cannot be fetched,
 * the same card goes out as text. Runs inside `conversation.external` (the bytes never enter the conversation).
 */
import { InlineKeyboard } from 'grammy';
import { type AudioMethod, replyWithAudioBytes } from '../../bot/audio-message.js';
import type { BotContext } from '../../bot/context.js';
import { downloadUrl, TELEGRAM_DOWNLOAD_LIMIT } from '../../bot/downloads.js';
import { links } from '../../bot/links.js';
import { formatDuration } from '../../domain/format/index.js';
import { sniffAudio } from '../../domain/sound/index.js';
import type { MadeSound } from './create-sound.js';

function moderation(ctx: BotContext, sound: MadeSound): string {
  if (sound.confirmed) return ctx.t('newsound-state-confirmed');
  if (sound.comment !== null && sound.comment !== '') return ctx.t('newsound-state-denied', { comment: sound.comment });
  return ctx.t('newsound-state-moderation');
}

/** Sends the card (with the audio when it can be fetched); returns how it went out. */
export async function sendSoundCard(ctx: BotContext, accountId: string, sound: MadeSound): Promise<AudioMethod | 'text'> {
  const caption = ctx.t('newsound-card', {
    name: sound.name,
    id: String(sound.id),
    duration: formatDuration(sound.duration, ctx.viewer.lang),
    stateHtml: moderation(ctx, sound),
  });
  const keyboard = new InlineKeyboard().text(ctx.t('newsound-btn-call'), links.callWithSound(accountId, sound.id));
  const download = await downloadUrl(sound.playbackUrl, TELEGRAM_DOWNLOAD_LIMIT);
  const format = download.ok ? sniffAudio(download.bytes.subarray(0, 16)) : null;
  if (!download.ok || format === null || !format.ok) {
    await ctx.reply(`${caption}\n\n${ctx.t('newsound-no-preview')}`, { parse_mode: 'HTML', reply_markup: keyboard });
    return 'text';
  }
  // The bytes say what they are; the playback URL's content type may not.
  const audio = { bytes: download.bytes, contentType: null, fileName: `sound-${String(sound.id)}.${format.format}` };
  return replyWithAudioBytes(ctx, audio, { caption, duration: sound.duration, title: sound.name, reply_markup: keyboard });
}
