import { Pool } from 'undici';

/** One HTTP exchange, as the transport sees it. */
export interface HttpRequest {
  /** `https://autocall.kz` */
  origin: string;
  /** Path and query, e.g. `/api/v1/lists?page=2`. */
  path: string;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers: Record<string, string>;
  body?: string;
  signal: AbortSignal;
}

export interface HttpResponse {
  status: number;
  /** Lower-case names. */
  headers: Record<string, string | string[] | undefined>;
  body: Uint8Array;
}

/** The first value of a response header. */
export function headerValue(response: HttpResponse, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Keep-alive connection pools, one per origin, shared by every API key: the TLS handshake is paid
 * once per connection, not per request or per account.
 */
export class ConnectionPools {
  readonly #pools = new Map<string, Pool>();

  /** Sends the request and reads the whole body; rejects on network errors and on abort. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const response = await this.#pool(request.origin).request({
      path: request.path,
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
      signal: request.signal,
    });
    const body = new Uint8Array(await response.body.arrayBuffer());
    return { status: response.statusCode, headers: response.headers, body };
  }

  /** Closes every pool; in-flight requests must have been aborted or finished. */
  async close(): Promise<void> {
    const pools = [...this.#pools.values()];
    this.#pools.clear();
    await Promise.all(pools.map((pool) => pool.close()));
  }

  #pool(origin: string): Pool {
    let pool = this.#pools.get(origin);
    if (pool === undefined) {
      pool = new Pool(origin, { connections: 64, keepAliveTimeout: 30_000, pipelining: 1 });
      this.#pools.set(origin, pool);
    }
    return pool;
  }
}
