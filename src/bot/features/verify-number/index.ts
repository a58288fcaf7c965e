/**
 * The confirmed-number wizard's entry: `links.verifyNumber` (the settings view offers it), managers and owners, in the
 * private chat (the number and the call are the owner's own business, not the group's).
 */
import { Composer } from 'grammy';
import { VERIFY_NUMBER_WIZARD, verifyNumberWizard } from '../../../conversations/verify-number/verify-number-wizard.js';
import { accessTo, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import type { Feature } from '../feature.js';
import { sentToPrivateChat } from '../groups/chat-rules.js';

const composer = new Composer<BotContext>();

composer.callbackQuery(linkPatterns.verifyNumber, async (ctx) => {
  const access = await accessTo(ctx, ctx.match[1] ?? '', 'numbers.verify');
  if (!access.ok) return refuse(ctx, access, 'numbers.verify');
  if (await sentToPrivateChat(ctx)) return;
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(VERIFY_NUMBER_WIZARD, { accountId: access.account.id });
});

export const verifyNumberFeature: Feature = {
  name: 'verify-number',
  composer,
  wizards: [{ id: VERIFY_NUMBER_WIZARD, builder: verifyNumberWizard }],
};
