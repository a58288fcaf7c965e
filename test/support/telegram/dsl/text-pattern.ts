import type { ChatMessage } from '../model/chat-message.js';
import { visibleText } from '../model/chat-message.js';

/** What `waitFor` and `tap` look for: exact text, a regular expression, or a predicate on the message. */
export type TextPattern = string | RegExp;
export type MessagePattern = TextPattern | ((message: ChatMessage) => boolean);

export const matchesText = (pattern: TextPattern, text: string): boolean =>
  typeof pattern === 'string' ? text === pattern : new RegExp(pattern.source, pattern.flags.replace('g', '')).test(text);

/** A string pattern matches a message whose text contains it; a RegExp is tested against the text. */
export function matchesMessage(pattern: MessagePattern, message: ChatMessage): boolean {
  if (typeof pattern === 'function') return pattern(message);
  const text = visibleText(message);
  return typeof pattern === 'string' ? text.includes(pattern) : matchesText(pattern, text);
}

export const describePattern = (pattern: MessagePattern): string =>
  typeof pattern === 'function' ? 'a message matching the predicate' : String(pattern);
