/**
 * Speech synthesis and recognition as far as the sandbox needs them: how long synthesized text plays, and what
 * a subscriber "said" in a recorded answer.
 */
import { intFor } from '../core/random.js';

/** Characters per second of synthesized Russian speech at speed 1. */
const CHARS_PER_SECOND = 14;

export function synthesisSeconds(text: string, speed: number): number {
  return Math.max(1, Math.ceil(text.length / (CHARS_PER_SECOND * speed)));
}

const ANSWERS = [
  'Да, интересно, перезвоните мне',
  'Нет, спасибо',
  'Перезвоните позже, пожалуйста',
  'Да',
  'Иә, маған қызық',
  'Жоқ, рахмет',
  'Уже оплатил',
  'Какой у вас адрес?',
] as const;

/** What the subscriber said in the recording `file` (fixed by the seed). */
export function recognizedAnswer(seed: number, file: string): string {
  return ANSWERS[intFor(0, ANSWERS.length - 1, seed, 'answer', file)] ?? 'Да';
}
