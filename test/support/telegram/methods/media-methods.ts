import { z } from 'zod';
import type { BotApiCore, MethodHandler, MethodRequest } from '../api/bot-api-core.js';
import { badRequest, fail, ok, type Outcome } from '../api/bot-api-error.js';
import { entitiesParam, parseParams, stringParam } from '../api/params.js';
import { formatText } from '../formatting/formatted-text.js';
import type { FileKind, StoredFile } from '../model/file-store.js';
import { placeMessage, placementParams, postBotMessage } from './message-placement.js';

/** Telegram's download limit for bots: getFile refuses bigger files. */
const MAX_DOWNLOAD_BYTES = 20 * 1024 * 1024;

const DEFAULT_MIME: Readonly<Record<FileKind, string>> = {
  document: 'application/octet-stream',
  audio: 'audio/mpeg',
  voice: 'audio/ogg',
  photo: 'image/jpeg',
};

/**
 * Resolves the file parameter of a send method: an upload (`attach://` or a part named like the parameter) or the
 * `file_id` of a file the server already has. URLs need the internet, which tests do not have.
 */
function resolveInputFile(core: BotApiCore, request: MethodRequest, kind: FileKind): Outcome<StoredFile> {
  const value = request.params[kind];
  const attached = typeof value === 'string' && value.startsWith('attach://') ? request.files[value.slice(9)] : request.files[kind];
  if (attached !== undefined) {
    if (attached.bytes.byteLength === 0) return fail(badRequest('file must be non-empty'));
    const mimeType = attached.mimeType === 'application/octet-stream' ? DEFAULT_MIME[kind] : attached.mimeType;
    return ok(core.world.files.add({ kind, fileName: attached.fileName, mimeType, bytes: attached.bytes }));
  }
  if (typeof value !== 'string' || value === '') return fail(badRequest(`there is no ${kind} in the request`));
  if (/^https?:\/\//i.test(value)) return fail(badRequest('failed to get HTTP URL content'));
  const known = core.world.files.byId(value);
  return known === undefined ? fail(badRequest('wrong file identifier/HTTP URL specified')) : ok(known);
}

const mediaSchema = z.looseObject({
  ...placementParams,
  caption: stringParam.optional(),
  parse_mode: z.string().optional(),
  caption_entities: entitiesParam.optional(),
});

const sendMedia = (kind: FileKind): MethodHandler => (core, request) => {
  const params = parseParams(mediaSchema, request.params);
  if (!params.ok) return params;
  const placement = placeMessage(core, params.value);
  if (!placement.ok) return placement;
  const caption = formatText('caption', params.value.caption, params.value.parse_mode, params.value.caption_entities);
  if (!caption.ok) return caption;
  const file = resolveInputFile(core, request, kind);
  if (!file.ok) return file;
  return postBotMessage(core, placement.value, {
    media: file.value,
    caption: caption.value.text,
    caption_entities: caption.value.entities,
  });
};

const getFileSchema = z.looseObject({ file_id: z.string().min(1) });

const getFile: MethodHandler = (core, request) => {
  const params = parseParams(getFileSchema, request.params);
  if (!params.ok) return params;
  const file = core.world.files.byId(params.value.file_id);
  if (file === undefined) return fail(badRequest('invalid file_id'));
  if (file.file_size > MAX_DOWNLOAD_BYTES) return fail(badRequest('file is too big'));
  return ok({ file_id: file.file_id, file_unique_id: file.file_unique_id, file_size: file.file_size, file_path: file.file_path });
};

export const mediaMethods: Readonly<Record<string, MethodHandler>> = {
  sendDocument: sendMedia('document'),
  sendAudio: sendMedia('audio'),
  sendVoice: sendMedia('voice'),
  sendPhoto: sendMedia('photo'),
  getFile,
};
