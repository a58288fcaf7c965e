/** The owner's default length of automatic flash-call codes (the contract allows 3–6). */
import { InlineKeyboard } from 'grammy';
import { CODE_LENGTH } from '../../../domain/flash/index.js';
import type { Account } from '../../../store/index.js';
import type { BotContext } from '../../context.js';
import type { View } from '../../show.js';
import { flashButtons } from './flash-buttons.js';
import { DEFAULT_FLASH_DIGITS } from './send-flash.js';

export function flashSettingsView(ctx: BotContext, account: Account): View {
  const current = account.settings?.flashDigits ?? DEFAULT_FLASH_DIGITS;
  const keyboard = new InlineKeyboard();
  for (let digits = CODE_LENGTH.min; digits <= CODE_LENGTH.max; digits += 1) {
    keyboard.text(digits === current ? `✅ ${digits}` : String(digits), flashButtons.digits(account.id, digits));
  }
  return { text: ctx.t('flash-settings', { account: account.name, digits: current, min: CODE_LENGTH.min, max: CODE_LENGTH.max }), keyboard };
}

/** Stores the length (audited) and returns the account as it now is. */
export async function setFlashDigits(ctx: BotContext, account: Account, digits: number): Promise<Account> {
  const updated = await ctx.deps.store.accounts.update(account.id, { settings: { flashDigits: digits } });
  await ctx.deps.store.audit.append(account.id, {
    at: ctx.deps.now(),
    actorId: ctx.viewer.userId,
    actorName: ctx.viewer.name,
    action: 'flash.digits',
    target: String(digits),
    result: 'ok',
  });
  return updated ?? account;
}
