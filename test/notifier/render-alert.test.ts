import { describe, expect, it } from 'vitest';
import { createI18n, type Language, translatorFor } from '../../src/bot/i18n.js';
import { links } from '../../src/bot/links.js';
import type { CampaignDetails } from '../../src/notifier/delivery.js';
import { renderAlert } from '../../src/notifier/render/alert-message.js';

const translate = translatorFor(createI18n(() => 'ru'));
const ACCOUNT = { id: 'Qw3rTy9_aB1', name: 'ТОО «Астана & Co»', demo: false };
const CREATED = '2024-11-01 10:35:00';

function render(type: string, data: Record<string, unknown>, lang: Language = 'en', details?: CampaignDetails) {
  const alert = renderAlert({ translate, lang, account: ACCOUNT, notification: { id: '4f227359-cbc5-4b4d-811f-e8846abe6f35', type, data, createdAt: CREATED }, details });
  const buttons = alert.keyboard.inline_keyboard.flat().map((button) => ('callback_data' in button ? button.callback_data : ''));
  return { text: alert.text, buttons };
}

const DETAILS: CampaignDetails = { name: 'Акция ноябрь', successPercentage: 63.6, success: 7, noAnswer: 2, busy: 1, error: 1, recalled: 0, spam: 0, total: 11, talkSeconds: 312, finalCost: 245.6 };

describe('renderAlert', () => {
  it.each<[string, string, Record<string, unknown>, Language, CampaignDetails | undefined, RegExp[], string[]]>([
    [
      'a finished campaign with its figures',
      'AutocallFinished',
      { id: 42, name: 'Акция ноябрь', type: 'autocall' },
      'en',
      DETAILS,
      [/Campaign finished<\/b>: Акция ноябрь \(№42\)/, /Success: <b>63\.6%<\/b> — 7 of 11/, /Talk time: 5 min 12 sec/, /Cost: <b>₸245\.60<\/b>/],
      [links.campaign(ACCOUNT.id, 42), links.campaignExport(ACCOUNT.id, 42), links.campaignRelaunch(ACCOUNT.id, 42)],
    ],
    ['a finished campaign whose figures could not be fetched', 'AutocallFinished', { id: 42, name: 'Акция' }, 'ru', undefined, [/Обзвон завершён/, /Откройте обзвон/], [links.campaign(ACCOUNT.id, 42), links.campaignExport(ACCOUNT.id, 42), links.campaignRelaunch(ACCOUNT.id, 42)]],
    ['low balance sent as PHP decimal strings', 'LowBalance', { balance: '45.20', threshold: '100.00' }, 'ru', undefined, [/Низкий баланс<\/b>: 45,20\s₸/, /порога 100\s₸/], [links.topUpAmount(ACCOUNT.id, 1000), links.topUpAmount(ACCOUNT.id, 5000), links.topUp(ACCOUNT.id)]],
    ['a caller ID with days left, in Kazakh', 'CallerIdExpiringSoon', { id: 3, number: '+77012345678', rented_until: '2024-11-04T10:35:00+05:00' }, 'kk', undefined, [/\+77012345678/, /3 күн қалды/], [links.callerIds(ACCOUNT.id)]],
    ['a caller ID without an end date', 'CallerIdExpiringSoon', { number: '+77012345678' }, 'en', undefined, [/Caller ID rental ends soon<\/b>: \+77012345678$/m], [links.callerIds(ACCOUNT.id)]],
    ['a campaign refused by moderation, with the reason', 'AutocallConfirmed', { id: 9, name: 'Розыгрыш', confirmed: false, comment: 'Текст <b>похож</b> на спам & рекламу' }, 'ru', undefined, [/Модерация не пройдена<\/b>: обзвон «Розыгрыш»/, /<i>Текст &lt;b&gt;похож&lt;\/b&gt; на спам &amp; рекламу<\/i>/], [links.campaign(ACCOUNT.id, 9)]],
    ['audio that passed moderation', 'SoundConfirmed', { id: 41, name: 'Приветствие', confirmed: true }, 'en', undefined, [/Moderation passed<\/b>: audio “Приветствие”/], [links.sound(ACCOUNT.id, 41)]],
    ['a scenario moderated without saying how', 'ScenarioConfirmed', { id: 5, name: 'Опрос' }, 'en', undefined, [/Moderation finished<\/b>: scenario “Опрос”/], []],
    ['an imported list with its size', 'ImportComplete', { id: 101, name: 'Клиенты', contacts_count: 12500 }, 'ru', undefined, [/Список загружен<\/b>: «Клиенты», контактов: 12\s500/], [links.list(ACCOUNT.id, 101)]],
    ['a withdrawal', 'RefreshBalance', { action: 'withdraw', amount: '-144.00', balance: 9638.2 }, 'en', undefined, [/Charged<\/b> ₸144\. Balance: ₸9,638\.20/], []],
    ['a type the bot does not know yet, with its plain fields', 'CampaignArchived', { id: 42, name: '<Акция>', nested: { a: 1 } }, 'en', undefined, [/Notification<\/b> CampaignArchived/, /id: 42/, /name: &lt;Акция&gt;/], []],
  ])('%s', (_, type, data, lang, details, patterns, buttons) => {
    const alert = render(type, data, lang, details);
    for (const pattern of patterns) expect(alert.text).toMatch(pattern);
    expect(alert.buttons.filter(Boolean)).toEqual(buttons);
    expect(alert.text).toContain(lang === 'en' ? '“ТОО «Астана &amp; Co»”' : '«ТОО «Астана &amp; Co»»');
    expect(alert.text).not.toContain('nested');
  });

  it('keeps a moderator’s essay within Telegram’s limit', () => {
    const { text } = render('SMSBulkCommented', { id: 7, name: 'Рассылка', comment: 'очень длинный комментарий '.repeat(400) }, 'ru');
    expect(text.length).toBeLessThan(4096);
    expect(text).toContain('…');
  });

  it('marks a demo account in the footer', () => {
    const alert = renderAlert({ translate, lang: 'en', account: { ...ACCOUNT, demo: true }, notification: { id: 'n', type: 'LowBalance', data: {}, createdAt: CREATED } });
    expect(alert.text).toMatch(/\[DEMO\]<\/b> · Nov 1, 2024, 10:35$/);
  });
});
