/**
 * AutoCall answered 401 to a flash call: the key was revoked or replaced on the portal. The account is marked for
 * relinking, and its owner — who alone can link a new key — hears about it with the button that does it, once per
 * key, whoever ran into it; the person who tried learns that the owner was told.
 */
import { InlineKeyboard } from 'grammy';
import type { Account } from '../../../store/index.js';
import { markNeedsRelink, OWNER_TOLD_OF_REFUSED_KEY } from '../../accounts/relink.js';
import type { BotContext } from '../../context.js';
import type { FlashView } from './flash-result.js';
import { links } from '../../links.js';

export async function keyRefusedView(ctx: BotContext, account: Account): Promise<FlashView> {
  await markNeedsRelink(ctx.deps, account);
  const relink = (label: string) => new InlineKeyboard().text(label, links.relink(account.id));
  if (account.ownerId === ctx.viewer.userId) return { text: ctx.t('flash-key-refused-owner', { account: account.name }), keyboard: relink(ctx.t('flash-btn-relink')) };
  const { store, translate } = ctx.deps;
  if (await store.kv.setOnce(OWNER_TOLD_OF_REFUSED_KEY.key(account), '1', OWNER_TOLD_OF_REFUSED_KEY.ttlMs)) {
    const lang = (await store.users.get(account.ownerId)).lang ?? 'ru';
    const text = translate(lang, 'flash-key-refused-notice', { account: account.name, name: ctx.viewer.name });
    await ctx.api.sendMessage(account.ownerId, text, { parse_mode: 'HTML', reply_markup: relink(translate(lang, 'flash-btn-relink')) }).catch((error: unknown) => {
      ctx.log.warn({ err: error, account_id: account.id }, 'could not tell the owner that the key was refused');
    });
  }
  return { text: ctx.t('flash-key-refused', { account: account.name }) };
}
