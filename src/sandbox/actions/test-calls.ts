/**
 * The public test call: from 09:00 to 21:30 local time, once per number a day, two requests a minute per IP.
 * (The contract's prose says "Алматы (UTC+6)"; Almaty has been on UTC+5 since March 2024, which is used here.)
 * One number is on the sandbox's blacklist, for tests of 403: +7 777 000 0000.
 */
import { z } from 'zod';
import { parseTimeOfDay, secondsOfDay } from '../core/almaty-time.js';
import type { World } from '../state/world.js';

export const testCallInput = z.object({ phone: z.string() });

export const BLACKLISTED_TEST_PHONE = '7770000000';
const OPEN = parseTimeOfDay('09:00:00') ?? 0;
const CLOSE = parseTimeOfDay('21:30:00') ?? 0;

export type TestCallOutcome =
  | { kind: 'called'; number: string }
  | { kind: 'closed' }
  | { kind: 'blacklisted' }
  | { kind: 'too-many'; message: string };

export function sendTestCall(world: World, ip: string, phone: string, now: number): TestCallOutcome {
  if (!world.testCalls.admitIp(ip, now)) return { kind: 'too-many', message: 'Too Many Attempts.' };
  const time = secondsOfDay(now);
  if (time < OPEN || time > CLOSE) return { kind: 'closed' };
  if (phone === BLACKLISTED_TEST_PHONE) return { kind: 'blacklisted' };
  const number = `+7${phone}`;
  if (world.testCalls.calledToday(number, now)) {
    return { kind: 'too-many', message: 'На этот номер сегодня уже был тестовый звонок.' };
  }
  world.testCalls.recordCall(number, now);
  return { kind: 'called', number };
}
