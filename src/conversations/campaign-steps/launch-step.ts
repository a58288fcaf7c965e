/**
 * The last step of both launch wizards: every choice, the maximum cost from AutoCall's `calculate`, the balance
 * and what is left after the launch. **Launch** is offered only when the balance covers the cost; a short balance
 * says by how much and offers a top-up that comes back to this summary, priced again. AutoCall's refusals (402,
 * 403 spam, 422) are explained above the same summary, priced again, so the person can go back, change the step
 * at fault and launch again.
 */
import { InlineKeyboard } from 'grammy';
import { type AutocallApi, isAutocallError } from '../../api/index.js';
import type { BotContext, WizardContext } from '../../bot/context.js';
import { balanceAfter } from '../../domain/campaign/index.js';
import { formatMoney } from '../../domain/format/index.js';
import { choice } from '../kit/wizard-ui.js';
import { launchOnce } from '../kit/launch-once.js';
import { type Refusal, refusalOf, refusalReason } from './refusal.js';
import { topUpFromSummary } from './summary-topup.js';
import { type StepPosition, type WizardEnv, wizardApi } from '../kit/wizard-env.js';

/** The price of a campaign and the balance it is paid from, or why AutoCall would not price it. */
export type Quote = { readonly ok: true; readonly maxCost: number; readonly balance: number } | { readonly ok: false; readonly refusal: Refusal };

/** What a campaign is called and numbered, for the audit log. */
export interface CreatedCampaign {
  readonly id: number;
  readonly name: string;
}

/** A campaign launched: created (201), or accepted to be created in the background (202) or by a launch in flight. */
export type Launched<C> = { readonly kind: 'created'; readonly created: C } | { readonly kind: 'accepted' };

/** What a launch came to; AutoCall's refusals are values, so the summary can explain them. */
export type LaunchResult<C> = Launched<C> | { readonly kind: 'refused'; readonly refusal: Refusal };

export interface LaunchAttempt<C> {
  /** POSTs the campaign with the wizard's id as `client_id`; AutoCall errors are thrown. */
  create(api: AutocallApi, outside: BotContext): Promise<Launched<C>>;
  /** The campaign carrying the wizard's id as `client_id`, if AutoCall has it. */
  find(api: AutocallApi): Promise<C | undefined>;
}

export interface LaunchStepOptions<C extends CreatedCampaign> extends StepPosition {
  /** Every choice, one line each (translated HTML). */
  readonly lines: readonly string[];
  /** `calculate` for the same body as the launch. */
  readonly calculate: (api: AutocallApi, outside: BotContext) => Promise<number>;
  readonly attempt: LaunchAttempt<C>;
  /** Text of a 403 for this kind of campaign (`{ $reason }`: the server's words). */
  readonly forbiddenKey: string;
  /** Audit action, e.g. `campaign.launch`. */
  readonly auditAction: string;
  readonly name: string;
}

export type LaunchOutcome<C> = { readonly move: 'back' } | { readonly move: 'done'; readonly result: Launched<C> };

async function quote(outside: BotContext, accountId: string, calculate: LaunchStepOptions<CreatedCampaign>['calculate']): Promise<Quote> {
  const api = await wizardApi(outside, accountId);
  try {
    const [maxCost, balance] = await Promise.all([calculate(api, outside), api.payments.balance()]);
    return { ok: true, maxCost, balance: balance.balance };
  } catch (error) {
    if (!isAutocallError(error) || error.kind === 'unauthenticated') throw error;
    return { ok: false, refusal: refusalOf(error) };
  }
}

/**
 * Launches once per wizard (the kit's `launchOnce`: a double tap, a replay after a crash or a second process find
 * the campaign by `client_id` instead of creating another). A launch whose outcome was unknown (a timeout after
 * the SDK's own recovery) released its claim; the next tap looks the campaign up before it POSTs again.
 */
async function launch<C>(outside: BotContext, env: WizardEnv, attempt: LaunchAttempt<C>): Promise<LaunchResult<C>> {
  const api = await wizardApi(outside, env.accountId);
  const find = async (): Promise<Launched<C> | undefined> => {
    const found = await attempt.find(api);
    return found === undefined ? undefined : { kind: 'created', created: found };
  };
  try {
    const outcome = await launchOnce({ kv: outside.deps.store.kv, wizardId: env.wizardId, create: async () => (await find()) ?? attempt.create(api, outside), find });
    return outcome.kind === 'busy' ? { kind: 'accepted' } : outcome.value;
  } catch (error) {
    // A key AutoCall refuses ends the wizard: the error boundary marks the account for relinking.
    if (!isAutocallError(error) || error.kind === 'unauthenticated') throw error;
    return { kind: 'refused', refusal: refusalOf(error) };
  }
}

function refusalMessage(ctx: WizardContext, refusal: Refusal, forbiddenKey: string): string {
  const reason = refusalReason(refusal);
  switch (refusal.kind) {
    case 'insufficient_funds':
      return ctx.t('launch-refused-funds');
    case 'forbidden':
      return ctx.t(forbiddenKey, { reason });
    case 'validation':
    case 'not_found':
    case 'conflict':
      return ctx.t('launch-refused-invalid', { reason });
    case 'rate_limited':
    case 'queue_full':
      return ctx.t('launch-refused-busy');
    default:
      return ctx.t('launch-refused-unsure');
  }
}

function costLines(ctx: WizardContext, priced: Quote, forbiddenKey: string): string {
  if (!priced.ok) return `⚠️ ${refusalMessage(ctx, priced.refusal, forbiddenKey)}`;
  const lang = ctx.viewer.lang;
  const { after, short } = balanceAfter(priced.balance, priced.maxCost);
  const cost = ctx.t('launch-summary-cost', { cost: formatMoney(priced.maxCost, lang) });
  if (short > 0) return `${cost}\n${ctx.t('launch-summary-short', { balance: formatMoney(priced.balance, lang), short: formatMoney(short, lang) })}`;
  return `${cost}\n${ctx.t('launch-summary-balance', { balance: formatMoney(priced.balance, lang), after: formatMoney(after, lang) })}`;
}

/**
 * Launch when the balance covers the price; Top up when it does not, or when AutoCall has just said so (a 402
 * while the balance seems to cover it: money reserved elsewhere, which the balance does not show).
 */
function keyboard(ctx: WizardContext, priced: Quote, fundsRefused: boolean): InlineKeyboard {
  const keys = new InlineKeyboard();
  const covered = priced.ok && balanceAfter(priced.balance, priced.maxCost).short === 0;
  if (covered) keys.text(ctx.t('launch-btn-launch'), choice('launch'));
  // Inside the wizard: a top-up that entered /topup would end it, and everything chosen with it.
  if (priced.ok && (!covered || fundsRefused)) keys.text(ctx.t('btn-topup'), choice('topup'));
  return covered ? keys : keys.text(ctx.t('launch-btn-recalculate'), choice('recalculate'));
}

export async function askLaunch<C extends CreatedCampaign>(env: WizardEnv, options: LaunchStepOptions<C>): Promise<LaunchOutcome<C>> {
  const { ui, conversation, accountId } = env;
  const price = () => conversation.external((outside: BotContext) => quote(outside, accountId, options.calculate));
  let priced = await price();
  let fundsRefused = false;
  for (;;) {
    const body = [ui.ctx.t('launch-summary-head'), ...options.lines, '', costLines(ui.ctx, priced, options.forbiddenKey)].join('\n');
    const answer = await ui.ask({ step: options.step, of: options.of, body, choices: keyboard(ui.ctx, priced, fundsRefused), accept: ['choice'] });
    if (answer.kind === 'back') return { move: 'back' };
    if (answer.kind !== 'choice') continue;
    fundsRefused = false;
    if (answer.value === 'topup') await topUpFromSummary(env, options);
    if (answer.value === 'launch' && priced.ok) {
      await ui.progress(ui.ctx.t('launch-launching'));
      const result = await conversation.external(async (outside: BotContext) => {
        const launched = await launch(outside, env, options.attempt);
        await outside.deps.store.audit.append(accountId, {
          at: outside.deps.now(),
          actorId: outside.viewer.userId,
          actorName: outside.viewer.name,
          action: options.auditAction,
          target: launched.kind === 'created' ? `#${launched.created.id} ${launched.created.name}` : options.name,
          result: launched.kind === 'refused' ? 'error' : 'ok',
          ...(launched.kind === 'refused' ? { detail: `${launched.refusal.kind}: ${refusalReason(launched.refusal)}`.slice(0, 1024) } : {}),
          ...(launched.kind === 'accepted' ? { detail: 'accepted: being created' } : {}),
        });
        return launched;
      });
      if (result.kind !== 'refused') return { move: 'done', result };
      fundsRefused = result.refusal.kind === 'insufficient_funds';
      ui.invalid(refusalMessage(ui.ctx, result.refusal, options.forbiddenKey));
    }
    priced = await price();
  }
}
