/**
 * `/settings`: the account's settings card; subscriptions toggled, the name changed, the visit card chosen, typed or
 * removed, the confirmed numbers listed (adding one is the verification wizard's). Everyone in the team may look;
 * changes are the owner's (`settings.edit`), checked on the server for every tap.
 */
import { Composer } from 'grammy';
import { isAutocallError } from '../../../api/index.js';
import { SETTINGS_TEXT_WIZARD, type SettingsTextArgs, settingsTextWizard } from '../../../conversations/settings-text/settings-text-wizard.js';
import { apiPageOf } from '../../api-pages.js';
import { accessToCurrent, refuse } from '../../auth/guard.js';
import { type Granted, onTap } from '../../auth/guarded-tap.js';
import type { BotContext } from '../../context.js';
import { describeAutocallError } from '../../errors/describe-autocall-error.js';
import { recordAction } from '../../record-action.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { confirmedNumbersView } from './confirmed-numbers-view.js';
import { settingsPattern, VISIT_CARDS } from './settings-callbacks.js';
import { settingsCard } from './settings-card.js';
import { loadVisitCard, soundPickerView, visitCardView, visitDeleteConfirm } from './visit-card-view.js';

const api = (ctx: BotContext, granted: Granted) => ctx.deps.apis.forAccount(granted.account);

async function showCard(ctx: BotContext, granted: Granted, noticeHtml = ''): Promise<void> {
  const settings = await (await api(ctx, granted)).settings.get();
  await show(ctx, settingsCard(ctx, granted.account, granted.role, settings, noticeHtml));
}

async function showVisitCard(ctx: BotContext, granted: Granted, noticeHtml = ''): Promise<void> {
  await show(ctx, visitCardView(ctx, granted.account.id, granted.role, await loadVisitCard(await api(ctx, granted)), noticeHtml));
}

async function enterTextWizard(ctx: BotContext, args: SettingsTextArgs): Promise<void> {
  await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(SETTINGS_TEXT_WIZARD, args);
}

async function staleButton(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
}

export async function openSettings(ctx: BotContext): Promise<void> {
  const access = accessToCurrent(ctx, 'view');
  if (!access.ok) return refuse(ctx, access, 'view');
  await showCard(ctx, access);
}

const composer = new Composer<BotContext>();
composer.command('settings', openSettings);

onTap(composer, settingsPattern('card', 0), 'view', (ctx, granted) => showCard(ctx, granted));

/** The buttons carry the value to set, so a double tap sets it twice instead of flipping it back. */
for (const [action, field] of [['subscribe', 'subscribe'], ['notifications', 'notifications_subscribe']] as const) {
  onTap(composer, settingsPattern(action, 1), 'settings.edit', async (ctx, granted, [value]) => {
    const on = value === 1;
    await (await api(ctx, granted)).settings.update({ [field]: on });
    await recordAction(ctx, granted.account.id, `settings.${field}`, on ? 'on' : 'off');
    await showCard(ctx, granted, ctx.t('settings-saved'));
  });
}

onTap(composer, settingsPattern('rename', 0), 'settings.edit', (ctx, granted) => enterTextWizard(ctx, { accountId: granted.account.id, field: 'name' }));
onTap(composer, settingsPattern('visitText', 0), 'settings.edit', (ctx, granted) => enterTextWizard(ctx, { accountId: granted.account.id, field: 'visit_card_text' }));

onTap(composer, settingsPattern('visitCard', 0), 'view', (ctx, granted) => showVisitCard(ctx, granted));

onTap(composer, settingsPattern('visitAudioPage', 1), 'settings.edit', async (ctx, granted, [page = 0]) => {
  const autocall = await api(ctx, granted);
  const [slice, settings] = await Promise.all([apiPageOf((serverPage) => autocall.sounds.list({ page: serverPage }), page), autocall.settings.get()]);
  await show(ctx, soundPickerView(ctx, granted.account.id, slice, settings.visit_card_audio));
});

onTap(composer, settingsPattern('visitAudioSet', 1), 'settings.edit', async (ctx, granted, [soundId = 0]) => {
  try {
    await (await api(ctx, granted)).settings.update({ visit_card_audio: soundId });
  } catch (error) {
    // A sound AutoCall will not take (not approved, deleted meanwhile): say why on the visit card itself.
    if (!isAutocallError(error) || error.kind !== 'validation') throw error;
    await recordAction(ctx, granted.account.id, 'settings.visit_card_audio', `#${soundId}`, error.serverMessage ?? error.kind);
    return showVisitCard(ctx, granted, `⚠️ ${(await describeAutocallError(ctx, error)).text}`);
  }
  await recordAction(ctx, granted.account.id, 'settings.visit_card_audio', `#${soundId}`);
  await showVisitCard(ctx, granted, ctx.t('settings-saved'));
});

onTap(composer, settingsPattern('visitDelete', 1), 'settings.edit', async (ctx, granted, [code = -1]) => {
  if (VISIT_CARDS[code] === undefined) return staleButton(ctx);
  await show(ctx, visitDeleteConfirm(ctx, granted.account.id, code));
});

onTap(composer, settingsPattern('visitDeleteYes', 1), 'settings.edit', async (ctx, granted, [code = -1]) => {
  const type = VISIT_CARDS[code];
  if (type === undefined) return staleButton(ctx);
  await (await api(ctx, granted)).settings.deleteVisitCard(type);
  await recordAction(ctx, granted.account.id, 'settings.visit_card.delete', type);
  await showVisitCard(ctx, granted, ctx.t('settings-vc-removed'));
});

onTap(composer, settingsPattern('confirmedNumbers', 1), 'view', async (ctx, granted, [page = 0]) => {
  const numbers = await (await api(ctx, granted)).settings.confirmedNumbers();
  await show(ctx, confirmedNumbersView(ctx, granted.account.id, granted.role, numbers, page));
});

export const settingsFeature: Feature = {
  name: 'settings',
  composer,
  wizards: [{ id: SETTINGS_TEXT_WIZARD, builder: settingsTextWizard }],
  menu: [{ labelKey: 'menu-settings', permission: 'view', open: openSettings }],
  commands: [{ command: 'settings', permission: 'view', scopes: ['private'] }],
};
