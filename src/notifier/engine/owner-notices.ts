/**
 * Messages to an account's owner about the notifier itself: a key AutoCall stopped accepting, a chat that can no
 * longer be reached. Each is said once (a mark in the store decides, whichever process gets there first), in the
 * owner's language; failing to say it is logged, never retried.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { InlineKeyboard } from 'grammy';
import type { Language } from '../../bot/i18n.js';
import { OWNER_TOLD_OF_REFUSED_KEY } from '../../bot/accounts/relink.js';
import { links } from '../../bot/links.js';
import type { Account } from '../../store/index.js';
import type { NotifierDeps } from '../notifier-deps.js';
import { classifySendFailure } from './send-failure.js';

const PAUSE_TOLD_TTL_MS = 3_600_000;
/** A notice is worth a few waits for Telegram's flood control; after that it is logged as not said. */
const NOTICE_ATTEMPTS = 3;

/** What telling an owner needs of the notifier. */
type NoticeDeps = Pick<NotifierDeps, 'store' | 'logger' | 'telegram' | 'translate'>;

async function tellOwnerOnce(
  deps: NoticeDeps,
  account: Account,
  mark: { key: string; ttlMs: number },
  message: (lang: Language) => { text: string; keyboard?: InlineKeyboard },
): Promise<void> {
  if (!(await deps.store.kv.setOnce(mark.key, '1', mark.ttlMs))) return;
  const lang = (await deps.store.users.get(account.ownerId)).lang ?? 'ru';
  const { text, keyboard } = message(lang);
  for (let attempt = 1; ; attempt++) {
    try {
      await deps.telegram.sendMessage(account.ownerId, text, { parse_mode: 'HTML', ...(keyboard ? { reply_markup: keyboard } : {}) });
      return;
    } catch (error) {
      const failure = classifySendFailure(error);
      if (failure.kind !== 'flood' || attempt >= NOTICE_ATTEMPTS) {
        deps.logger.warn({ err: error, account_id: account.id }, 'could not tell the account owner');
        return;
      }
      // Rare enough to wait here rather than queue: the owner's chat just had an alert, Telegram asks for a pause.
      await sleep(failure.retryAfterMs);
    }
  }
}

/** AutoCall answered 401: the owner learns once per key, with the button that starts relinking. */
export function tellOwnerKeyRefused(deps: NoticeDeps, account: Account): Promise<void> {
  return tellOwnerOnce(deps, account, { key: OWNER_TOLD_OF_REFUSED_KEY.key(account), ttlMs: OWNER_TOLD_OF_REFUSED_KEY.ttlMs }, (lang) => ({
    text: deps.translate(lang, 'alert-key-refused', { account: account.name }),
    keyboard: new InlineKeyboard().text(deps.translate(lang, 'alert-btn-relink'), links.relink(account.id)),
  }));
}

/** Telegram answered 403 for a chat: the owner learns which chat stopped receiving and how to resume it. */
export function tellOwnerChatPaused(
  deps: NoticeDeps,
  account: Account,
  chat: { chatId: number; threadId?: number | undefined; name: string; group: boolean },
): Promise<void> {
  if (!chat.group && chat.chatId === account.ownerId) return Promise.resolve();
  const mark = { key: `notifier-paused-told:${account.id}:${chat.chatId}:${chat.threadId ?? 0}`, ttlMs: PAUSE_TOLD_TTL_MS };
  return tellOwnerOnce(deps, account, mark, (lang) => ({
    text: deps.translate(lang, chat.group ? 'alert-paused-group' : 'alert-paused-member', { account: account.name, chat: chat.name }),
  }));
}
