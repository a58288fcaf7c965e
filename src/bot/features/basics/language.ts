/** `/lang`: Русский, Қазақша, English — the choice is stored per person and applies from the very next message. */
import { Composer, InlineKeyboard } from 'grammy';
import { callbackPattern, callbackData } from '../../callback-data.js';
import type { BotContext } from '../../context.js';
import { LANGUAGES, languageSchema } from '../../i18n.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';

const NATIVE_NAMES = { ru: '🇷🇺 Русский', kk: '🇰🇿 Қазақша', en: '🇬🇧 English' } as const;

function languageView(ctx: BotContext) {
  const keyboard = new InlineKeyboard();
  for (const lang of LANGUAGES) keyboard.text(`${lang === ctx.viewer.lang ? '✓ ' : ''}${NATIVE_NAMES[lang]}`, callbackData('lang:set', lang)).row();
  return { text: ctx.t('lang-choose'), keyboard };
}

const languageFeature = new Composer<BotContext>();

export const openLanguage = (ctx: BotContext) => show(ctx, languageView(ctx));

languageFeature.command('lang', openLanguage);
languageFeature.callbackQuery('lang', openLanguage);
languageFeature.callbackQuery(callbackPattern('lang:set', 1), async (ctx) => {
  const lang = languageSchema.safeParse(ctx.match[1]);
  if (!lang.success) return show(ctx, languageView(ctx));
  await ctx.deps.store.users.update(ctx.viewer.userId, { lang: lang.data });
  ctx.viewer = { ...ctx.viewer, lang: lang.data };
  ctx.i18n.useLocale(lang.data);
  await show(ctx, { text: ctx.t('lang-set'), keyboard: new InlineKeyboard().text(ctx.t('btn-main-menu'), 'menu') });
});

export const languageFeatureEntry: Feature = {
  name: 'language',
  composer: languageFeature,
  menu: [{ labelKey: 'menu-language', open: openLanguage }],
  commands: [{ command: 'lang', scopes: ['private'] }],
};
