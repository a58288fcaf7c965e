/**
 * Call campaigns: checking and pricing a request (shared by `calculate` and create), creating the campaign with
 * its calls and reservation, editing it while it waits, deleting it, and relaunching the unanswered numbers of a
 * finished one as a new list.
 */
import { z } from 'zod';
import { localDate } from '../core/almaty-time.js';
import { moneyString, roundMoney } from '../core/money.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, reserve, settle } from '../state/ledger.js';
import type { AutocallRecord, CallRecord, ListRecord, ScenarioRecord, SoundRecord } from '../state/records.js';
import { maxCampaignCost } from './campaign-pricing.js';
import { activeRentalNumbers } from './caller-ids.js';
import { insertList } from './lists.js';
import { gatherRecipients, listItem, NO_RECIPIENTS, splitListItems, type Audience, type Recipient } from './recipients.js';
import { ErrorBag, notFound, ok, type Failure, type Result } from './result.js';
import { checkDateFrom, checkTime, checkWindow } from './rules.js';
import { scenarioSeconds } from './scenarios.js';
import { insertSound, prepareSound, soundParameters, soundType, type PreparedSound } from './sounds.js';

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

export const updateAutocallInput = z.object({
  name: z.string().optional(),
  time_from: z.string().optional(),
  time_to: z.string().optional(),
  tries_interval: z.number().int().optional(),
  date_from: z.string().optional(),
  client_id: z.string().optional(),
  callback_url: z.string().optional(),
});

/** More numbers than this are accepted with 202 and the campaign is created in the background. */
export const SYNC_LIMIT = 5000;
/** The spam rule: a campaign to more than this many numbers needs audio of at least `SPAM_MIN_SECONDS`. */
const SPAM_NUMBERS = 1000;
const SPAM_MIN_SECONDS = 5;
const MODERATION_MS = 120_000;

type AudioPart = { kind: 'existing'; sound: SoundRecord } | { kind: 'new'; prepared: PreparedSound };

interface AutocallPlan {
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

/** Every rule of the contract for a new campaign, and its price; nothing is stored. */
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

/** `POST /autocalls/calculate`: the maximum cost, synthesis of new audio included. */
export function calculateAutocall(ctx: Ctx, input: AutocallInput): Result<number> {
  const planned = plan(ctx, input);
  if (planned.kind !== 'ok') return planned;
  const spam = spamCheck(planned.value);
  if (spam) return spam;
  return ok(roundMoney(planned.value.maxCost + planned.value.synthesisCost));
}

function storeAudience(ctx: Ctx, p: AutocallPlan): { listIds: number[]; recipients: Recipient[] } {
  const lists: ListRecord[] = p.audience.listIds.flatMap((id) => ctx.account.lists.get(id) ?? []);
  if (p.audience.inline.length > 0) lists.push(insertList(ctx, p.input.name, null, p.audience.inline));
  for (const list of lists) list.used++;
  const listIds = lists.map((l) => l.id);
  return { listIds, recipients: gatherRecipients(ctx.account, { listIds, inline: [] }) };
}

function storeAudio(ctx: Ctx, p: AutocallPlan): number[] {
  return p.audio.map((part) => {
    const sound = part.kind === 'existing' ? part.sound : insertSound(ctx, p.input.name, null, part.prepared);
    sound.used++;
    return sound.id;
  });
}

function newCall(ctx: Ctx, autocallId: number, recipient: Recipient): CallRecord {
  return {
    id: ctx.world.nextId('call'),
    autocallId,
    contactId: recipient.contactId,
    number: recipient.number,
    extra: recipient.extra,
    variables: recipient.variables,
    tries: 0,
    dateTries: [],
    statusTries: [],
    lastTryAt: null,
    duration: 0,
    rDuration: 0,
    status: 'in_queue',
    data: null,
    recordings: [],
    cost: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export type CreatedAutocall = { kind: 'created'; autocall: AutocallRecord } | { kind: 'accepted' };

/**
 * `POST /autocalls`. Up to 5000 numbers the campaign exists at once (201); above, it is accepted (202) and
 * appears a little later. Either way its maximum cost is reserved now.
 */
export function createAutocall(ctx: Ctx, input: AutocallInput): Result<CreatedAutocall> {
  const planned = plan(ctx, input);
  if (planned.kind !== 'ok') return planned;
  const p = planned.value;
  const spam = spamCheck(p);
  if (spam) return spam;
  const needed = roundMoney(p.maxCost + p.synthesisCost);
  if (!canAfford(ctx, needed)) {
    return {
      kind: 'payment-required',
      message: `Недостаточно средств: нужно ${moneyString(needed)} ₸, доступно ${moneyString(ctx.account.balance)} ₸.`,
    };
  }
  const audioIds = storeAudio(ctx, p);
  const { listIds, recipients } = storeAudience(ctx, p);
  if (p.scenario) p.scenario.used++;
  const id = ctx.world.nextId('autocall');
  const autocall: AutocallRecord = {
    id,
    clientId: input.client_id ?? null,
    name: input.name,
    type: input.type,
    status: 'moderation',
    dateFrom: input.date_from ?? localDate(ctx.now),
    timeFrom: input.time_from,
    timeTo: input.time_to,
    maxTries: input.max_tries,
    triesInterval: input.tries_interval,
    audioIds,
    scenarioId: p.scenario?.id ?? null,
    listIds,
    sms: input.sms,
    smsUnanswered: input.sms_unanswered,
    text: input.text ?? null,
    textUnanswered: input.text_unanswered ?? null,
    lifetime: input.lifetime,
    record: input.record,
    comment: null,
    callbackUrl: input.callback_url ?? null,
    callerId: input.caller_id ?? null,
    maxCost: p.maxCost,
    callSeconds: p.callSeconds,
    reserved: p.maxCost,
    spent: 0,
    finalCost: null,
    speeches: 0,
    finishedAt: null,
    callIds: [],
    nextFirstTry: 0,
    retries: [],
    tickAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  for (const recipient of recipients) {
    const call = newCall(ctx, id, recipient);
    ctx.account.calls.set(call.id, call);
    autocall.callIds.push(call.id);
  }
  reserve(ctx, p.maxCost);
  if (recipients.length > SYNC_LIMIT) {
    ctx.account.acceptedAutocalls.set(id, autocall);
    const appearsAt = ctx.now + Math.ceil(recipients.length / 1000) * 15_000;
    ctx.account.schedule(appearsAt, { kind: 'autocall-accepted', autocallId: id });
    return ok({ kind: 'accepted' });
  }
  ctx.account.autocalls.set(id, autocall);
  ctx.account.schedule(ctx.now + MODERATION_MS, { kind: 'autocall-moderated', autocallId: id });
  return ok({ kind: 'created', autocall });
}

/** Life: a campaign accepted with 202 has been created in the background. */
export function revealAutocall(ctx: Ctx, autocallId: number): void {
  const autocall = ctx.account.acceptedAutocalls.get(autocallId);
  if (!autocall) return;
  ctx.account.acceptedAutocalls.delete(autocallId);
  autocall.createdAt = ctx.now;
  autocall.updatedAt = ctx.now;
  ctx.account.autocalls.set(autocallId, autocall);
  ctx.account.schedule(ctx.now + MODERATION_MS, { kind: 'autocall-moderated', autocallId });
}

const EDITABLE = new Set(['awaiting', 'moderation']);

export function updateAutocall(
  ctx: Ctx,
  id: number,
  input: z.infer<typeof updateAutocallInput>,
): Result<AutocallRecord> {
  const autocall = ctx.account.autocalls.get(id);
  if (!autocall) return notFound;
  const bag = new ErrorBag();
  if (!EDITABLE.has(autocall.status)) bag.add('status', 'Редактировать можно только обзвоны в статусах awaiting и moderation.');
  checkTime(bag, 'time_from', input.time_from);
  checkTime(bag, 'time_to', input.time_to);
  if (bag.empty) checkWindow(bag, input.time_from ?? autocall.timeFrom, input.time_to ?? autocall.timeTo);
  checkDateFrom(bag, 'date_from', input.date_from, ctx.now);
  if (!bag.empty) return bag.failure();
  if (input.name !== undefined) autocall.name = input.name;
  if (input.time_from !== undefined) autocall.timeFrom = input.time_from;
  if (input.time_to !== undefined) autocall.timeTo = input.time_to;
  if (input.tries_interval !== undefined) autocall.triesInterval = input.tries_interval;
  if (input.date_from !== undefined) autocall.dateFrom = input.date_from;
  if (input.client_id !== undefined) autocall.clientId = input.client_id;
  if (input.callback_url !== undefined) autocall.callbackUrl = input.callback_url;
  autocall.updatedAt = ctx.now;
  if (autocall.status === 'awaiting') {
    // The window may have moved: look again now.
    autocall.tickAt = ctx.now;
    ctx.account.schedule(ctx.now, { kind: 'autocall-tick', autocallId: id });
  }
  return ok(autocall);
}

export function deleteAutocall(ctx: Ctx, id: number): Result<null> {
  const autocall = ctx.account.autocalls.get(id);
  if (!autocall) return notFound;
  if (autocall.status === 'running') {
    const bag = new ErrorBag();
    bag.add('status', 'Нельзя удалить обзвон, который выполняется.');
    return bag.failure();
  }
  if (autocall.reserved > 0) settle(ctx, autocall.reserved, roundMoney(autocall.spent), `Обзвон №${id} «${autocall.name}»`);
  for (const callId of autocall.callIds) ctx.account.calls.delete(callId);
  ctx.account.autocalls.delete(id);
  return ok(null);
}

/** `GET /autocalls/relaunch/{id}`: a new list of the numbers a finished campaign did not reach. */
export function relaunchAutocall(ctx: Ctx, id: number): Result<ListRecord> {
  const autocall = ctx.account.autocalls.get(id);
  if (!autocall) return notFound;
  if (autocall.status !== 'completed') {
    return {
      kind: 'forbidden',
      message: 'Обзвон ещё не завершён.',
      errors: { id: ['Перезапустить можно только завершённый обзвон.'] },
    };
  }
  const missed = autocall.callIds
    .map((callId) => ctx.account.calls.get(callId))
    .filter((call): call is CallRecord => call !== undefined && call.status !== 'success')
    .map((call) => ({
      number: call.number,
      ...(call.extra === null ? {} : { extra: call.extra }),
      ...(call.variables === null ? {} : { variables: call.variables }),
    }));
  return ok(insertList(ctx, `${autocall.name} — повтор`.slice(0, 40), autocall.clientId, missed));
}
