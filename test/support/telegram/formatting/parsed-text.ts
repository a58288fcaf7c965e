import type { MessageEntity } from 'grammy/types';

/** Text after entity parsing, with entities in UTF-16 code units as the Bot API reports them. */
export interface ParsedText {
  readonly text: string;
  readonly entities: readonly MessageEntity[];
}

/** A parse-mode failure: the sentence that follows `can't parse entities: ` in the real error. */
export interface EntityParseError {
  readonly kind: 'entity_parse_error';
  readonly message: string;
}

export type ParseResult = ParsedText | EntityParseError;

export const parseError = (message: string): EntityParseError => ({ kind: 'entity_parse_error', message });

export const isParseError = (result: ParseResult): result is EntityParseError => 'kind' in result;

/** Byte offset of a UTF-16 index in the UTF-8 encoding: tdlib reports positions in bytes. */
export const byteOffset = (source: string, index: number): number => Buffer.byteLength(source.slice(0, index), 'utf8');

/** Telegram's order: by offset, longer first, so nesting reads outside-in. */
export const sortEntities = (entities: MessageEntity[]): MessageEntity[] =>
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
