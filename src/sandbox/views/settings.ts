/** Account settings and confirmed numbers as the contract shows them. */
import { localDateTime } from '../core/almaty-time.js';
import { TARIFFS } from '../domain/tariffs.js';
import type { Account } from '../state/account.js';
import type { ConfirmedNumberRecord } from '../state/records.js';
import { allCalls } from './money.js';

export function confirmedNumberView(n: ConfirmedNumberRecord) {
  return {
    id: n.id,
    number: n.number,
    verified_at: n.verifiedAt === null ? null : localDateTime(n.verifiedAt),
    created_at: localDateTime(n.createdAt),
    updated_at: localDateTime(n.updatedAt),
  };
}

export function settingsView(account: Account) {
  const { settings } = account;
  const tariff = TARIFFS[account.tariff];
  const calls = allCalls(account);
  const confirmed = [...account.confirmedNumbers.values()];
  return {
    name: settings.name,
    phone: settings.phone,
    sms_verified_at: localDateTime(settings.smsVerifiedAt),
    moderation: true,
    time_from: '00:00:00',
    time_to: '23:59:59',
    price: tariff.callPrice.toFixed(2),
    sms_price: tariff.smsPrice.toFixed(2),
    sip_price: tariff.sipPrice.toFixed(2),
    speech_price: tariff.speechPrice.toFixed(2),
    synthesis_price: tariff.synthesisPrice.toFixed(2),
    recording_price: tariff.recordingPrice.toFixed(2),
    recalled: 24,
    subscribe: settings.subscribe,
    notifications_subscribe: settings.notificationsSubscribe,
    visit_card_audio: settings.visitCardAudio,
    visit_card_text: settings.visitCardText,
    confirmed_numbers: confirmed.map(confirmedNumberView),
    statistics: {
      duration: calls.reduce((sum, call) => sum + call.duration, 0),
      calls: calls.length,
      confirmed_numbers: confirmed.filter((n) => n.verifiedAt !== null).length,
      spam_reports: calls.filter((call) => call.status === 'spam').length,
      lists: account.lists.size,
      contacts: account.contacts.size,
      autocalls: account.autocalls.size,
      bulks: account.bulks.size,
      sms: account.messages.size,
    },
  };
}

