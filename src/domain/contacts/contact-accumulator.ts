import type { ContactEntry, InvalidContact, ParsedContacts } from './contact-entry.js';

/**
 * Gathers the entries of one input, keeping the first of each number. Shared by the pasted-text
 * and file parsers so both count duplicates and truncations the same way.
 */
export class ContactAccumulator {
  private readonly seen = new Set<string>();
  private readonly valid: ContactEntry[] = [];
  private readonly invalid: InvalidContact[] = [];
  private duplicates = 0;
  private truncated = 0;

  /** Adds an accepted entry unless its number was already added. */
  accept(entry: ContactEntry): void {
    if (this.seen.has(entry.number)) {
      this.duplicates += 1;
      return;
    }
    this.seen.add(entry.number);
    this.valid.push(entry);
  }

  reject(entry: InvalidContact): void {
    this.invalid.push(entry);
  }

  /** Records how many values of one entry were cut to their limit. */
  noteTruncated(count: number): void {
    this.truncated += count;
  }

  result(): ParsedContacts {
    return { valid: this.valid, invalid: this.invalid, duplicates: this.duplicates, truncated: this.truncated };
  }
}
