import { describe, expect, it } from 'vitest';
import {
  autocallSchema,
  bulkSchema,
  callSchema,
  contactListPageSchema,
  contactListSchema,
  contactSchema,
  dashboardSchema,
  messageSchema,
  notificationListSchema,
  paymentsSchema,
  scenarioDetailSchema,
  settingsSchema,
  tariffsSchema,
  type Notification,
} from '../../src/api/index.js';
import { autocall, bulk, call, contact, contactList, laravelPage, message, notification, payments, scenario, settings } from './support/fixtures.js';

describe('responses are read tolerantly, as a long-lived client must', () => {
  it('keeps fields this client does not know, at every level', () => {
    const parsed = autocallSchema.parse({
      ...autocall,
      priority: 'high',
      counters: { ...autocall.counters, voicemail: 3 },
      calls: { ...autocall.calls, data: [{ ...call, cost: '1.20' }] },
    });
    expect(parsed['priority']).toBe('high');
    expect(parsed.counters?.['voicemail']).toBe(3);
    expect(parsed.calls?.data[0]?.['cost']).toBe('1.20');
  });

  it.each([
    ['scenario max_cost', () => scenarioDetailSchema.parse(scenario).max_cost, 12.5],
    ['autocall max_cost', () => autocallSchema.parse(autocall).max_cost, 245.6],
    ['autocall final_cost as a number', () => autocallSchema.parse(autocall).final_cost, 120.4],
    ['autocall final_cost null', () => autocallSchema.parse({ ...autocall, final_cost: null }).final_cost, null],
    ['bulk final_cost', () => bulkSchema.parse(bulk).final_cost, 18],
    ['settings price', () => settingsSchema.parse(settings).price, 3.5],
    ['settings statistics.calls', () => settingsSchema.parse(settings).statistics?.calls, 5420],
    ['payments reserved', () => paymentsSchema.parse(payments).reserved, 408.83],
    ['transaction total', () => paymentsSchema.parse(payments).transactions.data[0]?.total, 1000],
    ['negative total', () => paymentsSchema.parse({ ...payments, outgoing: '-12.5' }).outgoing, -12.5],
    [
      'notification amount',
      () =>
        notificationListSchema.parse({
          data: [{ ...notification, type: 'RefreshBalance', data: { action: 'deposit', amount: '1000.00' } }],
          unread: 1,
        }).data[0]?.data?.amount,
      1000,
    ],
  ])('reads money sent as a string or a number as a number: %s', (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it('refuses money that is not a number', () => {
    expect(scenarioDetailSchema.safeParse({ ...scenario, max_cost: '12,50 ₸' }).success).toBe(false);
  });

  it('keeps timestamps exactly as the server sent them', () => {
    expect(contactListSchema.parse(contactList).created_at).toBe('2024-03-31 05:55:19');
    expect(callSchema.parse(call).date_tries).toEqual(['2024-11-01 10:05:00']);
  });

  it('accepts the fields the contract’s own examples omit as absent', () => {
    const { variables: _variables, ...withoutVariables } = contact;
    expect(contactSchema.parse(withoutVariables).variables).toBeUndefined();
    const { importing: _i, nonexistent: _n, used: _u, ...created } = contactList;
    expect(contactListSchema.parse(created)).toMatchObject({ id: 73, contacts_count: 250 });
  });

  it.each([
    ['a notification type', () => notificationListSchema.parse({ data: [{ ...notification, type: 'SubscriptionRenewed' }], unread: 1 }).data[0]?.type, 'SubscriptionRenewed'],
    ['an autocall status', () => autocallSchema.parse({ ...autocall, status: 'paused' }).status, 'paused'],
    ['a call status', () => callSchema.parse({ ...call, status: 'voicemail' }).status, 'voicemail'],
    ['an SMS status', () => messageSchema.parse({ ...message, status: 'scheduled' }).status, 'scheduled'],
    ['a tariff', () => tariffsSchema.parse({ tariffs: [{ name: 'PLATINUM', call_price: 2 }] }).tariffs?.[0]?.name, 'PLATINUM'],
  ])('accepts a value a newer server may add: %s', (_, read, expected) => {
    expect(read()).toBe(expected);
  });

  it('keeps known enum values typed', () => {
    const type: Notification['type'] = 'LowBalance';
    expect(notificationListSchema.parse({ data: [{ ...notification, type }], unread: 0 }).data[0]?.type).toBe(type);
  });

  it('reads PHP’s [] for an empty object as {}', () => {
    expect(dashboardSchema.parse({ 'running&awaiting': 0, in_queue: 0, reserved: 0, balance: '0.00', currency: '₸', week_activity: [], full_activity: {} }).week_activity).toEqual({});
    expect(contactSchema.parse({ ...contact, variables: [] }).variables).toEqual({});
    expect(notificationListSchema.parse({ data: [{ ...notification, data: [] }], unread: 1 }).data[0]?.data).toEqual({});
    expect(callSchema.parse(call).data).toEqual({});
  });

  it('reads an empty Laravel page (from/to null) and a page size sent as a string', () => {
    const page = contactListPageSchema.parse({ ...laravelPage([]), per_page: '20' });
    expect(page).toMatchObject({ from: null, to: null, per_page: 20, data: [] });
  });

  it('reads a scenario structure sent as a JSON string as an object', () => {
    const structure = { start: { type: 'play', sound: 5 } };
    expect(scenarioDetailSchema.parse({ ...scenario, data: JSON.stringify(structure) }).data).toEqual(structure);
  });
});
