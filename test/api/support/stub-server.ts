import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the stub server received it. */
export interface ReceivedRequest {
  method: string;
  /** Path and query. */
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

export type StubHandler = (request: ReceivedRequest, response: ServerResponse) => void | Promise<void>;

export interface StubServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  apiUrl: string;
  publicApiUrl: string;
  received: ReceivedRequest[];
  /** Replaces the handler for the requests to come. */
  handle(handler: StubHandler): void;
  close(): Promise<void>;
}

/** Writes a JSON (or empty) response. */
export function reply(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers });
  response.end(payload);
}

/** A loopback HTTP server on port 0 that records every request and answers with `handler`. */
export async function startStubServer(initial: StubHandler = (_, response) => reply(response, 404)): Promise<StubServer> {
  let handler = initial;
  const received: ReceivedRequest[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const entry: ReceivedRequest = {
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(entry);
      void Promise.resolve(handler(entry, response)).catch(() => response.destroy());
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    apiUrl: `${origin}/api/v1`,
    publicApiUrl: `${origin}/api/public`,
    received,
    handle: (next) => (handler = next),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
