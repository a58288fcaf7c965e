/**
 * Registers a tap handler the way every button of these menus needs it: the account named in the button is
 * re-checked for the permission on the server, then the handler gets the account and the button's arguments.
 */
import type { Composer } from 'grammy';
import { type Access, accessTo, refuse } from '../../../auth/guard.js';
import type { Permission } from '../../../auth/permissions.js';
import type { BotContext } from '../../../context.js';

/** Whom the tap acts for: the account the button names and the person's role in it, both read fresh. */
export type Granted = Extract<Access, { ok: true }>;

export type TapHandler = (ctx: BotContext, granted: Granted, args: readonly string[]) => Promise<void>;

/** Handles taps matching `pattern` (from `callbackPattern` or `linkPatterns`), whose first argument is the account id. */
export function onTap(composer: Composer<BotContext>, pattern: RegExp, permission: Permission, handler: TapHandler): void {
  composer.callbackQuery(pattern, async (ctx) => {
    const [, accountId = '', ...args] = ctx.match;
    const access = await accessTo(ctx, accountId, permission);
    if (!access.ok) return refuse(ctx, access, permission);
    await handler(ctx, access, args);
  });
}

/** An AutoCall id from a button, or null for one no real button carries. */
export function idArg(raw: string | undefined): number | null {
  const id = Number(raw);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}

/** A page number from a button (from 1); anything else is the first page. */
export function pageArg(raw: string | undefined): number {
  const page = Number(raw);
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

/** Answers a tap whose button no longer makes sense (forged, or from before a change). */
export async function staleTap(ctx: BotContext): Promise<void> {
  await ctx.answerCallbackQuery({ text: ctx.t('stale-button') });
}
