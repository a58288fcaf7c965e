/** The sound as the shared content menu sees it (page, card, rename, delete). */
import type { Sound } from '../../../api/index.js';
import type { ContentKind } from '../../content-menu.js';
import { links, linkPatterns } from '../../links.js';
import { soundData, soundPattern } from './callbacks.js';
import { soundCardView } from './sound-card.js';
import { soundsView } from './sounds-view.js';

export const soundKind: ContentKind<Sound> = {
  kind: 'sound',
  read: (api, id) => api.sounds.get(id),
  rename: (api, id, name) => api.sounds.update(id, { name }).then(() => undefined),
  remove: (api, id) => api.sounds.delete(id),
  readPage: (api) => (apiPage) => api.sounds.list({ page: apiPage }),
  pageView: soundsView,
  card: soundCardView,
  deleteQuestion: (ctx, sound) => ctx.t('sound-delete-confirm', { name: sound.name }),
  cardData: links.sound,
  deleteYesData: (accountId, id) => soundData('deleteYes', accountId, id),
  patterns: { page: soundPattern('page', 1), card: linkPatterns.sound, rename: soundPattern('rename', 1), delete: soundPattern('delete', 1), deleteYes: soundPattern('deleteYes', 1) },
};
