import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AutocallApi, AutocallCreate, PublicApi } from '../../src/api/index.js';
import { rejectionOf, startHarness, type Harness } from './support/harness.js';
import { reply } from './support/stub-server.js';

interface Row {
  /** What is being sent. */
  input: string;
  call: (api: AutocallApi, publicApi: PublicApi) => Promise<unknown>;
  /** The field reported as invalid; absent when the request is valid and must be sent. */
  field?: string;
}

const repeat = (length: number, char = 'a') => char.repeat(length);
const numbers = (count: number) => Array.from({ length: count }, (_, i) => ({ number: `+7701${String(i).padStart(7, '0')}` }));
const listIds = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const regular: AutocallCreate = { name: 'Акция', type: 'regular', audio_id: [5], list_id: [10] };
const bulkBase = { name: 'Акция', text: 'Скидка 20%', list_id: [10] };

const phoneRows: Row[] = [
  // POST /lists: mobile and landline codes, but not 706.
  ...['+77011234567', '+77071234567', '+77471234567', '+77271234567', '+77361234567'].map((number) => ({
    input: `list number ${number}`,
    call: (api: AutocallApi) => api.lists.create({ name: 'Клиенты', numbers: [{ number }] }),
  })),
  ...['+77061234567', '87011234567', '+7 701 123 45 67', '+77011234', '+770112345678', '+79011234567', '+77191234567'].map(
    (number) => ({
      input: `list number ${number}`,
      call: (api: AutocallApi) => api.lists.append(73, { numbers: [{ number }] }),
      field: 'numbers.0.number',
    }),
  ),
  // POST /flash-calls: 706 allowed.
  ...['+77061234567', '+77011234567', '+77101234567'].map((number) => ({
    input: `flash-call number ${number}`,
    call: (api: AutocallApi) => api.flashCalls.send({ number, digits: 4 }),
  })),
  ...['+77031234567', '77011234567', '+7701123456'].map((number) => ({
    input: `flash-call number ${number}`,
    call: (api: AutocallApi) => api.flashCalls.send({ number, digits: 4 }),
    field: 'number',
  })),
  // POST /settings/confirmed_numbers: mobile only.
  ...['+77011234567', '+77781234567'].map((number) => ({
    input: `confirmed number ${number}`,
    call: (api: AutocallApi) => api.settings.addConfirmedNumber({ number }),
  })),
  ...['+77271234567', '+77061234567', '+77101234567'].map((number) => ({
    input: `confirmed number ${number}`,
    call: (api: AutocallApi) => api.settings.addConfirmedNumber({ number }),
    field: 'number',
  })),
  // POST /api/public/test-call: ten digits without +7.
  ...['7011234567', '7061234567', '7271234567'].map((phone) => ({
    input: `test-call phone ${phone}`,
    call: (_: AutocallApi, publicApi: PublicApi) => publicApi.testCall({ phone }),
  })),
  ...['+77011234567', '87011234567', '77011234567', '7031234567'].map((phone) => ({
    input: `test-call phone ${phone}`,
    call: (_: AutocallApi, publicApi: PublicApi) => publicApi.testCall({ phone }),
    field: 'phone',
  })),
  // Inline numbers of autocalls and bulks: the contract fixes only the length.
  { input: 'inline autocall number of 12', call: (api) => api.autocalls.create({ ...regular, list_id: [{ number: '+77011234567' }] }) },
  { input: 'inline bulk number of 11', call: (api) => api.bulks.create({ ...bulkBase, list_id: [{ number: '+7701123456' }] }), field: 'list_id.0.number' },
];

const lengthRows: Row[] = [
  { input: 'list name of 40', call: (api) => api.lists.create({ name: repeat(40), numbers: [] }) },
  { input: 'list name of 41', call: (api) => api.lists.create({ name: repeat(41), numbers: [] }), field: 'name' },
  { input: 'empty list name', call: (api) => api.lists.update(73, { name: '' }), field: 'name' },
  { input: 'list client_id of 256', call: (api) => api.lists.update(73, { client_id: repeat(256) }) },
  { input: 'list client_id of 257', call: (api) => api.lists.update(73, { client_id: repeat(257) }), field: 'client_id' },
  { input: 'contact extra of 256', call: (api) => api.lists.append(73, { numbers: [{ number: '+77011234567', extra: repeat(256) }] }), field: 'numbers.0.extra' },
  { input: 'sound client_id of 61', call: (api) => api.sounds.update(5, { client_id: repeat(61) }), field: 'client_id' },
  { input: 'synthesis text of 400', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: repeat(400) }] }) },
  { input: 'synthesis text of 401', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: repeat(401) }] }), field: 'data.0.text' },
  { input: 'SMS text of 1600', call: (api) => api.bulks.create({ ...bulkBase, text: repeat(1600) }) },
  { input: 'SMS text of 1601', call: (api) => api.bulks.create({ ...bulkBase, text: repeat(1601) }), field: 'text' },
  { input: 'bulk inline extra of 61', call: (api) => api.bulks.calculate({ ...bulkBase, list_id: [{ number: '+77011234567', extra: repeat(61) }] }), field: 'list_id.0.extra' },
  { input: 'autocall inline extra of 255', call: (api) => api.autocalls.calculate({ ...regular, list_id: [{ number: '+77011234567', extra: repeat(255) }] }) },
  { input: 'settings name of 1', call: (api) => api.settings.update({ name: 'Ж' }), field: 'name' },
  { input: 'visit card text of 161', call: (api) => api.settings.update({ visit_card_text: repeat(161) }), field: 'visit_card_text' },
  { input: 'caller_id of 21', call: (api) => api.autocalls.create({ ...regular, caller_id: repeat(21, '7') }), field: 'caller_id' },
  { input: 'caller_id null', call: (api) => api.autocalls.create({ ...regular, caller_id: null }) },
  { input: 'callback_url of 257', call: (api) => api.bulks.update(31, { callback_url: repeat(257) }), field: 'callback_url' },
  { input: 'variables key in Cyrillic', call: (api) => api.lists.append(73, { numbers: [{ number: '+77011234567', variables: { имя: 'Иван' } }] }), field: 'numbers.0.variables.имя' },
  { input: 'variables key of 31', call: (api) => api.bulks.create({ ...bulkBase, list_id: [{ number: '+77011234567', variables: { [repeat(31)]: 'x' } }] }), field: `list_id.0.variables.${repeat(31)}` },
  { input: 'variables value of 256', call: (api) => api.lists.create({ name: 'L', numbers: [{ number: '+77011234567', variables: { debt: repeat(256, '9') } }] }), field: 'numbers.0.variables.debt' },
  { input: 'scenario data that is not JSON', call: (api) => api.scenarios.create({ name: 'Опрос', data: '{start:' }), field: 'data' },
  { input: 'scenario data as JSON', call: (api) => api.scenarios.create({ name: 'Опрос', data: JSON.stringify({ start: { type: 'play' } }) }) },
];

const enumRows: Row[] = [
  { input: 'voice ru-RU-Wavenet-E', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: 'Привет', voice: 'ru-RU-Wavenet-E' as 'jane' }] }), field: 'data.0.voice' },
  { input: 'voice filipp for /sounds', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: 'Привет', voice: 'filipp' as 'jane' }] }), field: 'data.0.voice' },
  { input: 'voice filipp for inline autocall audio', call: (api) => api.autocalls.create({ ...regular, audio_id: [{ type: 'synthesis', data: { text: 'Код 3075', voice: 'filipp' } }] }) },
  { input: 'sound type ivr', call: (api) => api.sounds.create({ name: 'S', type: 'ivr' as 'upload', data: [{ file: 'AAAA' }] }), field: 'type' },
  { input: 'tries_interval 45', call: (api) => api.autocalls.update(42, { tries_interval: 45 as 60 }), field: 'tries_interval' },
  { input: 'max_tries 5', call: (api) => api.autocalls.create({ ...regular, max_tries: 5 as 4 }), field: 'max_tries' },
  { input: 'max_tries 4, tries_interval 120', call: (api) => api.autocalls.create({ ...regular, max_tries: 4, tries_interval: 120 }) },
  { input: 'order newest', call: (api) => api.bulks.list({ order: 'newest' as 'desc' }), field: 'order' },
  { input: 'visit card visit_card_video', call: (api) => api.settings.deleteVisitCard('visit_card_video' as 'visit_card_text'), field: 'visit_card_type' },
  { input: 'listen type mp3', call: (api) => api.sounds.listen('a.wav', 'mp3' as 'text'), field: 'type' },
  { input: 'speed 4', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: 'Привет', speed: 4 }] }) },
  { input: 'speed 4.5', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: 'Привет', speed: 4.5 }] }), field: 'data.0.speed' },
  { input: 'pitch -21', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ text: 'Привет', pitch: -21 }] }), field: 'data.0.pitch' },
];

const maxItemRows: Row[] = [
  { input: '10 000 numbers in a list', call: (api) => api.lists.create({ name: 'Big', numbers: numbers(10_000) }) },
  { input: '10 001 numbers in a list', call: (api) => api.lists.create({ name: 'Big', numbers: numbers(10_001) }), field: 'numbers' },
  { input: '10 001 numbers appended', call: (api) => api.lists.append(73, { numbers: numbers(10_001) }), field: 'numbers' },
  { input: '5000 autocall recipients', call: (api) => api.autocalls.create({ ...regular, list_id: listIds(5000) }) },
  { input: '5001 autocall recipients', call: (api) => api.autocalls.create({ ...regular, list_id: listIds(5001) }), field: 'list_id' },
  { input: 'no autocall recipients', call: (api) => api.autocalls.create({ ...regular, list_id: [] }), field: 'list_id' },
  { input: '5001 bulk recipients', call: (api) => api.bulks.create({ ...bulkBase, list_id: listIds(5001) }), field: 'list_id' },
  { input: '6000 recipients priced', call: (api) => api.bulks.calculate({ ...bulkBase, list_id: listIds(6000) }) },
  { input: '6001 recipients priced', call: (api) => api.bulks.calculate({ ...bulkBase, list_id: listIds(6001) }), field: 'list_id' },
  { input: 'two audio sources', call: (api) => api.sounds.create({ name: 'S', type: 'upload', data: [{ file: 'AAAA' }, { file: 'BBBB' }] }), field: 'data' },
];

const formatRows: Row[] = [
  { input: 'time_from 09:00:00', call: (api) => api.autocalls.update(42, { time_from: '09:00:00', time_to: '23:59:59' }) },
  { input: 'time_from 9:00', call: (api) => api.autocalls.update(42, { time_from: '9:00' }), field: 'time_from' },
  { input: 'time_to 24:00:00', call: (api) => api.autocalls.create({ ...regular, time_to: '24:00:00' }), field: 'time_to' },
  { input: 'date_from 2024-02-29', call: (api) => api.bulks.update(31, { date_from: '2024-02-29' }) },
  { input: 'date_from 2023-02-29', call: (api) => api.bulks.update(31, { date_from: '2023-02-29' }), field: 'date_from' },
  { input: 'date_from 15.03.2024', call: (api) => api.bulks.create({ ...bulkBase, date_from: '15.03.2024' }), field: 'date_from' },
  { input: 'query date_to 2024-13-01', call: (api) => api.autocalls.list({ date_to: '2024-13-01' }), field: 'date_to' },
  { input: 'query page 0', call: (api) => api.sounds.list({ page: 0 }), field: 'page' },
  { input: 'path id 0', call: (api) => api.lists.get(0), field: 'id' },
  { input: 'path id 1.5', call: (api) => api.calls.get(1.5), field: 'id' },
  { input: 'empty notification id', call: (api) => api.notifications.update(''), field: 'id' },
];

const ruleRows: Row[] = [
  { input: 'top-up of 199', call: (api) => api.payments.create({ amount: 199 }), field: 'amount' },
  { input: 'top-up of 200', call: (api) => api.payments.create({ amount: 200 }) },
  { input: 'top-up of 200.5', call: (api) => api.payments.create({ amount: 200.5 }), field: 'amount' },
  { input: 'flash digits 3', call: (api) => api.flashCalls.send({ number: '+77011234567', digits: 3 }) },
  { input: 'flash digits 6', call: (api) => api.flashCalls.send({ number: '+77011234567', digits: 6 }) },
  { input: 'flash digits 2', call: (api) => api.flashCalls.send({ number: '+77011234567', digits: 2 }), field: 'digits' },
  { input: 'flash digits 7', call: (api) => api.flashCalls.send({ number: '+77011234567', digits: 7 }), field: 'digits' },
  { input: 'flash code 123456', call: (api) => api.flashCalls.send({ number: '+77011234567', code: '123456' }) },
  { input: 'flash code 12', call: (api) => api.flashCalls.send({ number: '+77011234567', code: '12' }), field: 'code' },
  { input: 'flash code 12a4', call: (api) => api.flashCalls.send({ number: '+77011234567', code: '12a4' }), field: 'code' },
  { input: 'flash code 1234567', call: (api) => api.flashCalls.send({ number: '+77011234567', code: '1234567' }), field: 'code' },
  { input: 'flash digits and code', call: (api) => api.flashCalls.send({ number: '+77011234567', digits: 4, code: '1234' }), field: 'code' },
  { input: 'flash neither digits nor code', call: (api) => api.flashCalls.send({ number: '+77011234567' }), field: 'digits' },
  { input: 'verification code 30756', call: (api) => api.settings.addConfirmedNumber({ verification_code: 30756 }) },
  { input: 'verification code 9999', call: (api) => api.settings.addConfirmedNumber({ verification_code: 9999 }), field: 'verification_code' },
  { input: 'number and verification code', call: (api) => api.settings.addConfirmedNumber({ number: '+77011234567', verification_code: 30756 }), field: 'verification_code' },
  { input: 'neither number nor verification code', call: (api) => api.settings.addConfirmedNumber({}), field: 'number' },
  { input: 'synthesis without text', call: (api) => api.sounds.create({ name: 'S', type: 'synthesis', data: [{ voice: 'jane' }] }), field: 'data.0.text' },
  { input: 'upload without file', call: (api) => api.sounds.create({ name: 'S', type: 'upload', data: [{ text: 'Привет' }] }), field: 'data.0.file' },
  { input: 'regular autocall without audio', call: (api) => api.autocalls.create({ name: 'A', type: 'regular', list_id: [10] }), field: 'audio_id' },
  { input: 'interactive autocall without scenario', call: (api) => api.autocalls.create({ name: 'A', type: 'interactive', list_id: [10] }), field: 'scenario_id' },
  { input: 'interactive autocall with scenario', call: (api) => api.autocalls.create({ name: 'A', type: 'interactive', scenario_id: 512, list_id: [10] }) },
  { input: 'SMS on success without text', call: (api) => api.autocalls.create({ ...regular, sms: true }), field: 'text' },
  { input: 'SMS if unanswered without text', call: (api) => api.autocalls.calculate({ ...regular, sms_unanswered: true }), field: 'text_unanswered' },
  { input: 'inline synthesis without text', call: (api) => api.autocalls.create({ ...regular, audio_id: [{ type: 'synthesis', data: {} }] }), field: 'audio_id.0.data.text' },
  { input: 'caller id 0', call: (api) => api.callerIds.rent({ caller_id_id: 0 }), field: 'caller_id_id' },
];

describe('requests are validated against the contract before they leave', () => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness((_, response) => reply(response, 503, { message: 'stub' }), {
      retry: { attempts: 1, baseDelayMs: 1, maxDelayMs: 1 },
    });
  });
  afterAll(() => harness.close());

  describe.each([
    ['phone patterns per endpoint', phoneRows],
    ['lengths', lengthRows],
    ['enums and ranges', enumRows],
    ['maxItems', maxItemRows],
    ['date, time and id formats', formatRows],
    ['cross-field rules', ruleRows],
  ])('%s', (_, rows) => {
    it.each(rows)('$input', async ({ call, field }) => {
      const sentBefore = harness.server.received.length;
      const error = await rejectionOf(harness.run(call(harness.api, harness.client.public)));
      const sent = harness.server.received.length - sentBefore;
      if (field === undefined) {
        expect(sent).toBe(1);
        expect(error).toMatchObject({ kind: 'server', status: 503 });
      } else {
        expect(sent).toBe(0);
        expect(error).toMatchObject({ kind: 'validation', status: null });
        expect(Object.keys((error as { fields: object }).fields)).toContain(field);
      }
    });
  });
});
