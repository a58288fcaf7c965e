import { describe, expect, it } from 'vitest';
import { estimateSynthesis } from '../../src/conversations/new-sound/synthesis-cost.js';

const GREETING = 'Здравствуйте! Напоминаем об оплате до конца месяца. Спасибо, что вы с нами.';

describe('estimateSynthesis', () => {
  it.each([
    { text: 'Да.', speed: 1, price: 2, seconds: 1, cost: 2 },
    { text: GREETING, speed: 1, price: 1.8, seconds: 7, cost: 12.6 },
    { text: GREETING, speed: 1.3, price: 1.8, seconds: 5, cost: 9 },
    { text: GREETING, speed: 0.75, price: 1.5, seconds: 9, cost: 13.5 },
    { text: 'Сәлеметсіз бе! Төлем мерзімі — айдың соңына дейін.', speed: 1, price: 2, seconds: 5, cost: 10 },
    // Counted by characters a person sees: an emoji is one, not two UTF-16 units.
    { text: '🎉'.repeat(24), speed: 1, price: 2, seconds: 2, cost: 4 },
    { text: 'x'.repeat(400), speed: 4, price: 1.8, seconds: 9, cost: 16.2 },
    { text: 'x'.repeat(400), speed: 0.25, price: 1.8, seconds: 134, cost: 241.2 },
    { text: '   Да.   ', speed: 1, price: null, seconds: 1, cost: null },
  ])('$seconds s for $text.length characters at ×$speed, ₸$price a second → $cost', ({ text, speed, price, seconds, cost }) => {
    expect(estimateSynthesis(text, speed, price)).toEqual({ seconds, cost });
  });
});
