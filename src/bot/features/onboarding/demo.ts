/**
 * "Try the demo": a sandbox account of the person's own, seeded with realistic data; everything works and no money
 * is spent. Labelled DEMO wherever its name appears.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../context.js';
import { linkAccount } from '../../accounts/link-account.js';
import { accountCard } from './account-card.js';
import { mayLinkKeys } from './access-mode.js';

export async function startDemo(ctx: BotContext): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  const demo = ctx.deps.demo;
  if (!demo || !mayLinkKeys(ctx)) {
    await ctx.reply(ctx.t(demo ? 'access-invite-only' : 'demo-off'), { parse_mode: 'HTML' });
    return;
  }
  await ctx.replyWithChatAction('typing');
  const apiKey = await demo.create();
  const { account } = await linkAccount(ctx.deps, { userId: ctx.viewer.userId, userName: ctx.viewer.name, apiKey, demo: true });
  ctx.viewer = { ...ctx.viewer, account, role: 'owner' };
  const card = await accountCard(ctx, account, await ctx.deps.apis.forAccount(account));
  await ctx.reply(`${ctx.t('demo-ready')}\n\n${card}`, {
    parse_mode: 'HTML',
    reply_markup: new InlineKeyboard().text(ctx.t('btn-main-menu'), 'menu'),
  });
}
