/**
 * A sandbox in a process of its own, so that the benchmarks measure the client and not a server
 * sharing its event loop. Started by `spawnSandbox`; prints its URLs as one JSON line.
 */
import { startSandbox, type SandboxOptions } from '../../src/sandbox/index.js';

const options = JSON.parse(process.argv[2] ?? '{}') as Omit<SandboxOptions, 'startAt'>;
const sandbox = await startSandbox(options);
process.stdout.write(`${JSON.stringify({ apiUrl: sandbox.apiUrl, publicApiUrl: sandbox.publicApiUrl })}\n`);
process.once('SIGTERM', () => {
  void sandbox.close().then(() => process.exit(0));
});
