/**
 * Wizard: a line of text for the account's settings — its name, or the visit card's SMS text. One step: what is
 * there now and the rules; a text that breaks them (too short or long a name, a visit card longer than one SMS) is
 * explained and asked again, and so is one AutoCall refuses (422). Saved, it is audited and the card it belongs
 * to comes back with the change.
 */
import type { Conversation } from '@grammyjs/conversations';
import { InlineKeyboard } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { type AutocallApi, isAutocallError } from '../../api/index.js';
import { accessTo } from '../../bot/auth/guard.js';
import type { Granted } from '../../bot/auth/guarded-tap.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { describeAutocallError } from '../../bot/errors/describe-autocall-error.js';
import { settingsCard } from '../../bot/features/settings/settings-card.js';
import { FIELD_CHECKS, NAME_LIMITS, type SettingsTextField, VISIT_TEXT_MAX } from '../../bot/features/settings/settings-fields.js';
import { loadVisitCard, visitCardView } from '../../bot/features/settings/visit-card-view.js';
import { recordAction } from '../../bot/record-action.js';
import type { View } from '../../bot/show.js';
import { WizardUi } from '../kit/wizard-ui.js';

export const SETTINGS_TEXT_WIZARD = 'settings-text';

export interface SettingsTextArgs {
  accountId: string;
  field: SettingsTextField;
}

interface FieldSpec {
  titleKey: string;
  promptKey: string;
  auditAction: string;
  current(api: AutocallApi): Promise<string>;
  /** Saves the value and returns the card that shows it. */
  save(ctx: BotContext, granted: Granted, api: AutocallApi, value: string, notice: string): Promise<View>;
}

const FIELDS: Readonly<Record<SettingsTextField, FieldSpec>> = {
  name: {
    titleKey: 'settings-name-title',
    promptKey: 'settings-name-ask',
    auditAction: 'settings.rename',
    current: async (api) => (await api.settings.get()).name ?? '',
    async save(ctx, granted, api, value, notice) {
      const settings = await api.settings.update({ name: value });
      // The bot names the account after AutoCall's name for it (set when the key was linked).
      await ctx.deps.store.accounts.update(granted.account.id, { name: value });
      return settingsCard(ctx, granted.account, granted.role, settings, notice);
    },
  },
  visit_card_text: {
    titleKey: 'settings-vc-text-title',
    promptKey: 'settings-vc-text-ask',
    auditAction: 'settings.visit_card_text',
    current: async (api) => (await api.settings.get()).visit_card_text ?? '',
    async save(ctx, granted, api, value, notice) {
      await api.settings.update({ visit_card_text: value });
      return visitCardView(ctx, granted.account.id, granted.role, await loadVisitCard(api), notice);
    },
  },
};

type Saved = { kind: 'saved'; text: string; rows: InlineKeyboardButton[][] } | { kind: 'rejected'; text: string } | { kind: 'refused' };

/** Runs outside the replay: the viewer is the account named in the arguments, re-checked for the owner's right. */
async function save(ctx: BotContext, args: SettingsTextArgs, value: string): Promise<Saved> {
  const access = await accessTo(ctx, args.accountId, 'settings.edit');
  if (!access.ok) return { kind: 'refused' };
  const spec = FIELDS[args.field];
  const api = await ctx.deps.apis.forAccount(access.account);
  try {
    const before = await spec.current(api);
    const view = await spec.save(ctx, access, api, value, ctx.t('settings-saved'));
    await recordAction(ctx, access.account.id, spec.auditAction, `«${before}» → «${value}»`);
    return { kind: 'saved', text: view.text, rows: view.keyboard instanceof InlineKeyboard ? view.keyboard.inline_keyboard : [] };
  } catch (error) {
    if (!isAutocallError(error) || error.kind !== 'validation') throw error;
    await recordAction(ctx, access.account.id, spec.auditAction, value, error.serverMessage ?? error.kind);
    return { kind: 'rejected', text: (await describeAutocallError(ctx, error)).text };
  }
}

export async function settingsTextWizard(conversation: Conversation<BotContext, WizardContext>, ctx: WizardContext, args: SettingsTextArgs): Promise<void> {
  const spec = FIELDS[args.field];
  const ui = new WizardUi(conversation, ctx, { titleKey: spec.titleKey, accountId: args.accountId, permission: 'settings.edit' });
  const current = await conversation.external(async (outside: BotContext) => {
    const account = await outside.deps.store.accounts.get(args.accountId);
    return account ? spec.current(await outside.deps.apis.forAccount(account)) : '';
  });
  for (;;) {
    const body = ui.ctx.t(spec.promptKey, { current: current || ui.ctx.t('settings-not-set'), min: NAME_LIMITS.min, max: args.field === 'name' ? NAME_LIMITS.max : VISIT_TEXT_MAX });
    const answer = await ui.ask({ step: 1, of: 1, body });
    if (answer.kind !== 'text') continue;
    const check = FIELD_CHECKS[args.field](answer.text);
    if (!check.ok) {
      ui.invalid(ui.ctx.t(check.key, check.vars));
      continue;
    }
    const value = check.value;
    const saved = await conversation.external((outside: BotContext) => save(outside, args, value));
    if (saved.kind === 'rejected') {
      ui.invalid(saved.text);
      continue;
    }
    if (saved.kind === 'refused') return ui.finish(ui.ctx.t('wizard-access-lost'));
    return ui.finish(saved.text, new InlineKeyboard(saved.rows));
  }
}
