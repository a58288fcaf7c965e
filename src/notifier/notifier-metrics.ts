/**
 * What the notifier reports on `GET /metrics`, registered in the app's registry: polls by result, notifications
 * found, delivered and failed by type, the time from a notification's creation to its message, and how many
 * deliveries wait in the outbox.
 */
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

export interface NotifierMetrics {
  polls: Counter<'result'>;
  found: Counter<'type'>;
  delivered: Counter<'type'>;
  failed: Counter<'type' | 'reason'>;
  lagSeconds: Histogram;
  floodWaits: Counter;
  /** Where the outbox gauge reads its depth from: set by the runner that owns the outbox. */
  setOutboxSource(source: () => Promise<number>): void;
}

export function createNotifierMetrics(registry: Registry): NotifierMetrics {
  let outboxSource: () => Promise<number> = () => Promise.resolve(0);
  new Gauge({
    name: 'notifier_outbox_depth',
    help: 'Deliveries waiting to be sent (queued, delayed for pacing or a retry, or being sent)',
    registers: [registry],
    async collect() {
      this.set(await outboxSource());
    },
  });
  return {
    polls: new Counter({
      name: 'notifier_polls_total',
      help: 'Polls of an account’s notifications, by result (ok, baseline, skipped, failed)',
      labelNames: ['result'],
      registers: [registry],
    }),
    found: new Counter({ name: 'notifier_notifications_found_total', help: 'New notifications found, by type', labelNames: ['type'], registers: [registry] }),
    delivered: new Counter({ name: 'notifier_notifications_delivered_total', help: 'Notifications sent to a chat, by type', labelNames: ['type'], registers: [registry] }),
    failed: new Counter({
      name: 'notifier_notifications_failed_total',
      help: 'Deliveries that did not reach their chat, by type and reason (blocked, rejected, gave_up)',
      labelNames: ['type', 'reason'],
      registers: [registry],
    }),
    lagSeconds: new Histogram({
      name: 'notifier_delivery_lag_seconds',
      help: 'From a notification’s created_at to its message in a chat',
      buckets: [1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 900],
      registers: [registry],
    }),
    floodWaits: new Counter({ name: 'notifier_telegram_flood_waits_total', help: 'Telegram 429 answers honoured by waiting', registers: [registry] }),
    setOutboxSource(source) {
      outboxSource = source;
    },
  };
}
