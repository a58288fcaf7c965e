import { once } from 'node:events';
import type { Readable } from 'node:stream';

/**
 * Destroys a stream and waits until it has closed: for `Readable.from`, that is after the source
 * iterator's `return()` has run, so a download stops before the parse result is handed back.
 */
export async function closed(stream: Readable): Promise<void> {
  if (stream.closed) return;
  const done = once(stream, 'close');
  stream.destroy();
  await done;
}
