/**
 * What an SMS text costs as the person types it: GSM-7 or UCS-2, the segments and characters, the characters that
 * force UCS-2 into an otherwise Latin text (with the GSM-7 lookalikes that would bring it back), the `{{variables}}`
 * it uses and the double-brace texts that are not variables.
 */
import type { WizardContext } from '../../bot/context.js';
import { checkSmsEncoding, templatePlaceholders, type SmsEncodingReport } from '../../domain/sms/index.js';
import { escapeHtml } from '../../domain/text/index.js';

const SHOWN_OFFENDERS = 10;
const INVISIBLE = /[\s\p{C}]/u;

/** A character as a person can see it: invisible ones (NBSP, zero-width space) by their code point. */
function shownChar(char: string): string {
  if (!INVISIBLE.test(char)) return `<code>${escapeHtml(char)}</code>`;
  return `<code>U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}</code>`;
}

/**
 * The offenders are worth naming when they are a few odd characters in a Latin text (a curly quote, an emoji);
 * in a Russian or Kazakh text every letter is one, and UCS-2 is simply what the language needs.
 */
function fewOffenders(report: SmsEncodingReport, text: string): boolean {
  return report.suggestion !== undefined || report.offenders.length <= Math.max(1, Array.from(text).length / 5);
}

/** The GSM-7 text that reads the same, when replacing a few lookalikes makes the text GSM-7. */
export function gsm7Suggestion(text: string): string | undefined {
  return checkSmsEncoding(text).suggestion?.text;
}

/** Size of a text in one line: encoding, SMS segments, characters. */
export function smsSizeLine(ctx: WizardContext, text: string): string {
  const { segments } = checkSmsEncoding(text);
  return ctx.t(`launch-sms-size-${segments.encoding}`, { segments: segments.segments, units: segments.units, per: segments.perSegment });
}

/** The text quoted, with its size and everything that would surprise on the phone or on the bill. */
export function smsPreview(ctx: WizardContext, text: string): string {
  const report = checkSmsEncoding(text);
  const lines = [`<blockquote>${escapeHtml(text)}</blockquote>`, smsSizeLine(ctx, text)];
  if (report.offenders.length > 0 && fewOffenders(report, text)) {
    const distinct = [...new Set(report.offenders.map((o) => o.char))];
    const shown = distinct.slice(0, SHOWN_OFFENDERS).map(shownChar).join(' ');
    lines.push(ctx.t('launch-sms-offenders', { charsHtml: distinct.length > SHOWN_OFFENDERS ? `${shown} …` : shown }));
  }
  if (report.suggestion) lines.push(ctx.t('launch-sms-suggestion', { segments: report.suggestion.segments.segments, now: report.segments.segments }));
  const { variables, malformed } = templatePlaceholders(text);
  if (variables.length > 0) lines.push(ctx.t('launch-sms-variables', { list: variables.map((v) => `{{${v}}}`).join(', ') }));
  if (malformed.length > 0) lines.push(ctx.t('launch-sms-malformed', { list: malformed.join(', ') }));
  return lines.join('\n');
}
