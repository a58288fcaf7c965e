/**
 * Sending audio bytes the way Telegram plays them. Telegram plays `sendVoice` inline only for OGG/Opus and
 * `sendAudio` only for MP3 and M4A (AAC); anything else sent that way (a WAV, say) arrives as a file that does not
 * play, so it goes out honestly as a document — the same caption and file name, one tap to open. The choice
 * trusts the content type AutoCall sent and falls back on the file's extension when the type says nothing
 * (missing, `application/octet-stream`).
 */
import { InputFile } from 'grammy';
import type { InlineKeyboard } from 'grammy';
import type { BotContext } from './context.js';

/** How the bytes go out: the Bot API method's kind. */
export type AudioMethod = 'voice' | 'audio' | 'document';

/** Audio as AutoCall or a download hands it over. */
export interface AudioBytes {
  bytes: Uint8Array;
  contentType: string | null;
  fileName: string;
}

/** What goes with the file; `duration` and `title` only reach a voice note or an audio file. */
export interface AudioExtra {
  /** HTML. */
  caption: string;
  duration?: number | undefined;
  title?: string | undefined;
  reply_markup?: InlineKeyboard | undefined;
}

const AUDIO_TYPES: ReadonlySet<string> = new Set(['audio/mpeg', 'audio/mp3', 'audio/mpeg3', 'audio/x-mpeg', 'audio/mp4', 'audio/m4a', 'audio/x-m4a', 'audio/aac', 'audio/x-aac', 'audio/aacp']);
const VOICE_TYPES: ReadonlySet<string> = new Set(['audio/ogg', 'audio/opus', 'audio/x-opus', 'application/ogg']);
/** Types that say nothing about the audio: the extension decides. */
const UNKNOWN_TYPES: ReadonlySet<string> = new Set(['', 'application/octet-stream', 'binary/octet-stream', 'application/binary']);
const EXTENSION_METHODS: Readonly<Record<string, AudioMethod>> = { ogg: 'voice', oga: 'voice', opus: 'voice', mp3: 'audio', m4a: 'audio', aac: 'audio' };

/** `audio/ogg; codecs=opus` → `audio/ogg`. */
export function mediaType(contentType: string | null | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** `codecs` of a content type, lower case: `audio/ogg; codecs="opus"` → `opus`. */
function codecsOf(contentType: string): string | undefined {
  return /;\s*codecs\s*=\s*"?([^";]+)"?/i.exec(contentType)?.[1]?.trim().toLowerCase();
}

/** How Telegram would play these bytes; see the module's comment. */
export function audioMethodFor(contentType: string | null | undefined, fileName: string): AudioMethod {
  const type = mediaType(contentType);
  if (UNKNOWN_TYPES.has(type)) {
    const extension = /\.(\w+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
    return EXTENSION_METHODS[extension] ?? 'document';
  }
  if (AUDIO_TYPES.has(type)) return 'audio';
  if (!VOICE_TYPES.has(type)) return 'document';
  // An OGG that says it holds Vorbis (or FLAC) is not a voice note Telegram can play.
  const codecs = codecsOf(contentType ?? '');
  return codecs === undefined || codecs === 'opus' ? 'voice' : 'document';
}

/** Sends the bytes as a new message in the chat (and topic) of the update, the way Telegram plays them. */
export async function replyWithAudioBytes(ctx: BotContext, audio: AudioBytes, extra: AudioExtra): Promise<AudioMethod> {
  const file = new InputFile(audio.bytes, audio.fileName);
  const method = audioMethodFor(audio.contentType, audio.fileName);
  const common = { caption: extra.caption, parse_mode: 'HTML' as const, ...(extra.reply_markup === undefined ? {} : { reply_markup: extra.reply_markup }) };
  const duration = extra.duration === undefined ? {} : { duration: extra.duration };
  if (method === 'voice') await ctx.replyWithVoice(file, { ...common, ...duration });
  else if (method === 'audio') await ctx.replyWithAudio(file, { ...common, ...duration, ...(extra.title === undefined ? {} : { title: extra.title }) });
  else await ctx.replyWithDocument(file, common);
  return method;
}
