/** Peak memory of a run, sampled on a timer while it awaits I/O. */
export interface MemoryPeak {
  readonly rssMb: number;
  /** Heap growth over the heap in use when the run started. */
  readonly heapMb: number;
}

const MB = 1024 * 1024;

/**
 * Runs `work`, timing it (wall and CPU) while sampling `process.memoryUsage()` every few milliseconds. Streaming reads
 * yield to the event loop between chunks, so the timer sees the peaks; a final sample catches
 * the end state.
 */
export async function withMemoryPeak<T>(
  work: () => Promise<T>,
): Promise<{ readonly value: T; readonly peak: MemoryPeak; readonly ms: number; readonly cpuMs: number }> {
  globalThis.gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  let rss = 0;
  let heap = 0;
  const sample = () => {
    const usage = process.memoryUsage();
    rss = Math.max(rss, usage.rss);
    heap = Math.max(heap, usage.heapUsed);
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  try {
    const value = await work();
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuStart);
    sample();
    // CPU time (user + system, all threads) is steadier than wall time on a shared machine.
    return { value, ms, cpuMs: (cpu.user + cpu.system) / 1000, peak: { rssMb: rss / MB, heapMb: Math.max(0, heap - heapStart) / MB } };
  } finally {
    clearInterval(timer);
  }
}
