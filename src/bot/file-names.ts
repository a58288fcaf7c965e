/** Names for files the bot sends (exports, audio), made from names people gave things in AutoCall. */

/** `name` without the characters Windows, macOS and Linux refuse in file names; `fallback` when nothing usable is left. */
export function safeFileName(name: string, fallback: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\p{Cc}]+/gu, '_').replace(/^[\s.]+|[\s.]+$/g, '');
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : fallback;
}
