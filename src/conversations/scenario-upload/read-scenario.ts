/**
 * Reading a scenario someone sent (a .json file or pasted text) outside the conversation's replay: downloaded,
 * decoded as UTF-8, checked as JSON, and kept in a draft, so the conversation only holds the draft's key.
 */
import { z } from 'zod';
import type { BotContext } from '../../bot/context.js';
import { downloadTelegramFile } from '../../bot/downloads.js';
import { truncateText } from '../../domain/text/index.js';
import type { Reply } from '../kit/replies.js';
import { findJsonProblem, type JsonProblem } from './json-syntax.js';

/** Scenarios are small; anything bigger is not one. */
export const SCENARIO_MAX_BYTES = 1024 * 1024;
const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

export type ScenarioInput = Extract<Reply, { kind: 'document' | 'text' }>;

export type ReadScenario =
  | { ok: true; draftKey: string; fileName: string | null }
  | { ok: false; kind: 'too_big' | 'unavailable' | 'not_utf8' }
  | { ok: false; kind: 'syntax'; problem: JsonProblem };

const draftKey = (wizardId: string) => `${wizardId}:scenario`;

export async function readScenario(ctx: BotContext, wizardId: string, input: ScenarioInput): Promise<ReadScenario> {
  let text: string;
  if (input.kind === 'text') {
    text = input.text;
  } else {
    const source = { api: ctx.api, apiRoot: ctx.deps.config.TELEGRAM_API_ROOT };
    const download = await downloadTelegramFile(source, input.fileId, SCENARIO_MAX_BYTES, input.size ?? undefined);
    if (!download.ok) return download;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(download.bytes);
    } catch {
      return { ok: false, kind: 'not_utf8' };
    }
  }
  const problem = findJsonProblem(text);
  if (problem) return { ok: false, kind: 'syntax', problem };
  await ctx.deps.store.drafts.put(draftKey(wizardId), text.replace(/^\uFEFF/, ''), DRAFT_TTL_MS);
  return { ok: true, draftKey: draftKey(wizardId), fileName: input.kind === 'document' ? input.fileName : null };
}

/** The scenario text kept by `readScenario`, or null when the draft expired. */
export function scenarioDraft(ctx: BotContext, key: string): Promise<string | null> {
  return ctx.deps.store.drafts.get(key, z.string());
}

/** A name suggested by the file's name: `survey-april.json` → `survey-april`, within the contract's 40 characters. */
export function nameFromFile(fileName: string | null, max: number): string | null {
  if (fileName === null) return null;
  const base = fileName.replace(/\.json$/i, '').trim();
  return base === '' ? null : truncateText(base, max, '');
}
