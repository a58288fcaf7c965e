/**
 * Fault injection for tests of clients: added latency, 5xx answers, forced 429s, malformed JSON, dropped
 * connections, requests that are processed but whose response is lost (to test that a retried POST is not
 * doubled), and a given answer in place of the route's (a status the contract does not declare for it, such as a
 * 402 or 403 a real server may still send). Each rule can be limited to a path prefix and a method, fire for a share of requests (`rate`, drawn
 * from the seed, so runs repeat) and expire after `times` firings. Faults touch `/api/*` only.
 */
import { z } from 'zod';
import { unitFor } from '../core/random.js';

const target = {
  /** Prefix of the request path, e.g. `/api/v1/flash-calls`; all API paths when absent. */
  path: z.string().startsWith('/').optional(),
  method: z
    .string()
    .transform((m) => m.toUpperCase())
    .optional(),
  /** Share of matching requests the rule fires for (default 1: all). */
  rate: z.number().min(0).max(1).default(1),
  /** The rule is removed after firing this many times (default: never). */
  times: z.number().int().positive().optional(),
};

export const faultSpecSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('latency'), ms: z.number().int().min(0).max(120_000), ...target }),
  z.object({
    kind: z.literal('server-error'),
    status: z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]).default(500),
    ...target,
  }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.number().int().min(0).default(1), ...target }),
  /** The request is processed; the response body is cut in the middle. */
  z.object({ kind: z.literal('malformed-json'), ...target }),
  /** The connection is closed before the request is processed. */
  z.object({ kind: z.literal('drop-connection'), ...target }),
  /** The request is processed; the connection is closed instead of answering. */
  z.object({ kind: z.literal('drop-response'), ...target }),
  /** The request is not processed; this status and JSON body are the answer. */
  z.object({ kind: z.literal('respond'), status: z.number().int().min(200).max(599), body: z.json().default({}), ...target }),
]);

/** A fault rule as tests write it (defaults applied by the sandbox). */
export type FaultSpec = z.input<typeof faultSpecSchema>;
type FaultRule = z.output<typeof faultSpecSchema>;

export type EarlyFault =
  | { kind: 'server-error'; status: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'drop-connection' }
  | { kind: 'respond'; status: number; body: unknown };

export interface FaultPlan {
  latencyMs: number;
  /** Answer without processing. */
  early: EarlyFault | null;
  /** Process, then spoil the answer. */
  late: 'malformed-json' | 'drop-response' | null;
}

const NO_FAULT: FaultPlan = { latencyMs: 0, early: null, late: null };

function sameTarget(a: FaultRule, b: FaultRule): boolean {
  return a.kind === b.kind && a.path === b.path && a.method === b.method;
}

export class FaultBoard {
  private rules: FaultRule[] = [];
  private draws = 0;

  constructor(private readonly seed: number) {}

  /** Installs a rule; it replaces an earlier rule of the same kind, path and method. */
  set(spec: FaultSpec): void {
    const rule = faultSpecSchema.parse(spec);
    this.rules = [...this.rules.filter((r) => !sameTarget(r, rule)), rule];
  }

  clear(): void {
    this.rules = [];
  }

  private fires(rule: FaultRule, method: string, path: string): boolean {
    if (rule.method !== undefined && rule.method !== method.toUpperCase()) return false;
    if (rule.path !== undefined && !path.startsWith(rule.path)) return false;
    if (rule.rate < 1 && unitFor(this.seed, 'fault', this.draws++) >= rule.rate) return false;
    if (rule.times !== undefined) {
      rule.times -= 1;
      if (rule.times === 0) this.rules = this.rules.filter((r) => r !== rule);
    }
    return true;
  }

  /** What happens to this request. Latencies add up; of the other rules, the first one that fires applies. */
  decide(method: string, path: string): FaultPlan {
    if (this.rules.length === 0) return NO_FAULT;
    const plan: FaultPlan = { latencyMs: 0, early: null, late: null };
    for (const rule of [...this.rules]) {
      if (rule.kind === 'latency') {
        if (this.fires(rule, method, path)) plan.latencyMs += rule.ms;
        continue;
      }
      if (plan.early || plan.late || !this.fires(rule, method, path)) continue;
      if (rule.kind === 'server-error') plan.early = { kind: 'server-error', status: rule.status };
      else if (rule.kind === 'rate-limit') plan.early = { kind: 'rate-limit', retryAfterSeconds: rule.retryAfterSeconds };
      else if (rule.kind === 'drop-connection') plan.early = { kind: 'drop-connection' };
      else if (rule.kind === 'respond') plan.early = { kind: 'respond', status: rule.status, body: rule.body };
      else plan.late = rule.kind;
    }
    return plan;
  }
}
