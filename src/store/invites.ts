/**
 * Team invites: a random token that travels in a `t.me/<bot>?start=<token>` link, expires, and can be used once.
 * Single use rests on GETDEL: of any number of concurrent consumers exactly one receives the record.
 */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, decode, encode } from './codec.js';
import type { RepoContext } from './context.js';
import { newInviteToken } from './ids.js';
import { readRecord, readRecords } from './records.js';
import { Role } from './roles.js';
import { checkedTtl } from './ttl.js';

const DAY_MS = 24 * 60 * 60 * 1000;

export const Invite = z.object({
  /** 22 characters of [A-Za-z0-9_-]: fits a /start payload. */
  token: z.string().regex(/^[\w-]{1,32}$/),
  accountId: z.string().min(1),
  role: Role,
  createdBy: z.number().int(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type Invite = z.infer<typeof Invite>;

export interface ConsumedInvite extends Invite {
  consumedBy: number;
  consumedAt: number;
}

export interface NewInvite {
  accountId: string;
  role: Role;
  createdBy: number;
  /** Lifetime; 24 hours by default. */
  ttlMs?: number;
}

export interface InviteRepo {
  create(input: NewInvite): Promise<Invite>;
  /** The invite if it exists and has not expired. */
  get(token: string): Promise<Invite | null>;
  /** Uses the invite up: exactly one of concurrent calls gets it; unknown, used or expired → null. */
  consume(token: string, userId: number): Promise<ConsumedInvite | null>;
  /** Pending invites of an account, soonest to expire first. */
  listByAccount(accountId: string): Promise<Invite[]>;
  /** Withdraws an invite; false when it was already gone. */
  revoke(token: string): Promise<boolean>;
}

export function inviteRepo({ backend, keys, clock }: RepoContext): InviteRepo {
  const alive = (invite: Invite | null): Invite | null => (invite && invite.expiresAt > clock() ? invite : null);

  return {
    async create({ accountId, role, createdBy, ttlMs = DAY_MS }) {
      checkedTtl(ttlMs, 'invite lifetime');
      const now = clock();
      const invite = checked(
        Invite,
        { token: newInviteToken(), accountId, role, createdBy, createdAt: now, expiresAt: now + ttlMs },
        'invite',
      );
      const index = keys.accountInvites(accountId);
      await backend.write([
        { op: 'set', key: keys.invite(invite.token), value: encode(invite), ttlMs },
        { op: 'zadd', key: index, member: invite.token, score: invite.expiresAt },
        // Expired tokens leave the index whenever a new invite is made, so it never grows past the pending ones.
        { op: 'zremUpTo', key: index, max: now },
      ]);
      return invite;
    },
    async get(token) {
      return alive(await readRecord(backend, Invite, keys.invite(token)));
    },
    async consume(token, userId) {
      const key = keys.invite(token);
      const text = await backend.getDel(key);
      const invite = alive(text === null ? null : decode(Invite, text, key));
      if (!invite) return null;
      await backend.write([{ op: 'zrem', key: keys.accountInvites(invite.accountId), member: token }]);
      return { ...invite, consumedBy: userId, consumedAt: clock() };
    },
    async listByAccount(accountId) {
      const tokens = await backend.zrangeAbove(keys.accountInvites(accountId), clock());
      const invites = await readRecords(backend, Invite, tokens.map(keys.invite));
      return invites.filter((invite) => alive(invite) !== null);
    },
    async revoke(token) {
      const invite = await readRecord(backend, Invite, keys.invite(token));
      if (!invite) return false;
      await backend.write([
        { op: 'del', key: keys.invite(token) },
        { op: 'zrem', key: keys.accountInvites(invite.accountId), member: token },
      ]);
      return true;
    },
  };
}

/** Deletes every invite of an account, pending or expired. */
export async function invitePurgeOps({ backend, keys }: RepoContext, accountId: string): Promise<WriteOp[]> {
  const tokens = await backend.zrangeAbove(keys.accountInvites(accountId), -Infinity);
  return [
    { op: 'del', key: keys.accountInvites(accountId) },
    ...tokens.map((token): WriteOp => ({ op: 'del', key: keys.invite(token) })),
  ];
}
