import { normalisePhone, phoneError, type PhoneKind } from '../phone/index.js';
import type { ParsedContacts } from './contact-entry.js';
import { clip, EXTRA_MAX_LENGTH } from './contact-limits.js';

/** The fields of a contact shared in Telegram (structurally Bot API's `Contact`). */
export interface SharedContact {
  readonly phone_number: string;
  readonly first_name: string;
  readonly last_name?: string;
}

/**
 * Reads a contact someone shared from their address book; the name becomes the note. Telegram
 * sends the number with or without `+`, and sometimes with the trunk `8`: the phone rules cope.
 */
export function parseSharedContact(contact: SharedContact, kind: PhoneKind = 'list'): ParsedContacts {
  const result = normalisePhone(contact.phone_number, kind);
  if (!result.ok) {
    return { valid: [], invalid: [{ line: 1, text: contact.phone_number, reason: phoneError(result) }], duplicates: 0, truncated: 0 };
  }
  const name = [contact.first_name, contact.last_name ?? ''].join(' ').trim();
  const extra = clip(name, EXTRA_MAX_LENGTH);
  const entry = extra.text === '' ? { number: result.e164, line: 1 } : { number: result.e164, extra: extra.text, line: 1 };
  return { valid: [entry], invalid: [], duplicates: 0, truncated: extra.truncated ? 1 : 0 };
}
