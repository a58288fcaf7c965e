/** Sounds and scenarios as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import type { ScenarioRecord, SoundRecord } from '../state/records.js';
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

export function scenarioView(scenario: ScenarioRecord) {
  return {
    id: scenario.id,
    client_id: scenario.clientId,
    name: scenario.name,
    max_cost: scenario.maxCost,
    comment: scenario.comment,
    confirmed_at: scenario.confirmedAt === null ? null : localDateTime(scenario.confirmedAt),
    created_at: localDateTime(scenario.createdAt),
    updated_at: localDateTime(scenario.updatedAt),
    used: scenario.used,
  };
}

export function scenarioDetailView(scenario: ScenarioRecord) {
  return { ...scenarioView(scenario), data: scenario.data };
}
