import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { json, noContent, type ResponseReader } from '../response-readers.js';
import {
  autocallCreateBody,
  autocallPageSchema,
  autocallSchema,
  autocallUpdateBody,
  costEstimateSchema,
  relaunchedListSchema,
  type AutocallCreate,
  type AutocallCreateResult,
  type AutocallUpdate,
} from '../schemas/autocalls.js';
import { filteredPageQuery, pageQuery, type FilteredPageQuery, type PageQuery } from '../schemas/primitives.js';
import { byId, newestByClientId, recoverByClientId } from './shared.js';

const readAutocall = json(autocallSchema);

/** 201 carries the autocall; 202 means it is being created in the background, with no body. */
const readCreated: ResponseReader<AutocallCreateResult> = (response) =>
  response.status === 202 ? { status: 'accepted' } : { status: 'created', autocall: readAutocall(response) };

/** Call campaigns (`/autocalls`). */
export function createAutocallsApi(call: Caller) {
  const autocalls = {
    /** A page of autocalls, filtered by dates or `client_id`. */
    list: (query: FilteredPageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-autocalls',
          query: checked(filteredPageQuery, query),
          read: json(autocallPageSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /**
     * Launches an autocall: `regular` needs `audio_id`, `interactive` a `scenario_id`; `list_id`
     * takes list ids and/or inline numbers. 403 `forbidden` when the server suspects spam.
     *
     * Pass a unique `client_id`: when the outcome is unknown (timeout, reset, 5xx) the SDK then
     * looks the autocall up and only sends again if it does not exist, so a launch is never
     * doubled. Without `client_id` such a failure is thrown as it is.
     */
    create: (body: AutocallCreate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-autocalls',
          body: checked(autocallCreateBody, body),
          read: readCreated,
          retry: recoverByClientId(body.client_id, async (clientId, lookup) => {
            const found = await newestByClientId(autocalls.list({ client_id: clientId, order: 'desc' }, lookup), clientId);
            return found === undefined
              ? undefined
              : { status: 'created' as const, autocall: await autocalls.get(found.id, {}, lookup) };
          }),
        },
        options,
      ),

    /** The autocall, its counters and one page of its calls. */
    get: (id: number, query: PageQuery = {}, options?: CallOptions) =>
      call(
        {
          operationId: 'get-autocalls-id',
          path: byId(id),
          query: checked(pageQuery, query),
          read: readAutocall,
          retry: 'idempotent',
        },
        options,
      ),

    /** Only while `awaiting` or `moderation`. */
    update: (id: number, body: AutocallUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-autocalls-id',
          path: byId(id),
          body: checked(autocallUpdateBody, body),
          read: readAutocall,
          retry: 'idempotent',
        },
        options,
      ),

    /** Not while `running`. */
    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-autocalls-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),

    /**
     * The most the autocall would cost, for the same body as `create`. A POST, yet it creates
     * nothing, so it is repeated like a read.
     */
    calculate: (body: AutocallCreate, options?: CallOptions) =>
      call(
        {
          operationId: 'post-autocalls-calculate',
          body: checked(autocallCreateBody, body),
          read: json(costEstimateSchema),
          retry: 'idempotent',
        },
        options,
      ),

    /**
     * Makes a new contact list of the numbers a `completed` autocall did not reach (403 before
     * then). A GET, yet it creates a list, so it is never repeated automatically.
     */
    relaunch: (id: number, options?: CallOptions) =>
      call(
        {
          operationId: 'get-autocalls-relaunch-id',
          path: byId(id),
          read: json(relaunchedListSchema),
          retry: 'never',
        },
        options,
      ),
  };
  return autocalls;
}

export type AutocallsApi = ReturnType<typeof createAutocallsApi>;
