/**
 * A call campaign's life after creation: moderation (waiting for its audio or scenario to pass first), waiting
 * for its window, dialling 30 numbers a minute with retries after `tries_interval` minutes, and completion with
 * the final cost, AutocallFinished and the nonexistent numbers marked in their lists.
 */
import { MINUTE_MS } from '../core/almaty-time.js';
import { roundMoney } from '../core/money.js';
import { unitFor } from '../core/random.js';
import { answeredCallCost, smsCost } from '../actions/campaign-pricing.js';
import { DENIAL_COMMENT, violatesRules } from '../domain/moderation-rules.js';
import { answeredSeconds, callAttemptOutcome, recallSeconds } from '../domain/outcomes.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { settle } from '../state/ledger.js';
import { notify } from '../state/notify.js';
import type { AutocallRecord, CallRecord } from '../state/records.js';
import { inWindow, nextWindowOpening } from './campaign-window.js';

const CALLS_PER_TICK = 30;
const TICK_MS = MINUTE_MS;
const SLOT_MS = 2000;
const RECHECK_MODERATION_MS = MINUTE_MS;

function scheduleTick(ctx: Ctx, autocall: AutocallRecord, at: number): void {
  autocall.tickAt = at;
  ctx.account.schedule(at, { kind: 'autocall-tick', autocallId: autocall.id });
}

export function moderateAutocall(ctx: Ctx, autocallId: number): void {
  const { account } = ctx;
  const autocall = account.autocalls.get(autocallId);
  if (!autocall || autocall.status !== 'moderation') return;
  const sounds = autocall.audioIds.flatMap((id) => account.sounds.get(id) ?? []);
  const scenario = autocall.scenarioId === null ? undefined : account.scenarios.get(autocall.scenarioId);
  if (sounds.some((s) => s.moderation === 'moderation') || scenario?.moderation === 'moderation') {
    account.schedule(ctx.now + RECHECK_MODERATION_MS, { kind: 'autocall-moderated', autocallId });
    return;
  }
  const denied =
    sounds.some((s) => s.moderation === 'denied') ||
    scenario?.moderation === 'denied' ||
    violatesRules(autocall.name, autocall.text, autocall.textUnanswered);
  autocall.updatedAt = ctx.now;
  if (denied) {
    autocall.status = 'denied';
    autocall.comment = DENIAL_COMMENT;
    settle(ctx, autocall.reserved, 0, `Обзвон №${autocall.id} «${autocall.name}»`);
    autocall.reserved = 0;
  } else {
    autocall.status = 'awaiting';
    scheduleTick(ctx, autocall, ctx.now);
  }
  notify(ctx, 'AutocallConfirmed', {
    id: autocall.id,
    name: autocall.name,
    type: 'autocall',
    confirmed: !denied,
    comment: autocall.comment,
  });
}

function answer(ctx: Ctx, autocall: AutocallRecord, call: CallRecord): void {
  const seed = ctx.world.seed;
  if (autocall.type === 'regular') {
    call.duration = answeredSeconds(seed, call.id, autocall.callSeconds);
    return;
  }
  const shortest = Math.min(10, autocall.callSeconds);
  call.duration = shortest + Math.floor(unitFor(seed, 'scenario-length', call.id) * (autocall.callSeconds - shortest + 1));
  const scenario = autocall.scenarioId === null ? undefined : ctx.account.scenarios.get(autocall.scenarioId);
  const steps = scenario?.recordSteps ?? 0;
  call.recordings = Array.from({ length: steps }, (_, i) => `rec-${call.id}-${i + 1}.wav`);
  call.data = {
    result: 'completed',
    answers: call.recordings.map((file, i) => ({ step: i + 1, type: 'record', file })),
  };
  autocall.speeches += steps;
}

function callCost(ctx: Ctx, autocall: AutocallRecord, call: CallRecord): number {
  const tariff = TARIFFS[ctx.account.tariff];
  const answered = call.status === 'success' || call.status === 'spam';
  let cost = answered ? answeredCallCost(tariff, call.duration, autocall.record) : 0;
  if (call.status === 'success' && autocall.sms && autocall.text !== null) {
    cost += smsCost(tariff, autocall.text, call.variables);
  }
  if ((call.status === 'no_answer' || call.status === 'busy') && autocall.smsUnanswered && autocall.textUnanswered !== null) {
    cost += smsCost(tariff, autocall.textUnanswered, call.variables);
  }
  return cost;
}

function attempt(ctx: Ctx, autocall: AutocallRecord, call: CallRecord, at: number): void {
  call.tries++;
  call.dateTries.push(at);
  call.lastTryAt = at;
  call.updatedAt = at;
  const outcome = callAttemptOutcome(ctx.world.seed, call.number, call.id, call.tries);
  call.statusTries.push(outcome);
  if (outcome === 'success' || outcome === 'spam') {
    call.status = outcome;
    answer(ctx, autocall, call);
  } else if (outcome === 'error') {
    call.status = 'error';
  } else if (call.tries < autocall.maxTries) {
    autocall.retries.push({ callId: call.id, at: at + autocall.triesInterval * MINUTE_MS });
    return;
  } else {
    const recall = autocall.lifetime ? recallSeconds(ctx.world.seed, call.id) : null;
    call.status = recall === null ? outcome : 'recalled';
    call.rDuration = recall ?? 0;
  }
  call.cost = callCost(ctx, autocall, call);
  autocall.spent += call.cost;
}

function markNonexistent(ctx: Ctx, autocall: AutocallRecord): void {
  const { account } = ctx;
  const byList = new Map<number, number[]>();
  for (const callId of autocall.callIds) {
    const call = account.calls.get(callId);
    if (call?.status !== 'error' || call.contactId === null) continue;
    const contact = account.contacts.get(call.contactId);
    if (!contact) continue;
    byList.set(contact.listId, [...(byList.get(contact.listId) ?? []), contact.id]);
  }
  for (const [listId, contactIds] of byList) {
    const list = account.lists.get(listId);
    if (!list) continue;
    list.nonexistent = [...new Set([...(list.nonexistent ?? []), ...contactIds])];
    list.updatedAt = ctx.now;
    notify(ctx, 'NonexistentContactsDetected', { id: list.id, name: list.name, count: list.nonexistent.length });
  }
}

function complete(ctx: Ctx, autocall: AutocallRecord): void {
  autocall.status = 'completed';
  autocall.finishedAt = ctx.now;
  autocall.updatedAt = ctx.now;
  autocall.tickAt = null;
  autocall.finalCost = roundMoney(autocall.spent);
  notify(ctx, 'AutocallFinished', { id: autocall.id, name: autocall.name, type: 'autocall' });
  settle(ctx, autocall.reserved, autocall.finalCost, `Обзвон №${autocall.id} «${autocall.name}»`);
  autocall.reserved = 0;
  markNonexistent(ctx, autocall);
}

function nextCall(ctx: Ctx, autocall: AutocallRecord): CallRecord | undefined {
  const retry = autocall.retries[0];
  if (retry && retry.at <= ctx.now) {
    autocall.retries.shift();
    return ctx.account.calls.get(retry.callId);
  }
  const callId = autocall.callIds[autocall.nextFirstTry];
  if (callId === undefined) return undefined;
  autocall.nextFirstTry++;
  return ctx.account.calls.get(callId);
}

export function tickAutocall(ctx: Ctx, autocallId: number): void {
  const autocall = ctx.account.autocalls.get(autocallId);
  if (!autocall || autocall.tickAt !== ctx.now) return;
  if (autocall.status !== 'awaiting' && autocall.status !== 'running') return;
  const firstTriesLeft = autocall.nextFirstTry < autocall.callIds.length;
  if (!firstTriesLeft && autocall.retries.length === 0) {
    complete(ctx, autocall);
    return;
  }
  if (!inWindow(autocall, ctx.now)) {
    autocall.status = 'awaiting';
    scheduleTick(ctx, autocall, nextWindowOpening(autocall, ctx.now));
    return;
  }
  autocall.status = 'running';
  autocall.updatedAt = ctx.now;
  for (let slot = 0; slot < CALLS_PER_TICK; slot++) {
    const call = nextCall(ctx, autocall);
    if (!call) break;
    attempt(ctx, autocall, call, ctx.now + slot * SLOT_MS);
  }
  const nextRetry = autocall.retries[0];
  const onlyRetries = autocall.nextFirstTry >= autocall.callIds.length && nextRetry !== undefined;
  scheduleTick(ctx, autocall, onlyRetries ? Math.max(ctx.now + TICK_MS, nextRetry.at) : ctx.now + TICK_MS);
}
