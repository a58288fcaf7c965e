/**
 * From an SMS wizard's answers to AutoCall: the `POST /bulks` body (also priced by `POST /bulks/calculate`, which
 * prices the worst case: every variable at its longest value), the summary's lines, the launch (one per wizard)
 * and the card of the campaign created.
 */
import { InlineKeyboard } from 'grammy';
import type { AutocallApi, BulkCreate, BulkSummary } from '../../api/index.js';
import { newestByClientId } from '../../api/groups/shared.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { links } from '../../bot/links.js';
import { BULK_EXTRA_MAX_LENGTH } from '../../domain/contacts/index.js';
import { formatMoney } from '../../domain/format/index.js';
import { templatePlaceholders } from '../../domain/sms/index.js';
import { escapeHtml, truncateText } from '../../domain/text/index.js';
import { type InlineContact, inlineItem, readInline } from '../campaign-steps/inline-recipients.js';
import type { LaunchAttempt } from '../campaign-steps/launch-step.js';
import { recipientsText } from '../campaign-steps/recipients-step.js';
import type { Recipients } from '../campaign-steps/recipients-step.js';
import { smsSizeLine } from '../campaign-steps/sms-preview.js';
import { type SendAt, sendAtText } from './when-step.js';

/** What the SMS wizard asked, once every step is answered. */
export interface SmsPlan {
  readonly text: string;
  readonly recipients: Recipients;
  readonly sendAt: SendAt;
  readonly name: string;
}

/** A campaign as the card shows it. */
export interface CreatedBulk {
  readonly id: number;
  readonly name: string;
  readonly maxCost: number | null;
}

const QUOTED_TEXT_MAX = 300;

/** The body of `POST /bulks` and `POST /bulks/calculate`; `client_id` is the wizard's id. */
function bulkBody(plan: SmsPlan, wizardId: string, inline: readonly InlineContact[]): BulkCreate {
  return {
    name: plan.name,
    text: plan.text,
    list_id: [...plan.recipients.lists.map((list) => list.id), ...inline.map((contact) => inlineItem(contact, BULK_EXTRA_MAX_LENGTH))],
    ...(plan.sendAt.kind === 'at' ? { date_from: plan.sendAt.date, time_from: plan.sendAt.time } : {}),
    client_id: wizardId,
  };
}

/** Every choice, one line each, for the summary. */
export function smsSummaryLines(ctx: WizardContext, plan: SmsPlan): string[] {
  return [
    ctx.t('launch-sum-text', {
      textHtml: `<blockquote>${escapeHtml(truncateText(plan.text, QUOTED_TEXT_MAX))}</blockquote>`,
      // With variables the size is each recipient's own; AutoCall prices the longest values.
      sizeHtml: templatePlaceholders(plan.text).variables.length === 0 ? smsSizeLine(ctx, plan.text) : ctx.t('launch-sum-size-worst'),
    }),
    ctx.t('launch-sum-recipients', { valueHtml: recipientsText(ctx, plan.recipients) }),
    ctx.t('launch-sum-send-at', { when: sendAtText(ctx, plan.sendAt) }),
    ctx.t('launch-sum-name', { name: plan.name }),
  ];
}

function createdBulk(bulk: BulkSummary, fallbackName: string): CreatedBulk {
  return { id: bulk.id, name: bulk.name ?? fallbackName, maxCost: bulk.max_cost ?? null };
}

/** Prices and launches the SMS campaign; reads the numbers sent into the wizard from its draft. */
export function smsLaunch(plan: SmsPlan, wizardId: string): { calculate: (api: AutocallApi, outside: BotContext) => Promise<number>; attempt: LaunchAttempt<CreatedBulk> } {
  const body = async (outside: BotContext) => bulkBody(plan, wizardId, (await readInline(outside.deps.store, wizardId)).contacts);
  return {
    calculate: async (api, outside) => (await api.bulks.calculate(await body(outside))).max_cost,
    attempt: {
      async create(api, outside) {
        return { kind: 'created', created: createdBulk(await api.bulks.create(await body(outside)), plan.name) };
      },
      async find(api) {
        const found = await newestByClientId(api.bulks.list({ client_id: wizardId, order: 'desc' }), wizardId);
        return found === undefined ? undefined : createdBulk(found, plan.name);
      },
    },
  };
}

/** The message announcing the campaign, with the button to its card. */
export function bulkCard(ctx: WizardContext, accountId: string, bulk: CreatedBulk): { text: string; keyboard: InlineKeyboard } {
  const cost = bulk.maxCost === null ? '' : `\n${ctx.t('launch-card-cost', { cost: formatMoney(bulk.maxCost, ctx.viewer.lang) })}`;
  return {
    text: `${ctx.t('launch-sms-created', { name: bulk.name, id: String(bulk.id) })}${cost}`,
    keyboard: new InlineKeyboard().text(ctx.t('launch-btn-open-bulk'), links.bulk(accountId, bulk.id)),
  };
}
