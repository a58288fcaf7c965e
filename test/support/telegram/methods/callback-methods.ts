import { z } from 'zod';
import type { MethodHandler } from '../api/bot-api-core.js';
import { badRequest, fail, ok } from '../api/bot-api-error.js';
import { boolParam, parseParams, stringParam } from '../api/params.js';

const answerSchema = z.looseObject({
  callback_query_id: z.string().min(1),
  text: stringParam.optional(),
  show_alert: boolParam.optional(),
  url: z.string().optional(),
});

/** Telegram shows at most 200 characters of an answer's notification. */
const MAX_ANSWER_TEXT = 200;

const answerCallbackQuery: MethodHandler = (core, request) => {
  const params = parseParams(answerSchema, request.params);
  if (!params.ok) return params;
  const { callback_query_id: id, text, show_alert: showAlert, url } = params.value;
  if (text !== undefined && text.length > MAX_ANSWER_TEXT) return fail(badRequest('MESSAGE_TOO_LONG'));
  const result = core.callbacks.answer(id, {
    ...(text === undefined ? {} : { text }),
    ...(showAlert === undefined ? {} : { show_alert: showAlert }),
    ...(url === undefined ? {} : { url }),
  });
  return result === 'accepted'
    ? ok(true)
    : fail(badRequest('query is too old and response timeout expired or query ID is invalid'));
};

export const callbackMethods: Readonly<Record<string, MethodHandler>> = { answerCallbackQuery };
