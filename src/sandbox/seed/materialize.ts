/**
 * Builds an account on first use. A seeded account gets a month of history made by the same actions and life
 * the API runs, backdated: a top-up, a confirmed phone, a caller-ID rental, three lists of Kazakh numbers, two
 * synthesized sounds, a scenario, a finished call campaign with calls (one number turns out nonexistent) and a
 * finished SMS campaign. The balance
 * is then brought to the requested amount, and all notifications but the two "finished" ones are marked read.
 */
import { autocallInput } from '../actions/autocall-plan.js';
import { createAutocall } from '../actions/autocalls.js';
import { bulkInput, createBulk } from '../actions/bulks.js';
import { rentCallerId } from '../actions/caller-ids.js';
import { confirmNumber } from '../actions/confirmed-numbers.js';
import { createList } from '../actions/lists.js';
import type { Result } from '../actions/result.js';
import { createScenario } from '../actions/scenarios.js';
import { createSound, createSoundInput } from '../actions/sounds.js';
import { DAY_MS, HOUR_MS, MINUTE_MS, startOfLocalDay } from '../core/almaty-time.js';
import { roundMoney } from '../core/money.js';
import { isNonexistentNumber } from '../domain/outcomes.js';
import { TARIFFS } from '../domain/tariffs.js';
import { advanceAccount } from '../life/index.js';
import { Account } from '../state/account.js';
import type { ResolvedAccountOptions } from '../state/account-options.js';
import type { Ctx } from '../state/context.js';
import { charge, deposit } from '../state/ledger.js';
import type { World } from '../state/world.js';
import { deadPersonFor, ownerPhone, personFor } from './people.js';

const TOP_UP = 'Пополнение баланса картой VISA/MASTERCARD';

function must<T>(result: Result<T>, what: string): T {
  if (result.kind !== 'ok') throw new Error(`sandbox seed: ${what} failed (${result.kind})`);
  return result.value;
}

function people(world: World, key: string, from: number, count: number) {
  return Array.from({ length: count }, (_, i) => personFor(world.seed, key, from + i));
}

function seedHistory(world: World, account: Account, options: ResolvedAccountOptions, now: number): void {
  const at = (time: number): Ctx => {
    advanceAccount(world, account, time);
    return { world, account, now: time };
  };
  const key = account.key;
  const monthAgo = at(now - 30 * DAY_MS);
  deposit(monthAgo, 15_000, TOP_UP);
  const phone = must(confirmNumber(monthAgo, { number: `+7${account.settings.phone}` }), 'phone');
  must(confirmNumber(monthAgo, { verification_code: phone.code }), 'phone verification');

  const tenDaysAgo = at(now - 10 * DAY_MS);
  const poolId = TARIFFS[account.tariff].maxCallerIdRentals > 0 ? world.pool.freeIdForSeed(tenDaysAgo.now) : null;
  if (poolId !== null) must(rentCallerId(tenDaysAgo, poolId), 'caller ID rental');

  const morning = startOfLocalDay(now - 3 * DAY_MS) + 10 * HOUR_MS;
  const day = at(morning);
  const almaty = must(
    createList(day, {
      name: 'Клиенты Алматы',
      client_id: 'crm-almaty',
      // One dead number among them, so the finished campaign leaves a nonexistent contact in the list.
      numbers: [...people(world, key, 0, 11), deadPersonFor(world.seed, key, (n) => isNonexistentNumber(world.seed, n))].map(
        (p) => ({ number: p.number, extra: p.name }),
      ),
    }),
    'list',
  );
  const debtors = must(
    createList(day, {
      name: 'Должники — март',
      numbers: people(world, key, 100, 8).map((p, i) => ({
        number: p.number,
        extra: p.name,
        variables: { name: p.name.split(' ')[0] ?? p.name, debt: String(5000 + i * 2750) },
      })),
    }),
    'list',
  );
  must(
    createList(day, { name: 'VIP', numbers: people(world, key, 200, 5).map((p) => ({ number: p.number, extra: p.name })) }),
    'list',
  );
  const promo = must(
    createSound(
      day,
      createSoundInput.parse({
        name: 'Акция выходного дня',
        type: 'synthesis',
        data: [
          {
            text: 'Здравствуйте! Магазин «Демо» приглашает на распродажу выходного дня: скидки до тридцати процентов на всё. Ждём вас!',
          },
        ],
      }),
    ),
    'sound',
  );
  must(
    createSound(
      day,
      createSoundInput.parse({
        name: 'Напоминание об оплате',
        type: 'synthesis',
        data: [
          {
            text: 'Здравствуйте! Напоминаем о задолженности по договору. Пожалуйста, оплатите до конца месяца. Спасибо!',
            voice: 'jane',
          },
        ],
      }),
    ),
    'sound',
  );
  must(
    createScenario(day, {
      name: 'Опрос качества',
      data: JSON.stringify({
        steps: [
          { id: 1, type: 'play', sound_id: promo.id },
          { id: 2, type: 'record', max_seconds: 10 },
          { id: 3, type: 'hangup' },
        ],
      }),
    }),
    'scenario',
  );

  must(
    createAutocall(
      at(morning + 10 * MINUTE_MS),
      autocallInput.parse({
        name: 'Акция выходного дня',
        type: 'regular',
        time_from: '09:00:00',
        time_to: '21:00:00',
        audio_id: [promo.id],
        list_id: [almaty.id],
        max_tries: 2,
        tries_interval: 15,
        record: true,
      }),
    ),
    'autocall',
  );
  must(
    createBulk(
      at(morning + HOUR_MS),
      bulkInput.parse({
        name: 'Напоминание о долге',
        text: '{{name}}, напоминаем о задолженности {{debt}} ₸. Оплатите до конца месяца.',
        list_id: [debtors.id],
      }),
    ),
    'bulk',
  );

  const yesterday = at(now - DAY_MS);
  const difference = roundMoney(options.balance - account.balance);
  if (difference > 0) deposit(yesterday, difference, TOP_UP);
  if (difference < 0) charge(yesterday, -difference, 'Корректировка баланса');

  advanceAccount(world, account, now);
  for (const notification of account.notifications.values()) {
    if (notification.type === 'AutocallFinished' || notification.type === 'SMSBulkFinished') continue;
    notification.readAt = Math.min(now, notification.createdAt + HOUR_MS);
    notification.updatedAt = notification.readAt;
  }
}

export function materializeAccount(world: World, key: string, options: ResolvedAccountOptions): Account {
  const now = world.clock.now();
  const account = new Account(key, options.tariff, options.lowBalanceThreshold, {
    name: options.name,
    phone: ownerPhone(world.seed, key),
    smsVerifiedAt: now - 30 * DAY_MS,
    subscribe: true,
    notificationsSubscribe: false,
    visitCardAudio: null,
    visitCardText: null,
  });
  if (options.seeded) {
    seedHistory(world, account, options, now);
    return account;
  }
  if (options.balance > 0) {
    deposit({ world, account, now }, options.balance, TOP_UP);
    // The opening top-up is history, not news.
    for (const notification of account.notifications.values()) notification.readAt = now;
  }
  return account;
}
