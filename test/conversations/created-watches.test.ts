/**
 * The store's record of campaigns being created in the background: watches added at once (two wizards, or a
 * wizard and the poller) all stay, one is removed by its wizard id, and a record past its give-up time and
 * margin is dropped, each on its own clock.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { addCreatedWatch, type CreatedWatch, GIVE_UP_AFTER_MS, pendingWatches, removeCreatedWatch } from '../../src/conversations/campaign-steps/created-watches.js';
import { createKeyCipher, createMemoryStore } from '../../src/store/index.js';

const START = Date.UTC(2026, 2, 3, 5, 0, 0);

function storeAt(clock: { now: number }) {
  return createMemoryStore({ cipher: createKeyCipher([{ id: 'k', key: randomBytes(32) }], 'k'), clock: () => clock.now });
}

const watch = (n: number, startedAt = START): CreatedWatch => ({ accountId: 'acc1', wizardId: `wizard-${String(n)}`, name: `Campaign ${String(n)}`, chatId: 1000 + n, lang: 'ru', startedAt });

describe('created watches', () => {
  it('keeps every watch added at the same time, and forgets the one removed', async () => {
    const clock = { now: START };
    const store = storeAt(clock);
    await Promise.all(Array.from({ length: 12 }, (_, i) => addCreatedWatch(store, watch(i), clock.now)));
    expect((await pendingWatches(store)).map((w) => w.wizardId).sort()).toEqual(Array.from({ length: 12 }, (_, i) => `wizard-${String(i)}`).sort());
    await Promise.all([removeCreatedWatch(store, 'wizard-3'), addCreatedWatch(store, watch(20), clock.now)]);
    const ids = (await pendingWatches(store)).map((w) => w.wizardId);
    expect(ids).toHaveLength(12);
    expect(ids).not.toContain('wizard-3');
    expect(ids).toContain('wizard-20');
  });

  it('replaces a watch of the same wizard instead of doubling it', async () => {
    const clock = { now: START };
    const store = storeAt(clock);
    await addCreatedWatch(store, watch(1), clock.now);
    await addCreatedWatch(store, { ...watch(1), name: 'Renamed' }, clock.now);
    expect((await pendingWatches(store)).map((w) => w.name)).toEqual(['Renamed']);
  });

  it.each([
    { age: 0, kept: true },
    { age: GIVE_UP_AFTER_MS, kept: true },
    { age: GIVE_UP_AFTER_MS + 29 * 60_000, kept: true },
    { age: 2 * GIVE_UP_AFTER_MS, kept: false },
  ])('a watch $age ms old is kept: $kept (past its give-up time it stays a while, to say it gave up)', async ({ age, kept }) => {
    const clock = { now: START };
    const store = storeAt(clock);
    await addCreatedWatch(store, watch(1), clock.now);
    clock.now = START + age;
    expect(await pendingWatches(store)).toHaveLength(kept ? 1 : 0);
  });

  it('does not record a watch already past keeping (a wizard replayed long after its 202)', async () => {
    const clock = { now: START + 2 * GIVE_UP_AFTER_MS };
    const store = storeAt(clock);
    await addCreatedWatch(store, watch(1), clock.now);
    expect(await pendingWatches(store)).toEqual([]);
  });
});
