/** `/autocalls*` and `/calls*`. */
import { autocallInput, calculateAutocall } from '../actions/autocall-plan.js';
import {
  createAutocall,
  deleteAutocall,
  relaunchAutocall,
  updateAutocall,
  updateAutocallInput,
} from '../actions/autocalls.js';
import { recordedCall } from '../actions/recordings.js';
import { notFound } from '../actions/result.js';
import { voiceWav } from '../domain/wav.js';
import { autocallDetailView, autocallSummaryView, callView } from '../views/autocalls.js';
import { listView } from '../views/lists.js';
import { paginate } from '../views/pagination.js';
import { apiUrl } from '../views/render-context.js';
import { applyListing, listingQuery } from './listing.js';
import { idOf, json, noContent, pageOf, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

/** Recordings are served up to this length: enough to be real audio, small enough to stay cheap. */
const MAX_RECORDING_SECONDS = 30;

export const autocallHandlers = {
  'get-autocalls': (req) => {
    const query = listingQuery.parse(req.query);
    return replyWith(applyListing(req.ctx.account.autocalls.values(), query, 'ignore'), (autocalls) =>
      json(200, paginate(autocalls, query.page, `${apiUrl(req.rc)}/autocalls`, autocallSummaryView)),
    );
  },
  'post-autocalls': (req) =>
    replyWith(createAutocall(req.ctx, autocallInput.parse(req.body)), (created) =>
      created.kind === 'accepted'
        ? json(202, { message: 'Обзвон принят в обработку и появится в списке после создания.' })
        : json(201, autocallDetailView(req.ctx.account, created.autocall, 1, req.rc)),
    ),
  'get-autocalls-id': (req) => {
    const autocall = req.ctx.account.autocalls.get(idOf(req));
    return autocall ? json(200, autocallDetailView(req.ctx.account, autocall, pageOf(req), req.rc)) : notFound;
  },
  'put-autocalls-id': (req) =>
    replyWith(updateAutocall(req.ctx, idOf(req), updateAutocallInput.parse(req.body)), (autocall) =>
      json(200, autocallDetailView(req.ctx.account, autocall, 1, req.rc)),
    ),
  'delete-autocalls-id': (req) => replyWith(deleteAutocall(req.ctx, idOf(req)), () => noContent),
  'post-autocalls-calculate': (req) =>
    replyWith(calculateAutocall(req.ctx, autocallInput.parse(req.body)), (maxCost) => json(201, { max_cost: maxCost })),
  'get-autocalls-relaunch-id': (req) =>
    replyWith(relaunchAutocall(req.ctx, idOf(req)), (list) => {
      const { id, name, created_at, updated_at, used, contacts_count, importing } = listView(list, req.rc.now);
      return json(201, { id, name, created_at, updated_at, used, contacts_count, importing });
    }),
  'get-calls-id': (req) => {
    const call = req.ctx.account.calls.get(idOf(req));
    return call && req.ctx.account.autocalls.has(call.autocallId) ? json(200, callView(call)) : notFound;
  },
  'get-calls-recordings-id': (req) =>
    replyWith(recordedCall(req.ctx, idOf(req)), (call) => ({
      kind: 'binary',
      contentType: 'audio/wav',
      fileName: `call-${call.id}.wav`,
      bytes: voiceWav(Math.min(call.duration, MAX_RECORDING_SECONDS), `${req.ctx.world.seed}:call:${call.id}`),
    })),
} satisfies Record<string, AccountHandler>;
