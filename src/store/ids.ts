/** Random identifiers that fit Telegram: url-safe base64 works in /start payloads and short callback data. */
import { randomBytes } from 'node:crypto';

/** 8 random bytes → 11 characters; ids live in callback data, so short matters more than astronomical space. */
export function newAccountId(): string {
  return randomBytes(8).toString('base64url');
}

/** 16 random bytes → 22 characters of [A-Za-z0-9_-]: unguessable, and well within a 64-character /start payload. */
export function newInviteToken(): string {
  return randomBytes(16).toString('base64url');
}
