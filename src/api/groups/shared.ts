import { z } from 'zod';
import type { CallOptions } from '../client-options.js';
import { isAutocallError } from '../errors.js';
import type { RetryPolicy } from '../executor.js';
import { checked, type Checked } from '../request-builder.js';
import { resourceId } from '../schemas/primitives.js';

const idParams = z.object({ id: resourceId });

/** `{id}` of the path: a positive integer. */
export function byId(id: number): Checked {
  return checked(idParams, { id });
}

/**
 * Creates carrying a `client_id` can be recovered after an ambiguous failure by finding what
 * the server may have created; without one they are never retried.
 */
export function recoverByClientId<T>(
  clientId: string | undefined,
  find: (clientId: string, options: CallOptions) => Promise<T | undefined>,
): RetryPolicy<T> {
  return clientId === undefined ? 'never' : { recover: (options) => find(clientId, options) };
}

/** The newest item carrying `clientId`; `undefined` for none, including the server's 404 for none. */
export async function newestByClientId<T extends { id: number; client_id?: string | null | undefined }>(
  page: Promise<{ data: T[] }>,
  clientId: string,
): Promise<T | undefined> {
  try {
    const matches = (await page).data.filter((item) => item.client_id === clientId);
    return matches.reduce<T | undefined>((newest, item) => (newest === undefined || item.id > newest.id ? item : newest), undefined);
  } catch (error) {
    if (isAutocallError(error) && error.kind === 'not_found') return undefined;
    throw error;
  }
}
