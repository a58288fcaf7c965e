/** `/sounds*`, including voice answers of interactive campaigns under `/sounds/listen/{file}`. */
import { z } from 'zod';
import { voiceAnswer, transcribe } from '../actions/recordings.js';
import { notFound } from '../actions/result.js';
import { createSound, createSoundInput, deleteSound, updateSound, updateSoundInput } from '../actions/sounds.js';
import { voiceWav } from '../domain/wav.js';
import { paginate } from '../views/pagination.js';
import { apiUrl } from '../views/render-context.js';
import { soundView } from '../views/sounds.js';
import { idOf, json, noContent, pageOf, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

const listenParams = z.object({ file: z.string() });
const listenQuery = z.object({ type: z.enum(['download', 'text']) });

export const soundHandlers = {
  'get-sounds': (req) => {
    const sounds = [...req.ctx.account.sounds.values()].reverse();
    return json(200, paginate(sounds, pageOf(req), `${apiUrl(req.rc)}/sounds`, (s) => soundView(s, req.rc)));
  },
  'post-sounds': (req) =>
    replyWith(createSound(req.ctx, createSoundInput.parse(req.body)), (sound) => json(201, soundView(sound, req.rc))),
  'get-sounds-id': (req) => {
    const sound = req.ctx.account.sounds.get(idOf(req));
    return sound ? json(200, soundView(sound, req.rc)) : notFound;
  },
  'put-sounds-id': (req) =>
    replyWith(updateSound(req.ctx, idOf(req), updateSoundInput.parse(req.body)), (sound) =>
      json(200, soundView(sound, req.rc)),
    ),
  'delete-sounds-id': (req) => replyWith(deleteSound(req.ctx, idOf(req)), () => noContent),
  'get-sounds-listen-file': (req) => {
    const { file } = listenParams.parse(req.params);
    const { type } = listenQuery.parse(req.query);
    const answer = voiceAnswer(req.ctx, file);
    if (answer.kind !== 'ok') return answer;
    if (type === 'text') return replyWith(transcribe(req.ctx, answer.value), (text) => json(200, { text }));
    return {
      kind: 'binary',
      contentType: 'audio/wav',
      fileName: file,
      bytes: voiceWav(answer.value.seconds, `${req.ctx.world.seed}:${file}`),
    };
  },
} satisfies Record<string, AccountHandler>;
