import { describe, expect, it } from 'vitest';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

const OWNER = 501_234_567;
const DAY = 24 * 60 * 60 * 1000;

export function teamContract(make: MakeHarness): void {
  describe('members', () => {
    it('adds members, lists them by account in joining order and by user', async () => {
      const h = make();
      await h.store.members.set('acc1', OWNER, 'owner', { name: 'Aigerim' });
      await h.elapse(1000);
      await h.store.members.set('acc1', 77, 'support', { name: 'Daniyar' });
      await h.store.members.set('acc2', 77, 'viewer', { name: 'Daniyar' });

      expect(await h.store.members.get('acc1', 77)).toEqual({
        accountId: 'acc1',
        userId: 77,
        role: 'support',
        name: 'Daniyar',
        since: h.now(),
      });
      expect((await h.store.members.listByAccount('acc1')).map((m) => [m.userId, m.role])).toEqual([
        [OWNER, 'owner'],
        [77, 'support'],
      ]);
      expect(await h.store.members.listByUser(77)).toEqual(
        expect.arrayContaining([
          { accountId: 'acc1', role: 'support' },
          { accountId: 'acc2', role: 'viewer' },
        ]),
      );
      expect(await h.store.members.get('acc1', 999)).toBeNull();
    });

    it('changes a role without resetting when the member joined', async () => {
      const h = make();
      const joined = await h.store.members.set('acc1', 77, 'viewer', { name: 'Daniyar' });
      await h.elapse(DAY);
      const promoted = await h.store.members.set('acc1', 77, 'manager', { name: 'Daniyar K.' });
      expect(promoted).toMatchObject({ role: 'manager', name: 'Daniyar K.', since: joined.since });
      expect(await h.store.members.listByUser(77)).toEqual([{ accountId: 'acc1', role: 'manager' }]);
    });

    it('removes a member from both views', async () => {
      const { store } = make();
      await store.members.set('acc1', 77, 'support', { name: 'Daniyar' });
      expect(await store.members.remove('acc1', 77)).toBe(true);
      expect(await store.members.remove('acc1', 77)).toBe(false);
      expect(await store.members.get('acc1', 77)).toBeNull();
      expect(await store.members.listByAccount('acc1')).toEqual([]);
      expect(await store.members.listByUser(77)).toEqual([]);
    });

    it('reports a damaged role as corrupt', async () => {
      const h = make();
      await h.store.members.set('acc1', 77, 'support', { name: 'Daniyar' });
      await h.backend.write([{ op: 'hset', key: h.keys.userAccounts(77), field: 'acc1', value: 'admin' }]);
      await expectStoreError(h.store.members.listByUser(77), 'corrupt');
      await h.backend.write([{ op: 'hset', key: h.keys.members('acc1'), field: '77', value: '{"role":"admin"}' }]);
      await expectStoreError(h.store.members.get('acc1', 77), 'corrupt');
    });
  });

  describe('invites', () => {
    it('creates a token that fits a /start payload and reads it back', async () => {
      const h = make();
      const invite = await h.store.invites.create({ accountId: 'acc1', role: 'support', createdBy: OWNER });
      expect(invite.token).toMatch(/^[A-Za-z0-9_-]{16,32}$/);
      expect(`start=${invite.token}`.length).toBeLessThanOrEqual(64);
      expect(invite).toMatchObject({ accountId: 'acc1', role: 'support', createdBy: OWNER, expiresAt: h.now() + DAY });
      expect(await h.store.invites.get(invite.token)).toEqual(invite);
      expect(await h.store.invites.get('unknown-token')).toBeNull();
    });

    it('is used once: the second consume gets nothing', async () => {
      const h = make();
      const invite = await h.store.invites.create({ accountId: 'acc1', role: 'manager', createdBy: OWNER });
      expect(await h.store.invites.consume(invite.token, 77)).toEqual({
        ...invite,
        consumedBy: 77,
        consumedAt: h.now(),
      });
      expect(await h.store.invites.consume(invite.token, 78)).toBeNull();
      expect(await h.store.invites.get(invite.token)).toBeNull();
    });

    it('lets exactly one of many concurrent consumers win', async () => {
      const { store } = make();
      const invite = await store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER });
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) => store.invites.consume(invite.token, i)));
      expect(results.filter((result) => result !== null)).toHaveLength(1);
    });

    it('expires after its lifetime', async () => {
      const h = make();
      const day = await h.store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER });
      const hour = await h.store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER, ttlMs: 3_600_000 });
      await h.elapse(3_600_000);
      expect(await h.store.invites.get(hour.token)).toBeNull();
      expect(await h.store.invites.consume(hour.token, 77)).toBeNull();
      expect(await h.store.invites.get(day.token)).not.toBeNull();
      await h.elapse(DAY);
      expect(await h.store.invites.consume(day.token, 77)).toBeNull();
    });

    it('lists pending invites of an account, soonest to expire first', async () => {
      const h = make();
      const long = await h.store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER, ttlMs: 2 * DAY });
      const short = await h.store.invites.create({ accountId: 'acc1', role: 'support', createdBy: OWNER, ttlMs: 60_000 });
      const used = await h.store.invites.create({ accountId: 'acc1', role: 'manager', createdBy: OWNER });
      await h.store.invites.create({ accountId: 'acc2', role: 'viewer', createdBy: OWNER });
      await h.store.invites.consume(used.token, 77);
      expect((await h.store.invites.listByAccount('acc1')).map((i) => i.token)).toEqual([short.token, long.token]);
      await h.elapse(60_000);
      expect((await h.store.invites.listByAccount('acc1')).map((i) => i.token)).toEqual([long.token]);
    });

    it('revokes an invite', async () => {
      const { store } = make();
      const invite = await store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER });
      expect(await store.invites.revoke(invite.token)).toBe(true);
      expect(await store.invites.revoke(invite.token)).toBe(false);
      expect(await store.invites.consume(invite.token, 77)).toBeNull();
      expect(await store.invites.listByAccount('acc1')).toEqual([]);
    });

    it.each([0, -1, 1.5])('refuses a lifetime of %s ms', async (ttlMs) => {
      const { store } = make();
      await expectStoreError(store.invites.create({ accountId: 'acc1', role: 'viewer', createdBy: OWNER, ttlMs }), 'invalid');
    });
  });

  describe('users', () => {
    it('starts empty and keeps language and active account', async () => {
      const { store } = make();
      expect(await store.users.get(77)).toEqual({});
      expect(await store.users.update(77, { lang: 'kk' })).toEqual({ lang: 'kk' });
      expect(await store.users.update(77, { activeAccountId: 'acc1' })).toEqual({ lang: 'kk', activeAccountId: 'acc1' });
      expect(await store.users.get(77)).toEqual({ lang: 'kk', activeAccountId: 'acc1' });
    });

    it('clears a setting given null and leaves absent ones alone', async () => {
      const { store } = make();
      await store.users.update(77, { lang: 'en', activeAccountId: 'acc1' });
      expect(await store.users.update(77, { activeAccountId: null })).toEqual({ lang: 'en' });
      expect(await store.users.update(77, {})).toEqual({ lang: 'en' });
    });

    it('keeps both of two concurrent updates of different settings', async () => {
      const { store } = make();
      await Promise.all([store.users.update(77, { lang: 'ru' }), store.users.update(77, { activeAccountId: 'acc9' })]);
      expect(await store.users.get(77)).toEqual({ lang: 'ru', activeAccountId: 'acc9' });
    });

    it('refuses an unknown language and reports a stored one as corrupt', async () => {
      const h = make();
      await expectStoreError(h.store.users.update(77, { lang: 'de' as 'en' }), 'invalid');
      await h.backend.write([{ op: 'hset', key: h.keys.user(77), field: 'lang', value: 'de' }]);
      await expectStoreError(h.store.users.get(77), 'corrupt');
    });
  });

  describe('groups', () => {
    it('binds a group chat to an account and lists an account’s groups', async () => {
      const h = make();
      const binding = await h.store.groups.bind(-1_001_234_567_890, 'acc1', OWNER);
      expect(binding).toEqual({ chatId: -1_001_234_567_890, accountId: 'acc1', boundBy: OWNER, boundAt: h.now() });
      await h.elapse(1000);
      await h.store.groups.bind(-1_009_876_543_210, 'acc1', 77);
      expect(await h.store.groups.get(-1_001_234_567_890)).toEqual(binding);
      expect((await h.store.groups.listByAccount('acc1')).map((b) => b.chatId)).toEqual([
        -1_001_234_567_890, -1_009_876_543_210,
      ]);
      expect(await h.store.groups.get(-42)).toBeNull();
    });

    it('moves a rebound group to the new account', async () => {
      const { store } = make();
      await store.groups.bind(-100_111, 'acc1', OWNER);
      await store.groups.bind(-100_111, 'acc2', OWNER);
      expect(await store.groups.get(-100_111)).toMatchObject({ accountId: 'acc2' });
      expect(await store.groups.listByAccount('acc1')).toEqual([]);
      expect((await store.groups.listByAccount('acc2')).map((b) => b.chatId)).toEqual([-100_111]);
    });

    it('unbinds', async () => {
      const { store } = make();
      await store.groups.bind(-100_111, 'acc1', OWNER);
      expect(await store.groups.unbind(-100_111)).toBe(true);
      expect(await store.groups.unbind(-100_111)).toBe(false);
      expect(await store.groups.get(-100_111)).toBeNull();
      expect(await store.groups.listByAccount('acc1')).toEqual([]);
    });
  });
}
