/**
 * Who a campaign reaches: the contacts of the lists named by id plus numbers given directly (`list_id` items of
 * either kind), each number once.
 */
import { z } from 'zod';
import type { Account } from '../state/account.js';
import type { Ctx } from '../state/context.js';
import type { ListRecord, Variables } from '../state/records.js';
import { insertList, type NumberEntry } from './lists.js';
import type { ErrorBag } from './result.js';
import { checkVariables } from './rules.js';

export const listItem = z.union([
  z.number().int(),
  z.object({
    number: z.string(),
    extra: z.string().optional(),
    variables: z.record(z.string(), z.string()).optional(),
  }),
]);
export type ListItem = z.infer<typeof listItem>;

export interface Recipient {
  number: string;
  extra: string | null;
  variables: Variables | null;
  /** The list contact behind it; null for numbers given directly and not yet stored. */
  contactId: number | null;
}

export interface Audience {
  listIds: number[];
  inline: NumberEntry[];
}

/** Splits `list_id` into existing lists (each must be the account's) and numbers given directly. */
export function splitListItems(account: Account, bag: ErrorBag, items: readonly ListItem[]): Audience {
  const audience: Audience = { listIds: [], inline: [] };
  items.forEach((item, index) => {
    if (typeof item === 'number') {
      if (!account.lists.has(item)) bag.add(`list_id.${index}`, `Выбранное значение для list_id.${index} некорректно.`);
      else if (!audience.listIds.includes(item)) audience.listIds.push(item);
      return;
    }
    checkVariables(bag, `list_id.${index}.variables`, item.variables);
    audience.inline.push(item);
  });
  return audience;
}

/** The distinct numbers of the lists and the direct entries, in order. */
export function gatherRecipients(account: Account, audience: Audience): Recipient[] {
  const seen = new Set<string>();
  const out: Recipient[] = [];
  const add = (recipient: Recipient): void => {
    if (seen.has(recipient.number)) return;
    seen.add(recipient.number);
    out.push(recipient);
  };
  for (const listId of audience.listIds) {
    for (const contactId of account.lists.get(listId)?.contactIds ?? []) {
      const contact = account.contacts.get(contactId);
      if (contact) add({ number: contact.number, extra: contact.extra, variables: contact.variables, contactId });
    }
  }
  for (const entry of audience.inline) {
    add({ number: entry.number, extra: entry.extra ?? null, variables: entry.variables ?? null, contactId: null });
  }
  return out;
}

/**
 * Commits a campaign's audience: numbers given directly become an automatic list named after the campaign (as
 * the contract says), every list counts one more use, and the recipients come from the stored contacts.
 */
export function storeAudience(ctx: Ctx, campaignName: string, audience: Audience): { listIds: number[]; recipients: Recipient[] } {
  const lists: ListRecord[] = audience.listIds.flatMap((id) => ctx.account.lists.get(id) ?? []);
  if (audience.inline.length > 0) lists.push(insertList(ctx, campaignName, null, audience.inline));
  for (const list of lists) list.used++;
  const listIds = lists.map((l) => l.id);
  return { listIds, recipients: gatherRecipients(ctx.account, { listIds, inline: [] }) };
}

export const NO_RECIPIENTS = 'В выбранных списках нет ни одного номера.';
