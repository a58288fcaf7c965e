/**
 * Wizard: add a confirmed number to the account (AutoCall's two-step check). Step 1 takes the number (typed in any
 * format, or shared as a contact) and AutoCall calls it; step 2 takes the last five digits of the number that
 * called. A wrong code is asked again, "Call again" places a new call, and the contract's ten minutes are said
 * up front and enforced: after them AutoCall forgets the number, so the wizard asks for a new call.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import { isAutocallError } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { phoneProblemText } from '../../bot/features/flash/phone-problem.js';
import { links } from '../../bot/links.js';
import { formatPhone, normalisePhone } from '../../domain/phone/index.js';
import { choice, WizardUi } from '../kit/wizard-ui.js';

export const VERIFY_NUMBER_WIZARD = 'verify-number';

export interface VerifyNumberArgs {
  accountId: string;
}

/** AutoCall drops a number that was not confirmed within this time. */
export const UNVERIFIED_LIFETIME_MS = 10 * 60_000;
/** A second call this soon after the first is a double tap or impatience: the first call is still ringing. */
const RECALL_PAUSE_MS = 30_000;
const CODE = /^\d{5}$/;

type CallOutcome = { ok: true; at: number } | { ok: false; reason: 'already_verified' } | { ok: false; reason: 'refused'; message: string };
type CheckOutcome = { ok: true } | { ok: false; message: string };

export async function verifyNumberWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: VerifyNumberArgs): Promise<void> {
  const ui = new WizardUi(conversation, ctx, { titleKey: 'verify-title', accountId: args.accountId, permission: 'numbers.verify' });
  const settings = (outside: BotContext) => accountApi(outside, args.accountId).then((api) => api.settings);
  const now = () => conversation.external((outside: BotContext) => outside.deps.now());

  /** Asks AutoCall to call the number; a number confirmed already needs no call. */
  const placeCall = (e164: string) =>
    conversation.external(async (outside: BotContext): Promise<CallOutcome> => {
      const api = await settings(outside);
      const known = await api.confirmedNumbers();
      if (known.some((entry) => entry.number === e164 && entry.verified_at !== null)) return { ok: false, reason: 'already_verified' };
      try {
        await api.addConfirmedNumber({ number: e164 });
        return { ok: true, at: outside.deps.now() };
      } catch (error) {
        if (isAutocallError(error) && error.kind === 'validation') return { ok: false, reason: 'refused', message: serverReason(error.fields, error.serverMessage) };
        throw error;
      }
    });

  let step = 1;
  let number: string | null = null;
  let calledAt = 0;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    if (step === 1) {
      const body = t('verify-ask-number', { minutes: UNVERIFIED_LIFETIME_MS / 60_000 }) + (number ? `\n\n${t('verify-current-number', { number: formatPhone(number) })}` : '');
      const keep = number ? new InlineKeyboard().text(t('verify-btn-keep-number', { number: formatPhone(number) }), choice('keep')) : undefined;
      const answer = await ui.ask({ step: 1, of: 2, body, accept: ['text', 'contact'], ...(keep ? { choices: keep } : {}) });
      if (answer.kind === 'choice' && number) {
        step = 2;
        continue;
      }
      if (answer.kind !== 'text' && answer.kind !== 'contact') continue;
      const typed = normalisePhone(answer.kind === 'text' ? answer.text : answer.phone, 'confirmed');
      if (!typed.ok) {
        ui.invalid(phoneProblemText(ui.ctx, typed));
        continue;
      }
      // The same number while its call is still valid: no second call, straight to the code.
      if (typed.e164 === number && (await now()) - calledAt < UNVERIFIED_LIFETIME_MS) {
        step = 2;
        continue;
      }
      const call = await placeCall(typed.e164);
      if (!call.ok) {
        ui.invalid(call.reason === 'already_verified' ? t('verify-already', { number: formatPhone(typed.e164) }) : t('verify-refused', { reason: call.message }));
        continue;
      }
      number = typed.e164;
      calledAt = call.at;
      step = 2;
      continue;
    }

    const calling = number ?? '';
    const minutesLeft = Math.max(0, Math.ceil((calledAt + UNVERIFIED_LIFETIME_MS - (await now())) / 60_000));
    const answer = await ui.ask({
      step: 2,
      of: 2,
      body: t('verify-ask-code', { number: formatPhone(calling), minutes: minutesLeft }),
      choices: new InlineKeyboard().text(t('verify-btn-call-again'), choice('again')),
    });
    if (answer.kind === 'back') {
      step = 1;
      continue;
    }
    const current = await now();
    if (answer.kind === 'choice') {
      if (current - calledAt < RECALL_PAUSE_MS) {
        ui.invalid(t('verify-call-ringing', { seconds: Math.ceil((calledAt + RECALL_PAUSE_MS - current) / 1000) }));
        continue;
      }
      const call = await placeCall(calling);
      if (call.ok) calledAt = call.at;
      else ui.invalid(call.reason === 'already_verified' ? t('verify-already', { number: formatPhone(calling) }) : t('verify-refused', { reason: call.message }));
      continue;
    }
    if (answer.kind !== 'text') continue;
    const code = answer.text.replace(/[\s-]/g, '');
    if (!CODE.test(code)) {
      ui.invalid(t('verify-bad-code', { typed: answer.text }));
      continue;
    }
    if (current - calledAt >= UNVERIFIED_LIFETIME_MS) {
      ui.invalid(t('verify-expired', { minutes: UNVERIFIED_LIFETIME_MS / 60_000 }));
      continue;
    }
    const check = await conversation.external(async (outside: BotContext): Promise<CheckOutcome> => {
      try {
        await (await settings(outside)).addConfirmedNumber({ verification_code: Number(code) });
      } catch (error) {
        if (isAutocallError(error) && error.kind === 'validation') return { ok: false, message: serverReason(error.fields, error.serverMessage) };
        throw error;
      }
      await outside.deps.store.audit.append(args.accountId, {
        at: outside.deps.now(),
        actorId: outside.viewer.userId,
        actorName: outside.viewer.name,
        action: 'number.verify',
        target: calling,
        result: 'ok',
      });
      return { ok: true };
    });
    if (!check.ok) {
      ui.invalid(t('verify-wrong-code', { code, reason: check.message }));
      continue;
    }
    return ui.finish(t('verify-done', { number: formatPhone(calling) }), new InlineKeyboard().text(t('verify-btn-another'), links.verifyNumber(args.accountId)));
  }
}

async function accountApi(outside: BotContext, accountId: string) {
  const account = await outside.deps.store.accounts.get(accountId);
  if (!account) throw new Error(`account ${accountId} vanished while a number was being verified`);
  return outside.deps.apis.forAccount(account);
}

/** AutoCall's own words for a refusal: the first field message, else its message. */
function serverReason(fields: Record<string, string[]>, message: string | null): string {
  return Object.values(fields).flat()[0] ?? message ?? '';
}
