/**
 * SMS length in segments: GSM-7 fits 160 characters (153 per part of a long message), where `^ { } [ ] ~ \ | €`
 * take two; any character outside GSM-7 (all Cyrillic, Kazakh letters included) switches the message to UCS-2,
 * 70 UTF-16 units (67 per part).
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

export interface SmsLength {
  encoding: 'GSM-7' | 'UCS-2';
  /** Septets for GSM-7, UTF-16 units for UCS-2. */
  units: number;
  segments: number;
}

export function smsLength(text: string): SmsLength {
  let septets = 0;
  for (const char of text) {
    if (basic.has(char)) septets += 1;
    else if (extended.has(char)) septets += 2;
    else {
      const units = text.length;
      return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
    }
  }
  return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
}

const VARIABLE = /\{\{\s*([a-zA-Z0-9_]+)\s*\}\}/g;

/** Replaces `{{name}}` with the contact's value; unknown variables become empty, as the contract says. */
export function fillTemplate(text: string, variables: Readonly<Record<string, string>> | null): string {
  return text.replace(VARIABLE, (_match, name: string) => variables?.[name] ?? '');
}

/**
 * The "worst case" text the contract prices a campaign by: each variable replaced by its longest value among all
 * recipients.
 */
export function worstCaseText(
  text: string,
  recipients: Iterable<Readonly<Record<string, string>> | null>,
): string {
  const longest: Record<string, string> = {};
  for (const variables of recipients) {
    if (!variables) continue;
    for (const [name, value] of Object.entries(variables)) {
      if (value.length > (longest[name]?.length ?? -1)) longest[name] = value;
    }
  }
  return fillTemplate(text, longest);
}
