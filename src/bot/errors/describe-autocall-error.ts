/**
 * Every AutoCall error kind as a human message with the next action: relink, top up, wait, fix the field, try
 * again. No stack trace, status code or raw JSON reaches a person.
 */
import { InlineKeyboard } from 'grammy';
import type { AutocallError } from '../../api/index.js';
import { formatMoney } from '../../domain/format/index.js';
import type { BotContext } from '../context.js';
import { links } from '../links.js';

export interface ErrorReply {
  text: string;
  keyboard?: InlineKeyboard;
}

/** Field messages of a 422, at most a few lines, each field named. */
function fieldLines(fields: Record<string, string[]>): string {
  return Object.entries(fields)
    .slice(0, 8)
    .map(([field, messages]) => `• <code>${escapeField(field)}</code>: ${messages.map(escapeField).join('; ')}`)
    .join('\n');
}

const escapeField = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function describeAutocallError(ctx: BotContext, error: AutocallError): Promise<ErrorReply> {
  const accountId = ctx.viewer.account?.id;
  switch (error.kind) {
    case 'unauthenticated':
      return { text: ctx.t('err-unauthenticated', { account: ctx.viewer.account?.name ?? '' }) };
    case 'insufficient_funds': {
      const balance = await currentBalance(ctx);
      const text = balance === null ? ctx.t('err-insufficient-funds') : ctx.t('err-insufficient-funds-balance', { balance: formatMoney(balance, ctx.viewer.lang) });
      const keyboard = accountId ? new InlineKeyboard().text(ctx.t('btn-topup'), links.topUp(accountId)) : undefined;
      return keyboard ? { text, keyboard } : { text };
    }
    case 'forbidden':
      return { text: ctx.t('err-forbidden', { reason: error.serverMessage ?? '' }) };
    case 'not_found':
      return { text: ctx.t('err-not-found') };
    case 'conflict':
      return { text: ctx.t('err-conflict', { reason: error.serverMessage ?? '' }) };
    case 'validation':
      return { text: ctx.t('err-validation', { fieldsHtml: fieldLines(error.fields) }) };
    case 'rate_limited':
    case 'queue_full':
      return { text: ctx.t('err-rate-limited') };
    case 'server':
    case 'network':
    case 'timeout':
    case 'invalid_response':
      return { text: ctx.t('err-unavailable') };
    case 'aborted':
      return { text: ctx.t('err-aborted') };
  }
}

async function currentBalance(ctx: BotContext): Promise<number | null> {
  const account = ctx.viewer.account;
  if (!account) return null;
  try {
    const api = await ctx.deps.apis.forAccount(account);
    return (await api.payments.balance()).balance;
  } catch {
    return null;
  }
}
