/**
 * Call campaigns once checked and priced (see `autocall-plan.ts`): creating the campaign with its calls and
 * reservation, editing it while it waits, deleting it, and relaunching the unanswered numbers of a finished one
 * as a new list.
 */
import { z } from 'zod';
import { localDate } from '../core/almaty-time.js';
import { moneyString, roundMoney } from '../core/money.js';
import type { Ctx } from '../state/context.js';
import { canAfford, reserve, settle } from '../state/ledger.js';
import type { AutocallRecord, CallRecord, ListRecord } from '../state/records.js';
import { planAutocall, totalMaxCost, type AutocallInput, type AutocallPlan } from './autocall-plan.js';
import { insertList } from './lists.js';
import { storeAudience, type Recipient } from './recipients.js';
import { ErrorBag, invalid, notFound, ok, type Result } from './result.js';
import { checkDateFrom, checkTime, checkWindow } from './rules.js';
import { insertSound } from './sounds.js';

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
const SYNC_LIMIT = 5000;
const MODERATION_MS = 120_000;

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
  const planned = planAutocall(ctx, input);
  if (planned.kind !== 'ok') return planned;
  const p = planned.value;
  const needed = totalMaxCost(p);
  if (!canAfford(ctx, needed)) {
    return {
      kind: 'payment-required',
      message: `Недостаточно средств: нужно ${moneyString(needed)} ₸, доступно ${moneyString(ctx.account.balance)} ₸.`,
    };
  }
  const audioIds = storeAudio(ctx, p);
  const { listIds, recipients } = storeAudience(ctx, input.name, p.audience);
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
    return invalid('status', 'Нельзя удалить обзвон, который выполняется.');
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
