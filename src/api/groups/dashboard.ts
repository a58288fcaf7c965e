import type { CallOptions } from '../client-options.js';
import type { Caller } from '../executor.js';
import { json } from '../response-readers.js';
import { dashboardSchema } from '../schemas/dashboard.js';

/** Account summary (`/dashboard`). */
export function createDashboardApi(call: Caller) {
  return {
    /** Active autocalls, queue, money and call outcomes for the week and all time. */
    get: (options?: CallOptions) =>
      call({ operationId: 'get-dashboard', read: json(dashboardSchema), retry: 'idempotent' }, options),
  };
}

export type DashboardApi = ReturnType<typeof createDashboardApi>;
