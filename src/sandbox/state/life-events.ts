/**
 * Things that will happen to an account at a set simulated time. They wait in the account's queue and run, in
 * time order, when a request or a clock advance reaches their time (see `life/`).
 */
export type LifeEvent =
  | { kind: 'list-imported'; listId: number }
  | { kind: 'sound-moderated'; soundId: number }
  | { kind: 'scenario-moderated'; scenarioId: number }
  /** A campaign of more than 5000 numbers, answered 202, appears. */
  | { kind: 'autocall-accepted'; autocallId: number }
  | { kind: 'autocall-moderated'; autocallId: number }
  | { kind: 'autocall-tick'; autocallId: number }
  | { kind: 'bulk-moderated'; bulkId: number }
  | { kind: 'bulk-tick'; bulkId: number }
  | { kind: 'payment-paid'; transactionId: number }
  | { kind: 'rental-expiring'; rentalId: number }
  | { kind: 'rental-expired'; rentalId: number }
  | { kind: 'number-unverified'; numberId: number };

export type ScheduledEvent = LifeEvent & { at: number; seq: number };
