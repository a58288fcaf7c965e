/**
 * Why a number was refused and where it came from, in the person's language: "line 12 of clients.csv:
 * +7 916 123 45 67 — a Russian number". Pattern refusals name the code and the codes the list endpoint takes, so
 * the person sees it is AutoCall's rule, not a typo.
 */
import type { BotContext } from '../../bot/context.js';
import type { ContactRejection } from '../../domain/contacts/index.js';
import type { RejectionGroup } from '../../domain/list-review/index.js';
import { allowedCodes } from '../../domain/phone/index.js';
import { truncateText } from '../../domain/text/index.js';

type Translate = BotContext['t'];

export function describeRejection(t: Translate, reason: ContactRejection): string {
  switch (reason.kind) {
    case 'empty':
    case 'no_phone':
    case 'excel_scientific':
      return t(`newlist-reason-${reason.kind}`);
    case 'invalid_characters':
      return t('newlist-reason-invalid_characters', { char: reason.char });
    case 'bad_length':
      return t('newlist-reason-bad_length', { digits: reason.digits });
    case 'not_kz':
      return t(reason.country === 'RU' ? 'newlist-reason-russian' : 'newlist-reason-foreign');
    case 'pattern_rejected':
      return t('newlist-reason-code', { code: reason.code });
  }
}

/** A group of refusals with its count; the list endpoint's own rule is spelt out once, beside its codes. */
export function describeGroup(t: Translate, group: RejectionGroup): string {
  const reasonHtml = describeRejection(t, group.reason);
  if (group.reason.kind !== 'pattern_rejected') return t('newlist-group', { count: group.count, reasonHtml });
  return t('newlist-group-code', { count: group.count, reasonHtml, codes: allowedCodes('list').join(', ') });
}

/** File names are cut: ten quoted refusals from one file must still fit a message. */
const FILE_NAME_SHOWN = 40;

export function describeSource(t: Translate, source: string): string {
  if (source.startsWith('file:')) return t('newlist-source-file', { file: truncateText(source.slice('file:'.length), FILE_NAME_SHOWN) });
  if (source.startsWith('text:')) return t('newlist-source-text', { number: Number(source.slice('text:'.length)) });
  return t('newlist-source-contact');
}
