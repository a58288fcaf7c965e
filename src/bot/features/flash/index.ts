/**
 * `/flash`: quick flash calls for support staff, in private chats and in bound groups — a complete command sends at
 * once, anything missing is asked for in a short conversation; the result's buttons send again (once per tap, even
 * tapped twice) or with one's own code. `/flash history` lists the last calls, `/flash settings` is the owner's
 * default code length.
 */
import { Composer } from 'grammy';
import { FLASH_CONVERSATION, type FlashConversationArgs, flashConversation } from '../../../conversations/flash/flash-conversation.js';
import { type CodeChoice, parseCodeLength, parseFlashCommand, parseOwnCode, readFlashNumber } from '../../../domain/flash/index.js';
import { accessTo, accessToCurrent, replyThreadOptions } from '../../auth/guard.js';
import type { Permission } from '../../auth/permissions.js';
import type { BotContext } from '../../context.js';
import { show } from '../../show.js';
import type { Feature } from '../feature.js';
import { refuseInChat } from '../groups/chat-rules.js';
import { flashPatterns } from './flash-buttons.js';
import { flashHistoryText } from './flash-history.js';
import { flashSettingsView, setFlashDigits } from './flash-settings.js';
import { sendFlash } from './send-flash.js';

/** How long a result's buttons remember being tapped (a double tap sends once). */
const TAP_MEMORY_MS = 24 * 60 * 60 * 1000;

async function converse(ctx: BotContext, args: FlashConversationArgs): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCallbackQuery();
  await ctx.conversation.exitAll();
  await ctx.conversation.enter(FLASH_CONVERSATION, args);
}

/** The account of a command, or null once the person has been told why not. */
async function currentAccount(ctx: BotContext, permission: Permission): Promise<string | null> {
  const access = accessToCurrent(ctx, permission);
  if (access.ok) return access.account.id;
  await refuseInChat(ctx, access, permission);
  return null;
}

/** The account a button names, re-checked on the server, or null once the tap has been answered. */
async function tappedAccount(ctx: BotContext, accountId: string, permission: Permission): Promise<string | null> {
  const access = await accessTo(ctx, accountId, permission);
  if (access.ok) return accountId;
  await refuseInChat(ctx, access, permission);
  return null;
}

async function onFlash(ctx: BotContext, args: string): Promise<void> {
  const command = parseFlashCommand(args);
  if (command.kind === 'settings') {
    const accountId = await currentAccount(ctx, 'settings.edit');
    const account = accountId ? await ctx.deps.store.accounts.get(accountId) : null;
    if (account) await show(ctx, flashSettingsView(ctx, account));
    return;
  }
  const accountId = await currentAccount(ctx, 'flash.send');
  if (!accountId) return;
  if (command.kind === 'history') {
    await ctx.reply(await flashHistoryText(ctx, accountId), { parse_mode: 'HTML', ...replyThreadOptions(ctx) });
    return;
  }
  const { number, code } = command;
  if (number.ok && code.ok) return sendFlash(ctx, { accountId, e164: number.e164, choice: code.choice });
  await converse(ctx, { accountId, number, code });
}

/** A tap on a result's "send again": the message's buttons are used up, so a second tap sends nothing. */
async function sendAgain(ctx: BotContext, accountId: string, national: string, choice: CodeChoice | null): Promise<void> {
  const number = readFlashNumber(national);
  if (!number.ok || !choice) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const message = ctx.callbackQuery?.message;
  const first = !message || (await ctx.deps.store.kv.setOnce(`flash-tap:${message.chat.id}:${message.message_id}`, '1', TAP_MEMORY_MS));
  if (!first) {
    await ctx.answerCallbackQuery({ text: ctx.t('flash-already-sent') });
    return;
  }
  await ctx.answerCallbackQuery();
  await ctx.editMessageReplyMarkup().catch(() => undefined);
  await sendFlash(ctx, { accountId, e164: number.e164, choice });
}

const composer = new Composer<BotContext>();
composer.command('flash', (ctx) => onFlash(ctx, ctx.match));

composer.callbackQuery(flashPatterns.auto, async (ctx) => {
  const [, rawAccount = '', national = '', rawDigits = ''] = ctx.match;
  const accountId = await tappedAccount(ctx, rawAccount, 'flash.send');
  if (!accountId) return;
  const digits = parseCodeLength(rawDigits);
  await sendAgain(ctx, accountId, national, digits === null ? null : { kind: 'auto', digits });
});

composer.callbackQuery(flashPatterns.own, async (ctx) => {
  const [, rawAccount = '', national = '', rawCode = ''] = ctx.match;
  const accountId = await tappedAccount(ctx, rawAccount, 'flash.send');
  if (!accountId) return;
  const code = parseOwnCode(rawCode);
  await sendAgain(ctx, accountId, national, code === null ? null : { kind: 'own', code });
});

composer.callbackQuery(flashPatterns.askOwn, async (ctx) => {
  const [, rawAccount = '', national = ''] = ctx.match;
  const accountId = await tappedAccount(ctx, rawAccount, 'flash.send');
  if (!accountId) return;
  const number = readFlashNumber(national);
  if (!number.ok) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  await converse(ctx, { accountId, number, code: { ok: false, need: 'code', typed: null } });
});

composer.callbackQuery(flashPatterns.digits, async (ctx) => {
  const [, rawAccount = '', rawDigits = ''] = ctx.match;
  const accountId = await tappedAccount(ctx, rawAccount, 'settings.edit');
  if (!accountId) return;
  const account = await ctx.deps.store.accounts.get(accountId);
  const digits = parseCodeLength(rawDigits);
  if (!account || digits === null) {
    await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
    return;
  }
  const updated = digits === (account.settings?.flashDigits ?? null) ? account : await setFlashDigits(ctx, account, digits);
  await show(ctx, flashSettingsView(ctx, updated));
});

export const flashFeature: Feature = {
  name: 'flash',
  composer,
  wizards: [{ id: FLASH_CONVERSATION, builder: flashConversation }],
  menu: [{ labelKey: 'menu-flash', permission: 'flash.send', open: (ctx) => onFlash(ctx, '') }],
  commands: [{ command: 'flash', permission: 'flash.send', scopes: ['private', 'group'] }],
};
