/**
 * Kazakhstan's mobile operators by the code after +7. City codes (71x–73x) belong to the fixed-line operator.
 */
const OPERATOR_BY_CODE: Readonly<Record<string, string>> = {
  '700': 'altel',
  '708': 'altel',
  '701': 'kcell',
  '702': 'kcell',
  '775': 'kcell',
  '778': 'kcell',
  '705': 'beeline',
  '771': 'beeline',
  '776': 'beeline',
  '777': 'beeline',
  '706': 'beeline',
  '707': 'tele2',
  '747': 'tele2',
};

/** The operator serving `number` (+7XXXXXXXXXX). */
export function operatorOf(number: string): string {
  const code = number.slice(2, 5);
  const mobile = OPERATOR_BY_CODE[code];
  if (mobile) return mobile;
  return /^7[1-3]\d$/.test(code) ? 'kazakhtelecom' : 'unknown';
}
