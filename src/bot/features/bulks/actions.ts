/**
 * Callback actions of `/bulks` (besides the cross-feature link `bk` in `links.ts`). Every one carries the account
 * id first, then numbers only (ids, pages from 0, the status filter's place); a card carries where its list was so
 * Back returns there.
 */
import { callbackPattern } from '../../callback-data.js';

export const A = {
  /** `bkl:<account>:<filter>:<page>` a page of the list; `bklr` the same, read afresh. */
  list: 'bkl',
  refreshList: 'bklr',
  /** `bkv:<account>:<bulk>:<filter>:<page>` the card (Refresh taps it again). */
  card: 'bkv',
  /** `bkm:<account>:<bulk>:<page>` a page of messages; `bkq:<account>:<bulk>:<message>:<page>` one message. */
  messages: 'bkm',
  message: 'bkq',
  /** `bkx:<account>:<bulk>` every message as CSV. */
  export: 'bkx',
  /** `bkdel:<account>:<bulk>` asks; `bkdy:<account>:<bulk>` deletes. */
  deleteAsk: 'bkdel',
  deleteYes: 'bkdy',
} as const;

export const P = {
  list: callbackPattern(A.list, 3),
  refreshList: callbackPattern(A.refreshList, 3),
  card: callbackPattern(A.card, 4),
  messages: callbackPattern(A.messages, 3),
  message: callbackPattern(A.message, 4),
  export: callbackPattern(A.export, 2),
} as const;

/** Every view of this menu carries at least one of these, so a tap can tell its own messages from others'. */
export const OWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(A));
