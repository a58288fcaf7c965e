/**
 * Simulated time: starts at a chosen instant, runs `speed` times faster than real time and can be pushed forward
 * by tests. Nothing in the sandbox reads the real clock except through this.
 */
export class SimClock {
  private readonly realStart = performance.now();
  private offset = 0;

  constructor(
    private readonly startAt: number,
    private readonly speed: number,
  ) {}

  /** Milliseconds since the epoch, simulated. */
  now(): number {
    return Math.floor(this.startAt + (performance.now() - this.realStart) * this.speed + this.offset);
  }

  /** Moves simulated time forward by `ms` (never backward). */
  advance(ms: number): void {
    this.offset += Math.max(0, ms);
  }
}
