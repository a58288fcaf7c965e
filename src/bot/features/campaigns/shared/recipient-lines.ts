/** A recipient of a call or an SMS as the views print it: the number with its note, and its variables. */
import { formatPhone } from '../../../../domain/phone/index.js';
import { escapeHtml } from '../../../../domain/text/index.js';
import type { BotContext } from '../../../context.js';

/** `<code>+7 701 123 45 67</code> (their note)`, escaped. */
export function phoneWithNote(recipient: { number: string; extra: string | null }): string {
  const note = recipient.extra ? ` (${escapeHtml(recipient.extra)})` : '';
  return `<code>${escapeHtml(formatPhone(recipient.number))}</code>${note}`;
}

/** "Variables:" and a `name = value` line each; nothing when there are none. */
export function variableLines(ctx: BotContext, variables: Record<string, string> | null | undefined): string[] {
  const entries = Object.entries(variables ?? {});
  if (entries.length === 0) return [];
  return [ctx.t('campaign-call-variables'), ...entries.map(([name, value]) => `  • ${escapeHtml(name)} = ${escapeHtml(value)}`)];
}
