import { describe, expect, it } from 'vitest';
import type { MakeHarness } from './harness.js';

const OPS_GROUP = -1_001_234_567_890;
const AIGERIM = 501_234_567;
const NOTIFICATION = '4f227359-cbc5-4b4d-811f-e8846abe6f35';

export function notifierContract(make: MakeHarness): void {
  describe('notifier', () => {
    it('keeps a baseline marker per account', async () => {
      const { store } = make();
      expect(await store.notifier.getBaseline('acc1')).toBeNull();
      await store.notifier.setBaseline('acc1', '2024-11-01 10:35:00');
      expect(await store.notifier.getBaseline('acc1')).toBe('2024-11-01 10:35:00');
      expect(await store.notifier.getBaseline('acc2')).toBeNull();
    });

    it('records a notification delivered once per chat', async () => {
      const { store } = make();
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, OPS_GROUP)).toBe(false);
      expect(await store.notifier.recordDelivered('acc1', NOTIFICATION, OPS_GROUP)).toBe(true);
      expect(await store.notifier.recordDelivered('acc1', NOTIFICATION, OPS_GROUP)).toBe(false);
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, OPS_GROUP)).toBe(true);
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, AIGERIM)).toBe(false);
      expect(await store.notifier.isDelivered('acc2', NOTIFICATION, OPS_GROUP)).toBe(false);
    });

    it('records a forum topic apart from its group', async () => {
      const { store } = make();
      expect(await store.notifier.recordDelivered('acc1', NOTIFICATION, OPS_GROUP, 12)).toBe(true);
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, OPS_GROUP, 12)).toBe(true);
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, OPS_GROUP, 13)).toBe(false);
      expect(await store.notifier.isDelivered('acc1', NOTIFICATION, OPS_GROUP)).toBe(false);
    });

    it('remembers which notifications were fanned out, per account, oldest forgotten beyond the cap', async () => {
      const h = make({ deliveredCap: 3 });
      const ids = ['n1', 'n2', 'n3', 'n4'];
      expect(await h.store.notifier.filterUnseen('acc1', ids)).toEqual(ids);
      await h.store.notifier.markSeen('acc1', ['n2', 'n1']);
      await h.store.notifier.markSeen('acc1', []);
      expect(await h.store.notifier.filterUnseen('acc1', ids)).toEqual(['n3', 'n4']);
      expect(await h.store.notifier.filterUnseen('acc2', ['n1'])).toEqual(['n1']);
      await h.elapse(1000);
      await h.store.notifier.markSeen('acc1', ['n3', 'n4']);
      expect(await h.store.notifier.filterUnseen('acc1', ids)).toHaveLength(1);
    });

    it('counts one of concurrent records as the first', async () => {
      const { store } = make();
      const records = await Promise.all(
        Array.from({ length: 10 }, () => store.notifier.recordDelivered('acc1', NOTIFICATION, OPS_GROUP)),
      );
      expect(records.filter(Boolean)).toHaveLength(1);
    });

    it('forgets the oldest deliveries beyond the cap', async () => {
      const h = make({ deliveredCap: 3 });
      for (const id of ['n1', 'n2', 'n3', 'n4', 'n5']) {
        await h.store.notifier.recordDelivered('acc1', id, OPS_GROUP);
        await h.elapse(1000);
      }
      const delivered = await Promise.all(
        ['n1', 'n2', 'n3', 'n4', 'n5'].map((id) => h.store.notifier.isDelivered('acc1', id, OPS_GROUP)),
      );
      expect(delivered).toEqual([false, false, true, true, true]);
    });

    it('keeps subscriptions per chat and forum topic, listed by account and by chat', async () => {
      const { store } = make();
      const ops = { chatId: OPS_GROUP, accountId: 'acc1', types: ['AutocallFinished', 'LowBalance'] };
      const topic = { chatId: OPS_GROUP, threadId: 12, accountId: 'acc1', types: ['CallerIdExpiringSoon'], paused: true, lang: 'kk' as const, title: 'Ops & <Sales>' };
      const other = { chatId: OPS_GROUP, accountId: 'acc2', types: ['LowBalance'] };
      const direct = { chatId: AIGERIM, accountId: 'acc1', types: ['LowBalance'] };
      for (const sub of [ops, topic, other, direct]) expect(await store.notifier.subscribe(sub)).toEqual(sub);

      expect(await store.notifier.listSubscriptions('acc1')).toEqual([ops, topic, direct].sort((a, b) => a.chatId - b.chatId));
      expect(await store.notifier.listChatSubscriptions(OPS_GROUP)).toEqual(expect.arrayContaining([ops, topic, other]));
      expect(await store.notifier.listChatSubscriptions(OPS_GROUP)).toHaveLength(3);

      await store.notifier.subscribe({ ...ops, types: ['LowBalance'] });
      expect((await store.notifier.listSubscriptions('acc1')).filter((s) => s.chatId === OPS_GROUP)).toEqual([
        { ...ops, types: ['LowBalance'] },
        topic,
      ]);
    });

    it('unsubscribes one topic and keeps the chat’s other subscriptions', async () => {
      const { store } = make();
      await store.notifier.subscribe({ chatId: OPS_GROUP, accountId: 'acc1', types: ['LowBalance'] });
      await store.notifier.subscribe({ chatId: OPS_GROUP, threadId: 12, accountId: 'acc1', types: ['LowBalance'] });
      expect(await store.notifier.unsubscribe('acc1', OPS_GROUP, 12)).toBe(true);
      expect(await store.notifier.unsubscribe('acc1', OPS_GROUP, 12)).toBe(false);
      expect(await store.notifier.listChatSubscriptions(OPS_GROUP)).toEqual([
        { chatId: OPS_GROUP, accountId: 'acc1', types: ['LowBalance'] },
      ]);
      expect(await store.notifier.unsubscribe('acc1', OPS_GROUP)).toBe(true);
      expect(await store.notifier.listChatSubscriptions(OPS_GROUP)).toEqual([]);
      expect(await store.notifier.listSubscriptions('acc1')).toEqual([]);
    });
  });
}
