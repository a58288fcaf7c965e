/**
 * Recorded audio of calls: the whole conversation (`record: true` campaigns) and subscribers' voice answers in
 * interactive campaigns, which can also be transcribed for the tariff's recognition price per second.
 */
import { intFor } from '../core/random.js';
import { recognizedAnswer } from '../domain/speech.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, charge } from '../state/ledger.js';
import type { CallRecord } from '../state/records.js';
import { notFound, ok, type Result } from './result.js';

/** The call behind `GET /calls/recordings/{id}`, if its conversation was recorded. */
export function recordedCall(ctx: Ctx, callId: number): Result<CallRecord> {
  const call = ctx.account.calls.get(callId);
  const autocall = call ? ctx.account.autocalls.get(call.autocallId) : undefined;
  if (!call || !autocall?.record || call.duration === 0) return notFound;
  return ok(call);
}

export interface VoiceAnswer {
  file: string;
  seconds: number;
}

/** A voice answer by file name (`rec-<call>-<step>.wav`), if it belongs to one of the account's calls. */
export function voiceAnswer(ctx: Ctx, file: string): Result<VoiceAnswer> {
  const callId = Number(/^rec-(\d+)-\d+\.wav$/.exec(file)?.[1]);
  const call = ctx.account.calls.get(callId);
  if (!call?.recordings.includes(file) || !ctx.account.autocalls.has(call.autocallId)) return notFound;
  return ok({ file, seconds: intFor(2, 8, ctx.world.seed, 'answer-length', file) });
}

export function transcribe(ctx: Ctx, answer: VoiceAnswer): Result<string> {
  const price = answer.seconds * TARIFFS[ctx.account.tariff].speechPrice;
  if (!canAfford(ctx, price)) return { kind: 'payment-required', message: 'Недостаточно средств для распознавания речи.' };
  charge(ctx, price, `Распознавание речи ${answer.file}`);
  return ok(recognizedAnswer(ctx.world.seed, answer.file));
}
