export { chunk } from './chunk.js';
export { ContactAccumulator } from './contact-accumulator.js';
export {
  ContactCollector,
  type CollectedInvalid,
  type CollectorSnapshot,
  type ContactTotals,
} from './contact-collector.js';
export type { ContactEntry, ContactRejection, InvalidContact, ParsedContacts } from './contact-entry.js';
export {
  BULK_EXTRA_MAX_LENGTH,
  clip,
  EXTRA_MAX_LENGTH,
  INLINE_CHUNK_SIZE,
  LIST_CHUNK_SIZE,
  VARIABLE_KEY_MAX_LENGTH,
  VARIABLE_VALUE_MAX_LENGTH,
  type Clipped,
} from './contact-limits.js';
export { parsePastedContacts, readContactLine } from './parse-pasted-contacts.js';
export { parseSharedContact, type SharedContact } from './shared-contact.js';
