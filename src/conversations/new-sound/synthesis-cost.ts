/**
 * What a synthesis will cost, as far as the contract lets the bot know before it runs: the tariff prices a second
 * of speech (`synthesis_price`), and the length is known only once AutoCall has synthesized the text. The length
 * is estimated from the text and the speed, on the slow side, so the estimate tends to cover the charge.
 */

/**
 * Russian and Kazakh voices read about 12–15 characters a second at ×1 (pauses and punctuation included); the
 * slower figure makes the estimate err towards more seconds, never fewer.
 */
const CHARS_PER_SECOND = 12;

export interface SynthesisEstimate {
  /** Seconds of speech, whole (AutoCall bills whole seconds). */
  readonly seconds: number;
  /** In tenge; null when the tariff's price is not known. */
  readonly cost: number | null;
}

export function estimateSynthesis(text: string, speed: number, pricePerSecond: number | null): SynthesisEstimate {
  const characters = Array.from(text.trim()).length;
  const seconds = Math.max(1, Math.ceil(characters / (CHARS_PER_SECOND * speed)));
  return { seconds, cost: pricePerSecond === null ? null : Math.round(seconds * pricePerSecond * 100) / 100 };
}
