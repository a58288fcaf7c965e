import { VARIABLE_KEY_MAX_LENGTH } from '../contacts/index.js';

/** Russian and Kazakh letters in Latin, as Kazakhstan's passports and most people spell them. */
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ә: 'a', ғ: 'g', қ: 'q', ң: 'n', ө: 'o', ұ: 'u', ү: 'u', һ: 'h', і: 'i',
};

/** `Сумма долга` → `summa_dolga`: lowercase Latin, digits and `_`, as the contract requires of keys. */
export function variableKeyOf(header: string): string {
  const latin = Array.from(header.toLowerCase().normalize('NFC'), (c) => CYRILLIC_TO_LATIN[c] ?? c).join('');
  return latin
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '')
    .slice(0, VARIABLE_KEY_MAX_LENGTH)
    .replace(/_$/, '');
}

/**
 * Keys for a file's variable columns: from headers when there are any, `colN` (N the column number
 * a spreadsheet shows) otherwise, made unique with `_2`, `_3` within the 30-character limit.
 */
export function uniqueVariableKeys(columns: readonly { index: number; header: string | undefined }[]): string[] {
  const taken = new Set<string>();
  return columns.map(({ index, header }) => {
    const base = (header === undefined ? '' : variableKeyOf(header)) || `col${index + 1}`;
    let key = base;
    for (let n = 2; taken.has(key); n++) {
      const suffix = `_${n}`;
      key = base.slice(0, VARIABLE_KEY_MAX_LENGTH - suffix.length) + suffix;
    }
    taken.add(key);
    return key;
  });
}
