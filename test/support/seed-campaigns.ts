/**
 * A long campaign history in a sandbox account, made through the API as fast as the sandbox allows: its throttle
 * (300 calls a minute per key) counts simulated time, so the clock is stepped past each minute's budget instead of
 * waiting, and the seeding client's own limiter is opened wide for the same reason.
 */
import { createAutocallClient } from '../../src/api/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { testRecipients } from './journeys.js';

/** Calls per simulated minute, under the sandbox's 300 so the bot under test keeps some of the key's budget. */
const CALLS_PER_MINUTE = 250;
const MINUTE_MS = 60_000;

export interface SeedCampaignsOptions {
  /** Call campaigns (`/autocalls`, the account's first sound) or SMS campaigns (`/bulks`). */
  kind: 'calls' | 'sms';
  /** Names are `<prefix> 1`… in creation order (the newest has the highest number). */
  prefix: string;
  count: number;
  /** Subscriber number of the first campaign's one recipient (operator 701); each campaign takes the next. */
  firstNumber: number;
  /** `YYYY-MM-DD`: a later start keeps the campaigns waiting (moderation, then awaiting) however the clock moves. */
  dateFrom?: string;
}

/** Creates `count` campaigns of one number each, oldest first; call campaigns are regular, all day. */
export async function seedCampaigns(sandbox: Sandbox, key: string, options: SeedCampaignsOptions): Promise<void> {
  const client = createAutocallClient({ apiUrl: sandbox.apiUrl, publicApiUrl: sandbox.publicApiUrl, rateLimit: { limit: 1_000_000, windowMs: MINUTE_MS } });
  try {
    // A fresh minute, so the budget counted below is the sandbox's whole window.
    sandbox.clock.advance(MINUTE_MS);
    const api = client.forKey(key);
    const sound = options.kind === 'calls' ? (await api.sounds.list()).data[0] : undefined;
    if (options.kind === 'calls' && !sound) throw new Error('the account has no sound');
    let calls = 1;
    for (let i = 0; i < options.count; i++) {
      if (calls >= CALLS_PER_MINUTE) {
        sandbox.clock.advance(MINUTE_MS);
        calls = 0;
      }
      const name = `${options.prefix} ${i + 1}`;
      const recipients = testRecipients('701', options.firstNumber + i, 1);
      const start = options.dateFrom ? { date_from: options.dateFrom } : {};
      if (sound) {
        await api.autocalls.create({ name, type: 'regular', audio_id: [sound.id], list_id: recipients, time_from: '00:00:00', time_to: '23:59:59', ...start });
      } else {
        await api.bulks.create({ name, text: 'Ваш заказ готов к выдаче', list_id: recipients, ...start });
      }
      calls++;
    }
    sandbox.clock.advance(MINUTE_MS);
  } finally {
    await client.close();
  }
}
