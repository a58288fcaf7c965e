/**
 * For rescheduling journeys: the bot on AutoCall's clock (so "today" is the same for both), moved to noon in
 * Kazakhstan so that both "earlier today" and "later today" exist, an owner who linked the key, and the SDK on the
 * same account to create campaigns and check what AutoCall holds.
 */
import { createAutocallClient, type AutocallApi } from '../../src/api/index.js';
import { addDays, kzNow } from '../../src/domain/campaign/index.js';
import { type BotUnderTest, startBotUnderTest } from './bot-under-test.js';
import { linkKey } from './journeys.js';
import type { FakeUser } from './telegram/index.js';

export interface RescheduleSetup {
  harness: BotUnderTest;
  api: AutocallApi;
  owner: FakeUser;
  accountId: string;
  /** Kazakhstan's date on AutoCall's clock, at noon. */
  today: string;
  stop(): Promise<void>;
}

export async function startAtNoon(key: string): Promise<RescheduleSetup> {
  const harness = await startBotUnderTest({
    liveKeys: [key],
    clock: 'sandbox',
    // Journeys tap faster than people: neither the bot's flood limit nor Telegram's may drop or delay a step.
    env: { FLOOD_LIMIT: '1000' },
    telegram: { rateLimits: { privateChatBurst: 1000 } },
  });
  const now = harness.autocall.clock.now();
  harness.autocall.clock.advance(new Date(`${addDays(kzNow(now).date, 1)}T12:00:00+05:00`).getTime() - now.getTime());
  const client = createAutocallClient({ apiUrl: harness.autocall.apiUrl, publicApiUrl: harness.autocall.publicApiUrl });
  const owner = harness.tg.user({ first_name: 'Owner', language_code: 'en' });
  await linkKey(owner, key);
  const accountId = (await harness.app.deps.store.members.listByUser(owner.id))[0]?.accountId ?? '';
  return {
    harness,
    api: client.forKey(key),
    owner,
    accountId,
    today: kzNow(harness.autocall.clock.now()).date,
    async stop() {
      await client.close();
      await harness.stop();
    },
  };
}

/** A regular call campaign (in moderation at first) with the seeded account's first sound; `size` numbers. */
export async function callCampaign(api: AutocallApi, name: string, schedule: { date_from: string; time_from: string; time_to: string }, size = 1): Promise<number> {
  const sound = (await api.sounds.list()).data[0];
  if (!sound) throw new Error('the seeded account has no sound');
  const created = await api.autocalls.create({
    name,
    type: 'regular',
    audio_id: [sound.id],
    list_id: Array.from({ length: size }, (_, i) => ({ number: `+7747${String(7000 + i).padStart(7, '0')}` })),
    tries_interval: 30,
    ...schedule,
  });
  if (created.status !== 'created') throw new Error('campaign not created at once');
  return created.autocall.id;
}
