/**
 * Audio: synthesis from text (paid per second of speech, 402 when the balance cannot cover it) or upload of an
 * mp3/wav/ogg file in Base64; both go to moderation. Campaigns use the same preparation for the sounds they
 * create inline (`audio_id` objects).
 */
import { z } from 'zod';
import { roundMoney } from '../core/money.js';
import { hashParts } from '../core/random.js';
import { probeAudio } from '../domain/audio-files.js';
import { DENIAL_COMMENT, violatesRules } from '../domain/moderation-rules.js';
import { synthesisSeconds } from '../domain/speech.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Ctx } from '../state/context.js';
import { canAfford, charge } from '../state/ledger.js';
import { notify } from '../state/notify.js';
import type { SoundRecord, SoundSource } from '../state/records.js';
import { ErrorBag, invalid, notFound, ok, type Result } from './result.js';
import { IN_USE_MESSAGE, soundInActiveUse } from './usage.js';

export const soundParameters = z.object({
  text: z.string().optional(),
  voice: z.string().default('ru-RU-Wavenet-B'),
  speed: z.number().default(1),
  pitch: z.number().default(0),
  file: z.string().optional(),
});
export type SoundParameters = z.infer<typeof soundParameters>;
export const soundType = z.enum(['synthesis', 'upload']);
export type SoundType = z.infer<typeof soundType>;

export const createSoundInput = z.object({
  name: z.string(),
  type: soundType,
  data: z.array(soundParameters).length(1),
  client_id: z.string().optional(),
});
export const updateSoundInput = z.object({ name: z.string().optional(), client_id: z.string().optional() });

export interface PreparedSound {
  source: SoundSource;
  seconds: number;
  /** What synthesis costs (uploads are free). */
  cost: number;
}

const BASE64 = /^[A-Za-z0-9+/\s]+={0,2}\s*$/;
const MODERATION_MS = { synthesis: 60_000, upload: 180_000 } as const;

/** Checks the parameters of one sound; errors go under `field` (e.g. `data.0` or `audio_id.2.data`). */
export function prepareSound(
  ctx: Ctx,
  bag: ErrorBag,
  field: string,
  type: SoundType,
  params: SoundParameters,
): PreparedSound | null {
  if (type === 'synthesis') {
    if (params.text === undefined) {
      bag.add(`${field}.text`, `Поле ${field}.text обязательно, когда type равно synthesis.`);
      return null;
    }
    const seconds = synthesisSeconds(params.text, params.speed);
    const cost = roundMoney(seconds * TARIFFS[ctx.account.tariff].synthesisPrice);
    const { text, voice, speed, pitch } = params;
    return { source: { kind: 'synthesis', text, voice, speed, pitch }, seconds, cost };
  }
  if (params.file === undefined) {
    bag.add(`${field}.file`, `Поле ${field}.file обязательно, когда type равно upload.`);
    return null;
  }
  const probe = BASE64.test(params.file) ? probeAudio(Buffer.from(params.file, 'base64')) : { kind: 'not-audio' as const };
  if (probe.kind !== 'audio') {
    bag.add(`${field}.file`, `Поле ${field}.file должно быть файлом mp3, wav или ogg в Base64.`);
    return null;
  }
  const bytes = Buffer.from(params.file, 'base64');
  return { source: { kind: 'upload', bytes, format: probe.format }, seconds: Math.max(1, Math.ceil(probe.seconds)), cost: 0 };
}

export const SYNTHESIS_402 = 'Недостаточно средств для синтеза речи.';

/** Stores a prepared sound, charges its synthesis and sends it to moderation. */
export function insertSound(ctx: Ctx, name: string, clientId: string | null, prepared: PreparedSound): SoundRecord {
  const id = ctx.world.nextId('sound');
  const sound: SoundRecord = {
    id,
    clientId,
    name,
    seconds: prepared.seconds,
    moderation: 'moderation',
    comment: null,
    confirmedAt: null,
    source: prepared.source,
    fileToken: hashParts(ctx.world.seed, ctx.account.key, 'sound-file', id).toString(36),
    used: 0,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.account.sounds.set(id, sound);
  ctx.world.soundFiles.set(sound.fileToken, { key: ctx.account.key, id });
  charge(ctx, prepared.cost, `Синтез речи «${name}»`);
  ctx.account.schedule(ctx.now + MODERATION_MS[prepared.source.kind], { kind: 'sound-moderated', soundId: id });
  return sound;
}

export function createSound(ctx: Ctx, input: z.infer<typeof createSoundInput>): Result<SoundRecord> {
  const bag = new ErrorBag();
  const [params] = input.data;
  const prepared = params ? prepareSound(ctx, bag, 'data.0', input.type, params) : null;
  if (!prepared) return bag.failure();
  if (!canAfford(ctx, prepared.cost)) return { kind: 'payment-required', message: SYNTHESIS_402 };
  return ok(insertSound(ctx, input.name, input.client_id ?? null, prepared));
}

export function updateSound(ctx: Ctx, id: number, input: z.infer<typeof updateSoundInput>): Result<SoundRecord> {
  const sound = ctx.account.sounds.get(id);
  if (!sound) return notFound;
  if (input.name !== undefined) sound.name = input.name;
  if (input.client_id !== undefined) sound.clientId = input.client_id;
  sound.updatedAt = ctx.now;
  return ok(sound);
}

export function deleteSound(ctx: Ctx, id: number): Result<null> {
  if (!ctx.account.sounds.has(id)) return notFound;
  if (soundInActiveUse(ctx.account, id)) {
    return invalid('id', IN_USE_MESSAGE);
  }
  const sound = ctx.account.sounds.get(id);
  if (sound) ctx.world.soundFiles.delete(sound.fileToken);
  ctx.account.sounds.delete(id);
  if (ctx.account.settings.visitCardAudio === id) ctx.account.settings.visitCardAudio = null;
  return ok(null);
}

/** Life: moderators listened to the sound. */
export function moderateSound(ctx: Ctx, soundId: number): void {
  const sound = ctx.account.sounds.get(soundId);
  if (!sound || sound.moderation !== 'moderation') return;
  const text = sound.source.kind === 'synthesis' ? sound.source.text : null;
  const denied = violatesRules(sound.name, text);
  sound.moderation = denied ? 'denied' : 'confirmed';
  sound.comment = denied ? DENIAL_COMMENT : null;
  sound.confirmedAt = denied ? null : ctx.now;
  sound.updatedAt = ctx.now;
  notify(ctx, 'SoundConfirmed', { id: sound.id, name: sound.name, confirmed: !denied, comment: sound.comment });
}
