import { backoffDelay, type RetryOptions } from './backoff.js';
import type { CallEvent, CallOptions } from './client-options.js';
import type { Clock } from './clock.js';
import { errorFromResponse } from './error-from-response.js';
import { AutocallError, type AutocallErrorDetails } from './errors.js';
import { QueueFullError, type RateLimiter, type ReleaseSlot } from './rate-limiter.js';
import { prepareRequest, type PreparedRequest, type RequestSpec, type RequestTarget } from './request-builder.js';
import { ResponseMismatch, type ResponseReader } from './response-readers.js';
import type { ConnectionPools, HttpResponse } from './transport.js';

/**
 * What may be repeated after a failure whose outcome is unknown (timeout, reset, 5xx):
 * - `idempotent`: send again (GET, PUT, DELETE, pure calculations);
 * - `never`: surface the failure (a second send could charge or call twice);
 * - `recover`: look the resource up first (by the caller's `client_id`) and send again only if
 *   it does not exist.
 * A 429, or a connection that was never established, is retried under every policy: the server
 * has not processed the request.
 */
export type RetryPolicy<T> =
  | 'idempotent'
  | 'never'
  | { recover: (options: CallOptions) => Promise<T | undefined> };

/** An SDK method's request, how to read its success and how to retry it. */
export interface Endpoint<T> extends RequestSpec {
  read: ResponseReader<T>;
  retry: RetryPolicy<T>;
}

/** Performs an endpoint for one API key (or for the public API). */
export type Caller = <T>(endpoint: Endpoint<T>, options?: CallOptions) => Promise<T>;

export interface ExecutorConfig {
  target: RequestTarget;
  pools: ConnectionPools;
  /** The rate limit of the key, looked up for every attempt (the client forgets idle ones). */
  limiter(): RateLimiter;
  clock: Clock;
  timeoutMs: number;
  retry: RetryOptions;
  /** The rate limit's window: a 429 asking to wait longer is not about our pace, so it is surfaced. */
  windowMs: number;
  onCall: ((event: CallEvent) => void) | undefined;
  /** Aborted when the client closes. */
  closing: AbortSignal;
  /** Attempts in flight, which close() aborts. */
  inFlight: Set<AbortController>;
}

type Outcome<T> = { ok: true; value: T } | { ok: false; error: AutocallError };

/** Abort reasons of an attempt: allocated once. */
const CANCELLED = new Error('cancelled by the caller');
const TIMED_OUT = new Error('timed out');
const FINISHED = new Error('finished');

/** Connection failures before anything was sent: safe to repeat even for a POST. */
const NEVER_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'UND_ERR_CONNECT_TIMEOUT']);

/** Creates the function every SDK method calls: validate, rate-limit, send, retry, read. */
export function createCaller(config: ExecutorConfig): Caller {
  const { clock, retry } = config;

  function failure(request: PreparedRequest, details: AutocallErrorDetails, cause?: unknown): AutocallError {
    return new AutocallError(details, { ...request.place, status: null, serverMessage: null }, cause);
  }

  function stopSignal(signal: AbortSignal | undefined): AbortSignal {
    return signal === undefined ? config.closing : AbortSignal.any([signal, config.closing]);
  }

  async function wait(request: PreparedRequest, ms: number, signal: AbortSignal | undefined): Promise<void> {
    try {
      await clock.sleep(ms, stopSignal(signal));
    } catch (cause) {
      throw failure(request, { kind: 'aborted' }, cause);
    }
  }

  function report(request: PreparedRequest, status: number | null, error: AutocallError | null, startedAt: number) {
    if (config.onCall === undefined) return;
    const event: CallEvent = {
      operation: request.place.operation,
      method: request.place.method,
      path: request.place.path,
      status,
      startedAt,
      durationMs: clock.now() - startedAt,
    };
    if (error !== null) event.kind = error.kind;
    try {
      config.onCall(event);
    } catch {
      // Metrics and logging must never fail an API call.
    }
  }

  function settle<T>(request: PreparedRequest, response: HttpResponse, read: ResponseReader<T>): Outcome<T> {
    if (response.status < 200 || response.status > 299) {
      return { ok: false, error: errorFromResponse(response, request.place, clock.now()) };
    }
    try {
      return { ok: true, value: read(response) };
    } catch (cause) {
      if (!(cause instanceof ResponseMismatch)) throw cause;
      const error = new AutocallError(
        { kind: 'invalid_response', issues: cause.issues },
        { ...request.place, status: response.status, serverMessage: null },
        cause,
      );
      return { ok: false, error };
    }
  }

  /** One HTTP attempt, after waiting for the rate limit. */
  async function attempt<T>(
    request: PreparedRequest,
    read: ResponseReader<T>,
    signal: AbortSignal | undefined,
  ): Promise<Outcome<T>> {
    let release: ReleaseSlot;
    try {
      release = await config.limiter().acquire(signal);
    } catch (cause) {
      if (cause instanceof QueueFullError) throw failure(request, { kind: 'queue_full', queueLimit: cause.queueLimit }, cause);
      throw failure(request, { kind: 'aborted' }, cause);
    }
    if (config.closing.aborted) {
      release();
      throw failure(request, { kind: 'aborted' }, config.closing.reason);
    }
    const startedAt = clock.now();
    // One controller per attempt: the request and its timeout sleep both follow it. It is aborted
    // by the timeout, the caller, close() or, harmlessly, the end of the attempt; with constant
    // reasons, since an abort per request must not cost an exception object.
    const controller = new AbortController();
    const cancel = (): void => controller.abort(CANCELLED);
    signal?.addEventListener('abort', cancel, { once: true });
    config.inFlight.add(controller);
    let timedOut = false;
    clock.sleep(config.timeoutMs, controller.signal).then(
      () => {
        timedOut = true;
        controller.abort(TIMED_OUT);
      },
      () => undefined,
    );
    let status: number | null = null;
    let outcome: Outcome<T>;
    try {
      const response = await config.pools.send({ ...request.http, signal: controller.signal });
      status = response.status;
      outcome = settle(request, response, read);
    } catch (cause) {
      const cancelled = signal?.aborted === true || config.closing.aborted;
      const details: AutocallErrorDetails = cancelled
        ? { kind: 'aborted' }
        : timedOut
          ? { kind: 'timeout', timeoutMs: config.timeoutMs }
          : { kind: 'network', code: errorCode(cause) };
      outcome = { ok: false, error: failure(request, details, cause) };
    } finally {
      controller.abort(FINISHED);
      config.inFlight.delete(controller);
      signal?.removeEventListener('abort', cancel);
      release();
    }
    report(request, status, outcome.ok ? null : outcome.error, startedAt);
    return outcome;
  }

  async function run<T>(
    request: PreparedRequest,
    read: ResponseReader<T>,
    policy: RetryPolicy<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    for (let attemptNumber = 1; ; attemptNumber++) {
      const outcome = await attempt(request, read, signal);
      if (outcome.ok) return outcome.value;
      const { error } = outcome;
      const attemptsLeft = attemptNumber < retry.attempts;

      if (error.kind === 'rate_limited') {
        const asked = error.retryAfterMs ?? backoffDelay(attemptNumber, retry);
        if (!attemptsLeft || asked > config.windowMs) throw error;
        // Everyone on this key waits, not just this call: the server counts the key, not the call.
        config.limiter().pauseUntil(clock.now() + asked + Math.random() * retry.baseDelayMs);
        continue;
      }
      if (error.kind === 'network' && error.code !== null && NEVER_SENT_CODES.has(error.code)) {
        if (!attemptsLeft) throw error;
        await wait(request, backoffDelay(attemptNumber, retry), signal);
        continue;
      }
      const ambiguous = error.kind === 'network' || error.kind === 'timeout' || error.kind === 'server';
      if (!ambiguous || policy === 'never') throw error;
      if (policy === 'idempotent') {
        if (!attemptsLeft) throw error;
        await wait(request, backoffDelay(attemptNumber, retry), signal);
        continue;
      }
      return recover(request, read, policy.recover, error, signal);
    }
  }

  /**
   * After an ambiguous failure of a create: the server may or may not have created the resource.
   * Look for it; if it is there, that is the result; if not, send once more, without recovery,
   * so the resource is never created twice.
   */
  async function recover<T>(
    request: PreparedRequest,
    read: ResponseReader<T>,
    lookup: (options: CallOptions) => Promise<T | undefined>,
    original: AutocallError,
    signal: AbortSignal | undefined,
  ): Promise<T> {
    // Give a request that is still being processed on the server the chance to finish first.
    await wait(request, backoffDelay(1, retry), signal);
    let found: T | undefined;
    try {
      found = await lookup(signal === undefined ? {} : { signal });
    } catch (cause) {
      if (signal?.aborted === true || config.closing.aborted) throw cause;
      throw original;
    }
    return found ?? run(request, read, 'never', signal);
  }

  return async <T>(endpoint: Endpoint<T>, options?: CallOptions): Promise<T> => {
    const request = prepareRequest(endpoint, config.target);
    const signal = options?.signal;
    if (signal?.aborted === true) throw failure(request, { kind: 'aborted' }, signal.reason);
    return run(request, endpoint.read, endpoint.retry, signal);
  };
}

function errorCode(cause: unknown): string | null {
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return null;
  return typeof cause.code === 'string' ? cause.code : null;
}
