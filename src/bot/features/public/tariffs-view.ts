/** `/tariffs`: the three plans side by side with their prices per unit, from the hour-long cache. */
import { InlineKeyboard } from 'grammy';
import type { Tariff, Tariffs } from '../../../api/index.js';
import { formatCount } from '../../../domain/format/index.js';
import { memoiseByLanguage, type Language } from '../../../domain/format/language.js';
import type { BotContext } from '../../context.js';
import { escapeHtml } from '../../../domain/text/index.js';
import type { View } from '../../show.js';
import { monospaceTable } from './tariff-table.js';

export const TEST_CALL_BUTTON = 'tc';

const unitPrice = memoiseByLanguage((locale) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }));

/** The rows of the table: what a unit costs on each plan. */
const PRICE_ROWS = [
  ['tariffs-row-call', 'call_price'],
  ['tariffs-row-sms', 'sms_price'],
  ['tariffs-row-synthesis', 'synthesis_price'],
  ['tariffs-row-speech', 'speech_price'],
  ['tariffs-row-recording', 'recording_price'],
] as const satisfies readonly (readonly [string, keyof Tariff])[];

function price(value: number | undefined, lang: Language): string {
  return value === undefined ? '—' : unitPrice(lang).format(value);
}

export function tariffsTable(tariffs: readonly Tariff[], t: (key: string) => string, lang: Language): string {
  const header = ['', ...tariffs.map((tariff) => tariff.name ?? '?')];
  const threshold = [t('tariffs-row-threshold'), ...tariffs.map((tariff) => (tariff.threshold === undefined ? '—' : formatCount(tariff.threshold, lang)))];
  const prices = PRICE_ROWS.map(([key, field]) => [t(key), ...tariffs.map((tariff) => price(tariff[field], lang))]);
  return monospaceTable([header, threshold, ...prices]);
}

export function tariffsView(ctx: BotContext, tariffs: Tariffs): View {
  const plans = tariffs.tariffs ?? [];
  const lang = ctx.viewer.lang;
  const text = plans.length === 0
    ? ctx.t('tariffs-none')
    : ctx.t('tariffs-card', {
        currency: tariffs.currency === 'KZT' || tariffs.currency === undefined ? '₸' : tariffs.currency,
        tableHtml: `<pre>${escapeHtml(tariffsTable(plans, (key) => ctx.t(key), lang))}</pre>`,
        note: tariffs.note ?? '',
      });
  const keyboard = new InlineKeyboard().text(ctx.t('tariffs-btn-test-call'), TEST_CALL_BUTTON);
  return { text, keyboard };
}
