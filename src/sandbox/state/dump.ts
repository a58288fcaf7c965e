/**
 * A JSON picture of one account for tests (`GET /_sandbox/state`): every record as stored (times as ISO strings,
 * uploaded audio as its size), the verification codes the sandbox "called" with, and what is scheduled.
 */
import type { Account } from './account.js';

function plain(value: unknown): unknown {
  if (value instanceof Map) return [...value.values()].map(plain);
  if (Buffer.isBuffer(value)) return { bytes: value.length };
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainField(k, v)]));
  }
  return value;
}

/** Fields holding instants (`createdAt`, `rentedUntil`, …) become ISO strings. */
function plainField(key: string, value: unknown): unknown {
  if (typeof value === 'number' && /(At|Until|Time)$|^at$/.test(key)) return new Date(value).toISOString();
  if (key === 'dateTries' && Array.isArray(value)) {
    return value.map((v: unknown) => (typeof v === 'number' ? new Date(v).toISOString() : v));
  }
  return plain(value);
}

export function dumpAccount(account: Account, now: number): Record<string, unknown> {
  return {
    now: new Date(now).toISOString(),
    key: account.key,
    tariff: account.tariff,
    balance: account.balance,
    reserved: account.reserved,
    lowBalanceThreshold: account.lowBalanceThreshold,
    settings: plain(account.settings),
    lists: plain(account.lists),
    contacts: plain(account.contacts),
    sounds: plain(account.sounds),
    scenarios: plain(account.scenarios),
    autocalls: plain(account.autocalls),
    acceptedAutocalls: plain(account.acceptedAutocalls),
    calls: plain(account.calls),
    bulks: plain(account.bulks),
    messages: plain(account.messages),
    confirmedNumbers: plain(account.confirmedNumbers),
    transactions: plain(account.transactions),
    notifications: plain(account.notifications),
    rentals: plain(account.rentals),
    flashCalls: plain(account.flashCalls),
    scheduled: plain(account.pendingEvents()),
  };
}
