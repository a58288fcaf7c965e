import { InlineKeyboard } from 'grammy';
import { describe, expect, it } from 'vitest';
import { isAlreadyShown } from '../../src/bot/same-view.js';

const keyboard = new InlineKeyboard().text('🔄 Refresh', 'mb:acc1').row().url('Pay', 'https://pay.example.kz/1');

describe('isAlreadyShown', () => {
  it.each([
    ['the same text and buttons', { text: 'Balance: 1 450,75 ₸', reply_markup: keyboard }, '<b>Balance</b>: 1 450,75 ₸', keyboard, true],
    ['escaped characters read as shown', { text: 'ТОО «A & B» <1>' }, 'ТОО «A &amp; B» &lt;1&gt;', undefined, true],
    ['Telegram trims the text it shows', { text: 'Balance' }, '\nBalance\n', undefined, true],
    ['another amount', { text: 'Balance: 1 450,75 ₸', reply_markup: keyboard }, 'Balance: 1 450,76 ₸', keyboard, false],
    ['a button more', { text: 'Balance', reply_markup: keyboard }, 'Balance', new InlineKeyboard(keyboard.inline_keyboard.map((row) => [...row])).text('›', 'mp:acc1:1'), false],
    ['other callback data behind the same label', { text: 'Balance', reply_markup: keyboard }, 'Balance', new InlineKeyboard().text('🔄 Refresh', 'mb:acc2').row().url('Pay', 'https://pay.example.kz/1'), false],
    ['buttons removed', { text: 'Balance', reply_markup: keyboard }, 'Balance', undefined, false],
    // A photo's words are its caption: the message has no text to compare.
    ['a photo has no text to compare', {}, 'Dashboard', undefined, false],
  ])('%s', (_, message: { text?: string; reply_markup?: InlineKeyboard }, html, markup, expected) => {
    expect(isAlreadyShown(message, html, markup)).toBe(expected);
  });
});
