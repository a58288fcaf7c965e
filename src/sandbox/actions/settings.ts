/** Account settings: name, subscriptions and the visit card (an audio or a one-SMS text). */
import { z } from 'zod';
import { smsLength } from '../domain/sms-segments.js';
import type { Ctx } from '../state/context.js';
import type { SettingsRecord } from '../state/records.js';
import { ErrorBag, ok, type Result } from './result.js';

export const updateSettingsInput = z.object({
  name: z.string().optional(),
  subscribe: z.boolean().optional(),
  notifications_subscribe: z.boolean().optional(),
  visit_card_audio: z.number().int().optional(),
  visit_card_text: z.string().optional(),
});

export const visitCardType = z.enum(['visit_card_audio', 'visit_card_text']);

export function updateSettings(ctx: Ctx, input: z.infer<typeof updateSettingsInput>): Result<SettingsRecord> {
  const { settings } = ctx.account;
  const bag = new ErrorBag();
  if (input.visit_card_audio !== undefined && !ctx.account.sounds.has(input.visit_card_audio)) {
    bag.add('visit_card_audio', 'Выбранное значение для visit_card_audio некорректно.');
  }
  if (input.visit_card_text !== undefined && smsLength(input.visit_card_text).segments > 1) {
    bag.add('visit_card_text', 'Текст визитной карточки должен помещаться в одно SMS.');
  }
  if (!bag.empty) return bag.failure();
  if (input.name !== undefined) settings.name = input.name;
  if (input.subscribe !== undefined) settings.subscribe = input.subscribe;
  if (input.notifications_subscribe !== undefined) settings.notificationsSubscribe = input.notifications_subscribe;
  if (input.visit_card_audio !== undefined) settings.visitCardAudio = input.visit_card_audio;
  if (input.visit_card_text !== undefined) settings.visitCardText = input.visit_card_text;
  return ok(settings);
}

export function deleteVisitCard(ctx: Ctx, type: z.infer<typeof visitCardType>): void {
  if (type === 'visit_card_audio') ctx.account.settings.visitCardAudio = null;
  else ctx.account.settings.visitCardText = null;
}
