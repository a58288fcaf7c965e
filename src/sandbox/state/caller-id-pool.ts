/**
 * The pool of caller IDs (the contract's `sip_caller_ids` table) shared by all accounts, as numbers are in the real
 * service: a number one account rents is taken for the others (409). The pool is virtual — ids 1…99 999 map to
 * numbers by formula — so it costs nothing until something is rented. Every tenth id is held by a customer
 * outside the sandbox, which gives tests a number that is always taken. Seeded accounts rent from the upper half
 * (ids above 50 000), so ids people pick by hand stay free.
 */
const POOL_SIZE = 99_999;
const FIRST_SEED_ID = 50_001;
const PROVIDERS = [
  { provider: 'tele2', code: '707' },
  { provider: 'beeline', code: '705' },
  { provider: 'kcell', code: '701' },
  { provider: 'altel', code: '708' },
] as const;

export interface PoolEntry {
  id: number;
  number: string;
  provider: string;
}

interface Holder {
  key: string;
  until: number;
}

export class CallerIdPool {
  private readonly holders = new Map<number, Holder>();
  private nextSeedId = FIRST_SEED_ID;

  entry(id: number): PoolEntry | null {
    if (!Number.isInteger(id) || id < 1 || id > POOL_SIZE) return null;
    const { provider, code } = PROVIDERS[id % PROVIDERS.length] ?? PROVIDERS[0];
    return { id, provider, number: `+7${code}${String(6_400_000 + id)}` };
  }

  isFree(id: number, now: number): boolean {
    if (id % 10 === 0) return false;
    const holder = this.holders.get(id);
    return !holder || holder.until <= now;
  }

  take(id: number, key: string, until: number): void {
    this.holders.set(id, { key, until });
  }

  /** Frees `id` if `key` still holds it (an early release or an expiry). */
  release(id: number, key: string): void {
    if (this.holders.get(id)?.key === key) this.holders.delete(id);
  }

  /** A free id for a seeded account's rental, or null once the upper half is all taken. */
  freeIdForSeed(now: number): number | null {
    while (this.nextSeedId <= POOL_SIZE && !this.isFree(this.nextSeedId, now)) this.nextSeedId++;
    return this.nextSeedId <= POOL_SIZE ? this.nextSeedId++ : null;
  }
}
