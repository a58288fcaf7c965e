import {
  createAutocallClient,
  type AutocallApi,
  type AutocallClient,
  type AutocallClientOptions,
  type CallEvent,
} from '../../../src/api/index.js';
import { contractViolations } from './contract.js';
import { drive, FakeClock } from './fake-clock.js';
import { startStubServer, type StubHandler, type StubServer } from './stub-server.js';

/** Long enough that no test reaches it by accident; timeout tests advance to it on purpose. */
export const TEST_TIMEOUT_MS = 9_000_000;
export const API_KEY = 'test-key-5f0c1d2e';

export interface Harness {
  server: StubServer;
  clock: FakeClock;
  client: AutocallClient;
  api: AutocallApi;
  events: CallEvent[];
  /** Awaits a call, advancing the fake clock through its back-off and rate-limit waits. */
  run<T>(promise: Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** A client on a fake clock talking to a stub server on loopback. */
export async function startHarness(
  handler?: StubHandler,
  options: Partial<Omit<AutocallClientOptions, 'apiUrl' | 'publicApiUrl' | 'clock' | 'onCall'>> = {},
): Promise<Harness> {
  const server = await startStubServer(handler);
  const clock = new FakeClock();
  const events: CallEvent[] = [];
  const client = createAutocallClient({
    apiUrl: server.apiUrl,
    publicApiUrl: server.publicApiUrl,
    clock,
    timeoutMs: TEST_TIMEOUT_MS,
    retry: { attempts: 3, baseDelayMs: 100, maxDelayMs: 1000 },
    onCall: (event) => events.push(event),
    ...options,
  });
  return {
    server,
    clock,
    client,
    api: client.forKey(API_KEY),
    events,
    run: (promise) => drive(clock, promise, options.timeoutMs ?? TEST_TIMEOUT_MS),
    // Every request any test makes the SDK send must be one the contract allows.
    close: async () => {
      await client.close();
      await server.close();
      const violations = server.received.flatMap(contractViolations);
      if (violations.length > 0) throw new Error(`requests outside the contract:\n${violations.join('\n')}`);
    },
  };
}

/** The rejection of `promise` (fails the test if it resolves). */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
