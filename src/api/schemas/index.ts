/** Every request and response schema of the SDK, and the types inferred from them. */
export * from './autocalls.js';
export * from './bulks.js';
export * from './caller-ids.js';
export * from './contact-lists.js';
export * from './dashboard.js';
export * from './flash-calls.js';
export * from './notifications.js';
export * from './payments.js';
export * from './primitives.js';
export * from './public.js';
export * from './scenarios.js';
export * from './settings.js';
export * from './sounds.js';
