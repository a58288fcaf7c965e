/** The page of sounds: name, length and moderation state (the moderator's comment for a denied one). */
import { InlineKeyboard } from 'grammy';
import type { Sound } from '../../../api/index.js';
import { formatCount, formatDuration } from '../../../domain/format/index.js';
import { truncateText } from '../../../domain/text/index.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { addPager } from '../../pager.js';
import { PAGE_SIZE, type PageSlice } from '../../paging.js';
import type { View } from '../../show.js';
import { soundData } from './callbacks.js';
import { MODERATION_ICON, moderationOf } from './moderation.js';

/** `✗ denied: the moderator's comment`, `⏳ on moderation`, `✓ approved`. */
export function moderationLine(ctx: BotContext, sound: Sound): string {
  const state = moderationOf(sound);
  return ctx.t(`sound-state-${state}`, { comment: sound.comment ?? '' });
}

export function soundsView(ctx: BotContext, granted: Granted, slice: PageSlice<Sound>, noticeHtml = ''): View {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const keyboard = new InlineKeyboard();
  const lines = slice.items.map((sound, index) => {
    const duration = formatDuration(sound.duration, lang);
    keyboard.text(`${MODERATION_ICON[moderationOf(sound)]} ${truncateText(sound.name, 40)} · ${duration}`, links.sound(accountId, sound.id)).row();
    return ctx.t('sounds-row', { position: slice.page * PAGE_SIZE + index + 1, name: sound.name, duration, stateHtml: moderationLine(ctx, sound) });
  });
  addPager(keyboard, slice, (page) => soundData('page', accountId, page));
  if (roleAllows(granted.role, 'content.edit')) keyboard.text(ctx.t('sounds-btn-new'), links.newSound(accountId)).row();
  keyboard.text(ctx.t('sounds-btn-answers'), soundData('answerCampaigns', accountId, 0)).row();
  keyboard.text(ctx.t('btn-main-menu'), links.menu());
  const title =
    slice.total === 0 ? ctx.t('sounds-empty') : ctx.t('sounds-title', { total: formatCount(slice.total, lang), page: slice.page + 1, pages: slice.pages });
  return { text: [noticeHtml, title, ...lines].filter((part) => part !== '').join('\n'), keyboard };
}
