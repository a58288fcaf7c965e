import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createKeyCipher, type Sealed } from '../../src/store/cipher.js';
import { StoreError } from '../../src/store/errors.js';

const k1 = { id: 'k1', key: randomBytes(32) };
const k2 = { id: 'k2', key: randomBytes(32) };

function flipFirstByte(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  return bytes.toString('base64');
}

function openError(open: () => unknown): StoreError {
  try {
    open();
  } catch (error) {
    if (error instanceof StoreError) return error;
    throw error;
  }
  throw new Error('expected the sealed value not to open');
}

describe('key cipher', () => {
  it.each([
    ['an AutoCall API key', 'ak_live_7Hq2ZpX9vR4mN1cT8wY3bK6sD0fG5jL2'],
    ['Cyrillic and Kazakh text', 'ключ-әғқңөұүһі'],
    ['a short key', 'q7Zr2mKp'],
    ['a long token', 'A'.repeat(4096)],
  ])('seals and opens %s', (_, plain) => {
    const cipher = createKeyCipher([k1]);
    const sealed = cipher.encrypt(plain);
    expect(sealed.keyId).toBe('k1');
    expect(Buffer.from(sealed.iv, 'base64')).toHaveLength(12);
    expect(Buffer.from(sealed.tag, 'base64')).toHaveLength(16);
    expect(JSON.stringify(sealed)).not.toContain(plain);
    expect(cipher.decrypt(sealed)).toBe(plain);
  });

  it('uses a fresh nonce each time', () => {
    const cipher = createKeyCipher([k1]);
    const a = cipher.encrypt('same key');
    const b = cipher.encrypt('same key');
    expect(a.iv).not.toBe(b.iv);
    expect(a.data).not.toBe(b.data);
  });

  const tampered: [string, (sealed: Sealed) => Sealed][] = [
    ['ciphertext', (s) => ({ ...s, data: flipFirstByte(s.data) })],
    ['tag', (s) => ({ ...s, tag: flipFirstByte(s.tag) })],
    ['nonce', (s) => ({ ...s, iv: flipFirstByte(s.iv) })],
    ['truncated tag', (s) => ({ ...s, tag: Buffer.from(s.tag, 'base64').subarray(0, 4).toString('base64') })],
  ];
  it.each(tampered)('refuses a sealed value with a tampered %s', (_, tamper) => {
    const cipher = createKeyCipher([k1]);
    const error = openError(() => cipher.decrypt(tamper(cipher.encrypt('ak_live_secret'))));
    expect(error.kind).toBe('crypto');
    expect(error.message).not.toContain('ak_live_secret');
  });

  it('refuses to open with a different key under the same id', () => {
    const sealed = createKeyCipher([k1]).encrypt('ak_live_secret');
    const impostor = createKeyCipher([{ id: 'k1', key: randomBytes(32) }]);
    expect(openError(() => impostor.decrypt(sealed)).kind).toBe('crypto');
  });

  it('refuses a key id it does not have', () => {
    const sealed = createKeyCipher([k2]).encrypt('ak_live_secret');
    expect(openError(() => createKeyCipher([k1]).decrypt(sealed)).message).toContain('"k2"');
  });

  it('binds a sealed value to its context', () => {
    const cipher = createKeyCipher([k1]);
    const sealed = cipher.encrypt('ak_live_secret', 'account:A');
    expect(cipher.decrypt(sealed, 'account:A')).toBe('ak_live_secret');
    expect(openError(() => cipher.decrypt(sealed, 'account:B')).kind).toBe('crypto');
    expect(openError(() => cipher.decrypt(sealed)).kind).toBe('crypto');
  });

  it('rotates: the new first key seals, the old one still opens, old seals need resealing', () => {
    const before = createKeyCipher([k1]);
    const old = before.encrypt('ak_live_secret');
    const after = createKeyCipher([k2, k1]);
    expect(after.activeKeyId).toBe('k2');
    expect(after.decrypt(old)).toBe('ak_live_secret');
    expect(after.needsReencrypt(old)).toBe(true);
    const resealed = after.encrypt(after.decrypt(old));
    expect(resealed.keyId).toBe('k2');
    expect(after.needsReencrypt(resealed)).toBe(false);
    expect(createKeyCipher([k1, k2], 'k2').activeKeyId).toBe('k2');
  });

  it.each([
    ['no keys', [], undefined],
    ['a 16-byte key', [{ id: 'k1', key: randomBytes(16) }], undefined],
    ['an id with a colon', [{ id: 'k:1', key: randomBytes(32) }], undefined],
    ['an id of 17 characters', [{ id: 'k'.repeat(17), key: randomBytes(32) }], undefined],
    ['the same id twice', [k1, { id: 'k1', key: randomBytes(32) }], undefined],
    ['an active id not among the keys', [k1], 'k9'],
  ])('refuses %s', (_, keys, activeId) => {
    expect(() => createKeyCipher(keys, activeId)).toThrow(StoreError);
  });

  it('never shows key material in JSON or inspection', () => {
    const cipher = createKeyCipher([k2, k1]);
    const shown = [JSON.stringify(cipher), inspect(cipher, { depth: 10, showHidden: true })];
    for (const text of shown) {
      for (const { key } of [k1, k2]) {
        expect(text).not.toContain(key.toString('hex'));
        expect(text).not.toContain(key.toString('base64'));
      }
      expect(text).toContain('k2');
    }
  });
});
