import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent } from '../response-readers.js';
import { costEstimateSchema } from '../schemas/autocalls.js';
import {
  bulkCalculateBody,
  bulkCreateBody,
  bulkPageSchema,
  bulkSchema,
  bulkUpdateBody,
  type BulkCalculate,
  type BulkCreate,
  type BulkUpdate,
} from '../schemas/bulks.js';
import { filteredPageQuery, pageQuery, type FilteredPageQuery, type PageQuery } from '../schemas/primitives.js';
import { byId, newestByClientId, recoverByClientId } from './shared.js';

/** SMS campaigns (`/bulks`). */
export function createBulksApi(call: Caller) {
  const bulks = {
    /** A page of bulks, filtered by dates or `client_id`. */
    list: (query: FilteredPageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-bulks',
          query: checked(filteredPageQuery, query),
          read: json(bulkPageSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /**
     * Launches an SMS bulk (up to 5000 `list_id` entries; `{{varname}}` in `text` is filled from
     * each contact's variables). With a unique `client_id`, a create whose outcome is unknown is
     * looked up before it is sent again, so it is never sent twice.
     */
    create: (body: BulkCreate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-bulks',
          body: checked(bulkCreateBody, body),
          read: json(bulkSchema),
          retry: recoverByClientId(body.client_id, async (clientId, lookup) => {
            const found = await newestByClientId(bulks.list({ client_id: clientId, order: 'desc' }, lookup), clientId);
            return found === undefined ? undefined : bulks.get(found.id, {}, lookup);
          }),
        },
        options,
      ),

    /** The bulk and one page of its messages. */
    get: (id: number, query: PageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-bulks-id',
          path: byId(id),
          query: checked(pageQuery, query),
          read: json(bulkSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /** Only while `awaiting` or `moderation`. */
    update: (id: number, body: BulkUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-bulks-id',
          path: byId(id),
          body: checked(bulkUpdateBody, body),
          read: json(bulkSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /** Not while `running`. */
    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-bulks-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),

    /**
     * The most the bulk would cost (worst case over the variables' longest values; up to 6000
     * `list_id` entries). Creates nothing, so it is repeated like a read.
     */
    calculate: (body: BulkCalculate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-bulks-calculate',
          body: checked(bulkCalculateBody, body),
          read: json(costEstimateSchema),
          retry: 'idempotent',
        },
        options,
      ),
  };
  return bulks;
}

export type BulksApi = ReturnType<typeof createBulksApi>;
