/**
 * `npm start`: reads the environment, starts the bot (long polling by default, webhook when configured) with
 * the sandbox embedded for demo accounts, and shuts down gracefully on SIGTERM/SIGINT.
 */
import { createApp } from './app.js';
import { formatConfigProblems, loadConfig } from './config.js';
import { createLogger } from './logger.js';

const parsed = loadConfig(process.env);
if (!parsed.ok) {
  console.error(formatConfigProblems(parsed.problems));
  process.exit(1);
}
const logger = createLogger({ level: parsed.config.LOG_LEVEL });
const app = await createApp({ config: parsed.config, logger });

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  await app.stop();
  process.exit(0);
}
process.once('SIGTERM', () => void shutdown('SIGTERM'));
process.once('SIGINT', () => void shutdown('SIGINT'));

await app.start().catch((error: unknown) => {
  logger.fatal({ err: error }, 'the bot could not start');
  process.exit(1);
});
