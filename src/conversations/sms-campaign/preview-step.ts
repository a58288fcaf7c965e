/**
 * Step 3 of an SMS campaign: the first three messages exactly as AutoCall will send them — the text filled with
 * each recipient's variables, in AutoCall's order (the lists' contacts, then the numbers sent here), each with its
 * segments — and the `{{variables}}` the recipients lack, which would be sent empty. Numbers sent here are checked
 * whole; a list is checked on the first page of its contacts, and the person is told so.
 */
import { InlineKeyboard } from 'grammy';
import type { AutocallApi } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { countVariables, variableGaps, type VariableGap } from '../../domain/campaign/index.js';
import { formatCount } from '../../domain/format/index.js';
import { formatPhone } from '../../domain/phone/index.js';
import { renderTemplate, templatePlaceholders } from '../../domain/sms/index.js';
import { escapeHtml, truncateText } from '../../domain/text/index.js';
import { readInline } from '../campaign-steps/inline-recipients.js';
import type { Recipients } from '../campaign-steps/recipients-step.js';
import { type Move, type StepPosition, type WizardEnv, wizardApi } from '../kit/wizard-env.js';
import { choice } from '../kit/wizard-ui.js';

const SAMPLES = 3;
/** Lists looked into for missing variables; a campaign to more lists is rare and each look is a request. */
const LISTS_CHECKED = 10;
/** Three texts of up to 1600 characters would not fit one Telegram message (4096). */
const SHOWN_TEXT_MAX = 1000;

interface Sample {
  readonly number: string;
  readonly variables: Readonly<Record<string, string>>;
}

interface ListGaps {
  readonly name: string;
  readonly checked: number;
  readonly gaps: readonly VariableGap[];
}

interface PreviewData {
  readonly samples: readonly Sample[];
  readonly lists: readonly ListGaps[];
}

/** Only the variables the text uses travel into the conversation's log. */
function used(variables: Readonly<Record<string, string>> | null | undefined, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.flatMap((name) => (variables && Object.hasOwn(variables, name) ? [[name, variables[name] ?? '']] : [])));
}

async function previewData(outside: BotContext, api: AutocallApi, wizardId: string, recipients: Recipients, names: readonly string[]): Promise<PreviewData> {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const take = (number: string, variables: Readonly<Record<string, string>> | null | undefined) => {
    if (samples.length >= SAMPLES || seen.has(number)) return;
    seen.add(number);
    samples.push({ number, variables: used(variables, names) });
  };
  const lists: ListGaps[] = [];
  for (const list of recipients.lists.slice(0, LISTS_CHECKED)) {
    if (samples.length >= SAMPLES && names.length === 0) break;
    const contacts = (await api.lists.get(list.id)).contacts?.data ?? [];
    for (const contact of contacts) take(contact.number, contact.variables);
    if (names.length > 0) lists.push({ name: list.name, checked: contacts.length, gaps: variableGaps(names, countVariables(contacts.map((c) => c.variables))) });
  }
  if (samples.length < SAMPLES && recipients.inline.count > 0) {
    for (const contact of (await readInline(outside.deps.store, wizardId)).contacts) take(contact.number, contact.variables);
  }
  return { samples, lists };
}

function sampleBlock(ctx: WizardContext, text: string, sample: Sample, index: number): string {
  const rendered = renderTemplate(text, sample.variables);
  const head = ctx.t('launch-preview-sample', {
    index: index + 1,
    number: formatPhone(sample.number),
    segments: rendered.segments.segments,
    encoding: rendered.segments.encoding === 'gsm7' ? 'GSM-7' : 'UCS-2',
  });
  const shown = truncateText(rendered.text, SHOWN_TEXT_MAX);
  return `${head}\n<blockquote>${escapeHtml(shown)}</blockquote>`;
}

function gapLines(ctx: WizardContext, data: PreviewData, recipients: Recipients, names: readonly string[]): string[] {
  const lang = ctx.viewer.lang;
  const inline = variableGaps(names, { total: recipients.inline.count, have: recipients.inline.variables }).map((gap) =>
    ctx.t('launch-recipients-gap', { variable: `{{${gap.variable}}}`, missing: formatCount(gap.missing, lang), of: formatCount(gap.of, lang) }),
  );
  const lists = data.lists.flatMap((list) =>
    list.gaps.map((gap) => ctx.t('launch-preview-list-gap', { variable: `{{${gap.variable}}}`, missing: formatCount(gap.missing, lang), checked: formatCount(list.checked, lang), list: list.name })),
  );
  return [...inline, ...lists];
}

export async function askPreview(env: WizardEnv, position: StepPosition, text: string, recipients: Recipients): Promise<Move> {
  const { ui } = env;
  const names = templatePlaceholders(text).variables;
  const data = await env.conversation.external(async (outside: BotContext) =>
    previewData(outside, await wizardApi(outside, env.accountId), env.wizardId, recipients, names),
  );
  for (;;) {
    const t = ui.ctx.t.bind(ui.ctx);
    const parts = [t('launch-preview-head', { count: data.samples.length }), ...data.samples.map((sample, i) => sampleBlock(ui.ctx, text, sample, i))];
    const gaps = gapLines(ui.ctx, data, recipients, names);
    if (gaps.length > 0) parts.push(gaps.join('\n'));
    const answer = await ui.ask({ ...position, body: parts.join('\n\n'), choices: new InlineKeyboard().text(t('launch-btn-next'), choice('next')), accept: ['choice'] });
    if (answer.kind === 'back') return 'back';
    if (answer.kind === 'choice') return 'next';
  }
}
