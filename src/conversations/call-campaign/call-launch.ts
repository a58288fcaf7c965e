/**
 * From a call wizard's answers to AutoCall: the `POST /autocalls` body (also priced by `calculate`), the summary's
 * lines, the launch itself (one per wizard, see `launch-step`), and the card sent when the campaign exists.
 */
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, type AutocallCreate, type AutocallSummary, autocallVoices } from '../../api/index.js';
import { newestByClientId } from '../../api/groups/shared.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import type { MessageVariables } from '../../bot/i18n.js';
import { links } from '../../bot/links.js';
import { EXTRA_MAX_LENGTH } from '../../domain/contacts/index.js';
import { formatMoney, type Language } from '../../domain/format/index.js';
import { type InlineContact, inlineItem, readInline } from '../campaign-steps/inline-recipients.js';
import type { LaunchAttempt } from '../campaign-steps/launch-step.js';
import { addCreatedWatch } from '../campaign-steps/created-watches.js';
import type { WatchHandlers } from '../campaign-steps/watch-created.js';
import { recipientsText } from '../campaign-steps/recipients-step.js';
import { windowText } from '../campaign-steps/schedule.js';
import { audioText, scenarioText } from './audio-step.js';
import type { AudioChoice, CallAnswers } from './call-answers.js';
import { callerIdText, smsLine } from './extras-step.js';
import { startDateText } from './schedule-steps.js';

/** A campaign as the card shows it. */
export interface CreatedCall {
  readonly id: number;
  readonly name: string;
  readonly maxCost: number | null;
}

type AutocallVoice = (typeof autocallVoices)[number];

/** The summary is reached only through every step before it; a missing answer is a bug in the wizard. */
function answered<T>(value: T | null, what: string): T {
  if (value === null) throw new Error(`call wizard reached its summary without ${what}`);
  return value;
}

function audioRef(audio: AudioChoice): number | { type: 'synthesis'; data: { text: string; voice?: AutocallVoice } } {
  if (audio.kind === 'sound') return audio.id;
  const voice = autocallVoices.find((known) => known === audio.voice);
  return { type: 'synthesis', data: { text: audio.text, ...(voice === undefined ? {} : { voice }) } };
}

/** The body of `POST /autocalls` and `POST /autocalls/calculate`; `client_id` is the wizard's id. */
function callBody(answers: CallAnswers, wizardId: string, inline: readonly InlineContact[]): AutocallCreate {
  const type = answered(answers.type, 'a type');
  const window = answered(answers.window, 'a time window');
  return {
    name: answered(answers.name, 'a name'),
    type,
    ...(type === 'regular' ? { audio_id: [audioRef(answered(answers.audio, 'audio'))] } : { scenario_id: answered(answers.scenario, 'a scenario').id }),
    list_id: [...answers.recipients.lists.map((list) => list.id), ...inline.map((contact) => inlineItem(contact, EXTRA_MAX_LENGTH))],
    date_from: answered(answers.date, 'a start date'),
    time_from: window.from,
    time_to: window.to,
    max_tries: answers.tries,
    tries_interval: answers.interval,
    ...(answers.smsReached === null ? {} : { sms: true, text: answers.smsReached }),
    ...(answers.smsNotReached === null ? {} : { sms_unanswered: true, text_unanswered: answers.smsNotReached }),
    record: answers.record,
    lifetime: answers.lifetime,
    ...(answers.callerId === null ? {} : { caller_id: answers.callerId }),
    client_id: wizardId,
  };
}

/** Every choice, one line each, for the summary. */
export function callSummaryLines(ctx: WizardContext, answers: CallAnswers, today: string): string[] {
  const type = answered(answers.type, 'a type');
  const on = (value: boolean) => ctx.t(value ? 'launch-on' : 'launch-off');
  return [
    ctx.t('launch-sum-type', { type: ctx.t(`launch-call-type-${type}`) }),
    type === 'regular'
      ? ctx.t('launch-sum-audio', { valueHtml: audioText(ctx, answered(answers.audio, 'audio')) })
      : ctx.t('launch-sum-scenario', { valueHtml: scenarioText(ctx, answered(answers.scenario, 'a scenario')) }),
    ctx.t('launch-sum-recipients', { valueHtml: recipientsText(ctx, answers.recipients) }),
    ctx.t('launch-sum-when', { date: startDateText(ctx, answered(answers.date, 'a start date'), today), window: windowText(answered(answers.window, 'a time window')) }),
    ctx.t('launch-sum-tries', { tries: answers.tries, minutes: answers.interval }),
    ctx.t('launch-sum-sms-reached', { value: smsLine(ctx, answers.smsReached) }),
    ctx.t('launch-sum-sms-missed', { value: smsLine(ctx, answers.smsNotReached) }),
    ctx.t('launch-sum-options', { record: on(answers.record), lifetime: on(answers.lifetime), callerId: callerIdText(ctx, answers.callerId) }),
    ctx.t('launch-sum-name', { name: answered(answers.name, 'a name') }),
  ];
}

function createdCall(autocall: AutocallSummary, fallbackName: string): CreatedCall {
  return { id: autocall.id, name: autocall.name ?? fallbackName, maxCost: autocall.max_cost ?? null };
}

/** Finds the campaign this wizard launched, by its `client_id`. */
async function findCall(api: AutocallApi, wizardId: string, name: string): Promise<CreatedCall | undefined> {
  const found = await newestByClientId(api.autocalls.list({ client_id: wizardId, order: 'desc' }), wizardId);
  return found === undefined ? undefined : createdCall(found, name);
}

/** Prices and launches the campaign of these answers; reads the numbers sent into the wizard from its draft. */
export function callLaunch(answers: CallAnswers, wizardId: string): { calculate: (api: AutocallApi, outside: BotContext) => Promise<number>; attempt: LaunchAttempt<CreatedCall> } {
  const body = async (outside: BotContext) => callBody(answers, wizardId, (await readInline(outside.deps.store, wizardId)).contacts);
  const name = answered(answers.name, 'a name');
  return {
    calculate: async (api, outside) => (await api.autocalls.calculate(await body(outside))).max_cost,
    attempt: {
      async create(api, outside) {
        const result = await api.autocalls.create(await body(outside));
        return result.status === 'created' ? { kind: 'created', created: createdCall(result.autocall, name) } : { kind: 'accepted' };
      },
      find: (api) => findCall(api, wizardId, name),
    },
  };
}

type Translate = (key: string, variables?: MessageVariables) => string;

/** The message announcing the campaign, with the button to its card in /campaigns. */
export function callCard(t: Translate, lang: Language, accountId: string, call: CreatedCall): { text: string; keyboard: InlineKeyboard } {
  const cost = call.maxCost === null ? '' : `\n${t('launch-card-cost', { cost: formatMoney(call.maxCost, lang) })}`;
  return {
    text: `${t('launch-call-created', { name: call.name, id: String(call.id) })}${cost}`,
    keyboard: new InlineKeyboard().text(t('launch-btn-open-campaign'), links.campaign(accountId, call.id)),
  };
}

/** After a 202: records the watch, so the card follows into the wizard's chat when AutoCall has the campaign. */
export async function watchCall(outside: BotContext, accountId: string, wizardId: string, name: string): Promise<void> {
  const chatId = outside.chat?.id;
  if (chatId === undefined) return;
  const threadId = outside.msg?.message_thread_id;
  const now = outside.deps.now();
  const watch = { accountId, wizardId, name, chatId, lang: outside.viewer.lang, startedAt: now, ...(threadId === undefined ? {} : { threadId }) };
  await addCreatedWatch(outside.deps.store, watch, now);
}

/** How the poller started with the bot finds and announces a call campaign created in the background. */
export const callWatchHandlers: WatchHandlers<CreatedCall> = {
  find: (api, watch) => findCall(api, watch.wizardId, watch.name),
  async announce({ telegram, translate }, watch, found) {
    const t: Translate = (key, variables) => translate(watch.lang, key, variables);
    const options = { parse_mode: 'HTML' as const, ...(watch.threadId === undefined ? {} : { message_thread_id: watch.threadId }) };
    if (found === undefined) {
      await telegram.sendMessage(watch.chatId, t('launch-call-not-seen', { name: watch.name }), options);
      return;
    }
    const card = callCard(t, watch.lang, watch.accountId, found);
    await telegram.sendMessage(watch.chatId, card.text, { ...options, reply_markup: card.keyboard });
  },
};
