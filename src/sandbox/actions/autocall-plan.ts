/**
 * Checking and pricing a call campaign request, shared by `POST /autocalls/calculate` and `POST /autocalls`:
 * every rule of the contract (schema rules were checked by the validator; these are the ones stated in prose),
 * the spam rule (403), and the maximum cost, synthesis of new audio included. Nothing is stored.
 */
import { z } from 'zod';
import { roundMoney } from '../core/money.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import type { ScenarioRecord, SoundRecord } from '../state/records.js';
import { maxCampaignCost } from './campaign-pricing.js';
import { activeRentalNumbers } from './caller-ids.js';
import { gatherRecipients, listItem, NO_RECIPIENTS, splitListItems, type Audience, type Recipient } from './recipients.js';
import { ErrorBag, ok, type Failure, type Result } from './result.js';
import { checkDateFrom, checkWindow } from './rules.js';
import { scenarioSeconds } from './scenarios.js';
import { prepareSound, soundParameters, soundType, type PreparedSound } from './sounds.js';

export const autocallInput = z.object({
  name: z.string(),
  time_from: z.string().default('12:00:00'),
  time_to: z.string().default('18:00:00'),
  type: z.enum(['regular', 'interactive']).default('regular'),
  audio_id: z.array(z.union([z.number().int(), z.object({ type: soundType, data: soundParameters })])).optional(),
  scenario_id: z.number().int().optional(),
  list_id: z.array(listItem),
  max_tries: z.number().int().default(1),
  tries_interval: z.number().int().default(60),
  date_from: z.string().optional(),
  sms: z.boolean().default(false),
  text: z.string().optional(),
  sms_unanswered: z.boolean().default(false),
  text_unanswered: z.string().optional(),
  lifetime: z.boolean().default(false),
  record: z.boolean().default(false),
  client_id: z.string().optional(),
  callback_url: z.string().optional(),
  caller_id: z.string().nullable().optional(),
});
export type AutocallInput = z.infer<typeof autocallInput>;

/** The spam rule: a campaign to more than this many numbers needs audio of at least `SPAM_MIN_SECONDS`. */
const SPAM_NUMBERS = 1000;
const SPAM_MIN_SECONDS = 5;

export type AudioPart = { kind: 'existing'; sound: SoundRecord } | { kind: 'new'; prepared: PreparedSound };

export interface AutocallPlan {
  input: AutocallInput;
  audience: Audience;
  recipients: Recipient[];
  audio: AudioPart[];
  scenario: ScenarioRecord | null;
  /** Longest a call can bill, seconds. */
  callSeconds: number;
  maxCost: number;
  synthesisCost: number;
}

function planAudio(ctx: Ctx, bag: ErrorBag, input: AutocallInput): AudioPart[] {
  if (input.type !== 'regular') return [];
  const items = input.audio_id ?? [];
  if (items.length === 0) bag.add('audio_id', 'Поле audio_id обязательно, когда type равно regular.');
  const parts: AudioPart[] = [];
  items.forEach((item, index) => {
    if (typeof item === 'number') {
      const sound = ctx.account.sounds.get(item);
      if (!sound || sound.moderation === 'denied') {
        bag.add(`audio_id.${index}`, `Выбранное значение для audio_id.${index} некорректно.`);
      } else parts.push({ kind: 'existing', sound });
      return;
    }
    const prepared = prepareSound(ctx, bag, `audio_id.${index}.data`, item.type, item.data);
    if (prepared) parts.push({ kind: 'new', prepared });
  });
  return parts;
}

function planScenario(ctx: Ctx, bag: ErrorBag, input: AutocallInput): ScenarioRecord | null {
  if (input.type !== 'interactive') return null;
  if (input.scenario_id === undefined) {
    bag.add('scenario_id', 'Поле scenario_id обязательно, когда type равно interactive.');
    return null;
  }
  const scenario = ctx.account.scenarios.get(input.scenario_id);
  if (!scenario || scenario.moderation === 'denied') {
    bag.add('scenario_id', 'Выбранное значение для scenario_id некорректно.');
    return null;
  }
  return scenario;
}

function checkTexts(bag: ErrorBag, input: AutocallInput): void {
  if (input.sms && input.text === undefined) bag.add('text', 'Поле text обязательно, когда sms равно true.');
  if (input.sms_unanswered && input.text_unanswered === undefined) {
    bag.add('text_unanswered', 'Поле text_unanswered обязательно, когда sms_unanswered равно true.');
  }
}

function checkCallerId(ctx: Ctx, bag: ErrorBag, callerId: string | null | undefined): void {
  if (callerId === null || callerId === undefined) return;
  if (!activeRentalNumbers(ctx).includes(callerId)) {
    bag.add('caller_id', 'Номер caller_id не арендован вами или срок аренды истёк.');
  }
}

function smsTexts(input: { sms: boolean; text?: string | undefined; sms_unanswered: boolean; text_unanswered?: string | undefined }): string[] {
  const texts: string[] = [];
  if (input.sms && input.text !== undefined) texts.push(input.text);
  if (input.sms_unanswered && input.text_unanswered !== undefined) texts.push(input.text_unanswered);
  return texts;
}

function plan(ctx: Ctx, input: AutocallInput): Result<AutocallPlan> {
  const bag = new ErrorBag();
  checkWindow(bag, input.time_from, input.time_to);
  checkDateFrom(bag, 'date_from', input.date_from, ctx.now);
  const audio = planAudio(ctx, bag, input);
  const scenario = planScenario(ctx, bag, input);
  const audience = splitListItems(ctx.account, bag, input.list_id);
  checkTexts(bag, input);
  checkCallerId(ctx, bag, input.caller_id);
  const recipients = gatherRecipients(ctx.account, audience);
  if (bag.empty && recipients.length === 0) bag.add('list_id', NO_RECIPIENTS);
  if (!bag.empty) return bag.failure();
  const audioSeconds = audio.reduce((sum, p) => sum + (p.kind === 'existing' ? p.sound.seconds : p.prepared.seconds), 0);
  const callSeconds = scenario ? scenarioSeconds(scenario) : audioSeconds;
  const tariff = TARIFFS[ctx.account.tariff];
  return ok({
    input,
    audience,
    recipients,
    audio,
    scenario,
    callSeconds,
    maxCost: maxCampaignCost({ tariff, recipients, callSeconds, record: input.record, smsTexts: smsTexts(input) }),
    synthesisCost: roundMoney(audio.reduce((sum, p) => sum + (p.kind === 'new' ? p.prepared.cost : 0), 0)),
  });
}

function spamCheck(p: AutocallPlan): Failure | null {
  if (p.input.type !== 'regular' || p.recipients.length <= SPAM_NUMBERS || p.callSeconds >= SPAM_MIN_SECONDS) return null;
  return {
    kind: 'forbidden',
    message: 'Обзвон отклонён: подозрение на спам.',
    errors: {
      audio_id: [
        `Для обзвона более ${SPAM_NUMBERS} номеров аудиозапись должна длиться не меньше ${SPAM_MIN_SECONDS} секунд.`,
      ],
    },
  };
}

/** The checked and priced request, or why it is refused (422, or 403 for the spam rule). */
export function planAutocall(ctx: Ctx, input: AutocallInput): Result<AutocallPlan> {
  const planned = plan(ctx, input);
  if (planned.kind !== 'ok') return planned;
  return spamCheck(planned.value) ?? planned;
}

/** What the campaign can cost at most, synthesis of new audio included (`max_cost` of calculate). */
export function totalMaxCost(p: AutocallPlan): number {
  return roundMoney(p.maxCost + p.synthesisCost);
}

/** `POST /autocalls/calculate`. */
export function calculateAutocall(ctx: Ctx, input: AutocallInput): Result<number> {
  const planned = planAutocall(ctx, input);
  return planned.kind === 'ok' ? ok(totalMaxCost(planned.value)) : planned;
}

