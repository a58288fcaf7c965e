import { normalisePhone, phoneError, type PhoneKind } from '../phone/index.js';
import { ContactAccumulator } from './contact-accumulator.js';
import type { ParsedContacts } from './contact-entry.js';
import { clip, EXTRA_MAX_LENGTH } from './contact-limits.js';
import { findPhoneSpans, type PhoneSpan } from './phone-spans.js';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/u;
const LETTER = /\p{L}/u;
/** Separators and bullets around a note: `+7701… — Иванов;` gives `Иванов`. */
const NOTE_EDGE_START = /^[\s,;:|/\\\-\u2013\u2014=>*•·]+/u;
const NOTE_EDGE_END = /[\s,;:|/\\\-\u2013\u2014=<*•·]+$/u;

function cleanNote(text: string): string {
  return text.replace(NOTE_EDGE_START, '').replace(NOTE_EDGE_END, '');
}

/**
 * Reads a pasted message holding one or many numbers: one per line, or several on a line
 * separated by anything (`+77011234567, +77021234567; 87051234567`). Text after a number up to the
 * next one becomes its note (`extra`); on a line with a single number, text before it counts too
 * (`Иванов +77011234567`). Numbers are checked against `kind`'s contract pattern.
 */
export function parsePastedContacts(text: string, kind: PhoneKind = 'list'): ParsedContacts {
  const out = new ContactAccumulator();
  text.split(LINE_BREAK).forEach((raw, index) => {
    const line = raw.trim();
    if (line !== '') readContactLine(line, index + 1, kind, out);
  });
  return out.result();
}

/**
 * Reads one line of free text into `out`: the numbers on it with their notes, the attempts that
 * failed, or a `no_phone` rejection. Shared with text files that have no columns.
 */
export function readContactLine(line: string, lineNo: number, kind: PhoneKind, out: ContactAccumulator): void {
  // A line that is just a number (the common case) needs no search; Excel's `7,70112E+10`
  // would otherwise read as the digit runs 7, 70112 and 10.
  const whole = normalisePhone(line, kind);
  if (whole.ok) {
    out.accept({ number: whole.e164, line: lineNo });
    return;
  }
  if (whole.kind === 'excel_scientific') {
    out.reject({ line: lineNo, text: line, reason: phoneError(whole) });
    return;
  }
  const spans = entrySpans(line, findPhoneSpans(line, kind));
  if (spans.length === 0) {
    out.reject({ line: lineNo, text: line, reason: { kind: 'no_phone' } });
    return;
  }
  spans.forEach((span, i) => {
    const { result } = span;
    const text = line.slice(span.start, span.end);
    if (!result.ok) {
      out.reject({ line: lineNo, text, reason: phoneError(result) });
      return;
    }
    const after = cleanNote(line.slice(span.end, spans[i + 1]?.start ?? line.length));
    const before = spans.length === 1 ? cleanNote(line.slice(0, span.start)) : '';
    // Text before counts only when it has words: `1)` or `•` in front of a number is a list marker.
    const note = after === '' && LETTER.test(before) ? before : after;
    const extra = clip(note, EXTRA_MAX_LENGTH);
    if (extra.truncated) out.noteTruncated(1);
    out.accept(extra.text === '' ? { number: result.e164, line: lineNo } : { number: result.e164, extra: extra.text, line: lineNo });
  });
}

/**
 * Drops failed attempts that are part of a note (`Иванов, ИИН 900101300123` after a valid number):
 * a failure preceded by words on a line that has a valid number is text, not a mistyped number.
 */
function entrySpans(line: string, spans: readonly PhoneSpan[]): PhoneSpan[] {
  if (!spans.some((s) => s.result.ok)) return [...spans];
  return spans.filter((span, i) => {
    if (span.result.ok) return true;
    const before = line.slice(spans[i - 1]?.end ?? 0, span.start);
    return !LETTER.test(before);
  });
}
