/**
 * `/menu`: the main menu (@grammyjs/menu), showing only features that exist and that the person's role allows.
 * An entry opens the same view as its command, in place of the menu message; the feature itself still checks the
 * role on the server. The entries are given by `createBot`, one per built feature.
 */
import { Menu } from '@grammyjs/menu';
import { Composer } from 'grammy';
import { roleAllows } from '../auth/permissions.js';
import type { Feature, MenuEntry } from './feature.js';
import type { BotContext } from '../context.js';
import { show } from '../show.js';
import { accountLabel } from './onboarding/account-card.js';

export function mainMenuText(ctx: BotContext): string {
  const account = ctx.viewer.account;
  if (!account) return ctx.t('menu-no-account');
  return ctx.t('menu-title', { labelHtml: accountLabel(ctx, account), role: ctx.t(`role-${ctx.viewer.role ?? 'viewer'}`) });
}

export function createMainMenuFeature(entries: readonly MenuEntry[]): Feature {
  const menu = new Menu<BotContext>('main', {
    // Entries answer the tap themselves (through `show`); answering twice is an error at Telegram.
    autoAnswer: false,
    // A menu from before a restart or a role change is re-rendered rather than acted on.
    onMenuOutdated: async (ctx) => {
      await ctx.answerCallbackQuery({ text: ctx.t('menu-outdated') });
      ctx.menu.update();
    },
  }).dynamic((ctx, range) => {
    const allowed = entries.filter((entry) => !entry.permission || roleAllows(ctx.viewer.role, entry.permission));
    // Two per row: a dozen sections stay on one phone screen.
    allowed.forEach((entry, index) => {
      if (index > 0 && index % 2 === 0) range.row();
      range.text(ctx.t(entry.labelKey), (tap) => entry.open(tap));
    });
  });
  const feature = new Composer<BotContext>();
  feature.use(menu);
  feature.command('menu', (ctx) => show(ctx, { text: mainMenuText(ctx), keyboard: menu }));
  feature.callbackQuery('menu', (ctx) => show(ctx, { text: mainMenuText(ctx), keyboard: menu }));
  return { name: 'main-menu', composer: feature, commands: [{ command: 'menu', scopes: ['private'] }] };
}
