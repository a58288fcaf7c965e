import type { PhoneError } from '../phone/index.js';

/** One accepted contact, shaped like an item of `POST /lists` `numbers`, plus where it came from. */
export interface ContactEntry {
  /** E.164: `+77011234567`. */
  readonly number: string;
  /** Note shown beside the number (name, contract, ...), at most 255 characters. */
  readonly extra?: string;
  /** SMS template variables; keys `[a-zA-Z0-9_]`. */
  readonly variables?: Readonly<Record<string, string>>;
  /** Line of a pasted text or row of a file, counting from 1. */
  readonly line: number;
}

/** Why a line or cell gave no contact. */
export type ContactRejection = PhoneError | { readonly kind: 'no_phone' };

/** A piece of input that looked like a contact but was not accepted. */
export interface InvalidContact {
  readonly line: number;
  /** What was read, for showing back to the person. */
  readonly text: string;
  readonly reason: ContactRejection;
}

/** What one input (a message, a file, a shared contact) yielded. */
export interface ParsedContacts {
  /** Unique numbers in input order; the first occurrence wins. */
  readonly valid: readonly ContactEntry[];
  readonly invalid: readonly InvalidContact[];
  /** Repeats of a number already in `valid`. */
  readonly duplicates: number;
  /** Notes and variable values cut to their limit. */
  readonly truncated: number;
}
