import { z } from 'zod';
import type { BinaryFile } from '../binary-file.js';
import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { checked } from '../request-builder.js';
import { binary, json, noContent } from '../response-readers.js';
import { pageQuery, type PageQuery } from '../schemas/primitives.js';
import {
  listenType,
  soundCreateBody,
  soundPageSchema,
  soundSchema,
  soundUpdateBody,
  speechTranscriptSchema,
  type ListenType,
  type SoundCreate,
  type SoundUpdate,
  type SpeechTranscript,
} from '../schemas/sounds.js';
import { byId } from './shared.js';

const listenPath = z.object({ file: z.string().min(1) });
const listenQuery = z.object({ type: listenType });

/** Audio recordings (`/sounds`). */
export function createSoundsApi(call: Caller) {
  /**
   * A subscriber's recorded answer from an interactive autocall (`file` comes from the call's
   * `data`): the audio itself (`download`), or its transcript (`text`, billed, so never repeated
   * automatically).
   */
  function listen(file: string, type: 'download', options?: CallOptions): Promise<BinaryFile>;
  function listen(file: string, type: 'text', options?: CallOptions): Promise<SpeechTranscript>;
  function listen(file: string, type: ListenType, options?: CallOptions): Promise<BinaryFile | SpeechTranscript> {
    const request = {
      operationId: 'get-sounds-listen-file',
      path: checked(listenPath, { file }),
      query: checked(listenQuery, { type }),
    } as const;
    return type === 'text'
      ? call({ ...request, read: json(speechTranscriptSchema), retry: 'never' }, options)
      : call({ ...request, read: binary(file), retry: 'idempotent' }, options);
  }

  return {
    list: (query: PageQuery = {}, options?: CallOptions) =>
      call(
        { operationId: 'get-sounds', query: checked(pageQuery, query), read: json(soundPageSchema), retry: 'idempotent' },
        options,
      ),

    /**
     * Synthesises speech (`type: 'synthesis'`, billed; 402 when the balance is short) or uploads a
     * Base64 mp3/wav/ogg (`type: 'upload'`). The result awaits moderation. Never repeated
     * automatically: the contract offers no way to find a half-created sound.
     */
    create: (body: SoundCreate, options?: CallOptions) =>
      call(
        { operationId: 'post-sounds', body: checked(soundCreateBody, body), read: json(soundSchema), retry: 'never' },
        options,
      ),

    get: (id: number, options?: CallOptions) =>
      call({ operationId: 'get-sounds-id', path: byId(id), read: json(soundSchema), retry: 'idempotent' }, options),

    /** Renames the sound or changes its `client_id`. */
    update: (id: number, body: SoundUpdate, options?: CallOptions) =>
      call(
        {
          operationId: 'put-sounds-id',
          path: byId(id),
          body: checked(soundUpdateBody, body),
          read: json(soundSchema),
          retry: 'idempotent',
        },
        options,
      ),

    delete: (id: number, options?: CallOptions) =>
      call({ operationId: 'delete-sounds-id', path: byId(id), read: noContent, retry: 'idempotent' }, options),

    listen,
  };
}

export type SoundsApi = ReturnType<typeof createSoundsApi>;
