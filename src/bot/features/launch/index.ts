/**
 * Launching campaigns: `/call` and `/sms`, their main-menu entries, and the buttons other features show to start
 * them — "New campaign", "Call this list", "Call with this sound / scenario", "SMS this list" — each re-checked on
 * the server (manager or owner of the account the button names) before the wizard starts with that choice made.
 */
import { Composer } from 'grammy';
import { z } from 'zod';
import { callWatchHandlers } from '../../../conversations/call-campaign/call-launch.js';
import { CALL_WIZARD, type CallWizardArgs, callWizard } from '../../../conversations/call-campaign/call-wizard.js';
import { startWatchPoller } from '../../../conversations/campaign-steps/watch-created.js';
import { SMS_WIZARD, type SmsWizardArgs, smsWizard } from '../../../conversations/sms-campaign/sms-wizard.js';
import { accessTo, accessToCurrent, refuse } from '../../auth/guard.js';
import type { BotContext } from '../../context.js';
import { linkPatterns } from '../../links.js';
import type { Feature } from '../feature.js';

const PERMISSION = 'campaign.launch';
const itemId = z.coerce.number().int().positive();

async function enter(ctx: BotContext, wizard: string, args: CallWizardArgs | SmsWizardArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(wizard, args);
}

function command(wizard: string) {
  return async (ctx: BotContext): Promise<void> => {
    const access = accessToCurrent(ctx, PERMISSION);
    if (!access.ok) return refuse(ctx, access, PERMISSION);
    await enter(ctx, wizard, { accountId: access.account.id });
  };
}

const openCall = command(CALL_WIZARD);
const openSms = command(SMS_WIZARD);

const composer = new Composer<BotContext>();
composer.command('call', openCall);
composer.command('sms', openSms);

/** A button that starts a wizard for the account it names, with the item it names (if any) chosen. */
function onLink(pattern: RegExp, wizard: string, args: (accountId: string, id: number | undefined) => CallWizardArgs | SmsWizardArgs): void {
  composer.callbackQuery(pattern, async (ctx) => {
    const accountId = ctx.match[1] ?? '';
    const access = await accessTo(ctx, accountId, PERMISSION);
    if (!access.ok) return refuse(ctx, access, PERMISSION);
    const raw = ctx.match[2];
    const id = raw === undefined ? undefined : itemId.safeParse(raw);
    if (id?.success === false) {
      await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
      return;
    }
    await enter(ctx, wizard, args(accountId, id?.data));
  });
}

onLink(linkPatterns.newCall, CALL_WIZARD, (accountId) => ({ accountId }));
onLink(linkPatterns.callList, CALL_WIZARD, (accountId, listId) => ({ accountId, ...(listId === undefined ? {} : { listId }) }));
onLink(linkPatterns.callWithSound, CALL_WIZARD, (accountId, soundId) => ({ accountId, ...(soundId === undefined ? {} : { soundId }) }));
onLink(linkPatterns.callWithScenario, CALL_WIZARD, (accountId, scenarioId) => ({ accountId, ...(scenarioId === undefined ? {} : { scenarioId }) }));
onLink(linkPatterns.newSms, SMS_WIZARD, (accountId) => ({ accountId }));
onLink(linkPatterns.smsList, SMS_WIZARD, (accountId, listId) => ({ accountId, ...(listId === undefined ? {} : { listId }) }));

export const launchFeature: Feature = {
  name: 'launch',
  composer,
  wizards: [
    { id: CALL_WIZARD, builder: callWizard },
    { id: SMS_WIZARD, builder: smsWizard },
  ],
  menu: [
    { labelKey: 'menu-call', permission: PERMISSION, open: openCall },
    { labelKey: 'menu-sms', permission: PERMISSION, open: openSms },
  ],
  commands: [
    { command: 'call', permission: PERMISSION, scopes: ['private'] },
    { command: 'sms', permission: PERMISSION, scopes: ['private'] },
  ],
  // Call campaigns accepted with a 202 announce their card when AutoCall has created them, across restarts.
  onStart: (deps, telegram) => startWatchPoller(deps, telegram, callWatchHandlers),
};
