import type { MethodHandler } from '../api/bot-api-core.js';
import { callbackMethods } from './callback-methods.js';
import { chatMethods } from './chat-methods.js';
import { commandMethods } from './command-methods.js';
import { mediaMethods } from './media-methods.js';
import { messageMethods } from './message-methods.js';
import { updateMethods } from './update-methods.js';

const ALL: Readonly<Record<string, MethodHandler>> = {
  ...updateMethods,
  ...messageMethods,
  ...mediaMethods,
  ...callbackMethods,
  ...chatMethods,
  ...commandMethods,
};

/** Method names are case-insensitive on the real server (`sendmessage` works). */
const BY_LOWER_NAME = new Map(Object.entries(ALL).map(([name, handler]) => [name.toLowerCase(), { name, handler }]));

/** The handler of a Bot API method and its canonical name, or undefined for a method the fake server lacks. */
export const findMethod = (name: string): { readonly name: string; readonly handler: MethodHandler } | undefined =>
  BY_LOWER_NAME.get(name.toLowerCase());

/** Methods that manage the connection rather than act in chats: forced flood errors leave them alone. */
export const CONNECTION_METHODS: ReadonlySet<string> = new Set(['getMe', 'getUpdates', 'setWebhook', 'deleteWebhook', 'getWebhookInfo']);
