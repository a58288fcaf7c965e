import { z } from 'zod';
import { numberLike, phpObject } from './primitives.js';

/** Call outcomes of one day (or of all time). */
export const dayActivitySchema = z.looseObject({
  all: z.number().optional(),
  success: z.number().optional(),
  recalled: z.number().optional(),
  no_answer: z.number().optional(),
  busy: z.number().optional(),
  error: z.number().optional(),
  spam: z.number().optional(),
});

/** GET /dashboard. */
export const dashboardSchema = z.looseObject({
  /** Autocalls running or awaiting their time. */
  'running&awaiting': z.number(),
  /** Numbers waiting to be called. */
  in_queue: z.number(),
  reserved: numberLike,
  balance: numberLike,
  currency: z.string(),
  /** Keyed by day, `Y-m-d`. */
  week_activity: phpObject(z.record(z.string(), dayActivitySchema)),
  full_activity: dayActivitySchema,
});

export type DayActivity = z.infer<typeof dayActivitySchema>;
export type Dashboard = z.infer<typeof dashboardSchema>;
