import { parseRetryAfter } from './backoff.js';
import { AutocallError, type AutocallErrorDetails, type FieldErrors } from './errors.js';
import { parseJsonBody } from './response-readers.js';
import { errorBodySchema } from './schemas/server-errors.js';
import { headerValue, type HttpResponse } from './transport.js';

/** Where the failed request was going: the error context minus what the response tells. */
export interface RequestPlace {
  operation: string;
  method: string;
  path: string;
}

/** Maps a non-2xx response to the error kind its status means, with the server's message. */
export function errorFromResponse(response: HttpResponse, place: RequestPlace, nowMs: number): AutocallError {
  const parsed = errorBodySchema.safeParse(parseJsonBody(response.body));
  const body = parsed.success ? parsed.data : {};
  const fields: FieldErrors = body.errors ?? {};
  const details = detailsFor(response.status, fields, () =>
    parseRetryAfter(headerValue(response, 'retry-after'), nowMs),
  );
  return new AutocallError(details, { ...place, status: response.status, serverMessage: body.message ?? null });
}

function detailsFor(status: number, fields: FieldErrors, retryAfterMs: () => number | null): AutocallErrorDetails {
  switch (status) {
    case 401:
      return { kind: 'unauthenticated' };
    case 402:
      return { kind: 'insufficient_funds' };
    case 403:
      return { kind: 'forbidden', fields };
    case 404:
    case 410:
      return { kind: 'not_found' };
    case 409:
      return { kind: 'conflict' };
    // 400 and 413 are the request being refused as malformed or too large, like a 422.
    case 400:
    case 413:
    case 422:
      return { kind: 'validation', fields };
    case 429:
      return { kind: 'rate_limited', retryAfterMs: retryAfterMs() };
    default:
      return status >= 500
        ? { kind: 'server' }
        : { kind: 'invalid_response', issues: [`unexpected HTTP status ${status}`] };
  }
}
