export { gsm7Septets, isGsm7 } from './gsm7-alphabet.js';
export { checkSmsEncoding, type NonGsmChar, type SmsEncodingReport } from './sms-encoding-check.js';
export { countSegments, type SmsEncoding, type SmsSegments } from './sms-segments.js';
export {
  renderTemplate,
  templatePlaceholders,
  worstCaseSegments,
  type RenderedSms,
  type TemplatePlaceholders,
} from './sms-template.js';
