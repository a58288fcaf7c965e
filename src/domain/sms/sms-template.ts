import { VARIABLE_KEY_MAX_LENGTH } from '../contacts/index.js';
import { countSegments, type SmsSegments } from './sms-segments.js';

/** Anything in double braces; whether it is a variable is decided by {@link VARIABLE_KEY}. */
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
/** The contract's variable keys: `[a-zA-Z0-9_]`, up to 30 characters, written without spaces. */
const VARIABLE_KEY = new RegExp(`^[a-zA-Z0-9_]{1,${VARIABLE_KEY_MAX_LENGTH}}$`);

/** The placeholders of a template. */
export interface TemplatePlaceholders {
  /** Variable names in order of first use. */
  readonly variables: readonly string[];
  /** Double-brace texts the service will not substitute (`{{имя}}`, `{{ name }}`), sent as typed. */
  readonly malformed: readonly string[];
}

/** Lists a template's `{{variables}}` and the placeholders that are not valid variables. */
export function templatePlaceholders(template: string): TemplatePlaceholders {
  const variables = new Set<string>();
  const malformed = new Set<string>();
  for (const [whole, name = ''] of template.matchAll(PLACEHOLDER)) {
    if (VARIABLE_KEY.test(name)) variables.add(name);
    else malformed.add(whole);
  }
  return { variables: [...variables], malformed: [...malformed] };
}

/** A template filled in for one contact. */
export interface RenderedSms {
  readonly text: string;
  /** Variables the contact has no value for; the service sends them as empty text. */
  readonly missing: readonly string[];
  readonly segments: SmsSegments;
}

/** Fills a template with one contact's variables, as the service does, and sizes the result. */
export function renderTemplate(template: string, values: Readonly<Record<string, string>>): RenderedSms {
  const missing = new Set<string>();
  const text = template.replace(PLACEHOLDER, (whole, name: string) => {
    if (!VARIABLE_KEY.test(name)) return whole;
    // Own keys only: a variable called `constructor` must not find Object's.
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (value === undefined) missing.add(name);
    return value ?? '';
  });
  return { text, missing: [...missing], segments: countSegments(text) };
}

/**
 * Sizes a bulk the way the service bills it (see `POST /bulks`): every variable takes the longest
 * value it has among the contacts, and the text so filled is counted.
 */
export function worstCaseSegments(template: string, contacts: Iterable<Readonly<Record<string, string>> | undefined>): RenderedSms {
  const longest = new Map<string, string>();
  for (const variables of contacts) {
    for (const [name, value] of Object.entries(variables ?? {})) {
      if (value.length > (longest.get(name)?.length ?? -1)) longest.set(name, value);
    }
  }
  return renderTemplate(template, Object.fromEntries(longest));
}
