/** Options of an account created through `createAccount` or `POST /_sandbox/accounts`. */
import { z } from 'zod';
import { TARIFF_NAMES } from '../domain/tariffs.js';

export const accountOptionsSchema = z.object({
  /** Spendable balance after seeding, tenge (default 25 000). */
  balance: z.number().min(0).default(25_000),
  /** Give the account a realistic history: lists, audio, a scenario, finished campaigns, a rental (default true). */
  seeded: z.boolean().default(true),
  name: z.string().min(1).max(40).default('ТОО «Демо Коммерц»'),
  tariff: z.enum(TARIFF_NAMES).default('SILVER'),
  /** LowBalance is sent when the balance falls below this (default 1000). */
  lowBalanceThreshold: z.number().min(0).default(1000),
});

export type AccountOptions = z.input<typeof accountOptionsSchema>;
export type ResolvedAccountOptions = z.output<typeof accountOptionsSchema>;
