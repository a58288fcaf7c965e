import { z } from 'zod';
import { clientId, pageOf, resourceName, timestamp } from './primitives.js';

// ── Responses ─────────────────────────────────────────────────────────────────────────────────

/** An audio recording (synthesised or uploaded) and its moderation state. */
export const soundSchema = z.looseObject({
  id: z.number(),
  client_id: z.string().nullable(),
  name: z.string(),
  duration: z.number(),
  confirmed: z.boolean(),
  comment: z.string().nullable(),
  confirmed_at: z.string().nullable(),
  created_at: timestamp,
  updated_at: timestamp,
  playback_url: z.string(),
  used: z.number(),
});

export const soundPageSchema = pageOf(soundSchema);

/** GET /sounds/listen/{file}?type=text: the recognised speech (billed). */
export const speechTranscriptSchema = z.looseObject({ text: z.string().nullable() });

export type Sound = z.infer<typeof soundSchema>;
export type SpeechTranscript = z.infer<typeof speechTranscriptSchema>;

// ── Requests ──────────────────────────────────────────────────────────────────────────────────

/** Voices of POST /sounds. */
export const soundVoices = [
  'ru-RU-Wavenet-A',
  'ru-RU-Wavenet-B',
  'ru-RU-Wavenet-C',
  'ru-RU-Wavenet-D',
  'alyss',
  'jane',
  'oksana',
  'omazh',
  'zahar',
  'ermil',
] as const;

/** POST /autocalls also accepts these two for audio created on the fly. */
export const autocallVoices = [...soundVoices, 'filipp', 'alena'] as const;

/** Synthesis or upload parameters; which fields are required depends on the audio `type`. */
export function audioSource<const Voices extends readonly [string, ...string[]]>(voices: Voices) {
  return z.object({
    text: z.string().min(1).max(400).optional(),
    voice: z.enum(voices).optional(),
    speed: z.number().min(0.25).max(4).optional(),
    pitch: z.number().min(-20).max(20).optional(),
    /** Base64 of an mp3/wav/ogg file. */
    file: z.string().min(1).optional(),
  });
}

/** `text` is required to synthesise, `file` to upload. */
export function checkAudioSource(
  type: 'synthesis' | 'upload',
  source: { text?: string | undefined; file?: string | undefined },
  path: PropertyKey[],
  ctx: z.RefinementCtx,
): void {
  const required = type === 'synthesis' ? 'text' : 'file';
  if (source[required] === undefined) {
    ctx.addIssue({ code: 'custom', path: [...path, required], message: `is required when type is ${type}` });
  }
}

const soundType = z.enum(['synthesis', 'upload']);

/** POST /sounds. */
export const soundCreateBody = z
  .object({
    name: resourceName,
    type: soundType,
    data: z.array(audioSource(soundVoices)).length(1),
    client_id: clientId(60).optional(),
  })
  .superRefine((body, ctx) => {
    const [source] = body.data;
    if (source !== undefined) checkAudioSource(body.type, source, ['data', 0], ctx);
  });

/** PUT /sounds/{id}. */
export const soundUpdateBody = z.object({
  name: resourceName.optional(),
  client_id: clientId(60).optional(),
});

/** How GET /sounds/listen/{file} returns the recording. */
export const listenType = z.enum(['download', 'text']);

export type SoundCreate = z.input<typeof soundCreateBody>;
export type SoundUpdate = z.input<typeof soundUpdateBody>;
export type ListenType = z.infer<typeof listenType>;
