export { formatPhone } from './format-phone.js';
export { lineTypeOf, type LineType } from './kz-numbering.js';
export {
  isNumberShaped,
  normalisePhone,
  phoneError,
  type PhoneError,
  type PhoneErrorKind,
  type PhoneFailure,
  type PhoneResult,
} from './normalise-phone.js';
export { allowedCodes, PHONE_RULES, type PhoneKind, type PhoneRule, type WireForm } from './phone-rules.js';
