import type { Update } from 'grammy/types';
import type { Clock } from '../options.js';
import type { UpdateQueue } from './update-queue.js';

export interface WebhookConfig {
  readonly url: string;
  readonly secretToken?: string;
  readonly maxConnections: number;
}

/** One attempt to deliver an update to the webhook. */
export interface WebhookDelivery {
  readonly update_id: number;
  readonly url: string;
  readonly ok: boolean;
  /** HTTP status of the bot's answer; absent when the connection failed. */
  readonly status?: number;
  /** Why the delivery failed, in the words of getWebhookInfo's `last_error_message`. */
  readonly error?: string;
}

export interface WebhookError {
  readonly date: number;
  readonly message: string;
}

/**
 * Pushes updates to the bot's webhook one at a time, in order, as Telegram does: an update is confirmed only by a
 * 2xx answer and retried after a pause otherwise, with the `X-Telegram-Bot-Api-Secret-Token` header on every POST.
 */
export class WebhookPusher {
  readonly deliveries: WebhookDelivery[] = [];
  lastError: WebhookError | undefined;
  #config: WebhookConfig | undefined;
  #running = false;
  #generation = 0;
  #unsubscribe: (() => void) | undefined;
  #retryTimer: NodeJS.Timeout | undefined;
  /** Where pushes really go, when the registered public URL stands for a bot listening on loopback. */
  #redirect: string | undefined;

  constructor(
    private readonly queue: UpdateQueue,
    private readonly retryDelayMs: number,
    private readonly clock: Clock,
  ) {}

  get config(): WebhookConfig | undefined {
    return this.#config;
  }

  set(config: WebhookConfig): void {
    this.stop();
    this.#config = config;
    this.lastError = undefined;
    const generation = this.#generation;
    this.#unsubscribe = this.queue.subscribe(() => void this.#drain(generation));
    void this.#drain(generation);
  }

  /** Sends every push to `target` instead of the registered URL (which keeps being reported by getWebhookInfo). */
  redirect(target: string): void {
    this.#redirect = target;
  }

  stop(): void {
    this.#generation += 1;
    this.#config = undefined;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    clearTimeout(this.#retryTimer);
    this.#running = false;
  }

  async #drain(generation: number): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      for (;;) {
        const config = this.#config;
        const update = this.queue.pending()[0];
        if (config === undefined || update === undefined || generation !== this.#generation) return;
        const delivered = await this.#deliver(config, update);
        if (generation !== this.#generation) return;
        if (delivered) {
          this.queue.confirm(update.update_id + 1);
          continue;
        }
        this.#retryTimer = setTimeout(() => void this.#drain(generation), this.retryDelayMs);
        this.#retryTimer.unref();
        return;
      }
    } finally {
      if (generation === this.#generation) this.#running = false;
    }
  }

  async #deliver(config: WebhookConfig, update: Update): Promise<boolean> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (config.secretToken !== undefined) headers['x-telegram-bot-api-secret-token'] = config.secretToken;
    let record: WebhookDelivery;
    try {
      const response = await fetch(this.#redirect ?? config.url, { method: 'POST', headers, body: JSON.stringify(update) });
      await response.arrayBuffer();
      record = response.ok
        ? { update_id: update.update_id, url: config.url, ok: true, status: response.status }
        : {
            update_id: update.update_id,
            url: config.url,
            ok: false,
            status: response.status,
            error: `Wrong response from the webhook: ${response.status} ${response.statusText}`,
          };
    } catch (error) {
      const reason = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
      record = { update_id: update.update_id, url: config.url, ok: false, error: `Connection failed: ${reason}` };
    }
    this.deliveries.push(record);
    if (record.error !== undefined) this.lastError = { date: Math.floor(this.clock.now() / 1000), message: record.error };
    return record.ok;
  }
}
