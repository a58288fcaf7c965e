/** Where an operation lives: SDK group and method, and the contract's HTTP method and path. */
export interface OperationInfo {
  /** `api.<group>`; `public` is `client.public`. */
  group: string;
  /** `api.<group>.<method>`. */
  method: string;
  httpMethod: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The contract's path template, relative to `apiUrl` (or `publicApiUrl` for group `public`). */
  path: string;
}

/** Every operation of the contract, by operationId, and the SDK method that performs it. */
export const OPERATIONS = {
  'get-lists': { group: 'lists', method: 'list', httpMethod: 'GET', path: '/lists' },
  'post-lists': { group: 'lists', method: 'create', httpMethod: 'POST', path: '/lists' },
  'get-lists-id': { group: 'lists', method: 'get', httpMethod: 'GET', path: '/lists/{id}' },
  'put-lists-id': { group: 'lists', method: 'update', httpMethod: 'PUT', path: '/lists/{id}' },
  'delete-lists-id': { group: 'lists', method: 'delete', httpMethod: 'DELETE', path: '/lists/{id}' },
  'post-lists-append-id': { group: 'lists', method: 'append', httpMethod: 'POST', path: '/lists/append/{id}' },
  'delete-lists-nonexistent-id': {
    group: 'lists',
    method: 'deleteNonexistent',
    httpMethod: 'DELETE',
    path: '/lists/nonexistent/{id}',
  },
  'put-lists-nonexistent-id': {
    group: 'lists',
    method: 'ignoreNonexistent',
    httpMethod: 'PUT',
    path: '/lists/nonexistent/{id}',
  },

  'get-contacts-id': { group: 'contacts', method: 'get', httpMethod: 'GET', path: '/contacts/{id}' },
  'delete-contacts-id': { group: 'contacts', method: 'delete', httpMethod: 'DELETE', path: '/contacts/{id}' },

  'get-sounds': { group: 'sounds', method: 'list', httpMethod: 'GET', path: '/sounds' },
  'post-sounds': { group: 'sounds', method: 'create', httpMethod: 'POST', path: '/sounds' },
  'get-sounds-id': { group: 'sounds', method: 'get', httpMethod: 'GET', path: '/sounds/{id}' },
  'put-sounds-id': { group: 'sounds', method: 'update', httpMethod: 'PUT', path: '/sounds/{id}' },
  'delete-sounds-id': { group: 'sounds', method: 'delete', httpMethod: 'DELETE', path: '/sounds/{id}' },
  'get-sounds-listen-file': { group: 'sounds', method: 'listen', httpMethod: 'GET', path: '/sounds/listen/{file}' },

  'get-scenarios': { group: 'scenarios', method: 'list', httpMethod: 'GET', path: '/scenarios' },
  'post-scenarios': { group: 'scenarios', method: 'create', httpMethod: 'POST', path: '/scenarios' },
  'get-scenarios-id': { group: 'scenarios', method: 'get', httpMethod: 'GET', path: '/scenarios/{id}' },
  'put-scenarios-id': { group: 'scenarios', method: 'update', httpMethod: 'PUT', path: '/scenarios/{id}' },
  'delete-scenarios-id': { group: 'scenarios', method: 'delete', httpMethod: 'DELETE', path: '/scenarios/{id}' },

  'get-autocalls': { group: 'autocalls', method: 'list', httpMethod: 'GET', path: '/autocalls' },
  'post-autocalls': { group: 'autocalls', method: 'create', httpMethod: 'POST', path: '/autocalls' },
  'get-autocalls-id': { group: 'autocalls', method: 'get', httpMethod: 'GET', path: '/autocalls/{id}' },
  'put-autocalls-id': { group: 'autocalls', method: 'update', httpMethod: 'PUT', path: '/autocalls/{id}' },
  'delete-autocalls-id': { group: 'autocalls', method: 'delete', httpMethod: 'DELETE', path: '/autocalls/{id}' },
  'post-autocalls-calculate': {
    group: 'autocalls',
    method: 'calculate',
    httpMethod: 'POST',
    path: '/autocalls/calculate',
  },
  'get-autocalls-relaunch-id': {
    group: 'autocalls',
    method: 'relaunch',
    httpMethod: 'GET',
    path: '/autocalls/relaunch/{id}',
  },

  'get-calls-id': { group: 'calls', method: 'get', httpMethod: 'GET', path: '/calls/{id}' },
  'get-calls-recordings-id': { group: 'calls', method: 'recording', httpMethod: 'GET', path: '/calls/recordings/{id}' },

  'get-bulks': { group: 'bulks', method: 'list', httpMethod: 'GET', path: '/bulks' },
  'post-bulks': { group: 'bulks', method: 'create', httpMethod: 'POST', path: '/bulks' },
  'get-bulks-id': { group: 'bulks', method: 'get', httpMethod: 'GET', path: '/bulks/{id}' },
  'put-bulks-id': { group: 'bulks', method: 'update', httpMethod: 'PUT', path: '/bulks/{id}' },
  'delete-bulks-id': { group: 'bulks', method: 'delete', httpMethod: 'DELETE', path: '/bulks/{id}' },
  'post-bulks-calculate': { group: 'bulks', method: 'calculate', httpMethod: 'POST', path: '/bulks/calculate' },

  'get-messages-id': { group: 'messages', method: 'get', httpMethod: 'GET', path: '/messages/{id}' },

  'get-settings': { group: 'settings', method: 'get', httpMethod: 'GET', path: '/settings' },
  'put-settings': { group: 'settings', method: 'update', httpMethod: 'PUT', path: '/settings' },
  'delete-settings-visit-card': {
    group: 'settings',
    method: 'deleteVisitCard',
    httpMethod: 'DELETE',
    path: '/settings/{visit_card_type}',
  },
  'get-settings-confirmed-numbers': {
    group: 'settings',
    method: 'confirmedNumbers',
    httpMethod: 'GET',
    path: '/settings/confirmed_numbers',
  },
  'post-settings-confirmed-numbers': {
    group: 'settings',
    method: 'addConfirmedNumber',
    httpMethod: 'POST',
    path: '/settings/confirmed_numbers',
  },

  'get-balance': { group: 'payments', method: 'balance', httpMethod: 'GET', path: '/balance' },
  'get-payments': { group: 'payments', method: 'list', httpMethod: 'GET', path: '/payments' },
  'post-payments': { group: 'payments', method: 'create', httpMethod: 'POST', path: '/payments' },

  'get-dashboard': { group: 'dashboard', method: 'get', httpMethod: 'GET', path: '/dashboard' },

  'get-notifications': { group: 'notifications', method: 'list', httpMethod: 'GET', path: '/notifications' },
  'put-notifications-id': { group: 'notifications', method: 'update', httpMethod: 'PUT', path: '/notifications/{id}' },
  'delete-notifications-id': {
    group: 'notifications',
    method: 'delete',
    httpMethod: 'DELETE',
    path: '/notifications/{id}',
  },

  'get-caller-ids': { group: 'callerIds', method: 'list', httpMethod: 'GET', path: '/caller-ids' },
  'post-caller-ids': { group: 'callerIds', method: 'rent', httpMethod: 'POST', path: '/caller-ids' },
  'delete-caller-ids-id': { group: 'callerIds', method: 'release', httpMethod: 'DELETE', path: '/caller-ids/{id}' },

  'post-flash-calls': { group: 'flashCalls', method: 'send', httpMethod: 'POST', path: '/flash-calls' },

  getTariffs: { group: 'public', method: 'tariffs', httpMethod: 'GET', path: '/tariffs' },
  sendTestCall: { group: 'public', method: 'testCall', httpMethod: 'POST', path: '/test-call' },
} as const satisfies Record<string, OperationInfo>;

export type OperationId = keyof typeof OPERATIONS;
