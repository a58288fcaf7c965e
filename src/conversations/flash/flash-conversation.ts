/**
 * The short conversation behind `/flash` when something is missing or wrong: the number, the code length, or a
 * code of one's own, one question at a time, each answered by replying (force-reply), so it also works in a group
 * whose privacy mode hides plain messages from the bot. Then the flash call goes out like a complete command.
 */
import type { Conversation } from '@grammyjs/conversations';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { phoneProblemText } from '../../bot/features/flash/phone-problem.js';
import { sendFlash } from '../../bot/features/flash/send-flash.js';
import { type CodeArg, CODE_LENGTH, type NumberArg, readCodeAnswer, readFlashNumber } from '../../domain/flash/index.js';
import { formatPhone } from '../../domain/phone/index.js';
import { ReplyQuestions } from '../kit/reply-question.js';

export const FLASH_CONVERSATION = 'flash';

/** What the command (or a button) settled and what it did not. */
export interface FlashConversationArgs {
  accountId: string;
  number: NumberArg;
  code: CodeArg;
}

export async function flashConversation(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: FlashConversationArgs): Promise<void> {
  const questions = new ReplyQuestions(conversation, ctx, { accountId: args.accountId, permission: 'flash.send' });
  let number = args.number;
  while (!number.ok) {
    if (number.failure) questions.invalid(phoneProblemText(questions.ctx, number.failure));
    number = readFlashNumber(await questions.ask({ body: questions.ctx.t('flash-ask-number'), placeholder: '+7 701 123 45 67' }));
  }
  const e164 = number.e164;
  let code = args.code;
  while (!code.ok) {
    const { need, typed } = code;
    const t = questions.ctx.t.bind(questions.ctx);
    if (typed !== null) questions.invalid(t(need === 'digits' ? 'flash-bad-digits' : 'flash-bad-code', { typed, min: CODE_LENGTH.min, max: CODE_LENGTH.max }));
    const body = t(need === 'digits' ? 'flash-ask-digits' : 'flash-ask-code', { number: formatPhone(e164), min: CODE_LENGTH.min, max: CODE_LENGTH.max });
    code = readCodeAnswer(need, await questions.ask({ body, placeholder: need === 'digits' ? '4' : '1234' }));
  }
  const choice = code.choice;
  await conversation.external((outside: BotContext) => sendFlash(outside, { accountId: args.accountId, e164, choice }));
}
