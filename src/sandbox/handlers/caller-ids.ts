/** `/caller-ids*`. */
import { activeRentals, releaseCallerId, rentCallerId, rentInput } from '../actions/caller-ids.js';
import { isoDateTime } from '../core/almaty-time.js';
import { TARIFFS } from '../domain/tariffs.js';
import { rentalView } from '../views/caller-ids.js';
import { idOf, json, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

export const callerIdHandlers = {
  'get-caller-ids': (req) => {
    const tariff = TARIFFS[req.ctx.account.tariff];
    return json(200, {
      data: activeRentals(req.ctx).map(rentalView),
      max_caller_id_rentals: tariff.maxCallerIdRentals,
      caller_id_rent_price: tariff.callerIdRentPrice,
    });
  },
  'post-caller-ids': (req) =>
    replyWith(rentCallerId(req.ctx, rentInput.parse(req.body).caller_id_id), (rental) =>
      json(201, { message: 'Номер успешно арендован.', number: rental.number, rented_until: isoDateTime(rental.rentedUntil) }),
    ),
  'delete-caller-ids-id': (req) =>
    replyWith(releaseCallerId(req.ctx, idOf(req)), () => json(200, { message: 'Номер освобождён.' })),
} satisfies Record<string, AccountHandler>;
