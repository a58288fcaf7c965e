/**
 * `/cancel` works anywhere: it leaves whatever wizard is open. Registered before the conversations so that a wizard
 * waiting for input never swallows it. A Cancel button of a wizard that has already ended is answered here too.
 */
import { Composer } from 'grammy';
import type { BotContext } from '../../context.js';
import { WIZARD_BACK, WIZARD_CANCEL } from '../../../conversations/wizard-controls.js';
import { replyThreadOptions } from '../../auth/guard.js';
import type { CommandEntry } from '../feature.js';

export const cancelFeature = new Composer<BotContext>();
export const cancelCommand: CommandEntry = { command: 'cancel', scopes: ['private', 'group'] };

cancelFeature.command('cancel', async (ctx) => {
  const active = Object.keys(ctx.conversation.active()).length > 0;
  await ctx.conversation.exitAll();
  await ctx.reply(ctx.t(active ? 'wizard-cancelled' : 'wizard-nothing-to-cancel'), { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
});

/** Wizard controls reach this point only when no wizard is waiting for them. */
export const staleWizardControls = new Composer<BotContext>();
staleWizardControls.callbackQuery([WIZARD_CANCEL, WIZARD_BACK], async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('wizard-already-closed') });
  await ctx.editMessageReplyMarkup().catch(() => undefined);
});
