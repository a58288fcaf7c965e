/**
 * Team membership: who belongs to which account with which role. Stored twice — per account (the team list) and
 * per user (the account switcher) — and always written together.
 */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, decode, encode, validate } from './codec.js';
import type { RepoContext } from './context.js';
import { Role } from './roles.js';

const MemberRecord = z.object({
  role: Role,
  /** Display name when the member joined or was last updated (Telegram names change; this is a label). */
  name: z.string().max(256),
  since: z.number(),
});

export const Member = MemberRecord.extend({ accountId: z.string(), userId: z.number().int() });
export type Member = z.infer<typeof Member>;

export interface Membership {
  accountId: string;
  role: Role;
}

export interface MemberRepo {
  /** Adds a member or changes their role and name; `since` stays the date they first joined. */
  set(accountId: string, userId: number, role: Role, meta: { name: string }): Promise<Member>;
  get(accountId: string, userId: number): Promise<Member | null>;
  /** Returns false when the user was not a member. */
  remove(accountId: string, userId: number): Promise<boolean>;
  /** Members in the order they joined. */
  listByAccount(accountId: string): Promise<Member[]>;
  listByUser(userId: number): Promise<Membership[]>;
}

export function memberRepo({ backend, keys, clock }: RepoContext): MemberRepo {
  function toMember(accountId: string, field: string, text: string): Member {
    const key = keys.members(accountId);
    return validate(Member, { ...decode(MemberRecord, text, key), accountId, userId: Number(field) }, key);
  }

  async function get(accountId: string, userId: number): Promise<Member | null> {
    const text = await backend.hget(keys.members(accountId), String(userId));
    return text === null ? null : toMember(accountId, String(userId), text);
  }

  return {
    get,
    async set(accountId, userId, role, meta) {
      const since = (await get(accountId, userId))?.since ?? clock();
      const record = checked(MemberRecord, { role, name: meta.name, since }, 'member');
      await backend.write([
        { op: 'hset', key: keys.members(accountId), field: String(userId), value: encode(record) },
        { op: 'hset', key: keys.userAccounts(userId), field: accountId, value: role },
      ]);
      return { ...record, accountId, userId };
    },
    async remove(accountId, userId) {
      if (!(await get(accountId, userId))) return false;
      await backend.write([
        { op: 'hdel', key: keys.members(accountId), field: String(userId) },
        { op: 'hdel', key: keys.userAccounts(userId), field: accountId },
      ]);
      return true;
    },
    async listByAccount(accountId) {
      const fields = await backend.hgetall(keys.members(accountId));
      return Object.entries(fields)
        .map(([userId, text]) => toMember(accountId, userId, text))
        .sort((a, b) => a.since - b.since || a.userId - b.userId);
    },
    async listByUser(userId) {
      const key = keys.userAccounts(userId);
      const fields = await backend.hgetall(key);
      return Object.entries(fields).map(([accountId, role]) => ({ accountId, role: validate(Role, role, key) }));
    },
  };
}

/** Deletes an account's team: the team hash and each member's reverse entry. */
export function memberPurgeOps({ keys }: RepoContext, accountId: string, userIds: readonly number[]): WriteOp[] {
  return [
    { op: 'del', key: keys.members(accountId) },
    ...userIds.map((userId): WriteOp => ({ op: 'hdel', key: keys.userAccounts(userId), field: accountId })),
  ];
}
