/**
 * An SMS campaign's life after creation: moderation, waiting for its start (`date_from` + `time_from`, local
 * time), sending 100 messages every 10 seconds, delivery reports a few seconds after sending, and completion with
 * the final cost and SMSBulkFinished. Messages rejected by the operator are not charged.
 */
import { parseLocalDate, parseTimeOfDay } from '../core/almaty-time.js';
import { roundMoney } from '../core/money.js';
import { DENIAL_COMMENT, violatesRules } from '../domain/moderation-rules.js';
import { deliveryOutcome, deliverySeconds } from '../domain/outcomes.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { settle } from '../state/ledger.js';
import { notify } from '../state/notify.js';
import type { BulkRecord, MessageRecord } from '../state/records.js';

const BATCH = 100;
const TICK_MS = 10_000;

function scheduleTick(ctx: Ctx, bulk: BulkRecord, at: number): void {
  bulk.tickAt = at;
  ctx.account.schedule(at, { kind: 'bulk-tick', bulkId: bulk.id });
}

function startsAt(bulk: BulkRecord): number {
  return (parseLocalDate(bulk.dateFrom) ?? 0) + (parseTimeOfDay(bulk.timeFrom) ?? 0) * 1000;
}

function description(bulk: BulkRecord): string {
  return `SMS рассылка №${bulk.id} «${bulk.name}»`;
}

export function moderateBulk(ctx: Ctx, bulkId: number): void {
  const bulk = ctx.account.bulks.get(bulkId);
  if (!bulk || bulk.status !== 'moderation') return;
  const denied = violatesRules(bulk.name, bulk.text);
  bulk.updatedAt = ctx.now;
  if (denied) {
    bulk.status = 'denied';
    bulk.comment = DENIAL_COMMENT;
    for (const id of bulk.messageIds) setStatus(ctx.account.messages.get(id), 'disabled', ctx.now);
    settle(ctx, bulk.reserved, 0, description(bulk));
    bulk.reserved = 0;
  } else {
    bulk.status = 'awaiting';
    scheduleTick(ctx, bulk, Math.max(ctx.now, startsAt(bulk)));
  }
  notify(ctx, 'SMSBulkConfirmed', { id: bulk.id, name: bulk.name, type: 'bulk', confirmed: !denied, comment: bulk.comment });
}

function setStatus(message: MessageRecord | undefined, status: MessageRecord['status'], at: number): void {
  if (!message) return;
  message.status = status;
  message.statusTime = at;
  message.updatedAt = at;
}

function send(ctx: Ctx, bulk: BulkRecord, message: MessageRecord): void {
  const seed = ctx.world.seed;
  setStatus(message, 'sent', ctx.now);
  message.initTime = ctx.now;
  message.reportAt = ctx.now + deliverySeconds(seed, message.id) * 1000;
  bulk.awaitingReport.push(message.id);
  if (deliveryOutcome(seed, message.number, message.id) !== 'rejected') {
    bulk.spent += message.segments * TARIFFS[ctx.account.tariff].smsPrice;
  }
}

function collectReports(ctx: Ctx, bulk: BulkRecord): void {
  bulk.awaitingReport = bulk.awaitingReport.filter((id) => {
    const message = ctx.account.messages.get(id);
    if (!message || message.reportAt === null || message.reportAt > ctx.now) return message !== undefined;
    setStatus(message, deliveryOutcome(ctx.world.seed, message.number, message.id), message.reportAt);
    return false;
  });
}

function complete(ctx: Ctx, bulk: BulkRecord): void {
  bulk.status = 'completed';
  bulk.updatedAt = ctx.now;
  bulk.tickAt = null;
  bulk.finalCost = roundMoney(bulk.spent);
  notify(ctx, 'SMSBulkFinished', { id: bulk.id, name: bulk.name, type: 'bulk' });
  settle(ctx, bulk.reserved, bulk.finalCost, description(bulk));
  bulk.reserved = 0;
}

export function tickBulk(ctx: Ctx, bulkId: number): void {
  const bulk = ctx.account.bulks.get(bulkId);
  if (!bulk || bulk.tickAt !== ctx.now) return;
  if (bulk.status !== 'awaiting' && bulk.status !== 'running') return;
  const start = startsAt(bulk);
  if (ctx.now < start) {
    bulk.status = 'awaiting';
    scheduleTick(ctx, bulk, start);
    return;
  }
  bulk.status = 'running';
  bulk.updatedAt = ctx.now;
  collectReports(ctx, bulk);
  const end = Math.min(bulk.messageIds.length, bulk.nextToSend + BATCH);
  for (; bulk.nextToSend < end; bulk.nextToSend++) {
    const message = ctx.account.messages.get(bulk.messageIds[bulk.nextToSend] ?? -1);
    if (message) send(ctx, bulk, message);
  }
  if (bulk.nextToSend >= bulk.messageIds.length && bulk.awaitingReport.length === 0) complete(ctx, bulk);
  else scheduleTick(ctx, bulk, ctx.now + TICK_MS);
}
