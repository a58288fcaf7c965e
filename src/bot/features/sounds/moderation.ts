/**
 * Where a sound or a scenario stands with AutoCall's moderators: approved (usable in campaigns), still waiting, or
 * denied with the moderator's comment. The contract has no status field: sounds say `confirmed`, scenarios carry
 * `confirmed_at`; a comment on something not approved is the reason it was denied.
 */
import type { Scenario, Sound } from '../../../api/index.js';

export type Moderation = 'approved' | 'moderation' | 'denied';

export const MODERATION_ICON: Readonly<Record<Moderation, string>> = { approved: '✓', moderation: '⏳', denied: '✗' };

function moderationState(approved: boolean, comment: string | null | undefined): Moderation {
  if (approved) return 'approved';
  return comment !== null && comment !== undefined && comment.trim() !== '' ? 'denied' : 'moderation';
}

export function moderationOf(sound: Pick<Sound, 'confirmed' | 'comment'>): Moderation {
  return moderationState(sound.confirmed, sound.comment);
}

export function scenarioModeration(scenario: Pick<Scenario, 'confirmed_at' | 'comment'>): Moderation {
  return moderationState(Boolean(scenario.confirmed_at), scenario.comment);
}
