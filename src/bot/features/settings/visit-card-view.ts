/**
 * The visit card: what AutoCall may send people after a call — a recording from the account's sounds or one SMS.
 * The owner picks the audio from the sounds (paged), types the text (a wizard checks it fits one SMS) or removes
 * either, with a confirmation.
 */
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError, type Settings, type Sound } from '../../../api/index.js';
import { formatDuration } from '../../../domain/format/index.js';
import type { Role } from '../../../store/index.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { addPager } from '../../pager.js';
import type { PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { settingsData, VISIT_CARDS } from './settings-callbacks.js';

export type VisitCard = (typeof VISIT_CARDS)[number];

export interface VisitCardData {
  settings: Settings;
  /** The audio visit card's sound, when it is set and still exists. */
  sound: Sound | null;
}

export async function loadVisitCard(api: AutocallApi): Promise<VisitCardData> {
  const settings = await api.settings.get();
  const soundId = settings.visit_card_audio;
  if (soundId == null) return { settings, sound: null };
  try {
    return { settings, sound: await api.sounds.get(soundId) };
  } catch (error) {
    if (isAutocallError(error) && error.kind === 'not_found') return { settings, sound: null };
    throw error;
  }
}

/** ✅ approved, ❌ denied (with the moderator's comment), ⏳ waiting for moderation. */
export function soundState(sound: Sound): string {
  if (sound.confirmed) return '✅';
  return sound.comment ? '❌' : '⏳';
}

export function visitCardView(ctx: BotContext, accountId: string, role: Role, { settings, sound }: VisitCardData, noticeHtml = ''): View {
  const audioId = settings.visit_card_audio;
  const audio =
    audioId == null
      ? ctx.t('settings-not-set')
      : sound
        ? ctx.t('settings-vc-audio-sound', { state: soundState(sound), name: sound.name, id: sound.id, duration: formatDuration(sound.duration, ctx.viewer.lang) })
        : ctx.t('settings-vc-audio-gone', { id: audioId });
  const text = ctx.t('settings-vc', {
    noticeHtml: noticeHtml ? `${noticeHtml}\n\n` : '',
    audio,
    visitText: settings.visit_card_text ?? ctx.t('settings-not-set'),
  });
  const keyboard = new InlineKeyboard();
  if (roleAllows(role, 'settings.edit')) {
    keyboard.text(ctx.t('settings-btn-vc-audio'), settingsData('visitAudioPage', accountId, 0)).text(ctx.t('settings-btn-vc-text'), settingsData('visitText', accountId)).row();
    if (audioId != null) keyboard.text(ctx.t('settings-btn-vc-remove-audio'), settingsData('visitDelete', accountId, 0));
    if (settings.visit_card_text) keyboard.text(ctx.t('settings-btn-vc-remove-text'), settingsData('visitDelete', accountId, 1));
    keyboard.row();
  }
  keyboard.text(ctx.t('settings-btn-back'), settingsData('card', accountId));
  return { text, keyboard };
}

export function soundPickerView(ctx: BotContext, accountId: string, slice: PageSlice<Sound>, current: number | null | undefined): View {
  const keyboard = new InlineKeyboard();
  for (const sound of slice.items) {
    const chosen = sound.id === current ? '🎵 ' : '';
    keyboard.text(`${chosen}${soundState(sound)} ${sound.name} · ${formatDuration(sound.duration, ctx.viewer.lang)}`, settingsData('visitAudioSet', accountId, sound.id)).row();
  }
  addPager(keyboard, slice, (page) => settingsData('visitAudioPage', accountId, page));
  keyboard.text(ctx.t('settings-btn-back'), settingsData('visitCard', accountId));
  const text = slice.total === 0 ? ctx.t('settings-vc-no-sounds') : ctx.t('settings-vc-pick', { count: slice.total, page: slice.page + 1, pages: slice.pages });
  return { text, keyboard };
}

export function visitDeleteConfirm(ctx: BotContext, accountId: string, code: number): View {
  return {
    text: ctx.t(code === 0 ? 'settings-vc-remove-audio-confirm' : 'settings-vc-remove-text-confirm'),
    keyboard: new InlineKeyboard()
      .text(ctx.t('settings-btn-vc-remove-yes'), settingsData('visitDeleteYes', accountId, code))
      .text(ctx.t('settings-btn-back'), settingsData('visitCard', accountId)),
  };
}
