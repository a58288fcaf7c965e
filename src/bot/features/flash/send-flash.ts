/**
 * One flash call, from the request to the message in the chat: the bot's own count of the contract's 3-in-5-minutes
 * limit first (a wait time instead of a refusal), then `POST /flash-calls`, the audit entry (placed or not), and the
 * answer threaded to the request. Used by `/flash`, its buttons and the conversation that asks what was missing.
 */
import { isAutocallError } from '../../../api/index.js';
import { attemptWait, type CodeChoice, codeLength, FLASH_ATTEMPTS, spokenCode } from '../../../domain/flash/index.js';
import type { AuditEntry } from '../../../store/index.js';
import { replyThreadOptions } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { countAttempt, readAttempts } from './attempts.js';
import { type FlashView, flashFailureView, flashSentView, flashWaitView } from './flash-result.js';
import { keyRefusedView } from './key-refused.js';

/** Automatic codes have this many digits unless the owner chose otherwise. */
export const DEFAULT_FLASH_DIGITS = 4;

/** The audit action of a flash call; `/flash history` lists these. */
export const FLASH_AUDIT_ACTION = 'flash.send';

export interface FlashRequest {
  accountId: string;
  /** Normalised and accepted by the flash-call pattern. */
  e164: string;
  choice: CodeChoice;
}

export async function sendFlash(ctx: BotContext, request: FlashRequest): Promise<void> {
  const { store, apis } = ctx.deps;
  const account = await store.accounts.get(request.accountId);
  const member = await store.members.get(request.accountId, ctx.viewer.userId);
  if (!account || !member) return reply(ctx, { text: ctx.t('stale-button') });
  const check = attemptWait(await readAttempts(store, account.id, request.e164, ctx.deps.now()), ctx.deps.now());
  if (!check.allowed) return reply(ctx, flashWaitView(ctx, request.e164, check.waitMs));

  const digits = codeLength(request.choice, account.settings?.flashDigits ?? DEFAULT_FLASH_DIGITS);
  const body = request.choice.kind === 'own' ? { number: request.e164, code: request.choice.code } : { number: request.e164, digits };
  try {
    const call = await (await apis.forAccount(account)).flashCalls.send(body);
    const count = await countAttempt(store, account.id, request.e164, ctx.deps.now());
    const code = spokenCode(call.code, digits);
    await audit(ctx, account.id, request.e164, { result: 'ok', detail: code });
    await reply(ctx, flashSentView(ctx, { ...request, role: member.role, code, left: Math.max(0, FLASH_ATTEMPTS.limit - count) }));
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    await audit(ctx, account.id, request.e164, { result: 'error', detail: error.kind });
    if (error.kind === 'unauthenticated') return reply(ctx, await keyRefusedView(ctx, account));
    const view = flashFailureView(ctx, error, { ...request, role: member.role });
    if (!view) throw error;
    await reply(ctx, view);
  }
}

async function audit(ctx: BotContext, accountId: string, e164: string, outcome: Pick<AuditEntry, 'result' | 'detail'>): Promise<void> {
  await ctx.deps.store.audit.append(accountId, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action: FLASH_AUDIT_ACTION,
    target: e164,
    ...outcome,
  });
}

/** A new message (a result is never an edit of the tapped one), threaded to the request in groups. */
async function reply(ctx: BotContext, view: FlashView): Promise<void> {
  await ctx.reply(view.text, { parse_mode: 'HTML', ...replyThreadOptions(ctx), ...(view.keyboard ? { reply_markup: view.keyboard } : {}) });
}
