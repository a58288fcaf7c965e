/** `/api/public/*`: tariffs and the test call, no key needed. */
import { sendTestCall, testCallInput } from '../actions/test-calls.js';
import { TARIFF_NAMES, TARIFFS } from '../domain/tariffs.js';
import { json } from './reply.js';
import type { PublicHandler } from './types.js';

export const publicHandlers = {
  getTariffs: () =>
    json(200, {
      currency: 'KZT',
      note: 'Цены за единицу: звонок (секунда тарификации), SMS (1 сообщение).',
      tariffs: TARIFF_NAMES.map((name) => {
        const t = TARIFFS[name];
        return {
          name,
          threshold: t.threshold,
          call_price: t.callPrice,
          sms_price: t.smsPrice,
          synthesis_price: t.synthesisPrice,
          speech_price: t.speechPrice,
          recording_price: t.recordingPrice,
        };
      }),
    }),
  sendTestCall: (req) => {
    const outcome = sendTestCall(req.world, req.ip, testCallInput.parse(req.body).phone, req.rc.now);
    switch (outcome.kind) {
      case 'called':
        return json(200, {
          message: `Тестовый звонок отправлен на номер ${outcome.number}. Ожидайте звонка в течение 1–2 минут.`,
          number: outcome.number,
        });
      case 'closed':
        return json(422, { message: 'Тестовые звонки доступны с 09:00 до 21:30 по времени Алматы.' });
      case 'blacklisted':
        return json(403, { message: 'Номер в чёрном списке.' });
      case 'too-many':
        return json(429, { message: outcome.message });
    }
  },
} satisfies Record<string, PublicHandler>;
