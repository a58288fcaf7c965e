/**
 * Step 3 of a call campaign: what the call plays. A regular campaign takes a recording from the account's sounds
 * (their moderation state shown: ✅ approved, ⏳ not yet, ⛔ refused — a refused one cannot be chosen), or a new
 * one synthesized from text together with the campaign (the `audio_id` object form: text, then a voice). An
 * interactive campaign takes a scenario.
 */
import { InlineKeyboard } from 'grammy';
import type { AutocallApi } from '../../api/index.js';
import type { WizardContext } from '../../bot/context.js';
import { formatDuration } from '../../domain/format/index.js';
import { AUTOCALL_VOICES, voiceName } from '../../domain/speech/index.js';
import { escapeHtml, truncateText } from '../../domain/text/index.js';
import { marked } from '../campaign-steps/marks.js';
import { type RowPage, rowPage } from '../campaign-steps/row-page.js';
import { type Move, type StepPosition, type WizardEnv, withApi } from '../kit/wizard-env.js';
import { pickerKeyboard, readPickerTap } from '../kit/paged-picker.js';
import { choice } from '../kit/wizard-ui.js';
import { type AudioChoice, MODERATION_ICON, type Moderation, type ScenarioChoice, scenarioModeration, soundModeration } from './call-answers.js';

/** `audio_id[].data.text` of `POST /autocalls`: 1–400 characters. */
export const SYNTHESIS_TEXT_MAX = 400;
const LABEL_MAX = 30;

interface SoundRow {
  readonly id: number;
  readonly name: string;
  readonly seconds: number;
  readonly moderation: Moderation;
  readonly comment: string | null;
}

interface ScenarioRow {
  readonly id: number;
  readonly name: string;
  readonly moderation: Moderation;
  readonly comment: string | null;
}

function soundPage(api: AutocallApi, page: number): Promise<RowPage<SoundRow>> {
  return rowPage((p) => api.sounds.list({ page: p }), page, (s) => ({ id: s.id, name: s.name, seconds: s.duration, moderation: soundModeration(s), comment: s.comment }));
}

function scenarioPage(api: AutocallApi, page: number): Promise<RowPage<ScenarioRow>> {
  return rowPage((p) => api.scenarios.list({ page: p }), page, (s) => ({ id: s.id, name: s.name, moderation: scenarioModeration(s), comment: s.comment }));
}

/** The recording chosen, in a line of the step and of the summary. */
export function audioText(ctx: WizardContext, audio: AudioChoice): string {
  if (audio.kind === 'synthesis') {
    return ctx.t('launch-audio-synthesis', { text: truncateText(audio.text, 60), voice: voiceName(audio.voice) });
  }
  return ctx.t('launch-audio-sound', {
    icon: MODERATION_ICON[audio.moderation],
    name: audio.name,
    duration: formatDuration(audio.seconds, ctx.viewer.lang),
    state: ctx.t(`launch-moderation-${audio.moderation}`),
  });
}

function pageLine(ctx: WizardContext, page: RowPage<unknown>, emptyKey: string): string {
  return page.total === 0 ? ctx.t(emptyKey) : ctx.t('launch-page', { page: page.page + 1, pages: page.pages });
}

type Synthesis = Extract<AudioChoice, { kind: 'synthesis' }>;

/** Text, then voice, of a recording synthesized with the campaign; null when the person went back. */
async function askSynthesis(env: WizardEnv, position: StepPosition, start: { text: string | null; voice: string | null }): Promise<Synthesis | null> {
  const { ui } = env;
  let text = start.text;
  let voice = start.voice;
  let mode: 'text' | 'voice' = text === null ? 'text' : 'voice';
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    if (mode === 'text') {
      const keep = new InlineKeyboard();
      if (text !== null) keep.text(t('launch-btn-keep-text'), choice('keep'));
      const current = text === null ? '' : `\n\n<blockquote>${escapeHtml(text)}</blockquote>`;
      const answer = await ui.ask({ ...position, body: `${t('launch-synth-text-ask', { max: SYNTHESIS_TEXT_MAX })}${current}`, choices: keep });
      if (answer.kind === 'back') return null;
      if (answer.kind === 'choice' && text !== null) mode = 'voice';
      if (answer.kind !== 'text') continue;
      const typed = answer.text.trim();
      if (typed.length > SYNTHESIS_TEXT_MAX) ui.invalid(t('launch-synth-too-long', { length: typed.length, max: SYNTHESIS_TEXT_MAX }));
      else if (typed !== '') {
        text = typed;
        mode = 'voice';
      }
      continue;
    }
    const voices = new InlineKeyboard();
    AUTOCALL_VOICES.forEach((v, i) => {
      const label = `${v.gender === 'female' ? '♀' : '♂'} ${voiceName(v.id)} · ${v.engine === 'google' ? 'Google' : 'Yandex'}`;
      voices.text(marked(label, v.id === voice), choice(v.id));
      if (i % 2 === 1) voices.row();
    });
    const answer = await ui.ask({ ...position, body: t('launch-synth-voice-ask', { length: text?.length ?? 0 }), choices: voices, accept: ['choice'] });
    if (answer.kind === 'back') {
      mode = 'text';
      continue;
    }
    const picked = AUTOCALL_VOICES.find((v) => answer.kind === 'choice' && v.id === answer.value);
    voice = picked?.id ?? voice;
    if (picked && text !== null) return { kind: 'synthesis', text, voice: picked.id };
  }
}

/** The recording of a regular campaign; typed text starts a synthesis with it. */
export async function askAudio(env: WizardEnv, position: StepPosition, audio: AudioChoice | null): Promise<{ move: Move; audio: AudioChoice | null }> {
  const { ui } = env;
  let wanted = 0;
  let page: RowPage<SoundRow> | null = null;
  for (;;) {
    if (page?.page !== wanted) {
      page = await withApi(env, (api) => soundPage(api, wanted));
      // A stale ‹ › lands on the nearest page that exists.
      wanted = page.page;
    }
    const shown: RowPage<SoundRow> = page;
    const t = ui.ctx.t.bind(ui.ctx);
    const lang = ui.ctx.viewer.lang;
    const items = shown.rows.map((row) => ({
      id: String(row.id),
      label: `${MODERATION_ICON[row.moderation]} ${truncateText(row.name, LABEL_MAX)} · ${formatDuration(row.seconds, lang)}`,
    }));
    const choices = pickerKeyboard({ items, page: shown.page, pages: shown.pages }, audio?.kind === 'sound' ? [String(audio.id)] : []);
    choices.text(marked(t('launch-btn-synthesize'), audio?.kind === 'synthesis'), choice('synth')).row();
    if (audio) choices.text(t('launch-btn-next'), choice('next'));
    const now = audio ? t('launch-now', { valueHtml: audioText(ui.ctx, audio) }) : '';
    const body = [t('launch-audio-ask'), now, pageLine(ui.ctx, shown, 'launch-audio-none')].filter((part) => part !== '').join('\n\n');
    const answer = await ui.ask({ ...position, body, choices });
    if (answer.kind === 'back') return { move: 'back', audio };
    if (answer.kind === 'text') {
      const typed = answer.text.trim();
      if (typed.length > SYNTHESIS_TEXT_MAX) {
        ui.invalid(t('launch-synth-too-long', { length: typed.length, max: SYNTHESIS_TEXT_MAX }));
        continue;
      }
      const made = await askSynthesis(env, position, { text: typed, voice: audio?.kind === 'synthesis' ? audio.voice : null });
      if (made) return { move: 'next', audio: made };
      continue;
    }
    if (answer.kind !== 'choice') continue;
    if (answer.value === 'next' && audio) return { move: 'next', audio };
    if (answer.value === 'synth') {
      const made = await askSynthesis(env, position, audio?.kind === 'synthesis' ? audio : { text: null, voice: null });
      if (made) return { move: 'next', audio: made };
      continue;
    }
    const tap = readPickerTap(answer.value);
    if (tap?.kind === 'page') wanted = tap.page;
    const row = tap?.kind === 'pick' ? shown.rows.find((r) => String(r.id) === tap.id) : undefined;
    if (row?.moderation === 'denied') ui.invalid(t('launch-audio-denied', { name: row.name, reason: row.comment ?? '' }));
    else if (row) return { move: 'next', audio: { kind: 'sound', id: row.id, name: row.name, seconds: row.seconds, moderation: row.moderation } };
  }
}

/** The scenario of an interactive campaign. */
export async function askScenario(env: WizardEnv, position: StepPosition, current: ScenarioChoice | null): Promise<{ move: Move; scenario: ScenarioChoice | null }> {
  const { ui } = env;
  let wanted = 0;
  let page: RowPage<ScenarioRow> | null = null;
  for (;;) {
    if (page?.page !== wanted) {
      page = await withApi(env, (api) => scenarioPage(api, wanted));
      // A stale ‹ › lands on the nearest page that exists.
      wanted = page.page;
    }
    const shown: RowPage<ScenarioRow> = page;
    const t = ui.ctx.t.bind(ui.ctx);
    const items = shown.rows.map((row) => ({ id: String(row.id), label: `${MODERATION_ICON[row.moderation]} ${truncateText(row.name, LABEL_MAX)}` }));
    const choices = pickerKeyboard({ items, page: shown.page, pages: shown.pages }, current ? [String(current.id)] : []);
    if (current) choices.text(t('launch-btn-next'), choice('next'));
    const now = current ? t('launch-now', { valueHtml: scenarioText(ui.ctx, current) }) : '';
    const body = [t('launch-scenario-ask'), now, pageLine(ui.ctx, shown, 'launch-scenario-none')].filter((part) => part !== '').join('\n\n');
    const answer = await ui.ask({ ...position, body, choices, accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back', scenario: current };
    if (answer.kind !== 'choice') continue;
    if (answer.value === 'next' && current) return { move: 'next', scenario: current };
    const tap = readPickerTap(answer.value);
    if (tap?.kind === 'page') wanted = tap.page;
    const row = tap?.kind === 'pick' ? shown.rows.find((r) => String(r.id) === tap.id) : undefined;
    if (row?.moderation === 'denied') ui.invalid(t('launch-scenario-denied', { name: row.name, reason: row.comment ?? '' }));
    else if (row) return { move: 'next', scenario: { id: row.id, name: row.name, moderation: row.moderation } };
  }
}

/** The scenario chosen, in a line of the step and of the summary. */
export function scenarioText(ctx: WizardContext, scenario: ScenarioChoice): string {
  return ctx.t('launch-scenario-line', { icon: MODERATION_ICON[scenario.moderation], name: scenario.name, state: ctx.t(`launch-moderation-${scenario.moderation}`) });
}
