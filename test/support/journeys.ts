/**
 * Steps many journeys share, played through the fake Telegram exactly as a person would do them.
 * Each returns once the bot has confirmed the step, so the next step starts from a settled chat.
 */
import { createAutocallClient, type AutocallApi, type AutocallCreate, type BulkCreate } from '../../src/api/index.js';
import { type BotUnderTest, type BotUnderTestOptions, startBotUnderTest } from './bot-under-test.js';
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

/** The bot with an owner (speaking English) who linked `apiKey`, and the SDK on the same key to arrange and check AutoCall. */
export interface OwnerSession {
  harness: BotUnderTest;
  api: AutocallApi;
  owner: FakeUser;
  /** The bot's id of the linked account (what buttons carry). */
  accountId: string;
  stop(): Promise<void>;
}

export async function startAsOwner(apiKey: string, options: BotUnderTestOptions = {}): Promise<OwnerSession> {
  const harness = await startBotUnderTest({ ...options, liveKeys: [apiKey, ...(options.liveKeys ?? [])] });
  const client = createAutocallClient({ apiUrl: harness.autocall.apiUrl, publicApiUrl: harness.autocall.publicApiUrl });
  const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
  await linkKey(owner, apiKey);
  const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  return {
    harness,
    api: client.forKey(apiKey),
    owner,
    accountId,
    async stop() {
      await client.close();
      await harness.stop();
    },
  };
}

/** `count` Kazakh mobile numbers with operator `code` (`701`, `747`…), from subscriber number `from`, noted `Client n`. */
export function testRecipients(code: string, from: number, count: number): { number: string; extra: string }[] {
  return Array.from({ length: count }, (_, i) => ({ number: `+7${code}${String(from + i).padStart(7, '0')}`, extra: `Client ${i + 1}` }));
}

/** A regular call campaign with the account's first sound, calling all day (so the sandbox clock alone moves it). */
export async function createCallCampaign(api: AutocallApi, name: string, recipients: AutocallCreate['list_id'], options: Partial<AutocallCreate> = {}): Promise<number> {
  const sound = (await api.sounds.list()).data[0];
  if (!sound) throw new Error('the account has no sound');
  const created = await api.autocalls.create({ name, type: 'regular', audio_id: [sound.id], list_id: recipients, time_from: '00:00:00', time_to: '23:59:59', ...options });
  if (created.status !== 'created') throw new Error(`campaign "${name}" was not created at once`);
  return created.autocall.id;
}

/** An SMS campaign through the SDK, starting now (after moderation). */
export async function createSmsCampaign(api: AutocallApi, name: string, recipients: BulkCreate['list_id'], text = 'Sale -20% today only. Promo code SALE20'): Promise<number> {
  return (await api.bulks.create({ name, text, list_id: recipients })).id;
}

/** `/campaigns` or `/bulks` → the campaign named like `name` → its card (English). */
export async function openCampaignCard(user: FakeUser, command: '/campaigns' | '/bulks', name: RegExp): Promise<ChatMessage> {
  await user.send(command);
  await user.waitFor(/campaigns/);
  await user.tap(name);
  return user.waitFor(/Status: /);
}

/** Everything an async iterable yields (e.g. the SDK's `paginate` over every page), as an array. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
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

