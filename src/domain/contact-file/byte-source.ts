/** Bytes of a file: all at once, or as chunks while they download. */
export type ByteSource = Uint8Array | AsyncIterable<Uint8Array>;

const SLICE = 64 * 1024;

/** Raised inside the byte stream when a file turns out larger than it was declared. */
export class FileTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`file exceeds ${limit} bytes`);
  }
}

/**
 * The source as chunks, a buffer cut into slices so that decoding and parsing stream through it,
 * stopping with {@link FileTooLargeError} past `limit` bytes: the size checked up front is what
 * the sender declared, not what arrives.
 */
export async function* limitedChunks(source: ByteSource, limit: number): AsyncGenerator<Uint8Array> {
  let total = 0;
  const chunks = source instanceof Uint8Array ? sliced(source) : source;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > limit) throw new FileTooLargeError(limit);
    yield chunk;
  }
}

function* sliced(buffer: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < buffer.byteLength; at += SLICE) yield buffer.subarray(at, at + SLICE);
}

/** The first `bytes` of a stream for sniffing, and the whole stream (those bytes included) to read on. */
export async function peek(
  chunks: AsyncIterator<Uint8Array>,
  bytes: number,
): Promise<{ readonly head: Uint8Array; readonly all: AsyncIterable<Uint8Array> }> {
  const taken: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < bytes) {
    const next = await chunks.next();
    if (next.done === true) {
      done = true;
      break;
    }
    taken.push(next.value);
    size += next.value.byteLength;
  }
  const head = Buffer.concat(taken).subarray(0, bytes);
  async function* all(): AsyncGenerator<Uint8Array> {
    yield* taken;
    if (done) return;
    for (let next = await chunks.next(); next.done !== true; next = await chunks.next()) yield next.value;
  }
  return { head, all: all() };
}
