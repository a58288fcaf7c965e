/**
 * Step 7 of a call campaign, everything optional: an SMS to those reached and one to those not reached (typed
 * with the SMS wizard's live preview), recording the calls, waiting for people who call back (`lifetime`), and
 * the caller ID — a random pool number, or one of the account's rented numbers that has not expired.
 */
import { InlineKeyboard } from 'grammy';
import type { AutocallApi } from '../../api/index.js';
import type { WizardContext } from '../../bot/context.js';
import { formatKzDateTime, parseApiDateTime } from '../../domain/format/index.js';
import { formatPhone } from '../../domain/phone/index.js';
import { truncateText } from '../../domain/text/index.js';
import { marked } from '../campaign-steps/marks.js';
import { askSmsText } from '../campaign-steps/sms-text-step.js';
import { type Move, type StepPosition, type WizardEnv, withApi } from '../kit/wizard-env.js';
import { choice } from '../kit/wizard-ui.js';

export interface Extras {
  readonly smsReached: string | null;
  readonly smsNotReached: string | null;
  readonly record: boolean;
  readonly lifetime: boolean;
  readonly callerId: string | null;
}

interface RentedNumber {
  readonly number: string;
  /** Epoch ms. */
  readonly until: number;
}

/** The account's rented caller IDs still valid now. */
async function rentedNumbers(api: AutocallApi, now: number): Promise<RentedNumber[]> {
  const { data = [] } = await api.callerIds.list();
  return data.flatMap((rental) => {
    const until = rental.rented_until === undefined ? null : parseApiDateTime(rental.rented_until);
    return rental.number !== undefined && until?.ok === true && until.date.getTime() > now ? [{ number: rental.number, until: until.date.getTime() }] : [];
  });
}

const onOff = (ctx: WizardContext, on: boolean) => ctx.t(on ? 'launch-on' : 'launch-off');

/** A call campaign's SMS in a line: the text cut short, or "no". */
export function smsLine(ctx: WizardContext, text: string | null): string {
  return text === null ? ctx.t('launch-off') : `«${truncateText(text, 50)}»`;
}

/** The caller ID in a line: the number, or "random". */
export function callerIdText(ctx: WizardContext, callerId: string | null): string {
  return callerId === null ? ctx.t('launch-callerid-random') : formatPhone(callerId);
}

async function askCallerId(env: WizardEnv, position: StepPosition, current: string | null): Promise<{ picked: true; callerId: string | null } | { picked: false }> {
  const { ui } = env;
  const now = await env.conversation.now();
  const rented = await withApi(env, (api) => rentedNumbers(api, now));
  if (rented.length === 0) {
    ui.invalid(ui.ctx.t('launch-callerid-none'));
    return { picked: false };
  }
  const t = ui.ctx.t.bind(ui.ctx);
  const choices = new InlineKeyboard().text(marked(t('launch-callerid-random'), current === null), choice('random')).row();
  for (const rental of rented) {
    const label = t('launch-callerid-option', { number: formatPhone(rental.number), until: formatKzDateTime(new Date(rental.until), ui.ctx.viewer.lang) });
    choices.text(marked(label, rental.number === current), choice(rental.number)).row();
  }
  const answer = await ui.ask({ ...position, body: t('launch-callerid-ask'), choices, accept: ['choice'] });
  if (answer.kind !== 'choice') return { picked: false };
  if (answer.value === 'random') return { picked: true, callerId: null };
  const rental = rented.find((r) => r.number === answer.value);
  return rental ? { picked: true, callerId: rental.number } : { picked: false };
}

export async function askExtras(env: WizardEnv, position: StepPosition, current: Extras): Promise<{ move: Move; extras: Extras }> {
  const { ui } = env;
  let extras = current;
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard()
      .text(t('launch-btn-sms-reached', { state: onOff(ui.ctx, extras.smsReached !== null) }), choice('sms-reached'))
      .row()
      .text(t('launch-btn-sms-missed', { state: onOff(ui.ctx, extras.smsNotReached !== null) }), choice('sms-missed'))
      .row()
      .text(t('launch-btn-record', { state: onOff(ui.ctx, extras.record) }), choice('record'))
      .text(t('launch-btn-lifetime', { state: onOff(ui.ctx, extras.lifetime) }), choice('lifetime'))
      .row()
      .text(t('launch-btn-callerid', { number: callerIdText(ui.ctx, extras.callerId) }), choice('caller'))
      .row()
      .text(t('launch-btn-next'), choice('next'));
    const body = t('launch-extras-ask', { reached: smsLine(ui.ctx, extras.smsReached), missed: smsLine(ui.ctx, extras.smsNotReached) });
    const answer = await ui.ask({ ...position, body, choices, accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back', extras };
    if (answer.kind !== 'choice') continue;
    switch (answer.value) {
      case 'next':
        return { move: 'next', extras };
      case 'record':
        extras = { ...extras, record: !extras.record };
        break;
      case 'lifetime':
        extras = { ...extras, lifetime: !extras.lifetime };
        break;
      case 'caller': {
        const picked = await askCallerId(env, position, extras.callerId);
        if (picked.picked) extras = { ...extras, callerId: picked.callerId };
        break;
      }
      case 'sms-reached':
      case 'sms-missed': {
        const reached = answer.value === 'sms-reached';
        const now = reached ? extras.smsReached : extras.smsNotReached;
        const heading = t(reached ? 'launch-sms-reached-head' : 'launch-sms-missed-head');
        const sms = await askSmsText(ui, { ...position, heading, current: now, canTurnOff: now !== null });
        if (sms.kind === 'back') break;
        const text = sms.kind === 'text' ? sms.text : null;
        extras = reached ? { ...extras, smsReached: text } : { ...extras, smsNotReached: text };
        break;
      }
    }
  }
}
