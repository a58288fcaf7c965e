/**
 * Steps the launch-wizard journeys share (`/call`, `/sms`): the bot with an owner who linked a key, the SDK on the
 * same key to arrange AutoCall and read back what it holds, the wizard's conversation state as stored, and a walk
 * through the call wizard's steps with the buttons a person would tap.
 */
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
