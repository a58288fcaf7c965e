/**
 * Per-person settings. One hash field per setting, so a language change and an account switch arriving at the same
 * moment (two devices, two updates) both land.
 */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, validate } from './codec.js';
import type { RepoContext } from './context.js';
import { Lang } from './roles.js';

export const UserSettings = z.object({
  lang: Lang.optional(),
  /** The account the person acts on now; may point at an account deleted since (check before use). */
  activeAccountId: z.string().min(1).optional(),
});
export type UserSettings = z.infer<typeof UserSettings>;

/** A field set to null is cleared; an absent field is left as it is. */
export const UserSettingsPatch = z.object({
  lang: Lang.nullable().optional(),
  activeAccountId: z.string().min(1).nullable().optional(),
});
export type UserSettingsPatch = z.infer<typeof UserSettingsPatch>;

export interface UserRepo {
  /** Settings of a person; an empty object for someone never seen. */
  get(userId: number): Promise<UserSettings>;
  update(userId: number, patch: UserSettingsPatch): Promise<UserSettings>;
}

export function userRepo({ backend, keys }: RepoContext): UserRepo {
  async function get(userId: number): Promise<UserSettings> {
    const key = keys.user(userId);
    return validate(UserSettings, await backend.hgetall(key), key);
  }

  return {
    get,
    async update(userId, patch) {
      const key = keys.user(userId);
      const ops = Object.entries(checked(UserSettingsPatch, patch, 'settings patch')).flatMap(
        ([field, value]): WriteOp[] => {
          if (value === undefined) return [];
          return [value === null ? { op: 'hdel', key, field } : { op: 'hset', key, field, value }];
        },
      );
      await backend.write(ops);
      return get(userId);
    },
  };
}

/** Clears `activeAccountId` of the given people where it points at a deleted account. */
export async function activeAccountPurgeOps(
  { backend, keys }: RepoContext,
  accountId: string,
  userIds: readonly number[],
): Promise<WriteOp[]> {
  const actives = await Promise.all(userIds.map((userId) => backend.hget(keys.user(userId), 'activeAccountId')));
  return userIds
    .filter((_, index) => actives[index] === accountId)
    .map((userId): WriteOp => ({ op: 'hdel', key: keys.user(userId), field: 'activeAccountId' }));
}
