/**
 * A notification as a chat message: the type's body, a footer naming the account and when it happened (people
 * may follow several accounts), and the type's buttons as a plain inline keyboard — the notifier sends through the
 * Bot API directly, and the bot's callback handlers answer the taps with the usual role checks.
 */
import { InlineKeyboard } from 'grammy';
import type { Language, Translator } from '../../bot/i18n.js';
import { formatKzDateTime, parseApiDateTime } from '../../domain/format/index.js';
import { MESSAGE_MAX_LENGTH, truncateHtml } from '../../domain/text/index.js';
import type { Account } from '../../store/index.js';
import type { CampaignDetails, NotificationFacts } from '../delivery.js';
import { bodyRenderer } from './alert-bodies.js';

export interface AlertInput {
  translate: Translator;
  lang: Language;
  account: Pick<Account, 'id' | 'name' | 'demo'>;
  notification: NotificationFacts;
  details?: CampaignDetails | undefined;
}

export interface AlertMessage {
  /** Telegram HTML. */
  text: string;
  keyboard: InlineKeyboard;
}

export function renderAlert(input: AlertInput): AlertMessage {
  const { translate, lang, account, notification } = input;
  const t: (key: string, variables?: Record<string, string | number>) => string = (key, variables) => translate(lang, key, variables);
  const body = bodyRenderer(notification.type)({ t, lang, accountId: account.id, notification, details: input.details });
  const created = parseApiDateTime(notification.createdAt);
  const footer = t('alert-footer', {
    labelHtml: t(account.demo ? 'account-label-demo' : 'account-label', { name: account.name }),
    time: created.ok ? formatKzDateTime(created.date, lang) : notification.createdAt,
  });
  const keyboard = new InlineKeyboard();
  for (const row of body.buttons) {
    for (const button of row) keyboard.text(button.label, button.data);
    keyboard.row();
  }
  return { text: truncateHtml(`${body.html}\n\n${footer}`, MESSAGE_MAX_LENGTH), keyboard };
}
