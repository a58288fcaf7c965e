/**
 * The poller of campaigns being created in the background, against a sandbox AutoCall and an in-memory store: it
 * announces a campaign found by the wizard's `client_id` once (even with two pollers on one store), says when it
 * gave up (even when that last look fails), forgets a watch whose account was unlinked, and a stopped poller
 * leaves the record for the next one.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAutocallClient } from '../../src/api/index.js';
import { createAccountApis } from '../../src/bot/accounts/account-apis.js';
import { callWatchHandlers } from '../../src/conversations/call-campaign/call-launch.js';
import { addCreatedWatch, type CreatedWatch, GIVE_UP_AFTER_MS, pendingWatches } from '../../src/conversations/campaign-steps/created-watches.js';
import { startWatchPoller, type WatchDeps, type WatchPoller, type WatchTelegram } from '../../src/conversations/campaign-steps/watch-created.js';
import { createLogger } from '../../src/logger.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { createKeyCipher, createMemoryStore } from '../../src/store/index.js';

const KEY = 'ak_live_watchpoller_0123456';

let sandbox: Sandbox;
let client: ReturnType<typeof createAutocallClient>;
const pollers: WatchPoller[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({ keys: [KEY], seed: 3 });
  client = createAutocallClient({ apiUrl: sandbox.apiUrl, publicApiUrl: sandbox.publicApiUrl });
});
afterEach(async () => {
  await Promise.all(pollers.splice(0).map((poller) => poller.stop()));
});
afterAll(async () => {
  await client.close();
  await sandbox.close();
});

interface Sent {
  chatId: number | string;
  text: string;
}

function fakeTelegram(): { telegram: WatchTelegram; sent: Sent[] } {
  const sent: Sent[] = [];
  const telegram: WatchTelegram = {
    sendMessage: (chatId, text) => {
      sent.push({ chatId, text });
      return Promise.resolve({ message_id: sent.length, date: 0, chat: { id: Number(chatId), type: 'private', first_name: 'A' }, text });
    },
  };
  return { telegram, sent };
}

async function setUp(key = KEY): Promise<{ deps: WatchDeps; accountId: string }> {
  const store = createMemoryStore({ cipher: createKeyCipher([{ id: 'k', key: randomBytes(32) }], 'k') });
  const account = await store.accounts.create({ name: 'Shop', demo: false, apiKey: key, ownerId: 5 });
  const deps: WatchDeps = {
    store,
    apis: createAccountApis({ store, live: client, sandbox: null }),
    logger: createLogger({ level: 'silent' }),
    now: Date.now,
    translate: (lang, key, variables) => `${lang}:${key}:${String(variables?.['name'] ?? '')}`,
  };
  return { deps, accountId: account.id };
}

function watch(accountId: string, name: string, startedAt = Date.now()): CreatedWatch {
  return { accountId, wizardId: randomUUID(), name, chatId: 42, lang: 'en', startedAt };
}

function start(deps: WatchDeps, telegram: WatchTelegram): void {
  pollers.push(startWatchPoller(deps, telegram, callWatchHandlers));
}

async function createCampaign(clientId: string, name: string): Promise<number> {
  const api = client.forKey(KEY);
  const [sound] = (await api.sounds.list()).data;
  const [list] = (await api.lists.list()).data;
  const created = await api.autocalls.create({ name, type: 'regular', audio_id: [sound?.id ?? 0], list_id: [list?.id ?? 0], client_id: clientId });
  if (created.status !== 'created') throw new Error('expected a 201');
  return created.autocall.id;
}

describe('watch poller', () => {
  it('announces a campaign found by client_id once, though two pollers watch the store, and forgets the watch', async () => {
    const { deps, accountId } = await setUp();
    const target = watch(accountId, 'Found');
    await addCreatedWatch(deps.store, target, deps.now());
    await createCampaign(target.wizardId, 'Found');
    const { telegram, sent } = fakeTelegram();
    start(deps, telegram);
    start(deps, telegram);
    await vi.waitFor(async () => expect(await pendingWatches(deps.store)).toEqual([]));
    expect(sent).toEqual([{ chatId: 42, text: expect.stringContaining('en:launch-call-created:Found') as string }]);
  });

  it('says it gave up on a campaign that has not appeared in half an hour', async () => {
    const { deps, accountId } = await setUp();
    await addCreatedWatch(deps.store, watch(accountId, 'Never', Date.now() - GIVE_UP_AFTER_MS - 1000), deps.now());
    const { telegram, sent } = fakeTelegram();
    start(deps, telegram);
    await vi.waitFor(() => expect(sent).toEqual([{ chatId: 42, text: 'en:launch-call-not-seen:Never' }]));
    await vi.waitFor(async () => expect(await pendingWatches(deps.store)).toEqual([]));
  });

  it('keeps a watch not yet found and not yet due to give up, and leaves it to the next poller when stopped', async () => {
    const { deps, accountId } = await setUp();
    const pending = watch(accountId, 'Later');
    await addCreatedWatch(deps.store, pending, deps.now());
    const { telegram, sent } = fakeTelegram();
    const poller = startWatchPoller(deps, telegram, callWatchHandlers);
    await new Promise<void>((resolve) => setImmediate(resolve));
    await poller.stop();
    expect(sent).toEqual([]);
    expect((await pendingWatches(deps.store)).map((w) => w.wizardId)).toEqual([pending.wizardId]);
    await createCampaign(pending.wizardId, 'Later');
    start(deps, telegram);
    await vi.waitFor(() => expect(sent.map((message) => message.text)).toEqual([expect.stringContaining('launch-call-created:Later') as string]));
  });

  it('forgets, without a word, a watch whose account was unlinked', async () => {
    const { deps, accountId } = await setUp();
    await addCreatedWatch(deps.store, watch(accountId, 'Orphan'), deps.now());
    await deps.store.accounts.delete(accountId);
    const { telegram, sent } = fakeTelegram();
    start(deps, telegram);
    await vi.waitFor(async () => expect(await pendingWatches(deps.store)).toEqual([]));
    expect(sent).toEqual([]);
  });

  it('still says it gave up when the look at the give-up time fails (a key AutoCall revoked)', async () => {
    const revoked = 'ak_live_watchrevoked_0123456';
    sandbox.createAccount(revoked);
    const { deps, accountId } = await setUp(revoked);
    sandbox.revokeKey(revoked);
    await addCreatedWatch(deps.store, watch(accountId, 'Revoked', Date.now() - GIVE_UP_AFTER_MS - 1000), deps.now());
    const { telegram, sent } = fakeTelegram();
    start(deps, telegram);
    await vi.waitFor(() => expect(sent).toEqual([{ chatId: 42, text: 'en:launch-call-not-seen:Revoked' }]));
  });
});
