/** Group chats bound to an account: a support group sending flash calls, an ops group receiving alerts. */
import { z } from 'zod';
import type { WriteOp } from './backend/backend.js';
import { checked, encode } from './codec.js';
import type { RepoContext } from './context.js';
import { readRecord, readRecords } from './records.js';

export const GroupBinding = z.object({
  chatId: z.number().int(),
  accountId: z.string().min(1),
  boundBy: z.number().int(),
  boundAt: z.number(),
});
export type GroupBinding = z.infer<typeof GroupBinding>;

export interface GroupRepo {
  /** Binds the chat to the account, replacing any earlier binding of that chat. */
  bind(chatId: number, accountId: string, by: number): Promise<GroupBinding>;
  get(chatId: number): Promise<GroupBinding | null>;
  /** False when the chat was not bound. */
  unbind(chatId: number): Promise<boolean>;
  listByAccount(accountId: string): Promise<GroupBinding[]>;
}

export function groupRepo({ backend, keys, clock }: RepoContext): GroupRepo {
  const get = (chatId: number) => readRecord(backend, GroupBinding, keys.group(chatId));

  return {
    get,
    async bind(chatId, accountId, by) {
      const binding = checked(GroupBinding, { chatId, accountId, boundBy: by, boundAt: clock() }, 'group binding');
      const previous = await get(chatId);
      const ops: WriteOp[] = [
        { op: 'set', key: keys.group(chatId), value: encode(binding) },
        { op: 'sadd', key: keys.accountGroups(accountId), member: String(chatId) },
      ];
      if (previous && previous.accountId !== accountId) {
        ops.push({ op: 'srem', key: keys.accountGroups(previous.accountId), member: String(chatId) });
      }
      await backend.write(ops);
      return binding;
    },
    async unbind(chatId) {
      const binding = await get(chatId);
      if (!binding) return false;
      await backend.write([
        { op: 'del', key: keys.group(chatId) },
        { op: 'srem', key: keys.accountGroups(binding.accountId), member: String(chatId) },
      ]);
      return true;
    },
    async listByAccount(accountId) {
      const chatIds = await backend.smembers(keys.accountGroups(accountId));
      const bindings = await readRecords(backend, GroupBinding, chatIds.map((id) => keys.group(Number(id))));
      // A chat rebound elsewhere between the two reads is not this account's any more.
      return bindings.filter((binding) => binding.accountId === accountId).sort((a, b) => a.boundAt - b.boundAt);
    },
  };
}

/** Unbinds every chat of an account (`bind` moves a chat between accounts' sets atomically, so the set is exact). */
export async function groupPurgeOps({ backend, keys }: RepoContext, accountId: string): Promise<WriteOp[]> {
  const chatIds = await backend.smembers(keys.accountGroups(accountId));
  return [
    { op: 'del', key: keys.accountGroups(accountId) },
    ...chatIds.map((chatId): WriteOp => ({ op: 'del', key: keys.group(Number(chatId)) })),
  ];
}
