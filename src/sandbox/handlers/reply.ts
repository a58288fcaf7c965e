/** Small helpers shared by the handlers: replies, and the path and query values every resource reads. */
import { z } from 'zod';
import type { Result } from '../actions/result.js';
import type { Outcome, Reply, RequestValues } from './types.js';

export function json(status: number, body: unknown): Reply {
  return { kind: 'json', status, body };
}

export const noContent: Reply = { kind: 'empty', status: 204 };

/** The reply for a successful action, or its failure as it is. */
export function replyWith<T>(result: Result<T>, render: (value: T) => Reply): Outcome {
  return result.kind === 'ok' ? render(result.value) : result;
}

const idParams = z.object({ id: z.number().int() });
const pageQuery = z.object({ page: z.number().int().default(1) });

export function idOf(req: RequestValues): number {
  return idParams.parse(req.params).id;
}

export function pageOf(req: RequestValues): number {
  return pageQuery.parse(req.query).page;
}
