import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { AUDIT_RETENTION_MS } from '../../../src/store/audit.js';
import { createKeyCipher } from '../../../src/store/cipher.js';
import { expectStoreError } from './expect-error.js';
import type { MakeHarness } from './harness.js';

/** Keys shaped like real AutoCall API keys (long random tokens). */
const KEY_A = 'ak_live_7Hq2ZpX9vR4mN1cT8wY3bK6sD0fG5jL2';
const KEY_B = 'ak_live_Q1w2E3r4T5y6U7i8O9p0AsDfGhJkLzXc';
const owner = { ownerId: 501_234_567, demo: false };

export function accountsContract(make: MakeHarness): void {
  describe('accounts', () => {
    it('creates an account with a short url-safe id and a sealed key, and reads it back', async () => {
      const { store } = make();
      const account = await store.accounts.create({ ...owner, name: 'Kaspi Shop', apiKey: KEY_A });
      expect(account.id).toMatch(/^[A-Za-z0-9_-]{8,16}$/);
      expect(account).toMatchObject({ name: 'Kaspi Shop', status: 'active', demo: false, ownerId: owner.ownerId });
      expect(account.keyFingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(JSON.stringify(account)).not.toContain(KEY_A);
      expect(inspect(account, { depth: 10 })).not.toContain(KEY_A);
      expect(await store.accounts.get(account.id)).toEqual(account);
      expect(await store.accounts.getApiKey(account.id)).toBe(KEY_A);
    });

    it('never shows an API key or cipher key in the JSON or inspection of the store and its records', async () => {
      const cipherKey = randomBytes(32);
      const { store } = make({ cipher: createKeyCipher([{ id: 'k1', key: cipherKey }]) });
      const account = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      const shown = [
        JSON.stringify(store),
        inspect(store, { depth: 10, showHidden: true }),
        JSON.stringify(await store.accounts.get(account.id)),
        JSON.stringify(await store.members.listByAccount(account.id)),
      ].join('\n');
      for (const secret of [KEY_A, cipherKey.toString('hex'), cipherKey.toString('base64')]) {
        expect(shown).not.toContain(secret);
      }
    });

    it('answers null for an unknown account', async () => {
      const { store } = make();
      expect(await store.accounts.get('nope')).toBeNull();
      expect(await store.accounts.getApiKey('nope')).toBeNull();
      expect(await store.accounts.rename('nope', 'x')).toBeNull();
      expect(await store.accounts.replaceKey('nope', KEY_B)).toBeNull();
      expect(await store.accounts.delete('nope')).toBe(false);
    });

    it('finds the earliest account linked with the same key', async () => {
      const h = make();
      const first = await h.store.accounts.create({ ...owner, name: 'First', apiKey: KEY_A });
      await h.elapse(1000);
      await h.store.accounts.create({ ...owner, name: 'Second', apiKey: KEY_A });
      await h.store.accounts.create({ ...owner, name: 'Other', apiKey: KEY_B });
      expect((await h.store.accounts.findByFingerprint(KEY_A))?.id).toBe(first.id);
      expect(await h.store.accounts.findByFingerprint('ak_live_unknown')).toBeNull();
    });

    it('changes status, name and settings, merging settings', async () => {
      const { store } = make();
      const { id } = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      expect(await store.accounts.setStatus(id, 'needs_relink')).toMatchObject({ status: 'needs_relink' });
      expect(await store.accounts.rename(id, 'Магазин «Алма»')).toMatchObject({ name: 'Магазин «Алма»' });
      await store.accounts.update(id, { settings: { flashDigits: 4 } });
      const updated = await store.accounts.update(id, { demo: true });
      expect(updated).toMatchObject({ demo: true, settings: { flashDigits: 4 }, status: 'needs_relink' });
      expect(await store.accounts.get(id)).toEqual(updated);
    });

    it('keeps every one of concurrent updates', async () => {
      const { store } = make();
      const { id } = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      await Promise.all([
        store.accounts.rename(id, 'Renamed'),
        store.accounts.setStatus(id, 'needs_relink'),
        store.accounts.update(id, { settings: { flashDigits: 6 } }),
        store.accounts.update(id, { demo: true }),
      ]);
      expect(await store.accounts.get(id)).toMatchObject({
        name: 'Renamed',
        status: 'needs_relink',
        demo: true,
        settings: { flashDigits: 6 },
      });
    });

    it.each([
      ['an empty name', { name: '' }],
      ['a name over 64 characters', { name: 'x'.repeat(65) }],
      ['2 flash digits (the contract allows 3–6)', { settings: { flashDigits: 2 } }],
      ['7 flash digits', { settings: { flashDigits: 7 } }],
    ])('refuses %s', async (_, patch) => {
      const { store } = make();
      const { id } = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      await expectStoreError(store.accounts.update(id, patch), 'invalid');
      expect(await store.accounts.get(id)).toMatchObject({ name: 'Shop' });
    });

    it('refuses an empty API key without quoting it', async () => {
      const { store } = make();
      await expectStoreError(store.accounts.create({ ...owner, name: 'Shop', apiKey: '   ' }), 'invalid');
    });

    it('relinks with a new key: active again, fingerprint index moved', async () => {
      const { store } = make();
      const { id } = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      await store.accounts.setStatus(id, 'needs_relink');
      const relinked = await store.accounts.replaceKey(id, KEY_B);
      expect(relinked).toMatchObject({ status: 'active' });
      expect(await store.accounts.getApiKey(id)).toBe(KEY_B);
      expect(await store.accounts.findByFingerprint(KEY_A)).toBeNull();
      expect((await store.accounts.findByFingerprint(KEY_B))?.id).toBe(id);
    });

    it('deletes an account with its team, invites, groups, alerts and active choices', async () => {
      const { store } = make();
      const { id } = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      const other = await store.accounts.create({ ...owner, name: 'Other', apiKey: KEY_B });
      await store.members.set(id, owner.ownerId, 'owner', { name: 'Aigerim' });
      await store.members.set(id, 77, 'support', { name: 'Daniyar' });
      await store.members.set(other.id, 77, 'viewer', { name: 'Daniyar' });
      await store.users.update(77, { activeAccountId: id, lang: 'kk' });
      await store.users.update(owner.ownerId, { activeAccountId: other.id });
      const invite = await store.invites.create({ accountId: id, role: 'manager', createdBy: owner.ownerId });
      await store.groups.bind(-100_123, id, owner.ownerId);
      await store.groups.bind(-100_456, other.id, owner.ownerId);
      await store.audit.append(id, { at: 1, actorId: 77, actorName: 'Daniyar', action: 'flash.send', result: 'ok' });
      await store.notifier.subscribe({ chatId: -100_123, accountId: id, types: ['LowBalance'] });
      await store.notifier.subscribe({ chatId: -100_123, accountId: other.id, types: ['AutocallFinished'] });
      await store.notifier.recordDelivered(id, 'n-1', -100_123);
      await store.notifier.markSeen(id, ['n-1']);
      await store.notifier.setBaseline(id, '2025-03-01 09:00:00');

      expect(await store.accounts.delete(id)).toBe(true);

      expect(await store.accounts.get(id)).toBeNull();
      expect(await store.accounts.findByFingerprint(KEY_A)).toBeNull();
      expect(await store.members.listByAccount(id)).toEqual([]);
      expect(await store.members.listByUser(77)).toEqual([{ accountId: other.id, role: 'viewer' }]);
      expect(await store.users.get(77)).toEqual({ lang: 'kk' });
      expect(await store.users.get(owner.ownerId)).toEqual({ activeAccountId: other.id });
      expect(await store.invites.get(invite.token)).toBeNull();
      expect(await store.groups.get(-100_123)).toBeNull();
      expect(await store.groups.get(-100_456)).toMatchObject({ accountId: other.id });
      expect(await store.notifier.listSubscriptions(id)).toEqual([]);
      expect(await store.notifier.listChatSubscriptions(-100_123)).toEqual([
        { chatId: -100_123, accountId: other.id, types: ['AutocallFinished'] },
      ]);
      expect(await store.notifier.isDelivered(id, 'n-1', -100_123)).toBe(false);
      expect(await store.notifier.filterUnseen(id, ['n-1'])).toEqual(['n-1']);
      expect(await store.notifier.getBaseline(id)).toBeNull();
      expect(await collect(store.accounts.ids())).toEqual([other.id]);
    });

    it('keeps an unlinked account\'s audit log for the retention, and a relink of the same key continues it', async () => {
      const h = make();
      const { store } = h;
      const first = await store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      await store.audit.append(first.id, { at: 1, actorId: 77, actorName: 'Daniyar', action: 'flash.send', result: 'ok' });
      await store.audit.append(first.id, { at: 2, actorId: owner.ownerId, actorName: 'Aigerim', action: 'key.unlink', result: 'ok' });
      expect(await store.accounts.delete(first.id)).toBe(true);
      const kept = await store.audit.list(first.id, { limit: 10 });
      expect(kept.entries.map((e) => e.action)).toEqual(['key.unlink', 'flash.send']);

      // Another key gets an id of its own; the same key, a month later, its old one and its log.
      const other = await store.accounts.create({ ...owner, name: 'Other', apiKey: KEY_B });
      expect(other.id).not.toBe(first.id);
      await h.elapse(30 * 24 * 3_600_000);
      const relinked = await store.accounts.create({ ...owner, name: 'Shop again', apiKey: KEY_A });
      expect(relinked.id).toBe(first.id);
      expect(await store.accounts.getApiKey(relinked.id)).toBe(KEY_A);
      await store.audit.append(relinked.id, { at: 3, actorId: owner.ownerId, actorName: 'Aigerim', action: 'key.link', result: 'ok' });
      // Linked again, the log is the account's for good: it outlives the retention.
      await h.elapse(AUDIT_RETENTION_MS + 1000);
      const continued = await store.audit.list(relinked.id, { limit: 10 });
      expect(continued.entries.map((e) => e.action)).toEqual(['key.link', 'key.unlink', 'flash.send']);
    });

    it('forgets an unlinked account\'s audit log after the retention', async () => {
      const h = make();
      const { id } = await h.store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      await h.store.audit.append(id, { at: 1, actorId: owner.ownerId, actorName: 'Aigerim', action: 'key.unlink', result: 'ok' });
      await h.store.accounts.delete(id);
      await h.elapse(AUDIT_RETENTION_MS + 1000);
      expect((await h.store.audit.list(id, { limit: 10 })).entries).toEqual([]);
      const relinked = await h.store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      expect(relinked.id).not.toBe(id);
    });

    it('lists 10,000 accounts page by page, each exactly once', async () => {
      const { store } = make();
      const created = new Set<string>();
      for (let batch = 0; batch < 20; batch++) {
        const accounts = await Promise.all(
          Array.from({ length: 500 }, (_, i) =>
            store.accounts.create({ ...owner, name: `Shop ${batch * 500 + i}`, apiKey: `${KEY_A}-${batch}-${i}` }),
          ),
        );
        for (const account of accounts) created.add(account.id);
      }
      const ids = await collect(store.accounts.ids());
      expect(ids).toHaveLength(10_000);
      expect(new Set(ids)).toEqual(created);
      let listed = 0;
      for await (const account of store.accounts.list()) {
        expect(created.has(account.id)).toBe(true);
        listed++;
      }
      expect(listed).toBe(10_000);
    });

    it('reports a damaged record as a corrupt error naming the key, not its content, and can still delete it', async () => {
      const h = make();
      const { id } = await h.store.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      const key = h.keys.account(id);
      const damaged = JSON.stringify({ id, name: 'Shop', status: 'frozen', secretNote: 'do-not-leak' });
      await h.backend.write([{ op: 'set', key, value: damaged }]);
      const error = await expectStoreError(h.store.accounts.get(id), 'corrupt');
      expect(error.key).toBe(key);
      expect(error.message).toContain('status');
      expect(error.message).not.toContain('do-not-leak');
      await h.backend.write([{ op: 'set', key, value: '{"id": "trunc' }]);
      await expectStoreError(h.store.accounts.getApiKey(id), 'corrupt');
      expect(await h.store.accounts.delete(id)).toBe(true);
      expect(await collect(h.store.accounts.ids())).toEqual([]);
    });

    it('reseals keys with the new active key after a rotation, and old keys keep opening until then', async () => {
      const h = make({ cipher: createKeyCipher([{ id: 'k1', key: randomBytes(32) }]) });
      const oldKey = randomBytes(32);
      const v1 = h.reopen({ cipher: createKeyCipher([{ id: 'k1', key: oldKey }]) });
      const { id } = await v1.accounts.create({ ...owner, name: 'Shop', apiKey: KEY_A });
      const newKey = randomBytes(32);

      const onlyNew = h.reopen({ cipher: createKeyCipher([{ id: 'k2', key: newKey }]) });
      const error = await expectStoreError(onlyNew.accounts.getApiKey(id), 'crypto');
      expect(error.message).not.toContain(KEY_A);

      const rotated = h.reopen({
        cipher: createKeyCipher([
          { id: 'k2', key: newKey },
          { id: 'k1', key: oldKey },
        ]),
      });
      expect(await rotated.accounts.getApiKey(id)).toBe(KEY_A);
      expect((await rotated.accounts.get(id))?.sealedKey.keyId).toBe('k2');
      expect(await onlyNew.accounts.getApiKey(id)).toBe(KEY_A);
    });

    it('does not open a sealed key copied onto another account', async () => {
      const h = make();
      const victim = await h.store.accounts.create({ ...owner, name: 'Victim', apiKey: KEY_A });
      const thief = await h.store.accounts.create({ ...owner, name: 'Thief', apiKey: KEY_B });
      await h.backend.write([
        { op: 'set', key: h.keys.account(thief.id), value: JSON.stringify({ ...thief, sealedKey: victim.sealedKey }) },
      ]);
      await expectStoreError(h.store.accounts.getApiKey(thief.id), 'crypto');
    });
  });
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}
