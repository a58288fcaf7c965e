/** Why a typed number was not taken, in the person's language (flash calls and confirmed numbers). */
import type { PhoneFailure } from '../../../domain/phone/index.js';
import type { WizardContext } from '../../context.js';

export function phoneProblemText(ctx: Pick<WizardContext, 't'>, failure: PhoneFailure): string {
  switch (failure.kind) {
    case 'empty':
      return ctx.t('phone-problem-empty');
    case 'invalid_characters':
      return ctx.t('phone-problem-characters', { char: failure.char });
    case 'excel_scientific':
      return ctx.t('phone-problem-excel');
    case 'bad_length':
      return ctx.t('phone-problem-length', { digits: failure.digits });
    case 'not_kz':
      return ctx.t(failure.country === 'RU' ? 'phone-problem-russian' : 'phone-problem-foreign');
    case 'pattern_rejected':
      return ctx.t('phone-problem-code', { code: failure.code, codes: failure.allowed.join(', ') });
  }
}
