/**
 * Reading a notification's `data`, whose fields depend on the type and may be missing or oddly typed (the contract
 * names a few, AutoCall sends more): every reader returns undefined rather than guessing.
 */
export type NotificationData = Readonly<Record<string, unknown>>;

export function textField(data: NotificationData, name: string): string | undefined {
  const value = data[name];
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** Numbers and decimal strings (`"45.20"`, as PHP sends money) alike. */
export function numberField(data: NotificationData, name: string): number | undefined {
  const value = data[name];
  const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : Number.NaN;
  return Number.isFinite(number) ? number : undefined;
}

/** A positive integer id (campaign, list, sound…): the only kind of id buttons carry. */
export function idField(data: NotificationData, name = 'id'): number | undefined {
  const value = numberField(data, name);
  return value !== undefined && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

export function booleanField(data: NotificationData, name: string): boolean | undefined {
  const value = data[name];
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1') return true;
  if (value === 0 || value === '0') return false;
  return undefined;
}

/** Scalar fields as `name: value` pairs, for types the bot does not know: nested values are left out. */
export function scalarFields(data: NotificationData): [string, string][] {
  return Object.entries(data).flatMap(([name, value]): [string, string][] =>
    typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? [[name, String(value)]] : [],
  );
}
