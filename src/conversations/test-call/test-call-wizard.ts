/**
 * Wizard: a phone number → a test call. One step: the number is asked until it is a Kazakh number the endpoint
 * takes (what is wrong is said each time), then the call is placed and the outcome explained.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { placeTestCall, readTestCallPhone, testCallOutcomeText, testCallPhoneError } from '../../bot/features/public/test-call.js';
import { askSingleQuestion, nextAnswer } from '../kit/single-question.js';

export const TEST_CALL_WIZARD = 'test-call';

export async function testCallWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext): Promise<void> {
  const question = await askSingleQuestion(ctx, ctx.t('testcall-ask'));
  const { cancel } = question;
  for (;;) {
    const next = await nextAnswer(conversation, question, 'testcall-finish-first');
    if (!next) return;
    const text = next.message?.text?.trim() ?? next.message?.contact?.phone_number;
    if (!text || text.startsWith('/')) {
      await next.reply(next.t('testcall-ask-again'), { parse_mode: 'HTML', reply_markup: cancel });
      continue;
    }
    const phone = readTestCallPhone(text);
    if (!phone.ok) {
      await next.reply(testCallPhoneError(next, phone.failure), { parse_mode: 'HTML', reply_markup: cancel });
      continue;
    }
    const outcome = await conversation.external((outside: BotContext) => placeTestCall(outside, phone.phone));
    await next.reply(testCallOutcomeText(next, outcome), { parse_mode: 'HTML' });
    return;
  }
}
