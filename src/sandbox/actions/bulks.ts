/**
 * SMS campaigns: pricing by the worst case of the template (the longest value of each variable), creating the
 * campaign with one message per number and its reservation, editing it while it waits, deleting it.
 */
import { z } from 'zod';
import { localDate, localTime } from '../core/almaty-time.js';
import { moneyString, roundMoney } from '../core/money.js';
import { operatorOf } from '../domain/phone-operators.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, reserve, settle } from '../state/ledger.js';
import type { BulkRecord, MessageRecord } from '../state/records.js';
import { worstSegments } from './campaign-pricing.js';
import {
  gatherRecipients,
  listItem,
  NO_RECIPIENTS,
  splitListItems,
  storeAudience,
  type Audience,
  type Recipient,
} from './recipients.js';
import { ErrorBag, invalid, notFound, ok, type Result } from './result.js';
import { checkDateFrom, checkTime } from './rules.js';

export const bulkInput = z.object({
  name: z.string(),
  text: z.string(),
  list_id: z.array(listItem),
  date_from: z.string().optional(),
  time_from: z.string().optional(),
  client_id: z.string().optional(),
  callback_url: z.string().optional(),
});
export type BulkInput = z.infer<typeof bulkInput>;

export const updateBulkInput = z.object({
  name: z.string().optional(),
  time_from: z.string().optional(),
  date_from: z.string().optional(),
  client_id: z.string().optional(),
  callback_url: z.string().optional(),
});

const MODERATION_MS = 60_000;

interface BulkPlan {
  audience: Audience;
  recipients: Recipient[];
  segments: number;
  maxCost: number;
}

function plan(ctx: Ctx, input: BulkInput): Result<BulkPlan> {
  const bag = new ErrorBag();
  checkDateFrom(bag, 'date_from', input.date_from, ctx.now);
  checkTime(bag, 'time_from', input.time_from);
  const audience = splitListItems(ctx.account, bag, input.list_id);
  const recipients = gatherRecipients(ctx.account, audience);
  if (bag.empty && recipients.length === 0) bag.add('list_id', NO_RECIPIENTS);
  if (!bag.empty) return bag.failure();
  const segments = worstSegments(input.text, recipients.map((r) => r.variables));
  const maxCost = roundMoney(recipients.length * segments * TARIFFS[ctx.account.tariff].smsPrice);
  return ok({ audience, recipients, segments, maxCost });
}

export function calculateBulk(ctx: Ctx, input: BulkInput): Result<number> {
  const planned = plan(ctx, input);
  return planned.kind === 'ok' ? ok(planned.value.maxCost) : planned;
}

function newMessage(ctx: Ctx, bulkId: number, recipient: Recipient, segments: number): MessageRecord {
  return {
    id: ctx.world.nextId('message'),
    bulkId,
    number: recipient.number,
    extra: recipient.extra,
    variables: recipient.variables,
    status: 'queued',
    provider: operatorOf(recipient.number),
    segments,
    initTime: null,
    statusTime: null,
    reportAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
}

export function createBulk(ctx: Ctx, input: BulkInput): Result<BulkRecord> {
  const planned = plan(ctx, input);
  if (planned.kind !== 'ok') return planned;
  const p = planned.value;
  if (!canAfford(ctx, p.maxCost)) {
    return {
      kind: 'payment-required',
      message: `Недостаточно средств: нужно ${moneyString(p.maxCost)} ₸, доступно ${moneyString(ctx.account.balance)} ₸.`,
    };
  }
  const { listIds, recipients } = storeAudience(ctx, input.name, p.audience);
  const id = ctx.world.nextId('bulk');
  const bulk: BulkRecord = {
    id,
    clientId: input.client_id ?? null,
    name: input.name,
    status: 'moderation',
    dateFrom: input.date_from ?? localDate(ctx.now),
    timeFrom: input.time_from ?? localTime(ctx.now),
    text: input.text,
    segments: p.segments,
    listIds,
    maxCost: p.maxCost,
    reserved: p.maxCost,
    spent: 0,
    finalCost: null,
    comment: null,
    callbackUrl: input.callback_url ?? null,
    messageIds: [],
    nextToSend: 0,
    awaitingReport: [],
    tickAt: null,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  for (const recipient of recipients) {
    const message = newMessage(ctx, id, recipient, worstSegments(input.text, [recipient.variables]));
    ctx.account.messages.set(message.id, message);
    bulk.messageIds.push(message.id);
  }
  reserve(ctx, p.maxCost);
  ctx.account.bulks.set(id, bulk);
  ctx.account.schedule(ctx.now + MODERATION_MS, { kind: 'bulk-moderated', bulkId: id });
  return ok(bulk);
}

const EDITABLE = new Set(['awaiting', 'moderation']);

export function updateBulk(ctx: Ctx, id: number, input: z.infer<typeof updateBulkInput>): Result<BulkRecord> {
  const bulk = ctx.account.bulks.get(id);
  if (!bulk) return notFound;
  const bag = new ErrorBag();
  if (!EDITABLE.has(bulk.status)) bag.add('status', 'Редактировать можно только рассылки в статусах awaiting и moderation.');
  checkTime(bag, 'time_from', input.time_from);
  checkDateFrom(bag, 'date_from', input.date_from, ctx.now);
  if (!bag.empty) return bag.failure();
  if (input.name !== undefined) bulk.name = input.name;
  if (input.time_from !== undefined) bulk.timeFrom = input.time_from;
  if (input.date_from !== undefined) bulk.dateFrom = input.date_from;
  if (input.client_id !== undefined) bulk.clientId = input.client_id;
  if (input.callback_url !== undefined) bulk.callbackUrl = input.callback_url;
  bulk.updatedAt = ctx.now;
  if (bulk.status === 'awaiting') {
    bulk.tickAt = ctx.now;
    ctx.account.schedule(ctx.now, { kind: 'bulk-tick', bulkId: id });
  }
  return ok(bulk);
}

export function deleteBulk(ctx: Ctx, id: number): Result<null> {
  const bulk = ctx.account.bulks.get(id);
  if (!bulk) return notFound;
  if (bulk.status === 'running') {
    return invalid('status', 'Нельзя удалить рассылку, которая выполняется.');
  }
  if (bulk.reserved > 0) settle(ctx, bulk.reserved, roundMoney(bulk.spent), `SMS рассылка №${id} «${bulk.name}»`);
  for (const messageId of bulk.messageIds) ctx.account.messages.delete(messageId);
  ctx.account.bulks.delete(id);
  return ok(null);
}
