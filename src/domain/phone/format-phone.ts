const E164_KZ = /^\+7(\d{3})(\d{3})(\d{2})(\d{2})$/;

/**
 * Shows a normalised number the way Kazakh numbers are printed: `+7 701 123 45 67`.
 * Anything that is not a +7 E.164 number is returned unchanged, so callers can pass API values.
 */
export function formatPhone(e164: string): string {
  return e164.replace(E164_KZ, '+7 $1 $2 $3 $4');
}
