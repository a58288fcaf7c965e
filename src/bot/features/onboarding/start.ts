/**
 * `/start`: the welcome, in the person's language, with the two ways in — link a key or try the demo — and the
 * deep-link router (`/start <payload>`: invites now; more kinds can join the table).
 */
import { Composer, InlineKeyboard } from 'grammy';
import { linkPatterns } from '../../links.js';
import type { BotContext } from '../../context.js';
import { LINK_KEY, type LinkKeyMode, linkKeyConversation } from '../../../conversations/link-key.js';
import type { Feature } from '../feature.js';
import { mayLinkKeys } from './access-mode.js';
import { showInvite } from '../team/accept-invite.js';
import { startDemo } from './demo.js';
import { isGroupChat } from '../../middleware/viewer.js';
import { accountLabel } from './account-card.js';

/** Deep-link payloads: `inv_<token>` opens an invite, `link` starts linking (sent from groups). */
const DEEP_LINKS: { pattern: RegExp; open: (ctx: BotContext, match: RegExpExecArray) => Promise<void> }[] = [
  { pattern: /^inv_([\w-]{8,40})$/, open: (ctx, match) => showInvite(ctx, match[1] ?? '') },
  { pattern: /^link$/, open: (ctx) => enterLinking(ctx) },
];

export function welcomeKeyboard(ctx: BotContext): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  if (mayLinkKeys(ctx)) keyboard.text(ctx.t('btn-link-key'), 'link').row();
  if (ctx.deps.demo && mayLinkKeys(ctx)) keyboard.text(ctx.t('btn-try-demo'), 'demo').row();
  keyboard.text(ctx.t('btn-language'), 'lang');
  return keyboard;
}

export async function enterLinking(ctx: BotContext, mode: LinkKeyMode = { mode: 'link' }): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (isGroupChat(ctx)) {
    const url = `https://t.me/${ctx.me.username}?start=link`;
    await ctx.reply(ctx.t('link-private-only'), { parse_mode: 'HTML', reply_markup: new InlineKeyboard().url(ctx.t('btn-open-private'), url) });
    return;
  }
  if (!mayLinkKeys(ctx)) {
    await ctx.reply(ctx.t('access-invite-only'), { parse_mode: 'HTML' });
    return;
  }
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(LINK_KEY, mode);
}

const startFeature = new Composer<BotContext>();

startFeature.command('start', async (ctx) => {
  const payload = ctx.match.trim();
  for (const link of DEEP_LINKS) {
    const match = link.pattern.exec(payload);
    if (match) return link.open(ctx, match);
  }
  if (isGroupChat(ctx)) {
    await ctx.reply(ctx.t('start-group'), { parse_mode: 'HTML' });
    return;
  }
  const account = ctx.viewer.account;
  if (account && ctx.viewer.role) {
    await ctx.reply(ctx.t('start-back', { labelHtml: accountLabel(ctx, account) }), {
      parse_mode: 'HTML',
      reply_markup: new InlineKeyboard().text(ctx.t('btn-main-menu'), 'menu'),
    });
    return;
  }
  const intro = mayLinkKeys(ctx) ? 'start-welcome' : 'start-welcome-invite-only';
  await ctx.reply(ctx.t(intro, { name: ctx.from?.first_name ?? '' }), { parse_mode: 'HTML', reply_markup: welcomeKeyboard(ctx) });
});

startFeature.callbackQuery('link', (ctx) => enterLinking(ctx));
startFeature.callbackQuery(linkPatterns.relink, (ctx) => enterLinking(ctx, { mode: 'relink', accountId: ctx.match[1] ?? '' }));
startFeature.callbackQuery('demo', (ctx) => startDemo(ctx));
startFeature.command('link', (ctx) => enterLinking(ctx));
startFeature.command('demo', (ctx) => startDemo(ctx));

export const onboardingFeature: Feature = {
  name: 'onboarding',
  composer: startFeature,
  wizards: [{ id: LINK_KEY, builder: linkKeyConversation }],
  commands: [{ command: 'start', scopes: ['private'] }],
};
