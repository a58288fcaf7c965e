/**
 * Uploading a collection to AutoCall: `POST /lists` with the first 10 000 numbers (or, appending, straight to
 * `POST /lists/append/{id}`), then the rest in parts of 10 000. Each function runs inside `conversation.external`
 * and returns plain data, so the conversation can show progress between parts.
 *
 * Nothing is sent twice: a part that went through is marked in the store (a crash and a replay skip it); a part
 * whose answer was lost (timeout, 5xx, dropped connection) is checked against the list's count before it is sent
 * again; the list itself carries the wizard id as `client_id` and is created once (`launchOnce`).
 */
import { type AutocallApi, type AutocallError, type AutocallErrorKind, isAutocallError, type ContactList } from '../../api/index.js';
import { newestByClientId } from '../../api/groups/shared.js';
import type { BotContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import { type ContactEntry, LIST_CHUNK_SIZE } from '../../domain/contacts/index.js';
import type { KvRepo } from '../../store/index.js';
import { launchOnce } from '../kit/launch-once.js';
import { wizardApi } from '../kit/wizard-env.js';
import { deleteDraft, DRAFT_TTL_MS, loadPage, pageCount, readTotals } from './contact-draft.js';

/** A part is sent at most this many times when its answer is lost. */
const PART_ATTEMPTS = 3;
/** Failures after which the request may or may not have been carried out. */
const OUTCOME_UNKNOWN: ReadonlySet<AutocallErrorKind> = new Set(['server', 'network', 'timeout', 'invalid_response', 'rate_limited', 'queue_full']);

export interface UploadJob {
  wizardId: string;
  accountId: string;
  /** The list to append to; null creates a list named `name`. */
  listId: number | null;
  name: string;
}

export interface Upload {
  listId: number;
  name: string;
  /** Numbers to upload. */
  total: number;
  parts: number;
  /** The list's count before this upload (0 for a new list). */
  base: number;
}

/** Why an upload cannot go on; `refused` carries AutoCall's answer as a human message. */
export type UploadStop = { ok: false; kind: 'expired' | 'busy' | 'list_gone' } | { ok: false; kind: 'refused'; reasonHtml: string };

export type StartResult = { ok: true; upload: Upload } | UploadStop;
export type PartResult = { ok: true } | UploadStop;

export interface Uploaded {
  id: number;
  name: string;
  count: number;
}

/** Numbers uploaded once the parts up to `index` are in. */
export function uploadedThrough(upload: Upload, index: number): number {
  return Math.min(upload.total, (index + 1) * LIST_CHUNK_SIZE);
}

const wire = ({ number, extra, variables }: ContactEntry) => ({ number, ...(extra === undefined ? {} : { extra }), ...(variables === undefined ? {} : { variables }) });

const partMark = (wizardId: string, index: number) => `${wizardId}:sent:${index}`;

async function markSent(kv: KvRepo, wizardId: string, index: number): Promise<void> {
  await kv.setOnce(partMark(wizardId, index), '1', DRAFT_TTL_MS);
}

/** The list's count when this wizard first started uploading into it; a resumed upload keeps the first one. */
async function baseCount(kv: KvRepo, wizardId: string, count: number): Promise<number> {
  const key = `${wizardId}:base`;
  await kv.setOnce(key, String(count), DRAFT_TTL_MS);
  return Number((await kv.get(key)) ?? count);
}

async function stop(ctx: BotContext, error: unknown): Promise<UploadStop> {
  if (!isAutocallError(error)) throw error;
  if (error.kind === 'not_found') return { ok: false, kind: 'list_gone' };
  return { ok: false, kind: 'refused', reasonHtml: (await describeAutocallError(ctx, error)).text };
}

/** Creates the list with the first part of the collection, or finds the list to append to. */
export async function startUpload(ctx: BotContext, job: UploadJob): Promise<StartResult> {
  const { store } = ctx.deps;
  const totals = await readTotals(store, job.wizardId);
  if (totals === null) return { ok: false, kind: 'expired' };
  const shape = { total: totals.valid, parts: pageCount(totals.valid) };
  try {
    const api = await wizardApi(ctx, job.accountId);
    if (job.listId !== null) {
      const list = await api.lists.get(job.listId);
      return { ok: true, upload: { listId: list.id, name: list.name, ...shape, base: await baseCount(store.kv, job.wizardId, list.contacts_count) } };
    }
    const first = await loadPage(store, job.wizardId, 0);
    if (first === null) return { ok: false, kind: 'expired' };
    const numbers = first.map(wire);
    const launched = await launchOnce<ContactList>({
      kv: store.kv,
      wizardId: job.wizardId,
      create: () => api.lists.create({ name: job.name, numbers, client_id: job.wizardId }),
      find: () => newestByClientId(api.lists.list({ client_id: job.wizardId, order: 'desc' }), job.wizardId),
    });
    if (launched.kind === 'busy') return { ok: false, kind: 'busy' };
    // The first part travelled with the create, whichever attempt made the list.
    await markSent(store.kv, job.wizardId, 0);
    return { ok: true, upload: { listId: launched.value.id, name: launched.value.name, ...shape, base: 0 } };
  } catch (error) {
    return stop(ctx, error);
  }
}

/** Whether AutoCall's list already holds `expected` numbers: the part whose answer was lost went through. */
async function landed(api: AutocallApi, listId: number, expected: number): Promise<boolean> {
  try {
    return (await api.lists.get(listId)).contacts_count >= expected;
  } catch {
    return false;
  }
}

/** Sends part `index` unless it went through already; a part whose answer is lost is checked, then sent again. */
export async function sendPart(ctx: BotContext, job: UploadJob, upload: Upload, index: number): Promise<PartResult> {
  const { store } = ctx.deps;
  if ((await store.kv.get(partMark(job.wizardId, index))) !== null) return { ok: true };
  const entries = await loadPage(store, job.wizardId, index);
  if (entries === null) return { ok: false, kind: 'expired' };
  const expected = upload.base + index * LIST_CHUNK_SIZE + entries.length;
  const numbers = entries.map(wire);
  let failure: AutocallError | null = null;
  try {
    const api = await wizardApi(ctx, job.accountId);
    for (let attempt = 1; attempt <= PART_ATTEMPTS; attempt++) {
      try {
        await api.lists.append(upload.listId, { numbers });
        await markSent(store.kv, job.wizardId, index);
        return { ok: true };
      } catch (error) {
        if (!isAutocallError(error) || !OUTCOME_UNKNOWN.has(error.kind)) throw error;
        failure = error;
        ctx.log.warn({ kind: error.kind, part: index, attempt }, 'list part failed');
        if (await landed(api, upload.listId, expected)) {
          await markSent(store.kv, job.wizardId, index);
          return { ok: true };
        }
      }
    }
  } catch (error) {
    return stop(ctx, error);
  }
  return stop(ctx, failure);
}

/** How many numbers the list holds now; null when AutoCall does not say (it is down, the reason the upload stopped). */
export async function listCount(ctx: BotContext, job: UploadJob, upload: Upload): Promise<number | null> {
  try {
    return (await (await wizardApi(ctx, job.accountId)).lists.get(upload.listId)).contacts_count;
  } catch (error) {
    if (isAutocallError(error)) return null;
    throw error;
  }
}

/** The list as AutoCall has it now; the drafts are dropped and the upload is written to the audit log. */
export async function finishUpload(ctx: BotContext, job: UploadJob, upload: Upload): Promise<Uploaded> {
  const api = await wizardApi(ctx, job.accountId);
  const list = await api.lists.get(upload.listId);
  await deleteDraft(ctx.deps.store, job.wizardId);
  await ctx.deps.store.audit.append(job.accountId, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action: job.listId === null ? 'list.create' : 'list.append',
    target: `${list.name} (#${list.id}): +${upload.total}`,
    result: 'ok',
  });
  return { id: list.id, name: list.name, count: list.contacts_count };
}
