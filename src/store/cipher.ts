/**
 * AES-256-GCM sealing of AutoCall API keys, with key ids so keys can rotate: the active key seals, every listed key
 * still opens what it sealed, and `needsReencrypt` tells which records to reseal. Key material lives only in this
 * module's closure, so neither `JSON.stringify` nor `util.inspect` of a cipher can reveal it.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { z } from 'zod';
import { StoreError } from './errors.js';

const base64 = z.base64();

/** A sealed secret: which key sealed it, the 12-byte nonce, the GCM tag and the ciphertext, all base64. */
export const Sealed = z.object({ keyId: z.string().min(1), iv: base64, tag: base64, data: base64 });
export type Sealed = z.infer<typeof Sealed>;

export interface CipherKey {
  /** Short name stored next to each ciphertext, e.g. `k1` (1–16 of A-Z a-z 0-9 _ -). */
  id: string;
  /** 32 random bytes. */
  key: Buffer;
}

export interface KeyCipher {
  /** The id new seals are made with. */
  readonly activeKeyId: string;
  /**
   * Seals `plain` with the active key. `context` (e.g. the account id) is authenticated but not stored: opening
   * needs the same context, so a sealed value copied onto another record does not open there.
   */
  encrypt(plain: string, context?: string): Sealed;
  /** Opens a sealed value; throws a `crypto` StoreError for an unknown key id, a wrong key or tampered data. */
  decrypt(sealed: Sealed, context?: string): string;
  /** True when the value was sealed with a key other than the active one (reseal it after a rotation). */
  needsReencrypt(sealed: Sealed): boolean;
}

const KEY_ID = /^[\w-]{1,16}$/;
const ALGORITHM = 'aes-256-gcm';

function checkedKeys(keys: readonly CipherKey[]): Map<string, Buffer> {
  if (keys.length === 0) throw new StoreError('invalid', 'cipher needs at least one key');
  const byId = new Map<string, Buffer>();
  for (const { id, key } of keys) {
    if (!KEY_ID.test(id)) throw new StoreError('invalid', `cipher key id "${id}" must be 1–16 of A-Z a-z 0-9 _ -`);
    if (key.length !== 32) throw new StoreError('invalid', `cipher key "${id}" must be 32 bytes`);
    if (byId.has(id)) throw new StoreError('invalid', `cipher key id "${id}" is listed twice`);
    byId.set(id, Buffer.from(key));
  }
  return byId;
}

/**
 * Builds a cipher from the configured keys. `activeId` defaults to the first key, so a rotation is "put the new key
 * first, keep the old ones after it".
 */
export function createKeyCipher(keys: readonly CipherKey[], activeId?: string): KeyCipher {
  const byId = checkedKeys(keys);
  const active = activeId ?? keys[0]?.id ?? '';
  const activeKey = byId.get(active);
  if (!activeKey) throw new StoreError('invalid', `active cipher key "${active}" is not among the keys`);
  const describe = { activeKeyId: active, keyIds: [...byId.keys()] };

  const cipher = {
    activeKeyId: active,
    encrypt(plain: string, context = ''): Sealed {
      const iv = randomBytes(12);
      const gcm = createCipheriv(ALGORITHM, activeKey, iv);
      gcm.setAAD(Buffer.from(context, 'utf8'));
      const data = Buffer.concat([gcm.update(plain, 'utf8'), gcm.final()]);
      const tag = gcm.getAuthTag();
      return { keyId: active, iv: iv.toString('base64'), tag: tag.toString('base64'), data: data.toString('base64') };
    },
    decrypt(sealed: Sealed, context = ''): string {
      const key = byId.get(sealed.keyId);
      if (!key) throw new StoreError('crypto', `no cipher key "${sealed.keyId}" to open this value`);
      try {
        // A fixed tag length: GCM would otherwise accept a truncated (weaker) tag.
        const decipher = createDecipheriv(ALGORITHM, key, Buffer.from(sealed.iv, 'base64'), { authTagLength: 16 });
        decipher.setAAD(Buffer.from(context, 'utf8'));
        decipher.setAuthTag(Buffer.from(sealed.tag, 'base64'));
        return Buffer.concat([decipher.update(Buffer.from(sealed.data, 'base64')), decipher.final()]).toString('utf8');
      } catch {
        // OpenSSL's message says nothing useful; the cause is a wrong key, a wrong context or tampered bytes.
        throw new StoreError('crypto', `sealed value does not open with key "${sealed.keyId}" (wrong key or tampered)`);
      }
    },
    needsReencrypt(sealed: Sealed): boolean {
      return sealed.keyId !== active;
    },
    toJSON: () => describe,
    [inspect.custom]: () => `KeyCipher ${inspect(describe)}`,
  };
  return cipher;
}
