import { visibleText, type ChatMessage } from '../model/chat-message.js';
import type { ChatState } from '../model/chat-state.js';
import { inlineKeyboardOf } from '../model/reply-markup.js';

function describeMessage(message: ChatMessage): string {
  const sender = message.from_bot ? 'bot' : message.from.first_name;
  const media = message.media === undefined ? '' : `[${message.media.kind}: ${message.media.file_name}] `;
  const thread = message.message_thread_id === undefined ? '' : ` (topic ${message.message_thread_id})`;
  const keyboard = inlineKeyboardOf(message.reply_markup);
  const buttons = keyboard === undefined ? '' : `\n      buttons: ${keyboard.map((row) => row.map((b) => `[${b.text}]`).join(' ')).join(' / ')}`;
  const edits = message.edits.length === 0 ? '' : ` (edited ${message.edits.length}x)`;
  const deleted = message.deleted ? ' (deleted)' : '';
  return `  #${message.message_id}${thread} ${sender}: ${media}${JSON.stringify(visibleText(message))}${edits}${deleted}${buttons}`;
}

/** The chat as readable lines, for failure messages of `waitFor` and `tap`. */
export function dumpChat(chat: ChatState): string {
  const name = chat.title ?? chat.user?.first_name ?? String(chat.id);
  const lines = chat.allMessages().map(describeMessage);
  return `${chat.type} chat "${name}" (${chat.id}):\n${lines.length === 0 ? '  (no messages)' : lines.join('\n')}`;
}
