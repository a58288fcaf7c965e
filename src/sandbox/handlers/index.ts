/**
 * Every operation of the contract and the handler that serves it. The sandbox refuses to start if the contract
 * has an operation that is not here (see `unservedOperations`), so a new operation in the spec cannot go unserved.
 */
import { contract } from '../contract/spec.js';
import { autocallHandlers } from './autocalls.js';
import { bulkHandlers } from './bulks.js';
import { callerIdHandlers } from './caller-ids.js';
import { flashCallHandlers } from './flash-calls.js';
import { listHandlers } from './lists.js';
import { moneyHandlers } from './money.js';
import { notificationHandlers } from './notifications.js';
import { publicHandlers } from './public.js';
import { scenarioHandlers } from './scenarios.js';
import { settingsHandlers } from './settings.js';
import { soundHandlers } from './sounds.js';
import type { AccountHandler, PublicHandler } from './types.js';

export const accountHandlers: ReadonlyMap<string, AccountHandler> = new Map(
  Object.entries({
    ...listHandlers,
    ...soundHandlers,
    ...scenarioHandlers,
    ...autocallHandlers,
    ...bulkHandlers,
    ...settingsHandlers,
    ...moneyHandlers,
    ...notificationHandlers,
    ...callerIdHandlers,
    ...flashCallHandlers,
  }),
);

export const publicOperationHandlers: ReadonlyMap<string, PublicHandler> = new Map(Object.entries(publicHandlers));

/** Operation ids of the contract that no handler serves (empty when the sandbox covers the contract). */
export function unservedOperations(): string[] {
  return contract.operations
    .filter((op) => !(op.secured ? accountHandlers : publicOperationHandlers).has(op.id))
    .map((op) => op.id);
}
