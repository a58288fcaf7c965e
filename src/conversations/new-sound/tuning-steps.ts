/**
 * Steps "speed" and "pitch": a preset with one tap, or a number typed the way people type it (`1,25`, `−5`);
 * out of range or not a number is explained and asked again. The current value is ticked.
 */
import { InlineKeyboard } from 'grammy';
import type { BotContext } from '../../bot/context.js';
import type { Language } from '../../bot/i18n.js';
import { formatCount } from '../../domain/format/index.js';
import { type NumberInput, parsePitch, parseSpeed, PITCH_PRESETS, SPEED_PRESETS } from '../../domain/sound/index.js';
import { choice } from '../kit/wizard-ui.js';
import type { Move, SoundFrame } from './sound-draft.js';

interface Tuning {
  /** Key prefix of the step's texts: `<prefix>-ask`, `<prefix>-not_a_number`, `<prefix>-out_of_range`. */
  texts: string;
  presets: readonly number[];
  parse: (input: string) => NumberInput;
  get: (frame: SoundFrame) => number;
  set: (frame: SoundFrame, value: number) => void;
  /** How a value reads on a button and in texts. */
  label: (value: number, lang: Language) => string;
}

async function tuningStep(tuning: Tuning, frame: SoundFrame): Promise<Move> {
  const { ui, step, of } = frame;
  for (;;) {
    const lang = ui.ctx.viewer.lang;
    const t: BotContext['t'] = ui.ctx.t.bind(ui.ctx);
    const current = tuning.get(frame);
    const keyboard = new InlineKeyboard();
    for (const preset of tuning.presets) {
      const label = tuning.label(preset, lang);
      keyboard.text(preset === current ? `✓ ${label}` : label, choice(preset));
    }
    const answer = await ui.ask({ step, of, body: t(`${tuning.texts}-ask`, { current: tuning.label(current, lang) }), choices: keyboard });
    if (answer.kind === 'back') return 'back';
    const typed = answer.kind === 'choice' ? answer.value : answer.kind === 'text' ? answer.text : '';
    const value = tuning.parse(typed);
    if (value.ok) {
      tuning.set(frame, value.value);
      return 'next';
    }
    ui.invalid(t(`${tuning.texts}-${value.kind}`, { min: tuning.label(value.min, lang), max: tuning.label(value.max, lang) }));
  }
}

/** `×1.25` in the person's language. */
export const speedLabel = (value: number, lang: Language): string => `×${formatCount(value, lang)}`;

/** `+5`, `0`, `−5` (a typographic minus) in the person's language. */
export function pitchLabel(value: number, lang: Language): string {
  const number = formatCount(Math.abs(value), lang);
  return value > 0 ? `+${number}` : value < 0 ? `−${number}` : number;
}

const SPEED: Tuning = {
  texts: 'newsound-speed',
  presets: SPEED_PRESETS,
  parse: parseSpeed,
  get: (frame) => frame.draft.speed,
  set: (frame, value) => {
    frame.draft.speed = value;
  },
  label: speedLabel,
};

const PITCH: Tuning = {
  texts: 'newsound-pitch',
  presets: PITCH_PRESETS,
  parse: parsePitch,
  get: (frame) => frame.draft.pitch,
  set: (frame, value) => {
    frame.draft.pitch = value;
  },
  label: pitchLabel,
};

export const speedStep = (frame: SoundFrame): Promise<Move> => tuningStep(SPEED, frame);
export const pitchStep = (frame: SoundFrame): Promise<Move> => tuningStep(PITCH, frame);
