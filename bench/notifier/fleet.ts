/**
 * The benchmark's world: N AutoCall accounts in the sandbox (each its own key, no history), the same N linked in
 * the store with an owner each, and the owners in the fake Telegram, each having written to the bot once.
 */
import type { Sandbox } from '../../src/sandbox/index.js';
import type { Store } from '../../src/store/index.js';
import type { FakeTelegram, FakeUser } from '../../test/support/telegram/index.js';

export interface Fleet {
  keys: string[];
  owners: FakeUser[];
}

const BATCH = 250;

export async function buildFleet(size: number, world: { sandbox: Sandbox; store: Store; tg: FakeTelegram }): Promise<Fleet> {
  const keys = Array.from({ length: size }, (_, index) => `ak_bench_${String(index).padStart(6, '0')}`);
  const owners: FakeUser[] = [];
  for (let start = 0; start < size; start += BATCH) {
    const batch = keys.slice(start, start + BATCH);
    const linked = await Promise.all(
      batch.map(async (key, offset) => {
        world.sandbox.createAccount(key, { seeded: false });
        const owner = world.tg.user({ first_name: `Owner ${String(start + offset)}`, language_code: 'en' });
        await owner.send('/start');
        const account = await world.store.accounts.create({ name: `Shop ${String(start + offset)}`, demo: false, apiKey: key, ownerId: owner.id });
        await world.store.members.set(account.id, owner.id, 'owner', { name: owner.user.first_name });
        await world.store.users.update(owner.id, { lang: 'en', activeAccountId: account.id });
        return owner;
      }),
    );
    owners.push(...linked);
  }
  return { keys, owners };
}
