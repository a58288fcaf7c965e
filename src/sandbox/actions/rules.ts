/**
 * Rules the contract states in prose rather than in schemas, shared by several actions: `Y-m-d` dates not in the
 * past, `H:i:s` times with `time_from` before `time_to`, variable names `[a-zA-Z0-9_]` up to 30 characters.
 */
import { localDate, parseLocalDate, parseTimeOfDay } from '../core/almaty-time.js';
import type { ErrorBag } from './result.js';

export function checkDateFrom(bag: ErrorBag, field: string, value: string | undefined, now: number): void {
  if (value === undefined) return;
  if (parseLocalDate(value) === null) bag.add(field, `Поле ${field} должно соответствовать формату Y-m-d.`);
  else if (value < localDate(now)) bag.add(field, `Поле ${field} должно быть датой не раньше сегодняшней.`);
}

export function checkTime(bag: ErrorBag, field: string, value: string | undefined): number | null {
  if (value === undefined) return null;
  const seconds = parseTimeOfDay(value);
  if (seconds === null) bag.add(field, `Поле ${field} должно соответствовать формату H:i:s.`);
  return seconds;
}

/** Checks both times and their order (the order error goes to `time_to`). */
export function checkWindow(bag: ErrorBag, timeFrom: string, timeTo: string): void {
  const from = checkTime(bag, 'time_from', timeFrom);
  const to = checkTime(bag, 'time_to', timeTo);
  if (from !== null && to !== null && from >= to) bag.add('time_to', 'Значение поля time_to должно быть позже time_from.');
}

const VARIABLE_NAME = /^[a-zA-Z0-9_]{1,30}$/;

export function checkVariables(bag: ErrorBag, field: string, variables: Record<string, string> | undefined): void {
  if (!variables) return;
  for (const [name, value] of Object.entries(variables)) {
    if (!VARIABLE_NAME.test(name)) {
      bag.add(field, `Имя переменной «${name}» в поле ${field}: только латиница, цифры и _, до 30 символов.`);
    }
    if (value.length > 255) bag.add(field, `Значение переменной «${name}» в поле ${field} длиннее 255 символов.`);
  }
}
