/**
 * The process's HTTP face (node:http): `GET /healthz` (Redis and Telegram reachable), `GET /metrics`
 * (Prometheus), and in webhook mode the Telegram webhook, which grammY's adapter guards with the
 * `X-Telegram-Bot-Api-Secret-Token` header (a wrong or missing secret gets 401 and nothing is handled).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

const CLOSE_GRACE_MS = 10_000;

export type WebhookHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export interface HealthCheck {
  name: string;
  check(): Promise<boolean>;
}

export interface HttpServerOptions {
  registry: Registry;
  health: HealthCheck[];
  webhook?: { path: string; handler: WebhookHandler };
  onError(error: unknown): void;
}

export interface HttpServer {
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
  readonly server: Server;
}

async function healthReport(checks: HealthCheck[]): Promise<{ ok: boolean; checks: Record<string, boolean> }> {
  const results = await Promise.all(checks.map(async (health) => [health.name, await health.check().catch(() => false)] as const));
  return { ok: results.every(([, ok]) => ok), checks: Object.fromEntries(results) };
}

export function createHttpServer(options: HttpServerOptions): HttpServer {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const respond = async (): Promise<void> => {
      if (req.method === 'GET' && path === '/healthz') {
        const report = await healthReport(options.health);
        res.writeHead(report.ok ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(report));
        return;
      }
      if (req.method === 'GET' && path === '/metrics') {
        const body = await options.registry.metrics();
        res.writeHead(200, { 'content-type': options.registry.contentType }).end(body);
        return;
      }
      if (options.webhook && req.method === 'POST' && path === options.webhook.path) {
        await options.webhook.handler(req, res);
        return;
      }
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    };
    respond().catch((error: unknown) => {
      options.onError(error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  return {
    server,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
      }),
    // Stops taking requests, lets in-flight webhook updates finish, then cuts whatever is still open.
    close: () =>
      new Promise((resolve) => {
        const force = setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS);
        server.close(() => {
          clearTimeout(force);
          resolve();
        });
        server.closeIdleConnections();
      }),
  };
}
