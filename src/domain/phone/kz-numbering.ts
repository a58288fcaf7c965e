/**
 * Kazakhstan's share of world zone +7, as far as the bot needs it to explain a rejection: which
 * three-digit codes after +7 are mobile operators and which are geographic (landline) areas.
 * Russia shares the zone; its codes start with 3, 4, 8 or 9, Kazakhstan's with 6 or 7.
 */

/** What kind of line a three-digit code after +7 belongs to. */
export type LineType = 'mobile' | 'landline' | 'unknown';

/** Mobile operator codes (Beeline, Kcell/Activ, Tele2/Altel, Izi, ...). */
const MOBILE_CODES: ReadonlySet<string> = new Set([
  '700', '701', '702', '705', '706', '707', '708', '747', '771', '775', '776', '777', '778',
]);

/** Geographic area codes: 71x and 72x regions (Astana 717, Almaty 727, ...) and Baikonur 736. */
const LANDLINE_CODE = /^(?:7[12]\d|736)$/;

/** Classifies the three digits after +7. */
export function lineTypeOf(code: string): LineType {
  if (MOBILE_CODES.has(code)) return 'mobile';
  return LANDLINE_CODE.test(code) ? 'landline' : 'unknown';
}

/** Whether a ten-digit national number lies in Russia's part of zone +7. */
export function isRussianNational(national: string): boolean {
  return /^[3489]/.test(national);
}
