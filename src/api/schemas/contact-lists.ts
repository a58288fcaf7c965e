import { z } from 'zod';
import {
  clientId,
  contactVariables,
  pageOf,
  phone,
  phonePatterns,
  resourceName,
  timestamp,
  variablesRecord,
} from './primitives.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** A contact inside a list. */
export const contactSchema = z.looseObject({
  id: z.number(),
  list_id: z.number().optional(),
  number: z.string(),
  extra: z.string().nullable(),
  // Required by the contract, yet its own example of GET /contacts/{id} omits it.
  variables: variablesRecord.nullable().optional(),
  created_at: timestamp,
  updated_at: timestamp,
});

/** A contact list. */
export const contactListSchema = z.looseObject({
  id: z.number(),
  client_id: z.string().nullable(),
  name: z.string(),
  // The contract's example of POST /lists omits these three.
  importing: z.boolean().optional(),
  nonexistent: z.array(z.number()).nullable().optional(),
  used: z.number().optional(),
  created_at: timestamp,
  updated_at: timestamp,
  contacts_count: z.number(),
});

/** GET /lists/{id}: the list and one page of its contacts. */
export const contactListWithContactsSchema = contactListSchema.extend({
  contacts: pageOf(contactSchema).optional(),
});

/** POST /lists/append/{id}: the list's new counters. */
export const listAppendResultSchema = z.looseObject({
  id: z.number().optional(),
  client_id: z.string().nullable().optional(),
  contacts_count: z.number().optional(),
  created_at: timestamp.optional(),
  updated_at: timestamp.optional(),
});

export const contactListPageSchema = pageOf(contactListSchema);

export type Contact = z.infer<typeof contactSchema>;
export type ContactList = z.infer<typeof contactListSchema>;
export type ContactListWithContacts = z.infer<typeof contactListWithContactsSchema>;
export type ListAppendResult = z.infer<typeof listAppendResultSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

const listNumber = z.object({
  number: phone(phonePatterns.contactList, '+77011234567'),
  extra: z.string().max(255).optional(),
  variables: contactVariables.optional(),
});

const listNumbers = z.array(listNumber).max(10_000);

/** POST /lists: up to 10 000 numbers; append the rest with `append`. */
export const listCreateBody = z.object({
  name: resourceName,
  numbers: listNumbers,
  client_id: clientId(256).optional(),
});

/** POST /lists/append/{id}. */
export const listAppendBody = z.object({ numbers: listNumbers });

/** PUT /lists/{id}. */
export const listUpdateBody = z.object({
  name: resourceName.optional(),
  client_id: clientId(256).optional(),
});

export type ListCreate = z.input<typeof listCreateBody>;
export type ListAppend = z.input<typeof listAppendBody>;
export type ListUpdate = z.input<typeof listUpdateBody>;
