/** Contact lists and their contacts: create, append, rename, delete, and the nonexistent-number cleanup. */
import { z } from 'zod';
import type { Ctx } from '../state/context.js';
import { notify } from '../state/notify.js';
import type { ContactRecord, ListRecord } from '../state/records.js';
import { ErrorBag, invalid, notFound, ok, type Result } from './result.js';
import { checkVariables } from './rules.js';
import { IN_USE_MESSAGE, listInActiveUse } from './usage.js';

const numberEntry = z.object({
  number: z.string(),
  extra: z.string().optional(),
  variables: z.record(z.string(), z.string()).optional(),
});
export type NumberEntry = z.infer<typeof numberEntry>;

export const createListInput = z.object({
  name: z.string(),
  numbers: z.array(numberEntry),
  client_id: z.string().optional(),
});
export const appendListInput = z.object({ numbers: z.array(numberEntry) });
export const updateListInput = z.object({ name: z.string().optional(), client_id: z.string().optional() });

/** Import speed of the simulated service: a second, plus one per thousand numbers. */
function importEnds(now: number, count: number): number {
  return now + 1000 + count;
}

function checkEntries(bag: ErrorBag, field: string, entries: readonly NumberEntry[]): void {
  entries.forEach((entry, index) => checkVariables(bag, `${field}.${index}.variables`, entry.variables));
}

function addContacts(ctx: Ctx, list: ListRecord, entries: readonly NumberEntry[]): void {
  for (const entry of entries) {
    const contact: ContactRecord = {
      id: ctx.world.nextId('contact'),
      listId: list.id,
      number: entry.number,
      extra: entry.extra ?? null,
      variables: entry.variables ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    };
    ctx.account.contacts.set(contact.id, contact);
    list.contactIds.push(contact.id);
  }
  list.importingUntil = importEnds(ctx.now, entries.length);
  list.updatedAt = ctx.now;
  ctx.account.schedule(list.importingUntil, { kind: 'list-imported', listId: list.id });
}

/** Makes a list (also the automatic lists of campaigns given numbers directly). */
export function insertList(ctx: Ctx, name: string, clientId: string | null, entries: readonly NumberEntry[]): ListRecord {
  const list: ListRecord = {
    id: ctx.world.nextId('list'),
    clientId,
    name,
    contactIds: [],
    importingUntil: null,
    nonexistent: null,
    used: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.account.lists.set(list.id, list);
  addContacts(ctx, list, entries);
  return list;
}

export function createList(ctx: Ctx, input: z.infer<typeof createListInput>): Result<ListRecord> {
  const bag = new ErrorBag();
  checkEntries(bag, 'numbers', input.numbers);
  if (!bag.empty) return bag.failure();
  return ok(insertList(ctx, input.name, input.client_id ?? null, input.numbers));
}

export function appendList(ctx: Ctx, id: number, input: z.infer<typeof appendListInput>): Result<ListRecord> {
  const list = ctx.account.lists.get(id);
  if (!list) return notFound;
  const bag = new ErrorBag();
  checkEntries(bag, 'numbers', input.numbers);
  if (!bag.empty) return bag.failure();
  addContacts(ctx, list, input.numbers);
  return ok(list);
}

export function updateList(ctx: Ctx, id: number, input: z.infer<typeof updateListInput>): Result<ListRecord> {
  const list = ctx.account.lists.get(id);
  if (!list) return notFound;
  if (input.name !== undefined) list.name = input.name;
  if (input.client_id !== undefined) list.clientId = input.client_id;
  list.updatedAt = ctx.now;
  return ok(list);
}

function removeContacts(ctx: Ctx, list: ListRecord, ids: ReadonlySet<number>): void {
  for (const id of ids) ctx.account.contacts.delete(id);
  list.contactIds = list.contactIds.filter((id) => !ids.has(id));
  list.updatedAt = ctx.now;
}

export function deleteList(ctx: Ctx, id: number): Result<null> {
  const list = ctx.account.lists.get(id);
  if (!list) return notFound;
  if (listInActiveUse(ctx.account, id)) {
    return invalid('id', IN_USE_MESSAGE);
  }
  removeContacts(ctx, list, new Set(list.contactIds));
  ctx.account.lists.delete(id);
  return ok(null);
}

export function deleteNonexistent(ctx: Ctx, id: number): Result<null> {
  const list = ctx.account.lists.get(id);
  if (!list) return notFound;
  removeContacts(ctx, list, new Set(list.nonexistent ?? []));
  list.nonexistent = null;
  return ok(null);
}

export function ignoreNonexistent(ctx: Ctx, id: number): Result<ListRecord> {
  const list = ctx.account.lists.get(id);
  if (!list) return notFound;
  list.nonexistent = null;
  list.updatedAt = ctx.now;
  return ok(list);
}

export function deleteContact(ctx: Ctx, id: number): Result<null> {
  const contact = ctx.account.contacts.get(id);
  const list = contact ? ctx.account.lists.get(contact.listId) : undefined;
  if (!contact || !list) return notFound;
  if (listInActiveUse(ctx.account, list.id)) {
    return invalid('id', IN_USE_MESSAGE);
  }
  removeContacts(ctx, list, new Set([id]));
  if (list.nonexistent) list.nonexistent = list.nonexistent.filter((c) => c !== id);
  return ok(null);
}

/** Life: the import finished. */
export function finishImport(ctx: Ctx, listId: number): void {
  const list = ctx.account.lists.get(listId);
  if (!list || list.importingUntil === null || list.importingUntil > ctx.now) return;
  list.importingUntil = null;
  notify(ctx, 'ImportComplete', { id: list.id, name: list.name, contacts_count: list.contactIds.length });
}
