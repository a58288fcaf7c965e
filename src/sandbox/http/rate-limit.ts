/**
 * Laravel's API throttle: a per-key counter that opens with the first request and lasts a minute (of simulated
 * time, so tests can step past it with the clock).
 */
const WINDOW_MS = 60_000;

export interface RateDecision {
  allowed: boolean;
  headers: Record<string, string>;
}

export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(private readonly perMinute: number) {}

  hit(key: string, now: number): RateDecision {
    let window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      window = { count: 0, resetAt: now + WINDOW_MS };
      this.windows.set(key, window);
    }
    const headers: Record<string, string> = { 'X-RateLimit-Limit': String(this.perMinute) };
    if (window.count >= this.perMinute) {
      headers['X-RateLimit-Remaining'] = '0';
      headers['Retry-After'] = String(Math.max(1, Math.ceil((window.resetAt - now) / 1000)));
      headers['X-RateLimit-Reset'] = String(Math.ceil(window.resetAt / 1000));
      return { allowed: false, headers };
    }
    window.count++;
    headers['X-RateLimit-Remaining'] = String(this.perMinute - window.count);
    return { allowed: true, headers };
  }
}
