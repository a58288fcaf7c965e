import type { ContactEntry, InvalidContact, ParsedContacts } from './contact-entry.js';

/** Running totals shown while a person sends text, files and contacts one after another. */
export interface ContactTotals {
  readonly valid: number;
  readonly duplicates: number;
  readonly invalid: number;
  readonly truncated: number;
}

/** A rejected entry together with the input it came from (`message 2`, `clients.csv`). */
export interface CollectedInvalid extends InvalidContact {
  readonly source: string;
}

/** Plain data of a collector, for keeping it in a session between updates. */
export interface CollectorSnapshot {
  readonly entries: readonly ContactEntry[];
  readonly invalid: readonly CollectedInvalid[];
  readonly duplicates: number;
  readonly truncated: number;
}

/**
 * Merges several inputs into one contact list: numbers already collected from an earlier input
 * count as duplicates (the first one wins, with its note and variables).
 */
export class ContactCollector {
  private readonly numbers: Set<string>;
  private readonly collected: ContactEntry[];
  private readonly rejected: CollectedInvalid[];
  private duplicates: number;
  private truncated: number;

  constructor(snapshot?: CollectorSnapshot) {
    this.collected = [...(snapshot?.entries ?? [])];
    this.rejected = [...(snapshot?.invalid ?? [])];
    this.duplicates = snapshot?.duplicates ?? 0;
    this.truncated = snapshot?.truncated ?? 0;
    this.numbers = new Set(this.collected.map((e) => e.number));
  }

  /** Adds one parsed input and returns the totals so far. */
  add(parsed: ParsedContacts, source: string): ContactTotals {
    this.duplicates += parsed.duplicates;
    this.truncated += parsed.truncated;
    for (const entry of parsed.valid) {
      if (this.numbers.has(entry.number)) {
        this.duplicates += 1;
        continue;
      }
      this.numbers.add(entry.number);
      this.collected.push(entry);
    }
    for (const invalid of parsed.invalid) this.rejected.push({ ...invalid, source });
    return this.totals;
  }

  get totals(): ContactTotals {
    return {
      valid: this.collected.length,
      duplicates: this.duplicates,
      invalid: this.rejected.length,
      truncated: this.truncated,
    };
  }

  /** Unique contacts in the order they arrived. */
  get entries(): readonly ContactEntry[] {
    return this.collected;
  }

  get invalid(): readonly CollectedInvalid[] {
    return this.rejected;
  }

  snapshot(): CollectorSnapshot {
    return { entries: this.collected, invalid: this.rejected, duplicates: this.duplicates, truncated: this.truncated };
  }
}
