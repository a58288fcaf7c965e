/**
 * The last step of a synthesis, before it costs money: every choice, the tariff's price of synthesis and the
 * balance. With no money at all for it, the step says how much is missing and offers a top-up; Synthesize is
 * the only way on.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import { links } from '../../bot/links.js';
import { formatMoney } from '../../domain/format/index.js';
import { SOUND_VOICES } from '../../domain/speech/index.js';
import { choice } from '../kit/wizard-ui.js';
import { wizardApi } from '../kit/wizard-env.js';
import type { Move, SoundFrame } from './sound-draft.js';
import { pitchLabel, speedLabel } from './tuning-steps.js';
import { voiceLabel } from './voice-step.js';

const SYNTHESIZE = 'synthesize';

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

function body(t: BotContext['t'], frame: SoundFrame, money: Quote): string {
  const { draft } = frame;
  const lang = frame.ui.ctx.viewer.lang;
  const voice = SOUND_VOICES.find((v) => v.id === draft.voice);
  const lines = [
    t('newsound-summary', {
      text: draft.text,
      count: draft.text.length,
      voice: voice ? voiceLabel(t, voice) : draft.voice,
      speed: speedLabel(draft.speed, lang),
      pitch: pitchLabel(draft.pitch, lang),
      name: draft.name ?? '',
    }),
  ];
  if (money.price !== null) lines.push(t('newsound-price', { price: formatMoney(money.price, lang) }));
  lines.push(t('newsound-balance', { balance: formatMoney(money.balance, lang) }));
  // The price is per second of speech and the length is known only after synthesis: only a balance that cannot
  // pay for a single second is short for certain.
  const short = money.price !== null && money.balance < money.price;
  if (short) lines.push(t('newsound-short', { missing: formatMoney((money.price ?? 0) - money.balance, lang) }));
  return lines.join('\n');
}

export async function summaryStep(frame: SoundFrame): Promise<Move> {
  const { ui, conversation, draft, step, of } = frame;
  const money = await conversation.external((outside: BotContext) => quote(outside, draft.accountId));
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const choices = new InlineKeyboard().text(t('newsound-btn-synthesize'), choice(SYNTHESIZE));
    if (money.price !== null && money.balance < money.price) choices.row().text(t('btn-topup'), links.topUp(draft.accountId));
    const answer = await ui.ask({ step, of, body: body(t, frame, money), choices, accept: ['choice'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice' && answer.value === SYNTHESIZE) return 'next';
  }
}
