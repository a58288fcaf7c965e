/**
 * Prometheus metrics (prom-client), one registry per process so tests can create several apps side by side.
 * Served on `GET /metrics` by the HTTP server.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  updates: Counter<'type'>;
  handlerSeconds: Histogram<'type'>;
  autocallCalls: Counter<'operation' | 'status'>;
  errors: Counter<'kind'>;
}

export function createMetrics(options: { defaultMetrics?: boolean } = {}): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: registry });
  return {
    registry,
    updates: new Counter({ name: 'bot_updates_total', help: 'Telegram updates received, by type', labelNames: ['type'], registers: [registry] }),
    handlerSeconds: new Histogram({
      name: 'bot_handler_duration_seconds',
      help: 'Time to handle one update, by update type',
      labelNames: ['type'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    autocallCalls: new Counter({
      name: 'autocall_calls_total',
      help: 'HTTP calls to AutoCall by operation and status (status "error" when no response arrived)',
      labelNames: ['operation', 'status'],
      registers: [registry],
    }),
    errors: new Counter({ name: 'bot_errors_total', help: 'Errors met while handling updates, by kind', labelNames: ['kind'], registers: [registry] }),
  };
}

/** A gauge read at every scrape from something a component holds (a size, a depth). */
export function registerGauge(metrics: Metrics, name: string, help: string, read: () => number): void {
  new Gauge({
    name,
    help,
    registers: [metrics.registry],
    collect() {
      this.set(read());
    },
  });
}
