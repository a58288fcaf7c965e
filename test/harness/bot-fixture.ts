import { Bot } from 'grammy';
import { startFakeTelegram, type FakeTelegram, type FakeTelegramOptions } from '../support/telegram/index.js';

/** A fake Telegram with a grammY bot polling it; `stop` ends both. */
export interface PollingBot {
  readonly tg: FakeTelegram;
  readonly bot: Bot;
  /** Errors the bot's middleware threw; a test can assert on them. */
  readonly errors: unknown[];
  stop(): Promise<void>;
}

/** Starts a fake Telegram and a polling bot wired to it; `setup` installs the bot's handlers before polling starts. */
export async function startPollingBot(setup: (bot: Bot) => void, options: FakeTelegramOptions = {}): Promise<PollingBot> {
  const tg = await startFakeTelegram(options);
  const bot = new Bot(tg.token, { client: { apiRoot: tg.apiRoot }, botInfo: tg.botInfo });
  const errors: unknown[] = [];
  bot.catch((error) => {
    errors.push(error.error);
  });
  setup(bot);
  let started: () => void = () => undefined;
  const running = new Promise<void>((resolve) => (started = resolve));
  const polling = bot.start({ onStart: () => started() });
  await running;
  return {
    tg,
    bot,
    errors,
    stop: async () => {
      await bot.stop();
      await polling;
      await tg.close();
    },
  };
}
