/**
 * Realistic contacts for seeded accounts: Kazakhstan mobile numbers and the mix of Kazakh and Russian names a
 * customer base in Almaty has. Fixed by the seed and the account key, so every account differs but reproducibly.
 */
import { intFor } from '../core/random.js';

const MOBILE_CODES = ['701', '702', '705', '707', '747', '771', '775', '776', '777', '778', '700', '708'] as const;

const NAMES = [
  'Айгерим Нурланова',
  'Ержан Касымов',
  'Дана Ахметова',
  'Нурсултан Сейткали',
  'Мадина Жумабаева',
  'Тимур Ибраев',
  'Асель Серикбаева',
  'Алексей Ким',
  'Ольга Петренко',
  'Бауыржан Омаров',
  'Гульнара Токтарова',
  'Арман Бекетов',
  'Жанна Исмаилова',
  'Руслан Абдрахманов',
  'Сауле Мукашева',
  'Данияр Есенов',
] as const;

export interface Person {
  number: string;
  name: string;
}

export function personFor(seed: number, key: string, index: number): Person {
  const code = MOBILE_CODES[intFor(0, MOBILE_CODES.length - 1, seed, key, 'code', index)] ?? '701';
  const subscriber = String(intFor(0, 9_999_999, seed, key, 'subscriber', index)).padStart(7, '0');
  return { number: `+7${code}${subscriber}`, name: NAMES[intFor(0, NAMES.length - 1, seed, key, 'name', index)] ?? 'Клиент' };
}

/** A person whose number does not exist (campaigns to it end in `error`), for realistic history. */
export function deadPersonFor(seed: number, key: string, isDead: (number: string) => boolean): Person {
  for (let index = 1000; ; index++) {
    const person = personFor(seed, key, index);
    if (isDead(person.number)) return person;
  }
}

/** The account owner's phone, without +7 as `GET /settings` shows it. */
export function ownerPhone(seed: number, key: string): string {
  return personFor(seed, key, -1).number.slice(2);
}
