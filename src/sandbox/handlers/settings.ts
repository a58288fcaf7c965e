/** `/settings*`. */
import { z } from 'zod';
import { confirmNumber, confirmNumberInput } from '../actions/confirmed-numbers.js';
import { deleteVisitCard, updateSettings, updateSettingsInput, visitCardType } from '../actions/settings.js';
import { confirmedNumberView, settingsView } from '../views/settings.js';
import { json, noContent, replyWith } from './reply.js';
import type { AccountHandler } from './types.js';

const visitCardParams = z.object({ visit_card_type: visitCardType });

export const settingsHandlers = {
  'get-settings': (req) => json(200, settingsView(req.ctx.account)),
  'put-settings': (req) =>
    replyWith(updateSettings(req.ctx, updateSettingsInput.parse(req.body)), () => json(200, settingsView(req.ctx.account))),
  'delete-settings-visit-card': (req) => {
    deleteVisitCard(req.ctx, visitCardParams.parse(req.params).visit_card_type);
    return noContent;
  },
  'get-settings-confirmed-numbers': (req) =>
    json(200, [...req.ctx.account.confirmedNumbers.values()].map(confirmedNumberView)),
  'post-settings-confirmed-numbers': (req) =>
    replyWith(confirmNumber(req.ctx, confirmNumberInput.parse(req.body)), (n) => json(201, confirmedNumberView(n))),
} satisfies Record<string, AccountHandler>;
