/**
 * Turns ajv's errors into Laravel's validation errors: `{ "contacts.3.number": ["…"] }`, one key per field in dot
 * notation, messages in Russian as the real API writes them.
 */
import type { ErrorObject } from 'ajv';

/** Laravel's `errors` object: field path in dot notation → messages. */
export type FieldErrors = Record<string, string[]>;

const TYPE_NAMES: Record<string, string> = {
  integer: 'целым числом',
  number: 'числом',
  string: 'строкой',
  boolean: 'логическим значением',
  array: 'массивом',
  object: 'объектом',
  null: 'null',
};

function dotPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function joinPath(parent: string, child: string): string {
  return parent === '' ? child : `${parent}.${child}`;
}

function param(error: ErrorObject, name: string): string {
  const params = error.params as Record<string, unknown>;
  const value = params[name];
  if (Array.isArray(value)) return value.map(String).join(', ');
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

function typeList(types: string[]): string {
  return types.map((t) => TYPE_NAMES[t] ?? t).join(' или ');
}

function typeMessage(field: string, types: string[]): string {
  return `Поле ${field} должно быть ${typeList(types)}.`;
}

function message(error: ErrorObject, field: string): string {
  switch (error.keyword) {
    case 'required':
      return `Поле ${field} обязательно для заполнения.`;
    case 'type':
      return typeMessage(field, param(error, 'type').split(', '));
    case 'minLength':
      return `Количество символов в поле ${field} должно быть не меньше ${param(error, 'limit')}.`;
    case 'maxLength':
      return `Количество символов в поле ${field} не может превышать ${param(error, 'limit')}.`;
    case 'minItems':
      return `Количество элементов в поле ${field} должно быть не меньше ${param(error, 'limit')}.`;
    case 'maxItems':
      return `Количество элементов в поле ${field} не может превышать ${param(error, 'limit')}.`;
    case 'minimum':
    case 'exclusiveMinimum':
      return `Значение поля ${field} должно быть не меньше ${param(error, 'limit')}.`;
    case 'maximum':
    case 'exclusiveMaximum':
      return `Значение поля ${field} не может быть больше ${param(error, 'limit')}.`;
    case 'enum':
    case 'const':
      return `Выбранное значение для ${field} некорректно.`;
    case 'pattern':
    case 'format':
      return `Поле ${field} имеет ошибочный формат.`;
    default:
      return `Поле ${field} некорректно.`;
  }
}

interface Located {
  field: string;
  error: ErrorObject;
}

interface FieldMessage {
  field: string;
  text: string;
}

function fieldKey(field: string): string {
  return field === '' ? 'body' : field;
}

/**
 * Errors of a `oneOf` whose branches all failed arrive once per branch. When one branch got past the type check
 * (its errors sit deeper than the item), the item was meant as that branch and the other branches' type errors
 * are noise; when every branch failed on type alone, they merge into one "must be X or Y" message.
 */
function messages(all: Located[]): FieldMessage[] {
  const located = all.filter((l) => l.error.keyword !== 'oneOf' && l.error.keyword !== 'anyOf');
  const deeperOrOther = (field: string): boolean =>
    located.some(
      (l) =>
        (l.field !== field && l.field.startsWith(field === '' ? '' : `${field}.`)) ||
        (l.field === field && l.error.keyword !== 'type'),
    );
  const typeErrors = new Map<string, string[]>();
  const kept: FieldMessage[] = [];
  for (const l of located) {
    if (l.error.keyword === 'type') {
      if (deeperOrOther(l.field)) continue;
      const types = typeErrors.get(l.field) ?? [];
      types.push(...param(l.error, 'type').split(', '));
      typeErrors.set(l.field, types);
      continue;
    }
    kept.push({ field: l.field, text: message(l.error, fieldKey(l.field)) });
  }
  for (const [field, types] of typeErrors) {
    const merged = [...new Set(types)].filter((t) => t !== 'null');
    kept.push({ field, text: typeMessage(fieldKey(field), merged) });
  }
  return kept;
}

/** Maps ajv errors (run with `allErrors`) to Laravel's field → messages form. */
export function toFieldErrors(errors: readonly ErrorObject[]): FieldErrors {
  const located = errors.map((error): Located => {
    const base = dotPath(error.instancePath);
    const field = error.keyword === 'required' ? joinPath(base, param(error, 'missingProperty')) : base;
    return { field, error };
  });
  const out: FieldErrors = {};
  for (const { field, text } of messages(located)) addFieldError(out, fieldKey(field), text);
  return out;
}

/** Adds one message for `field` to an errors object (for the rules the contract states in prose). */
export function addFieldError(errors: FieldErrors, field: string, text: string): void {
  const list = (errors[field] ??= []);
  if (!list.includes(text)) list.push(text);
}
