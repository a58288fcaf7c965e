/**
 * A notifier in a process of its own, for journeys that kill it (`kill -9`) and start another, on the environment
 * it is given and the store prefix `NOTIFIER_TEST_REDIS_PREFIX`. Prints `ready` once polling has started.
 */
import { startStandaloneNotifier } from './standalone-notifier.js';

await startStandaloneNotifier(process.env, process.env['NOTIFIER_TEST_REDIS_PREFIX'] ?? '');
process.stdout.write('ready\n');
