import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { launchOnce } from '../../../src/conversations/kit/launch-once.js';
import { createKeyCipher, createMemoryStore } from '../../../src/store/index.js';

/** A fake server: resources by client_id, and a create that can be made to fail or wait. */
function server() {
  const made = new Map<string, number>();
  let next = 1;
  return {
    made,
    create: (clientId: string) => async () => {
      const id = next++;
      made.set(clientId, id);
      return id;
    },
    find: (clientId: string) => async () => made.get(clientId),
  };
}

function kv() {
  return createMemoryStore({ cipher: createKeyCipher([{ id: 'k', key: randomBytes(32) }], 'k') }).kv;
}

describe('launchOnce', () => {
  it('creates once; a later attempt of the same wizard finds what was made', async () => {
    const store = kv();
    const api = server();
    const first = await launchOnce({ kv: store, wizardId: 'w1', create: api.create('w1'), find: api.find('w1') });
    const again = await launchOnce({ kv: store, wizardId: 'w1', create: api.create('w1'), find: api.find('w1') });
    expect(first).toEqual({ kind: 'created', value: 1 });
    expect(again).toEqual({ kind: 'found', value: 1 });
    expect(api.made.size).toBe(1);
  });

  it('lets two attempts racing (a double tap on two processes) make one resource', async () => {
    const store = kv();
    const api = server();
    let release = (): void => undefined;
    const slow = async () => {
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      return api.create('w2')();
    };
    const first = launchOnce({ kv: store, wizardId: 'w2', create: slow, find: api.find('w2') });
    await new Promise((resolve) => setImmediate(resolve));
    const second = await launchOnce({ kv: store, wizardId: 'w2', create: api.create('w2'), find: api.find('w2') });
    release();
    expect(second).toEqual({ kind: 'busy' });
    expect(await first).toEqual({ kind: 'created', value: 1 });
    expect(api.made.size).toBe(1);
  });

  it('frees the claim when the create fails, so the person can try again', async () => {
    const store = kv();
    const api = server();
    const failing = async (): Promise<number> => {
      throw new Error('AutoCall is down');
    };
    await expect(launchOnce({ kv: store, wizardId: 'w3', create: failing, find: api.find('w3') })).rejects.toThrow('AutoCall is down');
    expect(await launchOnce({ kv: store, wizardId: 'w3', create: api.create('w3'), find: api.find('w3') })).toEqual({ kind: 'created', value: 1 });
  });

  it('makes a new one when what was made is gone (deleted by hand since)', async () => {
    const store = kv();
    const api = server();
    await launchOnce({ kv: store, wizardId: 'w4', create: api.create('w4'), find: api.find('w4') });
    api.made.delete('w4');
    // The claim of the first attempt is still held: the second waits for it to lapse rather than racing.
    expect(await launchOnce({ kv: store, wizardId: 'w4', create: api.create('w4'), find: api.find('w4') })).toEqual({ kind: 'busy' });
  });

  it('keeps wizards apart', async () => {
    const store = kv();
    const api = server();
    await launchOnce({ kv: store, wizardId: 'a', create: api.create('a'), find: api.find('a') });
    expect(await launchOnce({ kv: store, wizardId: 'b', create: api.create('b'), find: api.find('b') })).toEqual({ kind: 'created', value: 2 });
  });
});
