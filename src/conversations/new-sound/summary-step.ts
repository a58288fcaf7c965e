/**
 * The last step of a synthesis, before it costs money: every choice, the estimated length and price (the tariff
 * prices a second of speech; the length is known only after synthesis), the balance, and an explicit
 * **Synthesize**. A balance short of the estimate says by how much and offers a top-up that comes back here.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { formatMoney } from '../../domain/format/index.js';
import { SOUND_VOICES } from '../../domain/speech/index.js';
import { topUpFromSummary } from '../campaign-steps/summary-topup.js';
import { choice } from '../kit/wizard-ui.js';
import { wizardApi } from '../kit/wizard-env.js';
import type { Move, SoundFrame } from './sound-draft.js';
import { estimateSynthesis } from './synthesis-cost.js';
import { pitchLabel, speedLabel } from './tuning-steps.js';
import { voiceLabel } from './voice-step.js';

const SYNTHESIZE = 'synthesize';
const TOP_UP = 'topup';

/** The tariff's price of a second of synthesis and the balance, as AutoCall has them now. */
interface Quote {
  price: number | null;
  balance: number;
}

async function quote(outside: BotContext, accountId: string): Promise<Quote> {
  const api = await wizardApi(outside, accountId);
  const [settings, balance] = await Promise.all([api.settings.get(), api.payments.balance()]);
  return { price: settings.synthesis_price ?? null, balance: balance.balance };
}

/** What the balance lacks for the estimate; 0 when it covers it or the price is unknown. */
function missing(frame: SoundFrame, money: Quote): number {
  const { cost } = estimateSynthesis(frame.draft.text, frame.draft.speed, money.price);
  return cost === null ? 0 : Math.max(0, Math.round((cost - money.balance) * 100) / 100);
}

function body(t: BotContext['t'], frame: SoundFrame, money: Quote): string {
  const { draft } = frame;
  const lang = frame.ui.ctx.viewer.lang;
  const voice = SOUND_VOICES.find((v) => v.id === draft.voice);
  const estimate = estimateSynthesis(draft.text, draft.speed, money.price);
  const lines = [
    t('newsound-summary', {
      text: draft.text,
      count: draft.text.length,
      voice: voice ? voiceLabel(t, voice) : draft.voice,
      speed: speedLabel(draft.speed, lang),
      pitch: pitchLabel(draft.pitch, lang),
      name: draft.name ?? '',
    }),
    t('newsound-estimate', { seconds: estimate.seconds }),
    money.price === null || estimate.cost === null
      ? t('newsound-cost-unknown')
      : t('newsound-cost', { cost: formatMoney(estimate.cost, lang), price: formatMoney(money.price, lang) }),
    t('newsound-balance', { balance: formatMoney(money.balance, lang) }),
  ];
  const short = missing(frame, money);
  if (short > 0) lines.push(t('newsound-short', { missing: formatMoney(short, lang) }));
  return lines.join('\n');
}

export async function summaryStep(frame: SoundFrame): Promise<Move> {
  const { ui, conversation, draft, step, of } = frame;
  const price = () => conversation.external((outside: BotContext) => quote(outside, draft.accountId));
  let money = await price();
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard().text(t('newsound-btn-synthesize'), choice(SYNTHESIZE));
    if (missing(frame, money) > 0) choices.row().text(t('btn-topup'), choice(TOP_UP));
    const answer = await ui.ask({ step, of, body: body(t, frame, money), choices, accept: ['choice'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind !== 'choice') continue;
    if (answer.value === SYNTHESIZE) return 'next';
    if (answer.value === TOP_UP) {
      // A detour inside this step: the wizard and every choice stay; the balance is read again after it.
      await topUpFromSummary({ conversation, ui, accountId: draft.accountId, wizardId: draft.wizardId }, { step, of });
      money = await price();
    }
  }
}
