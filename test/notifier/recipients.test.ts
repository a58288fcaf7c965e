import { describe, expect, it } from 'vitest';
import { recipientsOf } from '../../src/notifier/recipients.js';
import type { Member, Role, Subscription } from '../../src/store/index.js';

const ACCOUNT = 'Qw3rTy9_aB1';
const OWNER = 501_234_567;
const MANAGER = 502_345_678;
const SUPPORT = 503_456_789;
const VIEWER = 504_567_890;
const OPS_GROUP = -1_001_234_567_890;

const member = (userId: number, role: Role): Member => ({ accountId: ACCOUNT, userId, role, name: String(userId), since: 0 });
const team = [member(OWNER, 'owner'), member(MANAGER, 'manager'), member(SUPPORT, 'support'), member(VIEWER, 'viewer')];
const sub = (chatId: number, types: string[], extra: Partial<Subscription> = {}): Subscription => ({ chatId, accountId: ACCOUNT, types, ...extra });

describe('recipientsOf', () => {
  it.each<[string, string, Member[], Subscription[], { chatId: number; threadId?: number }[]]>([
    ['defaults reach owner and manager only', 'AutocallFinished', team, [], [{ chatId: OWNER }, { chatId: MANAGER }]],
    ['opt-in types reach nobody by default', 'SMSBulkFinished', team, [], []],
    ['a viewer who opted in receives', 'SMSBulkFinished', team, [sub(VIEWER, ['SMSBulkFinished'])], [{ chatId: VIEWER }]],
    ['an owner who switched a default off does not', 'LowBalance', team, [sub(OWNER, ['AutocallFinished'])], [{ chatId: MANAGER }]],
    ['a paused member receives nothing', 'LowBalance', team, [sub(MANAGER, ['LowBalance'], { paused: true })], [{ chatId: OWNER }]],
    ['a removed member’s old choice is ignored', 'LowBalance', team.slice(0, 1), [sub(MANAGER, ['LowBalance'])], [{ chatId: OWNER }]],
    ['a type the bot does not know reaches the defaults through “other”', 'CampaignArchived', team, [], [{ chatId: OWNER }, { chatId: MANAGER }]],
    [
      'groups and topics that chose the type receive, paused ones not',
      'LowBalance',
      [],
      [sub(OPS_GROUP, ['LowBalance']), sub(OPS_GROUP, ['LowBalance'], { threadId: 12 }), sub(OPS_GROUP, ['LowBalance'], { threadId: 13, paused: true }), sub(-100_777, ['AutocallFinished'])],
      [{ chatId: OPS_GROUP }, { chatId: OPS_GROUP, threadId: 12 }],
    ],
  ])('%s', (_, type, members, subscriptions, expected) => {
    expect(recipientsOf(type, members, subscriptions)).toEqual(expected);
  });
});
