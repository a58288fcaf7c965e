/**
 * What works without an account: `/tariffs` (the plans side by side, cached for an hour) and `/testcall` (a real
 * call to the person's phone, to hear what AutoCall sounds like).
 */
import { Composer } from 'grammy';
import { TEST_CALL_WIZARD, testCallWizard } from '../../../conversations/test-call/test-call-wizard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import { isGroupChat } from '../../middleware/viewer.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { cachedTariffs } from './tariffs-cache.js';
import { TEST_CALL_BUTTON, tariffsView } from './tariffs-view.js';
import { placeTestCall, readTestCallPhone, testCallOutcomeText, testCallPhoneError } from './test-call.js';


const publicFeature = new Composer<BotContext>();

export async function openTariffs(ctx: BotContext): Promise<void> {
  await show(ctx, tariffsView(ctx, await cachedTariffs(ctx.deps)));
}

async function startTestCall(ctx: BotContext, typed: string): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  if (isGroupChat(ctx)) {
    await ctx.reply(ctx.t('testcall-private-only'), { parse_mode: 'HTML' });
    return;
  }
  if (typed === '') {
    await ctx.conversation.exitAll();
    await ctx.conversation.enter(TEST_CALL_WIZARD);
    return;
  }
  const phone = readTestCallPhone(typed);
  if (!phone.ok) {
    await ctx.reply(`${testCallPhoneError(ctx, phone.failure)}\n${ctx.t('testcall-usage')}`, { parse_mode: 'HTML' });
    return;
  }
  await ctx.reply(testCallOutcomeText(ctx, await placeTestCall(ctx, phone.phone)), { parse_mode: 'HTML' });
}

publicFeature.command('tariffs', openTariffs);
publicFeature.callbackQuery(linkPatterns.tariffs, openTariffs);
publicFeature.command('testcall', (ctx) => startTestCall(ctx, ctx.match.trim()));
publicFeature.callbackQuery(TEST_CALL_BUTTON, (ctx) => startTestCall(ctx, ''));

export const publicFeatureEntry: Feature = {
  name: 'public',
  composer: publicFeature,
  wizards: [{ id: TEST_CALL_WIZARD, builder: testCallWizard }],
  menu: [{ labelKey: 'menu-tariffs', open: openTariffs }],
  commands: [
    { command: 'tariffs', scopes: ['private', 'group'] },
    { command: 'testcall', scopes: ['private'] },
  ],
};
