/** Caller-ID rentals as the contract shows them (its only ISO 8601 dates). */
import { isoDateTime } from '../core/almaty-time.js';
import type { RentalRecord } from '../state/records.js';

export function rentalView(rental: RentalRecord) {
  return { id: rental.id, provider: rental.provider, number: rental.number, rented_until: isoDateTime(rental.rentedUntil) };
}
