/**
 * Callback actions of `/campaigns` (besides the cross-feature links `ac`, `acr`, `acx` in `links.ts`). Every one
 * carries the account id first, then numbers only (ids, pages from 0, the status filter's place); a card carries
 * where its list was so Back returns there.
 */
import { callbackPattern } from '../../callback-data.js';

export const A = {
  /** `acl:<account>:<filter>:<page>` a page of the list; `aclr` the same, read afresh. */
  list: 'acl',
  refreshList: 'aclr',
  /** `acv:<account>:<autocall>:<filter>:<page>` the card (Refresh taps it again). */
  card: 'acv',
  /** `acc:<account>:<autocall>:<page>` a page of calls; `acq:<account>:<autocall>:<call>:<page>` one call. */
  calls: 'acc',
  call: 'acq',
  /** `acrec:<account>:<call>` the recording. */
  recording: 'acrec',
  /** `acdel:<account>:<autocall>` asks; `acdy:<account>:<autocall>` deletes. */
  deleteAsk: 'acdel',
  deleteYes: 'acdy',
} as const;

export const P = {
  list: callbackPattern(A.list, 3),
  refreshList: callbackPattern(A.refreshList, 3),
  card: callbackPattern(A.card, 4),
  calls: callbackPattern(A.calls, 3),
  call: callbackPattern(A.call, 4),
  recording: callbackPattern(A.recording, 2),
} as const;

/** Every view of this menu carries at least one of these, so a tap can tell its own messages from others'. */
export const OWN_ACTIONS: ReadonlySet<string> = new Set(Object.values(A));
