/** SMS campaigns and messages as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { Account } from '../state/account.js';
import type { BulkRecord, MessageRecord } from '../state/records.js';
import { paginate } from './pagination.js';
import { apiUrl, type RenderContext } from './render-context.js';

export function messageView(message: MessageRecord) {
  return {
    id: message.id,
    bulk_id: message.bulkId,
    number: message.number,
    extra: message.extra,
    variables: message.variables,
    status: message.status,
    provider: message.provider,
    init_time: message.initTime === null ? null : localDateTime(message.initTime),
    status_time: message.statusTime === null ? null : localDateTime(message.statusTime),
    created_at: localDateTime(message.createdAt),
    updated_at: localDateTime(message.updatedAt),
  };
}

export function bulkSummaryView(bulk: BulkRecord) {
  return {
    id: bulk.id,
    client_id: bulk.clientId,
    name: bulk.name,
    status: bulk.status,
    date_from: bulk.dateFrom,
    time_from: bulk.timeFrom,
    text: bulk.text,
    segments: bulk.segments,
    recipients: bulk.messageIds.length,
    list_id: bulk.listIds,
    max_cost: bulk.maxCost,
    created_at: localDateTime(bulk.createdAt),
    updated_at: localDateTime(bulk.updatedAt),
  };
}

export function bulkDetailView(account: Account, bulk: BulkRecord, page: number, rc: RenderContext) {
  const messages = bulk.messageIds.flatMap((id) => account.messages.get(id) ?? []);
  return {
    ...bulkSummaryView(bulk),
    final_cost: bulk.finalCost,
    comment: bulk.comment,
    callback_url: bulk.callbackUrl,
    messages: paginate(messages, page, `${apiUrl(rc)}/bulks/${bulk.id}`, messageView),
  };
}
