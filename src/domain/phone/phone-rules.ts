/**
 * Which numbers each AutoCall endpoint accepts. The patterns are copied from the contract
 * (`spec/autocall-openapi.json`) character for character, and a test compares them with it, so a
 * contract change fails the build instead of producing 422s. They differ per endpoint: `/lists`
 * has no 706 while `/flash-calls` and `/test-call` have it; confirmed numbers take mobiles only;
 * `/test-call` wants the ten national digits without `+7`.
 */

/** The endpoint family a number is typed for. */
export type PhoneKind = 'list' | 'autocall' | 'bulk' | 'flash' | 'confirmed' | 'test_call' | 'caller_id';

/** How an endpoint wants the number written on the wire. */
export type WireForm = 'e164' | 'national';

/** An endpoint's acceptance rule. */
export interface PhoneRule {
  /** Tested against the number in its wire form. */
  readonly pattern: RegExp;
  readonly wire: WireForm;
}

/** `POST /lists` and `POST /lists/append/{id}`: `numbers[].number`. */
const LIST_PATTERN =
  /^\+7(700|701|702|705|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/;

/**
 * Per-endpoint rules. `autocall` and `bulk` inline numbers (`list_id[].number`) carry only a
 * 12-character length in the contract, but the service files them into an automatic contact list,
 * so the list pattern is what they really meet. `caller_id` is free text up to 20 characters in
 * the contract; rented caller IDs are Kazakh numbers, so any +7 7xx number passes.
 */
export const PHONE_RULES: Readonly<Record<PhoneKind, PhoneRule>> = {
  list: { pattern: LIST_PATTERN, wire: 'e164' },
  autocall: { pattern: LIST_PATTERN, wire: 'e164' },
  bulk: { pattern: LIST_PATTERN, wire: 'e164' },
  flash: {
    pattern:
      /^\+7(700|701|702|705|706|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/,
    wire: 'e164',
  },
  confirmed: { pattern: /^\+7(700|701|702|705|707|708|747|771|775|776|777|778)\d{7}$/, wire: 'e164' },
  test_call: {
    pattern:
      /^(700|701|702|705|706|707|708|747|771|775|776|777|778|710|711|712|713|714|715|716|717|718|721|722|723|724|725|726|727|728|729|736)\d{7}$/,
    wire: 'national',
  },
  caller_id: { pattern: /^\+77\d{9}$/, wire: 'e164' },
};

/**
 * The three-digit codes a rule's pattern lists, for messages such as "lists accept 700, 701, ...".
 * Empty when the pattern has no code alternation (caller IDs).
 */
export function allowedCodes(kind: PhoneKind): readonly string[] {
  const group = /\(([\d|]+)\)/.exec(PHONE_RULES[kind].pattern.source)?.[1];
  return group === undefined ? [] : group.split('|');
}
