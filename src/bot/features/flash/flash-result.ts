/** Messages after a flash call: the code to read out, or why it was not sent and what to do next. */
import { InlineKeyboard } from 'grammy';
import type { AutocallError } from '../../../api/index.js';
import { type CodeChoice, FLASH_ATTEMPTS } from '../../../domain/flash/index.js';
import { formatDuration } from '../../../domain/format/index.js';
import { formatPhone } from '../../../domain/phone/index.js';
import type { Role } from '../../../store/index.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { flashButtons } from './flash-buttons.js';

/** A message of its own (results are never edits), so always a plain inline keyboard. */
export interface FlashView {
  text: string;
  keyboard?: InlineKeyboard;
}

export interface SentFlash {
  accountId: string;
  e164: string;
  choice: CodeChoice;
  /** The sender's role in the account. */
  role: Role;
  /** The code the customer sees as the last digits of the calling number. */
  code: string;
  /** Sends this number has left in the current window. */
  left: number;
}

export function flashSentView(ctx: BotContext, sent: SentFlash): FlashView {
  const again = sent.choice.kind === 'own' ? flashButtons.own(sent.accountId, sent.e164, sent.choice.code) : flashButtons.auto(sent.accountId, sent.e164, sent.code.length);
  return {
    text: ctx.t('flash-sent', {
      number: formatPhone(sent.e164),
      code: sent.code,
      digits: sent.code.length,
      name: ctx.viewer.name,
      role: ctx.t(`role-${sent.role}`),
      left: sent.left,
      limit: FLASH_ATTEMPTS.limit,
    }),
    keyboard: new InlineKeyboard().text(ctx.t('flash-btn-again'), again).text(ctx.t('flash-btn-own'), flashButtons.askOwn(sent.accountId, sent.e164)),
  };
}

/** The bot's own count says the number has had its three calls: how long until the next one is allowed. */
export function flashWaitView(ctx: BotContext, e164: string, waitMs: number): FlashView {
  return { text: ctx.t('flash-wait', { number: formatPhone(e164), limit: FLASH_ATTEMPTS.limit, wait: formatDuration(Math.ceil(waitMs / 1000), ctx.viewer.lang) }) };
}

/**
 * What a refusal of AutoCall means for the person who tried, or null for errors the error boundary words well
 * enough (a server outage, a number AutoCall refused).
 */
export function flashFailureView(ctx: BotContext, error: AutocallError, failed: { accountId: string; e164: string; choice: CodeChoice; role: Role }): FlashView | null {
  const number = formatPhone(failed.e164);
  switch (error.kind) {
    case 'insufficient_funds':
      // Support staff cannot top up: they are told whom to ask instead of being shown a button that refuses them.
      if (!roleAllows(failed.role, 'money.topup')) return { text: ctx.t('flash-no-money-ask-manager') };
      return { text: ctx.t('flash-no-money'), keyboard: new InlineKeyboard().text(ctx.t('btn-topup'), links.topUp(failed.accountId)) };
    case 'validation':
      if (failed.choice.kind !== 'own') return null;
      return {
        text: ctx.t('flash-own-code-unavailable', { code: failed.choice.code, number }),
        keyboard: new InlineKeyboard().text(ctx.t('flash-btn-auto'), flashButtons.auto(failed.accountId, failed.e164, failed.choice.code.length)),
      };
    case 'rate_limited': {
      const wait = error.retryAfterMs ?? FLASH_ATTEMPTS.windowMs;
      return { text: ctx.t('flash-server-wait', { number, limit: FLASH_ATTEMPTS.limit, wait: formatDuration(Math.ceil(wait / 1000), ctx.viewer.lang) }) };
    }
    default:
      return null;
  }
}
