/** `/lists*` and `/contacts/{id}`. */
import {
  appendList,
  appendListInput,
  createList,
  createListInput,
  deleteContact,
  deleteList,
  deleteNonexistent,
  ignoreNonexistent,
  updateList,
  updateListInput,
} from '../actions/lists.js';
import { notFound } from '../actions/result.js';
import { paginate } from '../views/pagination.js';
import { apiUrl } from '../views/render-context.js';
import { contactView, listDetailView, listView } from '../views/lists.js';
import { applyListing, listingQuery } from './listing.js';
import { idOf, json, noContent, pageOf, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

export const listHandlers = {
  'get-lists': (req) => {
    const query = listingQuery.parse(req.query);
    return replyWith(applyListing(req.ctx.account.lists.values(), query, 'reject'), (lists) => {
      // The contract answers 404 when nothing has the requested client_id.
      if (query.client_id !== undefined && lists.length === 0) return json(404, { message: 'Not found.' });
      return json(200, paginate(lists, query.page, `${apiUrl(req.rc)}/lists`, (l) => listView(l, req.rc.now)));
    });
  },
  'post-lists': (req) =>
    replyWith(createList(req.ctx, createListInput.parse(req.body)), (list) => json(201, listView(list, req.rc.now))),
  'get-lists-id': (req) => {
    const list = req.ctx.account.lists.get(idOf(req));
    return list ? json(200, listDetailView(req.ctx.account, list, pageOf(req), req.rc)) : notFound;
  },
  'put-lists-id': (req) =>
    replyWith(updateList(req.ctx, idOf(req), updateListInput.parse(req.body)), (list) =>
      json(200, listView(list, req.rc.now)),
    ),
  'delete-lists-id': (req) => replyWith(deleteList(req.ctx, idOf(req)), () => noContent),
  'post-lists-append-id': (req) =>
    replyWith(appendList(req.ctx, idOf(req), appendListInput.parse(req.body)), (list) => {
      const { id, client_id, contacts_count, created_at, updated_at } = listView(list, req.rc.now);
      return json(201, { id, client_id, contacts_count, created_at, updated_at });
    }),
  'delete-lists-nonexistent-id': (req) => replyWith(deleteNonexistent(req.ctx, idOf(req)), () => noContent),
  'put-lists-nonexistent-id': (req) =>
    replyWith(ignoreNonexistent(req.ctx, idOf(req)), (list) => json(200, listView(list, req.rc.now))),
  'get-contacts-id': (req) => {
    const contact = req.ctx.account.contacts.get(idOf(req));
    return contact ? json(200, contactView(contact)) : notFound;
  },
  'delete-contacts-id': (req) => replyWith(deleteContact(req.ctx, idOf(req)), () => noContent),
} satisfies Record<string, AccountHandler>;
