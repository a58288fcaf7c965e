/**
 * Steps the launch-wizard journeys share (`/call`, `/sms`): the bot with an owner who linked a key, the SDK on the
 * same key to arrange AutoCall and read back what it holds, the wizard's conversation state as stored, and a walk
 * through the call wizard's steps with the buttons a person would tap.
 */
import { expect, vi } from 'vitest';
import { createAutocallClient, type AutocallApi } from '../../src/api/index.js';
import { addDays, kzNow } from '../../src/domain/campaign/index.js';
import { type BotUnderTest, type BotUnderTestOptions, startBotUnderTest } from './bot-under-test.js';
import { linkKey } from './journeys.js';
import type { FakeUser } from './telegram/index.js';

/** Journeys type faster than people: Telegram's flood limits and the bot's own are lifted. */
export const FAST = { env: { FLOOD_LIMIT: '1000' }, telegram: { rateLimits: { privateChatBurst: 1000 } } } as const;

export interface Launcher {
  harness: BotUnderTest;
  owner: FakeUser;
  /** The bot's id of the linked account (what buttons carry). */
  accountId: string;
  /** The SDK on the owner's key, against the sandbox playing live AutoCall. */
  api: AutocallApi;
  stop(): Promise<void>;
}

/** The bot, and an owner (speaking `lang`) who linked `key`; `prepare` sets the sandbox up before the link. */
export async function startLauncher(key: string, options: { lang?: string; prepare?: (harness: BotUnderTest) => void; bot?: BotUnderTestOptions } = {}): Promise<Launcher> {
  const harness = await startBotUnderTest({ ...FAST, ...options.bot, liveKeys: options.prepare ? [] : [key] });
  options.prepare?.(harness);
  const client = createAutocallClient({ apiUrl: harness.autocall.apiUrl, publicApiUrl: harness.autocall.publicApiUrl });
  const owner = harness.tg.user({ first_name: 'Aigerim', language_code: options.lang ?? 'en' });
  await linkKey(owner, key);
  const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  return {
    harness,
    owner,
    accountId,
    api: client.forKey(key),
    async stop() {
      await client.close();
      await harness.stop();
    },
  };
}

/** Size in bytes of a wizard's stored state (its replay log) in the user's private chat; 0 when it is not open. */
export async function wizardStateBytes(harness: BotUnderTest, user: FakeUser, wizard: 'launch-call' | 'launch-sms'): Promise<number> {
  const stored = await harness.app.deps.store.adapter<{ state?: Record<string, unknown[]> }>('conversations').read(`${user.id}:${user.id}`);
  const open = stored?.state?.[wizard] ?? [];
  return open.length === 0 ? 0 : Buffer.byteLength(JSON.stringify(open));
}

/** Kazakhstan's today and tomorrow, as `Y-m-d`. */
export function kzDays(): { today: string; tomorrow: string } {
  const today = kzNow(new Date()).date;
  return { today, tomorrow: addDays(today, 1) };
}

/** `count` distinct valid numbers of the lists' pattern, from `+7701<start>`. */
export function numbers(count: number, start = 1_000_000): string[] {
  return Array.from({ length: count }, (_, i) => `+7701${String(start + i).padStart(7, '0')}`);
}

/** /sms up to step 2 with `text` written and the list `list` chosen. */
export async function smsWithRecipients(owner: FakeUser, text: string, list: RegExp): Promise<void> {
  await owner.send('/sms');
  await owner.waitFor(/step 1\/6/);
  await owner.send(text);
  await owner.waitFor(/SMS,/);
  await owner.tap('✅ Use this text');
  await owner.waitFor(/step 2\/6/);
  await owner.tap(list);
  await owner.waitFor(/Chosen: lists/);
}

/** From the SMS wizard's step 2 (recipients chosen) on to the summary: sent now, named `name`. */
export async function smsRecipientsToSummary(owner: FakeUser, name: string): Promise<void> {
  await owner.tap('Next ›');
  await owner.waitFor(/step 3\/6/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 4\/6/);
  await owner.tap('Now');
  await owner.waitFor(/step 5\/6/);
  await owner.send(name);
}

/** From /sms to the summary: `text` to the list `list`, sent now, named `name`. */
export async function smsToSummary(owner: FakeUser, text: string, list: RegExp, name: string): Promise<void> {
  await smsWithRecipients(owner, text, list);
  await smsRecipientsToSummary(owner, name);
}

/** /call up to step 4: a regular campaign to `list` with `sound`. */
export async function callWithAudio(owner: FakeUser, list: RegExp, sound: RegExp): Promise<void> {
  await owner.send('/call');
  await owner.waitFor(/step 1\/9/);
  await owner.tap('🔊 Regular: a recording');
  await owner.waitFor(/step 2\/9/);
  await owner.tap(list);
  await owner.waitFor(/Chosen: lists/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 3\/9/);
  await owner.tap(sound);
  await owner.waitFor(/step 4\/9/);
}

/** From the call wizard's step 4 on to the summary: tomorrow 09:00–18:00, no extras, named `name`. */
export async function callScheduleToSummary(owner: FakeUser, name: string): Promise<void> {
  await owner.tap('Tomorrow');
  await owner.waitFor(/step 5\/9/);
  await owner.tap('09:00–18:00');
  await owner.waitFor(/step 6\/9/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 7\/9/);
  await owner.tap('Next ›');
  await owner.waitFor(/step 8\/9/);
  await owner.send(name);
}

/** From /call to the summary: a regular campaign to `list` with `sound`, tomorrow 09:00–18:00, named `name`. */
export async function callToSummary(owner: FakeUser, list: RegExp, sound: RegExp, name: string): Promise<void> {
  await callWithAudio(owner, list, sound);
  await callScheduleToSummary(owner, name);
}

/** A launch wizard as the step journeys drive it. */
export interface WizardUnderTest {
  command: '/call' | '/sms';
  id: 'launch-call' | 'launch-sms';
  /** Its number of steps. */
  of: number;
  /** From step `from` to step `to` with simple answers. */
  walk(owner: FakeUser, from: number, to: number): Promise<void>;
}

/** Taps each label in turn and waits for the step it leads to. */
export async function tapThrough(owner: FakeUser, taps: readonly (readonly [string | RegExp, number])[], of: number): Promise<void> {
  for (const [label, next] of taps) {
    await owner.tap(label);
    await owner.waitFor(new RegExp(`step ${String(next)}/${String(of)}`));
  }
}

/** Opens the wizard and taps ✖ Cancel at each of its steps in turn; each time it ends and its state is gone. */
export async function cancelFromEveryStep(launcher: Launcher, wizard: WizardUnderTest): Promise<void> {
  const { owner, harness } = launcher;
  for (let step = 1; step <= wizard.of; step += 1) {
    await owner.send(wizard.command);
    await owner.waitFor(new RegExp(`step 1/${String(wizard.of)}`));
    await wizard.walk(owner, 1, step);
    await owner.tap('✖ Cancel');
    await owner.waitFor(/^Cancelled\.$/);
    await vi.waitFor(async () => expect(await wizardStateBytes(harness, owner, wizard.id)).toBe(0));
  }
}
