/**
 * The three tariff plans. The public part (prices per second of call, synthesis, recognition and recording, per
 * SMS) is what `GET /api/public/tariffs` shows; the rest is what the contract states only in prose (caller-ID
 * limits: Bronze 0, Silver 1, Gold 2) or leaves to the real service (flash-call and rental prices, chosen here).
 */
export const TARIFF_NAMES = ['BRONZE', 'SILVER', 'GOLD'] as const;
export type TariffName = (typeof TARIFF_NAMES)[number];

export interface Tariff {
  name: TariffName;
  /** Balance that activates the plan, tenge. */
  threshold: number;
  callPrice: number;
  smsPrice: number;
  synthesisPrice: number;
  speechPrice: number;
  recordingPrice: number;
  /** Per second through the customer's own PBX. */
  sipPrice: number;
  flashCallPrice: number;
  callerIdRentPrice: number;
  maxCallerIdRentals: number;
}

export const TARIFFS: Readonly<Record<TariffName, Tariff>> = {
  BRONZE: {
    name: 'BRONZE',
    threshold: 0,
    callPrice: 3.5,
    smsPrice: 18,
    synthesisPrice: 2,
    speechPrice: 2,
    recordingPrice: 1,
    sipPrice: 2.5,
    flashCallPrice: 8,
    callerIdRentPrice: 0,
    maxCallerIdRentals: 0,
  },
  SILVER: {
    name: 'SILVER',
    threshold: 50000,
    callPrice: 2.8,
    smsPrice: 16,
    synthesisPrice: 1.8,
    speechPrice: 1.8,
    recordingPrice: 0.8,
    sipPrice: 2,
    flashCallPrice: 7,
    callerIdRentPrice: 5000,
    maxCallerIdRentals: 1,
  },
  GOLD: {
    name: 'GOLD',
    threshold: 200000,
    callPrice: 2.2,
    smsPrice: 14,
    synthesisPrice: 1.5,
    speechPrice: 1.5,
    recordingPrice: 0.5,
    sipPrice: 1.5,
    flashCallPrice: 6,
    callerIdRentPrice: 4000,
    maxCallerIdRentals: 2,
  },
};
