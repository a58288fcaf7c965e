/**
 * What the sandbox's moderators deny: gambling advertising, which Kazakhstan's advertising law bans. Everything
 * else passes, so tests can get a denial on purpose and nothing else by accident.
 */
const FORBIDDEN = /казино|casino|букмекер|bookmaker|ставки на спорт/i;

export const DENIAL_COMMENT = 'Реклама азартных игр запрещена.';

export function violatesRules(...texts: readonly (string | null)[]): boolean {
  return texts.some((text) => text !== null && FORBIDDEN.test(text));
}
