import { request } from 'undici';
import type { RemoteSandbox } from './spawn-sandbox.js';

/**
 * Brings a fresh sandbox to speed (it answers tens of requests a second at first, thousands once
 * its code is hot) with `GET /balance` from 32 loops, round-robin over `keys` so that no key hits
 * the throttle.
 */
export async function warmUp(sandbox: RemoteSandbox, keys: string[], durationMs: number): Promise<void> {
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (performance.now() - started < durationMs) {
        const key = keys[next++ % keys.length] ?? '';
        const response = await request(`${sandbox.apiUrl}/balance`, { headers: { authorization: `Bearer ${key}` } });
        await response.body.dump();
      }
    }),
  );
}
