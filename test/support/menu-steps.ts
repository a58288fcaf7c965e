/** Steps the menu journeys share. */
import type { BotUnderTestOptions } from './bot-under-test.js';
import { type OwnerSession, startAsOwner } from './journeys.js';
import { stoppedAfterEach } from './sessions.js';

/**
 * A starter for the file's journeys: each call starts the bot with an owner who linked `apiKey` (see
 * `startAsOwner`), and the session is stopped after each test. Call it once at the top of a test file.
 */
export function ownerSessions(apiKey: string, options: BotUnderTestOptions = {}): () => Promise<OwnerSession> {
  return stoppedAfterEach(() => startAsOwner(apiKey, options));
}
