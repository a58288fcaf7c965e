/**
 * Where a sound stands with AutoCall's moderators: approved (usable in campaigns), still waiting, or denied with
 * the moderator's comment. The contract has no status field: `confirmed` says approved, and a comment on a sound
 * that is not approved is the reason it was denied.
 */
import type { Sound } from '../../../api/index.js';

export type Moderation = 'approved' | 'moderation' | 'denied';

export const MODERATION_ICON: Readonly<Record<Moderation, string>> = { approved: '✓', moderation: '⏳', denied: '✗' };

export function moderationOf(sound: Pick<Sound, 'confirmed' | 'comment'>): Moderation {
  if (sound.confirmed) return 'approved';
  return sound.comment !== null && sound.comment.trim() !== '' ? 'denied' : 'moderation';
}
