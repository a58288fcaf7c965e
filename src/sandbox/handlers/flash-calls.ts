/** `/flash-calls`. */
import { flashCallInput, sendFlashCall } from '../actions/flash-calls.js';
import { json, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

export const flashCallHandlers = {
  'post-flash-calls': (req) =>
    replyWith(sendFlashCall(req.ctx, flashCallInput.parse(req.body)), (call) =>
      json(201, { id: call.id, code: call.code, number: call.number }),
    ),
} satisfies Record<string, AccountHandler>;
