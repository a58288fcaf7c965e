/**
 * Steps many journeys share, played through the fake Telegram exactly as a person would do them.
 * Each returns once the bot has confirmed the step, so the next step starts from a settled chat.
 */
import type { ChatMessage, FakeUser } from './telegram/index.js';

/** /start → "Link my key" → the key → the account card. The user's language decides the texts, so match loosely. */
export async function linkKey(user: FakeUser, apiKey: string): Promise<void> {
  await user.send('/link');
  await user.waitFor(/API/);
  await user.send(apiKey);
  await user.waitFor(/₸/);
}

/** /demo → the demo account card. */
export async function openDemo(user: FakeUser): Promise<void> {
  await user.send('/demo');
  await user.waitFor(/DEMO/);
}

/** Accepts an invite link created by an owner (`https://t.me/<bot>?start=inv_…`). */
export async function acceptInvite(user: FakeUser, link: string): Promise<void> {
  const payload = /start=(inv_[\w-]+)/.exec(link)?.[1];
  if (!payload) throw new Error(`not an invite link: ${link}`);
  await user.send(`/start ${payload}`);
  await user.waitFor((message) => JSON.stringify(message.reply_markup ?? {}).includes('✅'));
  await user.tap(/✅/);
  await user.waitFor(/✅|Готово|Done|Дайын/);
}

/**
 * The owner (speaking English) invites `member` with `role` through /team, and the member accepts: the member is
 * then in the team and has written to the bot.
 */
export async function joinTeam(owner: FakeUser, member: FakeUser, role: 'manager' | 'support' | 'viewer'): Promise<void> {
  await owner.send('/team');
  await owner.waitFor(/Team of the account/);
  await owner.tap(new RegExp(`Invite: ${role}$`));
  const message = await owner.waitFor(/Invite with the role/);
  const link = /https:\/\/t\.me\/\S+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error('no invite link in the message');
  await acceptInvite(member, link);
}

/** The labels of a message's inline buttons, row by row flattened. */
export function buttonLabels(message: ChatMessage): string[] {
  const markup = message.reply_markup;
  if (!markup || !('inline_keyboard' in markup)) return [];
  return markup.inline_keyboard.flat().map((button) => button.text);
}

/** The owner (speaking English) creates an invite link for a role through /team; `roleLabel` matches the button. */
export async function createInvite(owner: FakeUser, roleLabel: RegExp): Promise<string> {
  await owner.send('/team');
  await owner.waitFor(/Team of the account/);
  await owner.tap(roleLabel);
  const message = await owner.waitFor(/Invite with the role/);
  const link = /https:\/\/t\.me\/\S+/.exec(message.text ?? '')?.[0];
  if (!link) throw new Error('no invite link in the message');
  return link;
}

/** The size in pixels of a PNG image, read from its IHDR header; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.slice(12, 16)) !== 'IHDR') return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
