/** Per-test lifetimes for what journeys start (a bot, an owner session, a launcher). */
import { afterEach } from 'vitest';

/**
 * Wraps a starter so that whatever it starts within a test is stopped after that test, pass or fail. Call it once
 * at the top of a test file: `const launch = stoppedAfterEach(startLauncher);`.
 */
export function stoppedAfterEach<A extends unknown[], T extends { stop(): Promise<void> }>(start: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const started: T[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((session) => session.stop()));
  });
  return async (...args) => {
    const session = await start(...args);
    started.push(session);
    return session;
  };
}
