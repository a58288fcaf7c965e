/** Server bodies as AutoCall sends them: Laravel pages, decimal strings, `Y-m-d H:i:s`. */

export function laravelPage<T>(data: T[], page = 1, lastPage = 1, path = 'https://autocall.kz/api/v1/lists') {
  return {
    current_page: page,
    data,
    first_page_url: `${path}?page=1`,
    from: data.length === 0 ? null : (page - 1) * 20 + 1,
    last_page: lastPage,
    last_page_url: `${path}?page=${lastPage}`,
    links: [],
    next_page_url: page < lastPage ? `${path}?page=${page + 1}` : null,
    path,
    per_page: 20,
    prev_page_url: page > 1 ? `${path}?page=${page - 1}` : null,
    to: data.length === 0 ? null : (page - 1) * 20 + data.length,
    total: (lastPage - 1) * 20 + data.length,
  };
}

export const contactList = {
  id: 73,
  client_id: 'march-2024',
  name: 'Клиенты март',
  importing: false,
  nonexistent: null,
  created_at: '2024-03-31 05:55:19',
  updated_at: '2024-03-31 05:55:19',
  contacts_count: 250,
  used: 3,
};

export const contact = {
  id: 49,
  list_id: 73,
  number: '+77010000000',
  extra: 'Иванов И.И.',
  variables: { name: 'Иван', debt: '15000' },
  created_at: '2024-03-31 05:55:19',
  updated_at: '2024-03-31 05:55:19',
};

export const sound = {
  id: 5,
  client_id: null,
  name: 'Уведомление об оплате',
  duration: 7,
  confirmed: true,
  comment: null,
  confirmed_at: '2024-04-01 10:00:00',
  created_at: '2024-04-01 09:00:00',
  updated_at: '2024-04-01 10:00:00',
  playback_url: 'https://autocall.kz/storage/sounds/5.mp3',
  used: 2,
};

export const scenario = {
  id: 512,
  client_id: 'survey',
  name: 'Опрос удовлетворённости',
  max_cost: '12.50',
  comment: null,
  confirmed_at: null,
  created_at: '2024-05-01 12:00:00',
  updated_at: '2024-05-01 12:00:00',
  used: 0,
};

export const call = {
  id: 9001,
  autocall_id: 42,
  number: '+77010000001',
  extra: null,
  lock: false,
  tries: 1,
  date_tries: ['2024-11-01 10:05:00'],
  status_tries: ['success'],
  last_try_at: '2024-11-01 10:05:00',
  duration: 14,
  r_duration: 0,
  status: 'success',
  data: [],
  variables: null,
  created_at: '2024-11-01 10:00:00',
  updated_at: '2024-11-01 10:05:00',
};

export const autocallSummary = {
  id: 42,
  client_id: 'promo-nov',
  name: 'Акция ноябрь',
  date_from: '2024-11-01',
  time_from: '10:00:00',
  time_to: '20:00:00',
  max_tries: 1,
  tries_interval: 60,
  type: 'regular',
  status: 'completed',
  max_cost: '245.60',
  final_cost: 120.4,
  created_at: '2024-11-01 09:55:00',
  updated_at: '2024-11-01 10:35:00',
};

export const autocall = {
  ...autocallSummary,
  sms: false,
  sms_unanswered: true,
  text: null,
  text_unanswered: 'Мы не дозвонились',
  audio_id: [5],
  scenario_id: null,
  processed: 1,
  speeches: 0,
  lifetime: false,
  record: true,
  comment: null,
  callback_url: null,
  caller_id: null,
  finished_at: '2024-11-01 10:35:00',
  calls_count: 1,
  processed_percentage: 100,
  counters: { success_percentage: 100, success: 1, recalled: 0, no_answer: 0, busy: 0, error: 0, spam: 0, tries: 1, duration: 14, total: 1 },
  calls: laravelPage([call], 1, 1, 'https://autocall.kz/api/v1/autocalls/42'),
};

export const message = {
  id: 777,
  bulk_id: 31,
  number: '+77010000001',
  extra: null,
  variables: { name: 'Иван' },
  status: 'delivered',
  provider: 'kcell',
  init_time: '2024-11-02 10:00:01',
  status_time: '2024-11-02 10:00:09',
  created_at: '2024-11-02 10:00:00',
  updated_at: '2024-11-02 10:00:09',
};

export const bulkSummary = {
  id: 31,
  client_id: 'sms-nov',
  name: 'Акция — ноябрь',
  status: 'completed',
  date_from: '2024-11-02',
  time_from: '10:00:00',
  text: 'Скидка 20% только сегодня!',
  segments: 1,
  recipients: 1,
  list_id: [73],
  max_cost: '18.00',
  created_at: '2024-11-02 09:50:00',
  updated_at: '2024-11-02 10:01:00',
};

export const bulk = {
  ...bulkSummary,
  final_cost: '18.00',
  comment: null,
  callback_url: null,
  messages: laravelPage([message], 1, 1, 'https://autocall.kz/api/v1/bulks/31'),
};

export const confirmedNumber = {
  id: 3,
  number: '+77010000002',
  verified_at: null,
  created_at: '2024-03-19 17:10:27',
  updated_at: '2024-03-19 17:10:27',
};

export const settings = {
  name: 'Жандос',
  phone: '7010000001',
  sms_verified_at: '2019-12-08 23:46:06',
  moderation: true,
  time_from: '09:00:00',
  time_to: '21:00:00',
  price: '3.50',
  sms_price: '18.00',
  sip_price: '2.00',
  speech_price: '2.00',
  synthesis_price: '2.00',
  recording_price: '1.00',
  recalled: 24,
  subscribe: true,
  notifications_subscribe: false,
  visit_card_audio: null,
  visit_card_text: 'Компания AutoCall.kz',
  confirmed_numbers: [confirmedNumber],
  statistics: { duration: 5400, calls: '5420', confirmed_numbers: 1, spam_reports: 0, lists: 4, contacts: 900, autocalls: 12, bulks: 3, sms: 300 },
};

export const payments = {
  balance: 1450.75,
  currency: '₸',
  reserved: '408.83',
  incoming: 50000,
  outgoing: '48549.25',
  paid: 50000,
  used: 48549.25,
  transactions: laravelPage(
    [{ id: 1, type: 'deposit', confirmed: true, meta: { description: 'Пополнение картой' }, created_at: '2024-11-01 09:00:00', updated_at: '2024-11-01 09:00:00', total: '1000.00' }],
    1,
    1,
    'https://autocall.kz/api/v1/payments',
  ),
};

export const notification = {
  id: '4f227359-cbc5-4b4d-811f-e8846abe6f35',
  type: 'AutocallFinished',
  data: { id: 42, name: 'Акция ноябрь' },
  read_at: null,
  created_at: '2024-11-01 10:35:00',
  updated_at: '2024-11-01 10:35:00',
};
