/**
 * Shared steps of the notifier's journeys: a quick notifier configuration (polls twice a second, the whole key's
 * rate limit), team members added straight into the store, and alerts read back from the fake Telegram.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Role } from '../../src/store/index.js';
import { type BotUnderTest, startBotUnderTest } from './bot-under-test.js';
import { linkKey } from './journeys.js';
import { stoppedAfterEach } from './sessions.js';
import type { ChatMessage, FakeUser } from './telegram/index.js';

/**
 * Polls every 500 ms; the notifier may use the whole key's limit, which the sandbox enforces at 300 a minute; people
 * may tap faster than the bot's flood limit lets real people.
 */
export const QUICK_NOTIFIER = { NOTIFIER_INTERVAL_MS: '500', NOTIFIER_API_SHARE: '1', NOTIFIER_LOCK_MS: '2000', FLOOD_LIMIT: '100' } as const;

/** The id of the (only) account the person belongs to. */
export async function accountIdOf(harness: BotUnderTest, user: FakeUser): Promise<string> {
  const [membership] = await harness.app.deps.store.members.listByUser(user.id);
  if (!membership) throw new Error(`${user.user.first_name} belongs to no account`);
  return membership.accountId;
}

/** The person writes to the bot (so it may write back) and joins the account's team with `role`. */
export async function joinTeam(harness: BotUnderTest, user: FakeUser, accountId: string, role: Role): Promise<void> {
  await user.send('/start');
  await user.waitFor(() => true);
  await harness.app.deps.store.members.set(accountId, user.id, role, { name: user.user.first_name });
  await harness.app.deps.store.users.update(user.id, { activeAccountId: accountId });
}

/**
 * A starter for a notifier journey file: the bot with a quick notifier on the live `key`, stopped after each test.
 * Call it once at the top of the file.
 */
export function notifierBots(key: string): (env?: Record<string, string>, store?: 'redis' | 'memory') => Promise<BotUnderTest> {
  return stoppedAfterEach((env: Record<string, string> = {}, store: 'redis' | 'memory' = 'redis') =>
    startBotUnderTest({ liveKeys: [key], env: { ...QUICK_NOTIFIER, ...env }, store }),
  );
}

/** A person who links `key` (and so owns its account), and the account's id. */
export async function linkedOwner(harness: BotUnderTest, key: string, name = 'Aigerim', lang = 'en'): Promise<{ owner: FakeUser; accountId: string }> {
  const owner = harness.tg.user({ first_name: name, language_code: lang });
  await linkKey(owner, key);
  return { owner, accountId: await accountIdOf(harness, owner) };
}

/** A person speaking `lang` who joins the account's team with `role`. */
export async function teamMember(harness: BotUnderTest, accountId: string, name: string, lang: string, role: Role = 'manager'): Promise<FakeUser> {
  const user = harness.tg.user({ first_name: name, language_code: lang });
  await joinTeam(harness, user, accountId, role);
  return user;
}

/** `rented_until` as the sandbox writes it: `days` days after its clock's now, in Almaty time. */
export function rentedUntil(harness: BotUnderTest, days: number): string {
  const local = new Date(harness.autocall.clock.now().getTime() + days * 86_400_000 + 5 * 3_600_000 - 60_000);
  return `${local.toISOString().slice(0, 19)}+05:00`;
}

/** The callback data of a message's inline buttons, row by row flattened. */
export function buttonData(message: ChatMessage | undefined): string[] {
  const markup = message?.reply_markup;
  if (!markup || !('inline_keyboard' in markup)) return [];
  return markup.inline_keyboard.flat().flatMap((button) => ('callback_data' in button && button.callback_data ? [button.callback_data] : []));
}

/** The bot's messages in a chat whose text matches, as they are now. */
export function botMessagesMatching(messages: readonly ChatMessage[], pattern: RegExp): ChatMessage[] {
  return messages.filter((message) => message.from_bot && pattern.test(message.text ?? ''));
}

/**
 * Waits until the chat holds `count` bot messages matching `pattern`, in whatever order they came (alerts sent
 * together may overtake each other); unlike `waitFor` it leaves the chat's cursor alone.
 */
export async function alertsArrive(messages: () => readonly ChatMessage[], pattern: RegExp, count = 1, timeoutMs = 10_000): Promise<ChatMessage[]> {
  await expect.poll(() => botMessagesMatching(messages(), pattern).length, { timeout: timeoutMs, interval: 50 }).toBe(count);
  return botMessagesMatching(messages(), pattern);
}

/** A notifier process started by `startNotifierProcess`. */
export interface NotifierProcess {
  /** `kill -9`: no shutdown, no cleanup, jobs left mid-flight. */
  kill(): Promise<void>;
}

/** Starts `notifier-process.ts` with the bot's environment and store; resolves once it polls. */
export async function startNotifierProcess(harness: BotUnderTest, env: Record<string, string> = {}): Promise<NotifierProcess> {
  const entry = fileURLToPath(new URL('./notifier-process.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { ...process.env, ...harness.env, LOG_LEVEL: 'warn', DEMO_ACCOUNT: 'off', NOTIFIER_TEST_REDIS_PREFIX: harness.redisPrefix, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the notifier process exited with ${String(code)} before it was ready:\n${output}`)));
  });
  return {
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}
