import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { json, noContent } from '../response-readers.js';
import { contactSchema } from '../schemas/contact-lists.js';
import { byId } from './shared.js';

/** Single contacts of a list (`/contacts`). */
export function createContactsApi(call: Caller) {
  return {
    get: (id: number, options?: CallOptions) =>
      call({ operationId: 'get-contacts-id', path: byId(id), read: json(contactSchema), retry: 'idempotent' }, options),

    /** Removes the contact from its list. */
    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-contacts-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),
  };
}

export type ContactsApi = ReturnType<typeof createContactsApi>;
