/**
 * Finds the contract operation for a request path. Templates are matched segment by segment; where two templates
 * fit (`/autocalls/calculate` and `/autocalls/{id}`), the one with more literal segments wins, as in Laravel's
 * router where fixed routes are registered before parameterised ones.
 */
import { contract, type ApiBase, type HttpMethod, type SpecOperation } from './spec.js';

type Segment = { literal: string } | { param: string };

interface CompiledRoute {
  operation: SpecOperation;
  segments: Segment[];
  literals: number;
}

export type RouteMatch =
  | { kind: 'matched'; operation: SpecOperation; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: HttpMethod[] }
  | { kind: 'no-route' };

function compile(operation: SpecOperation): CompiledRoute {
  const segments = operation.path
    .split('/')
    .filter(Boolean)
    .map((part): Segment => {
      const param = /^\{(.+)\}$/.exec(part)?.[1];
      return param === undefined ? { literal: part } : { param };
    });
  return { operation, segments, literals: segments.filter((s) => 'literal' in s).length };
}

const routes: CompiledRoute[] = contract.operations
  .map(compile)
  .sort((a, b) => b.literals - a.literals);

function matchSegments(route: CompiledRoute, parts: string[]): Record<string, string> | null {
  if (route.segments.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of route.segments.entries()) {
    const part = parts[index] ?? '';
    if ('literal' in segment) {
      if (segment.literal !== part) return null;
    } else {
      params[segment.param] = part;
    }
  }
  return params;
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Matches `path` (relative to the base, e.g. `/lists/5`) against the contract's operations on `base`. */
export function matchRoute(base: ApiBase, method: string, path: string): RouteMatch {
  const decoded = path.split('/').filter(Boolean).map(decode);
  if (decoded.some((part) => part === null)) return { kind: 'no-route' };
  const parts = decoded.filter((part): part is string => part !== null);
  const allowed: HttpMethod[] = [];
  let best: RouteMatch | null = null;
  for (const route of routes) {
    if (route.operation.base !== base) continue;
    const params = matchSegments(route, parts);
    if (!params) continue;
    if (route.operation.method === method.toLowerCase()) {
      best ??= { kind: 'matched', operation: route.operation, params };
    } else {
      allowed.push(route.operation.method);
    }
  }
  if (best) return best;
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'no-route' };
}

/** Every operation of the contract by its `operationId`. */
export const operationsById: ReadonlyMap<string, SpecOperation> = new Map(
  contract.operations.map((op) => [op.id, op]),
);
