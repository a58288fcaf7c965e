/** The store without Redis: for tests, local runs and the demo. Data lives as long as the process. */
import { createMemoryBackend } from './backend/memory-backend.js';
import { keyspace } from './keys.js';
import { type Store, type StoreOptions, storeOn } from './store.js';

export function createMemoryStore(options: StoreOptions): Store {
  return storeOn(createMemoryBackend(options.clock ?? Date.now), keyspace('acb'), options);
}
