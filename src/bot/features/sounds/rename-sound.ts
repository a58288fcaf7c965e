/** What the rename wizard needs to rename a sound. */
import type { Renamable } from '../../../conversations/rename/rename-wizard.js';
import { loadSoundCard } from './sound-card.js';

export const soundRenamable: Renamable = {
  id: 'rename-sound',
  titleKey: 'sound-rename-title',
  promptKey: 'sound-rename-prompt',
  auditAction: 'sound.rename',
  async currentName(ctx, granted, soundId) {
    return (await (await ctx.deps.apis.forAccount(granted.account)).sounds.get(soundId)).name;
  },
  async rename(ctx, granted, soundId, name) {
    await (await ctx.deps.apis.forAccount(granted.account)).sounds.update(soundId, { name });
  },
  card: loadSoundCard,
};
