import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent } from '../response-readers.js';
import {
  contactListPageSchema,
  contactListSchema,
  contactListWithContactsSchema,
  listAppendBody,
  listAppendResultSchema,
  listCreateBody,
  listUpdateBody,
  type ListAppend,
  type ListCreate,
  type ListUpdate,
} from '../schemas/contact-lists.js';
import { filteredPageQuery, pageQuery, type FilteredPageQuery, type PageQuery } from '../schemas/primitives.js';
import { byId, newestByClientId, recoverByClientId } from './shared.js';

/** Contact lists (`/lists`). */
export function createListsApi(call: Caller) {
  const lists = {
    /**
     * A page of lists. Quirk of the server: filtering by a `client_id` that matches nothing is a
     * `not_found` error, not an empty page.
     */
    list: (query: FilteredPageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-lists',
          query: checked(filteredPageQuery, query),
          read: json(contactListPageSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /**
     * Creates a list of up to 10 000 numbers (add more with `append`). With a unique `client_id`,
     * a create whose outcome is unknown is looked up before it is sent again.
     */
    create: (body: ListCreate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-lists',
          body: checked(listCreateBody, body),
          read: json(contactListSchema),
          retry: recoverByClientId(body.client_id, (clientId, lookup) =>
            newestByClientId(lists.list({ client_id: clientId, order: 'desc' }, lookup), clientId),
          ),
        },
        options,
      ),

    /** The list and one page of its contacts. */
    get: (id: number, query: PageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-lists-id',
          path: byId(id),
          query: checked(pageQuery, query),
          read: json(contactListWithContactsSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /** Renames the list or changes its `client_id`. */
    update: (id: number, body: ListUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-lists-id',
          path: byId(id),
          body: checked(listUpdateBody, body),
          read: json(contactListSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /** Deletes the list and its contacts. */
    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-lists-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),

    /** Adds up to 10 000 numbers. Never repeated automatically: a second send would add them twice. */
    append: (id: number, body: ListAppend, options?: CallOptions) =>
      call(
        {
          operationId: 'post-lists-append-id',
          path: byId(id),
          body: checked(listAppendBody, body),
          read: json(listAppendResultSchema),
          retry: 'never',
        },
        options,
      ),

    /** Removes the numbers operators reported as nonexistent during autocalls. */
    deleteNonexistent: (id: number, options?: CallOptions) =>
      call(
        { operationId: 'delete-lists-nonexistent-id', path: byId(id), read: noContent, retry: 'idempotent' },
        options,
      ),

    /** Keeps the nonexistent numbers and clears the flag. */
    ignoreNonexistent: (id: number, options?: CallOptions) =>
      call(
        {
          operationId: 'put-lists-nonexistent-id',
          path: byId(id),
          read: json(contactListSchema),
          retry: 'idempotent',
        },
        options,
      ),
  };
  return lists;
}

export type ListsApi = ReturnType<typeof createListsApi>;
