/**
 * Callback handlers for buttons of the form `action:accountId:arg…`: the account the button names is checked for
 * the permission on the server before anything runs, a refused tap is answered with the reason, and the other
 * arguments arrive as numbers (AutoCall ids, pages); a button whose arguments are not numbers is stale or forged.
 */
import type { Composer } from 'grammy';
import type { BotContext } from '../context.js';
import { type Access, accessTo, refuse } from './guard.js';
import type { Permission } from './permissions.js';

export type Granted = Extract<Access, { ok: true }>;

export type TapHandler = (ctx: BotContext, granted: Granted, args: number[]) => Promise<void>;

const NUMBER = /^\d{1,15}$/;

export function onTap(composer: Composer<BotContext>, pattern: RegExp, permission: Permission, handle: TapHandler): void {
  composer.callbackQuery(pattern, async (ctx) => {
    const [, accountId = '', ...rest] = typeof ctx.match === 'string' ? [ctx.match] : [...ctx.match];
    const access = await accessTo(ctx, accountId, permission);
    if (!access.ok) return refuse(ctx, access, permission);
    if (!rest.every((arg) => NUMBER.test(arg ?? ''))) {
      await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
      return;
    }
    await handle(ctx, access, rest.map(Number));
  });
}
