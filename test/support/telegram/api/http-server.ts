import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CONNECTION_METHODS, findMethod } from '../methods/method-table.js';
import type { BotApiCore } from './bot-api-core.js';
import { badRequest, errorBody, notFound, unauthorized, type Outcome } from './bot-api-error.js';
import { readRequestBody } from './request-body.js';

export interface RunningServer {
  /** `http://127.0.0.1:<port>`: grammY's `client.apiRoot`. */
  readonly apiRoot: string;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

function sendOutcome(res: ServerResponse, outcome: Outcome<unknown>): void {
  if (outcome.ok) send(res, 200, { ok: true, result: outcome.value });
  else send(res, outcome.error.error_code, errorBody(outcome.error));
}

async function callMethod(core: BotApiCore, req: IncomingMessage, res: ServerResponse, url: URL, token: string, name: string): Promise<void> {
  const closed = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) closed.abort();
  });
  const body = await readRequestBody(req, url.searchParams);
  const params = 'kind' in body ? {} : body.params;
  const method = findMethod(name);
  let outcome: Outcome<unknown>;
  if (token !== core.options.token) outcome = { ok: false, error: unauthorized() };
  else if (method === undefined) outcome = { ok: false, error: notFound() };
  else if ('kind' in body) outcome = { ok: false, error: badRequest(body.reason) };
  else {
    const flood = CONNECTION_METHODS.has(method.name) ? undefined : core.takeForcedFlood();
    outcome = flood !== undefined && !flood.ok
      ? flood
      : await method.handler(core, { method: method.name, params, files: body.files, signal: closed.signal });
  }
  if (closed.signal.aborted) return;
  core.log.record(method?.name ?? name, params, outcome);
  sendOutcome(res, outcome);
}

function downloadFile(core: BotApiCore, res: ServerResponse, token: string, filePath: string): void {
  const file = token === core.options.token ? core.world.files.byPath(filePath) : undefined;
  if (file === undefined) {
    send(res, 404, errorBody(notFound()));
    return;
  }
  res.writeHead(200, { 'content-type': file.mime_type, 'content-length': file.bytes.byteLength });
  res.end(file.bytes);
}

/** Serves the fake Bot API on loopback: `/bot<token>/<method>` and `/file/bot<token>/<file_path>`. */
export async function startHttpServer(core: BotApiCore): Promise<RunningServer> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
    const call = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    if (file?.[1] !== undefined && file[2] !== undefined) {
      downloadFile(core, res, file[1], decodeURIComponent(file[2]));
    } else if (call?.[1] !== undefined && call[2] !== undefined) {
      callMethod(core, req, res, url, call[1], call[2]).catch((error: unknown) => {
        core.log.violation(call[2] ?? '', {}, `fake server failure: ${String(error)}`);
        if (!res.headersSent) send(res, 500, { ok: false, error_code: 500, description: 'Internal Server Error' });
      });
    } else {
      send(res, 404, errorBody(notFound()));
    }
  });
  server.keepAliveTimeout = 1_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    apiRoot: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
