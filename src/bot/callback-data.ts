/**
 * Callback data for plain inline keyboards (the notifier and action buttons): `action:arg:arg…`, checked against
 * Telegram's 64-byte limit when built, so an oversize button fails in tests rather than in a user's chat.
 * Arguments are ids and short codes; they are never trusted: handlers re-check them on the server.
 */
export const CALLBACK_DATA_MAX_BYTES = 64;

export function callbackData(action: string, ...args: (string | number)[]): string {
  const data = [action, ...args.map(String)].join(':');
  if (args.some((arg) => String(arg).includes(':'))) throw new Error(`callback argument contains ':' in ${data}`);
  const size = Buffer.byteLength(data, 'utf8');
  if (size > CALLBACK_DATA_MAX_BYTES) throw new Error(`callback_data is ${size} bytes, over Telegram's 64: ${data}`);
  return data;
}

/** A trigger matching `action:arg…` with exactly `count` arguments; the arguments come back as `ctx.match[1..]`. */
export function callbackPattern(action: string, count: number): RegExp {
  const escaped = action.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}${':([^:]*)'.repeat(count)}$`);
}
