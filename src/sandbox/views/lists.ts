/** Contact lists and contacts as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { Account } from '../state/account.js';
import type { ContactRecord, ListRecord } from '../state/records.js';
import { paginate } from './pagination.js';
import { apiUrl, type RenderContext } from './render-context.js';

export function contactView(contact: ContactRecord) {
  return {
    id: contact.id,
    list_id: contact.listId,
    number: contact.number,
    extra: contact.extra,
    variables: contact.variables,
    created_at: localDateTime(contact.createdAt),
    updated_at: localDateTime(contact.updatedAt),
  };
}

export function listView(list: ListRecord, now: number) {
  return {
    id: list.id,
    client_id: list.clientId,
    name: list.name,
    importing: list.importingUntil !== null && list.importingUntil > now,
    nonexistent: list.nonexistent && list.nonexistent.length > 0 ? list.nonexistent : null,
    created_at: localDateTime(list.createdAt),
    updated_at: localDateTime(list.updatedAt),
    contacts_count: list.contactIds.length,
    used: list.used,
  };
}

export function listDetailView(account: Account, list: ListRecord, page: number, rc: RenderContext) {
  const contacts = list.contactIds.flatMap((id) => account.contacts.get(id) ?? []);
  return { ...listView(list, rc.now), contacts: paginate(contacts, page, `${apiUrl(rc)}/lists/${list.id}`, contactView) };
}
