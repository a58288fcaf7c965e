/**
 * What a person can answer a wizard step with, read from an update into a small JSON value (the conversation
 * replays its log, so replies stay plain data). Files are referenced by Telegram file id; downloading them is
 * I/O and happens in `conversation.external`.
 */
import type { Context } from 'grammy';

export type Reply =
  | { kind: 'text'; text: string }
  | { kind: 'choice'; value: string }
  | { kind: 'document'; fileId: string; fileName: string; mimeType: string | null; size: number | null }
  | { kind: 'audio'; fileId: string; fileName: string; mimeType: string | null; size: number | null; duration: number; voice: boolean }
  | { kind: 'contact'; phone: string; name: string };

export type ReplyKind = Reply['kind'];

/** Data of a wizard's own answer buttons: `wz:<value>`; values are short codes or ids. */
export const CHOICE_PREFIX = 'wz:';

export function readReply(ctx: Context): Reply | null {
  const data = ctx.callbackQuery?.data;
  if (data?.startsWith(CHOICE_PREFIX)) return { kind: 'choice', value: data.slice(CHOICE_PREFIX.length) };
  const message = ctx.message;
  if (!message) return null;
  if (message.text !== undefined) return { kind: 'text', text: message.text };
  if (message.document) {
    const { file_id, file_name, mime_type, file_size } = message.document;
    return { kind: 'document', fileId: file_id, fileName: file_name ?? 'file', mimeType: mime_type ?? null, size: file_size ?? null };
  }
  const audio = message.voice ?? message.audio;
  if (audio) {
    const fileName = message.audio?.file_name ?? (message.voice ? 'voice.ogg' : 'audio');
    return { kind: 'audio', fileId: audio.file_id, fileName, mimeType: audio.mime_type ?? null, size: audio.file_size ?? null, duration: audio.duration, voice: Boolean(message.voice) };
  }
  if (message.contact) {
    const { phone_number, first_name, last_name } = message.contact;
    return { kind: 'contact', phone: phone_number, name: [first_name, last_name].filter(Boolean).join(' ') };
  }
  return null;
}
