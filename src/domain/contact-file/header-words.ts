/**
 * Words that name a column in the headers people give their spreadsheets, in Russian, Kazakh and
 * English. A header matches when one of its words (or the whole header, letters only: `Ф.И.О.`)
 * starts with a stem; a stronger stem wins over a weaker one.
 */

interface Stems {
  readonly strong: readonly string[];
  readonly weak: readonly string[];
}

/** `Номер` alone is weak: it also heads contract and order numbers. */
const PHONE: Stems = {
  strong: ['телефон', 'тел', 'моб', 'сотов', 'нөмір', 'ұялы', 'phone', 'tel', 'mobile', 'cell', 'msisdn', 'whatsapp'],
  weak: ['номер', 'number', 'контакт', 'contact'],
};

/** A name is the best note; a comment column the next best. */
const EXTRA: Stems = {
  strong: ['фио', 'имя', 'фамилия', 'аты', 'есім', 'клиент', 'name', 'fullname', 'client', 'customer'],
  weak: ['коммент', 'примеч', 'описан', 'түсінік', 'comment', 'note', 'extra', 'description', 'наименован', 'организац', 'компан', 'company'],
};

function words(header: string): string[] {
  const lower = header.toLowerCase().replaceAll('ё', 'е');
  const parts = lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  return [...parts, parts.join('')];
}

function weight(header: string, stems: Stems): 0 | 1 | 2 {
  const ws = words(header);
  if (ws.some((w) => stems.strong.some((s) => w.startsWith(s)))) return 2;
  return ws.some((w) => stems.weak.some((s) => w.startsWith(s))) ? 1 : 0;
}

/** How surely a header names the phone column: 2 `Телефон`, 1 `Номер`, 0 not at all. */
export function phoneHeaderWeight(header: string): 0 | 1 | 2 {
  return weight(header, PHONE);
}

/** How surely a header names the note column: 2 `ФИО`, 1 `Комментарий`, 0 not at all. */
export function extraHeaderWeight(header: string): 0 | 1 | 2 {
  return weight(header, EXTRA);
}
