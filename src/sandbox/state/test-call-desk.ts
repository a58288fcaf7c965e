/**
 * Limits of the public test call, kept across accounts (it needs no key): one call per number per local day and
 * two requests a minute per IP address.
 */
import { localDate } from '../core/almaty-time.js';

const PER_IP_PER_MINUTE = 2;

export class TestCallDesk {
  private readonly lastDayByNumber = new Map<string, string>();
  private readonly hitsByIp = new Map<string, number[]>();

  /** Counts a request from `ip`; false when it is past the per-minute limit. */
  admitIp(ip: string, now: number): boolean {
    const recent = (this.hitsByIp.get(ip) ?? []).filter((at) => at > now - 60_000);
    recent.push(now);
    this.hitsByIp.set(ip, recent);
    return recent.length <= PER_IP_PER_MINUTE;
  }

  calledToday(number: string, now: number): boolean {
    return this.lastDayByNumber.get(number) === localDate(now);
  }

  recordCall(number: string, now: number): void {
    this.lastDayByNumber.set(number, localDate(now));
  }
}
