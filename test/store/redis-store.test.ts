import { Redis } from 'ioredis';
import { afterAll, describe, inject } from 'vitest';
import { storeContract } from './contract/index.js';
import { redisHarness } from './contract/harness.js';

const redis = new Redis(inject('redisUrl'));
const harness = redisHarness(redis);

afterAll(async () => {
  await harness.cleanup();
  await redis.quit();
});

describe('redis store', () => {
  storeContract(harness.make);
});
