/**
 * The public test call: a real call from AutoCall to a Kazakh number, no account needed. The contract's limits
 * (one call per number a day, 09:00–21:30 Almaty time, two requests a minute per IP) are the server's; every bot
 * user shares the bot's one IP, so each person also gets a few test calls a day here, and nobody can use the bot
 * to ring a stranger's phone over and over.
 */
import { isAutocallError } from '../../../api/index.js';
import { formatPhone, normalisePhone, type PhoneFailure } from '../../../domain/phone/index.js';
import type { BotContext } from '../../context.js';

export const TEST_CALLS_PER_PERSON_A_DAY = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/** What became of a test call, as plain JSON (wizards keep it in their replay log). */
export type TestCallOutcome =
  | { kind: 'called'; number: string }
  /** 422: outside 09:00–21:30, or a number the server refuses. */
  | { kind: 'unavailable'; reason: string }
  /** 429: this number had its test call today, or too many requests a minute. */
  | { kind: 'too_many'; reason: string }
  /** 403: the number is blacklisted or the request blocked. */
  | { kind: 'refused'; reason: string }
  /** This person's own daily allowance here is used up. */
  | { kind: 'person_limit' };

export async function placeTestCall(ctx: BotContext, phone: string): Promise<TestCallOutcome> {
  const used = await ctx.deps.store.kv.incrWindow(`testcall:${ctx.viewer.userId}`, DAY_MS);
  if (used > TEST_CALLS_PER_PERSON_A_DAY) return { kind: 'person_limit' };
  try {
    const result = await ctx.deps.apis.public.testCall({ phone });
    return { kind: 'called', number: result.number ?? `+7${phone}` };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    const reason = error.serverMessage ?? (error.kind === 'validation' ? Object.values(error.fields).flat().join('; ') : '');
    ctx.log.info({ kind: error.kind, status: error.status }, 'test call refused');
    if (error.kind === 'validation') return { kind: 'unavailable', reason };
    if (error.kind === 'rate_limited') return { kind: 'too_many', reason };
    if (error.kind === 'forbidden') return { kind: 'refused', reason };
    throw error;
  }
}

export function testCallOutcomeText(ctx: Pick<BotContext, 't'>, outcome: TestCallOutcome): string {
  switch (outcome.kind) {
    case 'called':
      return ctx.t('testcall-called', { number: formatPhone(outcome.number) });
    case 'unavailable':
      return ctx.t('testcall-unavailable', { reason: outcome.reason });
    case 'too_many':
      return ctx.t('testcall-too-many', { reason: outcome.reason });
    case 'refused':
      return ctx.t('testcall-refused', { reason: outcome.reason });
    case 'person_limit':
      return ctx.t('testcall-person-limit', { count: TEST_CALLS_PER_PERSON_A_DAY });
  }
}

/** Why a typed number cannot get a test call, in the person's language. */
export function testCallPhoneError(ctx: Pick<BotContext, 't'>, failure: PhoneFailure): string {
  if (failure.kind === 'pattern_rejected') return ctx.t('testcall-phone-code', { code: failure.code, codes: failure.allowed.join(', ') });
  return ctx.t('testcall-phone-invalid', { input: failure.input });
}

/** The number as the endpoint takes it (ten digits), or why not. */
export function readTestCallPhone(input: string): { ok: true; phone: string } | { ok: false; failure: PhoneFailure } {
  const result = normalisePhone(input, 'test_call');
  return result.ok ? { ok: true, phone: result.wire } : { ok: false, failure: result };
}
