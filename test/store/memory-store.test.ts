import { describe } from 'vitest';
import { storeContract } from './contract/index.js';
import { memoryHarness } from './contract/harness.js';

describe('memory store', () => {
  storeContract(memoryHarness);
});
