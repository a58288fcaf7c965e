/** Sounds as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { SoundRecord } from '../state/records.js';
import type { RenderContext } from './render-context.js';

/** Where a sound's audio is served (no key needed, like a storage link of the real portal). */
export function playbackPath(sound: SoundRecord): string {
  return `/storage/sounds/${sound.fileToken}.${sound.source.kind === 'upload' ? sound.source.format : 'wav'}`;
}

export function soundView(sound: SoundRecord, rc: RenderContext) {
  return {
    id: sound.id,
    client_id: sound.clientId,
    name: sound.name,
    duration: sound.seconds,
    confirmed: sound.moderation === 'confirmed',
    comment: sound.comment,
    confirmed_at: sound.confirmedAt === null ? null : localDateTime(sound.confirmedAt),
    created_at: localDateTime(sound.createdAt),
    updated_at: localDateTime(sound.updatedAt),
    playback_url: `${rc.origin}${playbackPath(sound)}`,
    used: sound.used,
  };
}
