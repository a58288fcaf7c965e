/** `/bulks*` and `/messages/{id}`. */
import { z } from 'zod';
import { bulkInput, calculateBulk, createBulk, deleteBulk, updateBulk, updateBulkInput } from '../actions/bulks.js';
import { notFound } from '../actions/result.js';
import { bulkDetailView, bulkSummaryView, messageView } from '../views/bulks.js';
import { paginate } from '../views/pagination.js';
import { apiUrl } from '../views/render-context.js';
import { applyListing, listingQuery } from './listing.js';
import { idOf, json, noContent, pageOf, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

/** The contract types a message id in the path as a string; only digits can name one. */
const messageParams = z.object({ id: z.string() });

export const bulkHandlers = {
  'get-bulks': (req) => {
    const query = listingQuery.parse(req.query);
    return replyWith(applyListing(req.ctx.account.bulks.values(), query, 'ignore'), (bulks) =>
      json(200, paginate(bulks, query.page, `${apiUrl(req.rc)}/bulks`, bulkSummaryView)),
    );
  },
  'post-bulks': (req) =>
    replyWith(createBulk(req.ctx, bulkInput.parse(req.body)), (bulk) =>
      json(201, bulkDetailView(req.ctx.account, bulk, 1, req.rc)),
    ),
  'get-bulks-id': (req) => {
    const bulk = req.ctx.account.bulks.get(idOf(req));
    return bulk ? json(200, bulkDetailView(req.ctx.account, bulk, pageOf(req), req.rc)) : notFound;
  },
  'put-bulks-id': (req) =>
    replyWith(updateBulk(req.ctx, idOf(req), updateBulkInput.parse(req.body)), (bulk) =>
      json(200, bulkDetailView(req.ctx.account, bulk, 1, req.rc)),
    ),
  'delete-bulks-id': (req) => replyWith(deleteBulk(req.ctx, idOf(req)), () => noContent),
  'post-bulks-calculate': (req) =>
    replyWith(calculateBulk(req.ctx, bulkInput.parse(req.body)), (maxCost) => json(201, { max_cost: maxCost })),
  'get-messages-id': (req) => {
    const { id } = messageParams.parse(req.params);
    const message = /^\d+$/.test(id) ? req.ctx.account.messages.get(Number(id)) : undefined;
    return message && req.ctx.account.bulks.has(message.bulkId) ? json(200, messageView(message)) : notFound;
  },
} satisfies Record<string, AccountHandler>;
