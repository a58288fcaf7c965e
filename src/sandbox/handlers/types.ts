/**
 * The shape of operation handlers: they get a request already checked against the contract and return a reply
 * or a failure value; `http/` turns either into bytes.
 */
import type { Failure } from '../actions/result.js';
import type { Ctx } from '../state/context.js';
import type { World } from '../state/world.js';
import type { RenderContext } from '../views/render-context.js';

export type Reply =
  | { kind: 'json'; status: number; body: unknown }
  | { kind: 'empty'; status: 204 }
  | { kind: 'binary'; contentType: string; fileName: string; bytes: Buffer };

export type Outcome = Reply | Failure;

/** Input values as the contract validator returned them (query and path cast to their declared types). */
export interface RequestValues {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
  rc: RenderContext;
}

export interface AccountRequest extends RequestValues {
  ctx: Ctx;
}

export interface PublicRequest extends RequestValues {
  world: World;
  ip: string;
}

export type AccountHandler = (req: AccountRequest) => Outcome;
export type PublicHandler = (req: PublicRequest) => Outcome;
