/** One Redis for the whole test run; test files reach it with `inject('redisUrl')` and isolate by key prefix. */
import type { TestProject } from 'vitest/node';
import { redisForTests } from './redis.js';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const redis = await redisForTests();
  project.provide('redisUrl', redis.url);
  return () => redis.stop();
}
