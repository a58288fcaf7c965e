/**
 * Wizard: link an AutoCall API key (or give a refused account a new one). The key is taken only in private chat,
 * its message is deleted at once (and the person is told), the key is checked with `GET /settings` and stored
 * encrypted. A wrong key is explained and asked for again; nothing typed is lost but the secret itself.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { isAutocallError } from '../api/index.js';
import type { Account } from '../store/index.js';
import { linkAccount, relinkAccount } from '../bot/accounts/link-account.js';
import type { BotContext, WizardContext } from '../bot/context.js';
import { accountCard } from '../bot/features/onboarding/account-card.js';
import { askSingleQuestion, nextAnswer } from './kit/single-question.js';

export const LINK_KEY = 'link-key';

export type LinkKeyMode = { mode: 'link' } | { mode: 'relink'; accountId: string };

type Attempt = { ok: true; account: Account } | { ok: false; reason: 'rejected' | 'unavailable' | 'forbidden' };

/** Plausible API keys: one token of printable ASCII; anything else is a message sent here by mistake. */
const KEY_SHAPE = /^[\x21-\x7e]{16,256}$/;

export async function linkKeyConversation(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, mode: LinkKeyMode): Promise<void> {
  const question = await askSingleQuestion(ctx, ctx.t(mode.mode === 'relink' ? 'link-ask-new-key' : 'link-ask-key'));
  const { prompt, cancel } = question;

  for (;;) {
    const next = await nextAnswer(conversation, question, 'link-finish-first');
    if (!next) return;
    const text = next.message?.text?.trim();
    if (!text) {
      await next.reply(next.t('link-need-text'), { parse_mode: 'HTML', reply_markup: cancel });
      continue;
    }
    if (text.startsWith('/')) {
      await next.reply(next.t('link-command-while-waiting'), { parse_mode: 'HTML', reply_markup: cancel });
      continue;
    }
    // The key must not stay in the chat history, whatever happens next.
    const deleted = await next.deleteMessage().then(() => true, () => false);
    await next.reply(next.t(deleted ? 'link-key-deleted' : 'link-key-not-deleted'), { parse_mode: 'HTML' });
    if (!KEY_SHAPE.test(text)) {
      await next.reply(next.t('link-key-shape'), { parse_mode: 'HTML', reply_markup: cancel });
      continue;
    }
    const attempt = await conversation.external((outside: BotContext) => tryLink(outside, text, mode));
    if (!attempt.ok) {
      await next.reply(next.t(`link-${attempt.reason}`), { parse_mode: 'HTML', reply_markup: cancel });
      if (attempt.reason === 'forbidden') return;
      continue;
    }
    const card = await conversation.external(async (outside: BotContext) => accountCard(outside, attempt.account, await outside.deps.apis.forAccount(attempt.account)));
    await next.api.editMessageText(prompt.chat.id, prompt.message_id, next.t('link-done'), { parse_mode: 'HTML' });
    await next.reply(card, { parse_mode: 'HTML', reply_markup: new InlineKeyboard().text(next.t('btn-main-menu'), 'menu') });
    return;
  }
}

async function tryLink(ctx: BotContext, apiKey: string, mode: LinkKeyMode): Promise<Attempt> {
  const request = { userId: ctx.viewer.userId, userName: ctx.viewer.name, apiKey, demo: false };
  try {
    if (mode.mode === 'relink') {
      const member = await ctx.deps.store.members.get(mode.accountId, ctx.viewer.userId);
      if (member?.role !== 'owner') return { ok: false, reason: 'forbidden' };
      return { ok: true, account: await relinkAccount(ctx.deps, mode.accountId, request) };
    }
    return { ok: true, account: (await linkAccount(ctx.deps, request)).account };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    ctx.log.info({ kind: error.kind }, 'key check failed');
    return { ok: false, reason: error.kind === 'unauthenticated' || error.kind === 'forbidden' ? 'rejected' : 'unavailable' };
  }
}
