/** The fake Telegram Bot API and its user DSL; see README.md in this folder. */
export { startFakeTelegram, FakeTelegram } from './fake-telegram.js';
export { FakeUser, type UploadSpec, type WaitOptions } from './dsl/fake-user.js';
export { FakeGroup } from './dsl/fake-group.js';
export type { MessagePattern, TextPattern } from './dsl/text-pattern.js';
export type { FakeTelegramOptions, RateLimits, Clock } from './options.js';
export type { ApiCall, ApiViolation, HandledRejection } from './api/call-log.js';
export type { BotApiError, BotApiErrorKind } from './api/bot-api-error.js';
export type { ChatMessage, ChatEvent, MessageContent } from './model/chat-message.js';
export type { CallbackAnswer } from './model/callback-queries.js';
export type { StoredFile } from './model/file-store.js';
export type { WebhookDelivery } from './model/webhook-pusher.js';
export type { ChatActionRecord } from './api/bot-api-core.js';
export type { MemberStatus } from './model/chat-state.js';
