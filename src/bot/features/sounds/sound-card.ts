/**
 * A sound's card: length, moderation state (the comment when denied), how often campaigns used it, and what the
 * role may do: listen for everyone; rename and delete for editors; use it in a call campaign for those who launch
 * them, unless the moderators denied it.
 */
import { InlineKeyboard } from 'grammy';
import type { Sound } from '../../../api/index.js';
import type { CardView } from '../../../conversations/rename/rename-wizard.js';
import { formatCount, formatDuration } from '../../../domain/format/index.js';
import { showApiDate } from '../../api-dates.js';
import type { Granted } from '../../auth/guarded-tap.js';
import { roleAllows } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { links } from '../../links.js';
import { soundData } from './callbacks.js';
import { moderationOf } from './moderation.js';
import { moderationLine } from './sounds-view.js';

export function soundCardView(ctx: BotContext, granted: Granted, sound: Sound, noticeHtml = ''): CardView {
  const accountId = granted.account.id;
  const lang = ctx.viewer.lang;
  const text = ctx.t('sound-card', {
    name: sound.name,
    duration: formatDuration(sound.duration, lang),
    stateHtml: moderationLine(ctx, sound),
    used: formatCount(sound.used, lang),
    created: showApiDate(sound.created_at, lang),
  });
  const keyboard = new InlineKeyboard().text(ctx.t('sound-btn-listen'), soundData('listen', accountId, sound.id)).row();
  if (roleAllows(granted.role, 'content.edit')) {
    keyboard.text(ctx.t('sound-btn-rename'), soundData('rename', accountId, sound.id)).text(ctx.t('sound-btn-delete'), soundData('delete', accountId, sound.id)).row();
  }
  if (roleAllows(granted.role, 'campaign.launch') && moderationOf(sound) !== 'denied') {
    keyboard.text(ctx.t('sound-btn-call'), links.callWithSound(accountId, sound.id)).row();
  }
  keyboard.text(ctx.t('sound-btn-all'), soundData('page', accountId, 0));
  return { text: noticeHtml === '' ? text : `${noticeHtml}\n${text}`, keyboard };
}

