/**
 * `POST /sounds` for the wizard: synthesis (billed) or the upload of the stored file, with the wizard id as
 * `client_id`. The SDK never repeats it (a second send could bill twice), so an answer lost in transit is settled
 * here: the newest sounds are searched for the wizard id before anything is reported as failed. A second tap, or
 * a replay after a crash, finds the sound instead of making another (`launchOnce`). Runs inside
 * `conversation.external`.
 */
import { type AutocallApi, type AutocallErrorKind, isAutocallError, type Sound, type SoundCreate } from '../../api/index.js';
import type { BotContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import { launchOnce } from '../kit/launch-once.js';
import { wizardApi } from '../kit/wizard-env.js';
import { forgetAudio, storedAudioBase64 } from './audio-input.js';
import type { SoundDraft } from './sound-draft.js';

/** Failures after which AutoCall may or may not have made the sound. */
const OUTCOME_UNKNOWN: ReadonlySet<AutocallErrorKind> = new Set(['server', 'network', 'timeout', 'invalid_response']);

/** What the preview needs of a sound. */
export interface MadeSound {
  id: number;
  name: string;
  duration: number;
  confirmed: boolean;
  comment: string | null;
  playbackUrl: string;
}

export type CreateOutcome =
  | { ok: true; sound: MadeSound }
  | { ok: false; kind: 'insufficient_funds'; balance: number | null }
  | { ok: false; kind: 'busy' | 'audio_gone' }
  | { ok: false; kind: 'refused'; reasonHtml: string };

/** The sound's parameters as the wizard collected them: plain data, so the conversation can pass it out. */
export type SoundOrder = Pick<SoundDraft, 'wizardId' | 'accountId' | 'mode' | 'text' | 'voice' | 'speed' | 'pitch'> & { name: string };

const made = (sound: Sound): MadeSound => ({
  id: sound.id,
  name: sound.name,
  duration: sound.duration,
  confirmed: sound.confirmed,
  comment: sound.comment,
  playbackUrl: sound.playback_url,
});

/** The sound carrying the wizard id, among the newest (a sound made seconds ago is on the first page). */
async function findByClientId(api: AutocallApi, clientId: string): Promise<Sound | undefined> {
  return (await api.sounds.list()).data.find((sound) => sound.client_id === clientId);
}

async function body(ctx: BotContext, order: SoundOrder): Promise<SoundCreate | null> {
  const common = { name: order.name, client_id: order.wizardId };
  if (order.mode === 'synthesis') return { ...common, type: 'synthesis', data: [{ text: order.text, voice: order.voice, speed: order.speed, pitch: order.pitch }] };
  const file = await storedAudioBase64(ctx.deps.store, order.wizardId);
  return file === null ? null : { ...common, type: 'upload', data: [{ file }] };
}

async function balanceOf(api: AutocallApi): Promise<number | null> {
  try {
    return (await api.payments.balance()).balance;
  } catch {
    return null;
  }
}

export async function createSound(ctx: BotContext, order: SoundOrder): Promise<CreateOutcome> {
  const api = await wizardApi(ctx, order.accountId);
  try {
    const request = await body(ctx, order);
    if (request === null) return { ok: false, kind: 'audio_gone' };
    const create = async (): Promise<Sound> => {
      try {
        return await api.sounds.create(request);
      } catch (error) {
        if (!isAutocallError(error) || !OUTCOME_UNKNOWN.has(error.kind)) throw error;
        const found = await findByClientId(api, order.wizardId).catch(() => undefined);
        if (found === undefined) throw error;
        return found;
      }
    };
    const launched = await launchOnce({ kv: ctx.deps.store.kv, wizardId: order.wizardId, create, find: () => findByClientId(api, order.wizardId) });
    if (launched.kind === 'busy') return { ok: false, kind: 'busy' };
    if (launched.kind === 'created') {
      await ctx.deps.store.audit.append(order.accountId, {
        at: ctx.deps.now(),
        actorId: ctx.viewer.userId,
        actorName: ctx.viewer.name,
        action: order.mode === 'synthesis' ? 'sound.synthesize' : 'sound.upload',
        target: `${launched.value.name} (#${launched.value.id})`,
        result: 'ok',
      });
    }
    await forgetAudio(ctx.deps.store, order.wizardId);
    return { ok: true, sound: made(launched.value) };
  } catch (error) {
    if (!isAutocallError(error)) throw error;
    if (error.kind === 'insufficient_funds') return { ok: false, kind: 'insufficient_funds', balance: await balanceOf(api) };
    return { ok: false, kind: 'refused', reasonHtml: (await describeAutocallError(ctx, error)).text };
  }
}
