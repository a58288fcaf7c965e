import type { MessageEntity } from 'grammy/types';
import { checkLink } from './link-check.js';
import { byteOffset, parseError, sortEntities, type ParseResult } from './parsed-text.js';

/** tdlib's names of entity types, used in its error sentences ("Can't find end of Bold entity ..."). */
type MarkdownEntity = 'Bold' | 'Italic' | 'Underline' | 'Strikethrough' | 'Spoiler' | 'TextUrl' | 'Code' | 'Pre'
  | 'PreCode' | 'CustomEmoji' | 'BlockQuote';

interface OpenEntity {
  readonly type: MarkdownEntity;
  readonly argument: string;
  /** UTF-16 offset in the parsed text. */
  readonly offset: number;
  /** Index in the source where the entity's markup begins, for error positions. */
  readonly sourceIndex: number;
}

const RESERVED = '_*[]()~`>#+-=|{}.!\n';

const reserved = (source: string, i: number): ReturnType<typeof parseError> =>
  parseError(`Character '${source[i] ?? ''}' is reserved and must be escaped with the preceding '\\'`);

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r';

/** Whether `c` at `i` closes the innermost open entity. */
function closesEntity(top: OpenEntity, source: string, i: number, inBlockquote: boolean): boolean {
  const c = source[i];
  const next = source[i + 1];
  if (inBlockquote && c === '\n' && next !== '>') return true;
  switch (top.type) {
    case 'Bold': return c === '*';
    case 'Italic': return c === '_' && next !== '_';
    case 'Underline': return c === '_' && next === '_';
    case 'Code': return c === '`';
    case 'Pre':
    case 'PreCode': return c === '`' && next === '`' && source[i + 2] === '`';
    case 'TextUrl':
    case 'CustomEmoji': return c === ']';
    case 'Strikethrough': return c === '~';
    case 'Spoiler': return c === '|' && next === '|';
    case 'BlockQuote': return false;
  }
}

/** Reads `(url)` after a closing `]` at `i`, unescaping `\x`; returns the URL and the index of `)`. */
function readUrl(source: string, start: number): { url: string; end: number } | undefined {
  let url = '';
  let i = start;
  while (i < source.length && source[i] !== ')') {
    const next = source.charCodeAt(i + 1);
    if (source[i] === '\\' && next > 0 && next <= 126) {
      url += source.charAt(i + 1);
      i += 2;
      continue;
    }
    url += source.charAt(i);
    i++;
  }
  return i < source.length ? { url, end: i } : undefined;
}

const ENTITY_TYPES: Readonly<Record<'Bold' | 'Italic' | 'Underline' | 'Strikethrough' | 'Spoiler' | 'Code', MessageEntity.CommonMessageEntity['type']>> = {
  Bold: 'bold', Italic: 'italic', Underline: 'underline', Strikethrough: 'strikethrough', Spoiler: 'spoiler',
  Code: 'code',
};

/**
 * Telegram's MarkdownV2, following tdlib's `parse_markdown_v2`: every reserved character outside an entity must be
 * escaped, entities must be closed, with the same error sentences.
 */
export function parseMarkdownV2(source: string): ParseResult {
  let text = '';
  const entities: MessageEntity[] = [];
  const open: OpenEntity[] = [];
  let inBlockquote = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    const escaped = source.charCodeAt(i + 1);
    if (c === '\\' && escaped > 0 && escaped <= 126) {
      i++;
      text += source.charAt(i);
      continue;
    }
    const top = open.at(-1);
    const reservedHere = top !== undefined && (top.type === 'Code' || top.type === 'Pre' || top.type === 'PreCode')
      ? '`'
      : RESERVED;
    if (!reservedHere.includes(c)) {
      text += c;
      continue;
    }
    if (top === undefined || !closesEntity(top, source, i, inBlockquote)) {
      let type: MarkdownEntity;
      let argument = '';
      const sourceIndex = i;
      switch (c) {
        case '_':
          if (source[i + 1] === '_') {
            type = 'Underline';
            i++;
          } else {
            type = 'Italic';
          }
          break;
        case '*': type = 'Bold'; break;
        case '~': type = 'Strikethrough'; break;
        case '|':
          if (source[i + 1] !== '|') return reserved(source, i);
          i++;
          type = 'Spoiler';
          break;
        case '[': type = 'TextUrl'; break;
        case '`':
          if (source[i + 1] === '`' && source[i + 2] === '`') {
            i += 3;
            type = 'Pre';
            let languageEnd = i;
            while (languageEnd < source.length && !isSpace(source[languageEnd]) && source[languageEnd] !== '`') {
              languageEnd++;
            }
            if (i !== languageEnd && languageEnd < source.length && source[languageEnd] !== '`') {
              type = 'PreCode';
              argument = source.slice(i, languageEnd);
              i = languageEnd;
            }
            if (source[i] === '\n' || source[i] === '\r') {
              const pair = (source[i + 1] === '\n' || source[i + 1] === '\r') && source[i] !== source[i + 1];
              i += pair ? 2 : 1;
            }
            i--;
          } else {
            type = 'Code';
          }
          break;
        case '!':
          if (source[i + 1] !== '[') return reserved(source, i);
          i++;
          type = 'CustomEmoji';
          break;
        case '\n':
          text += '\n';
          if (source[i + 1] !== '>') continue;
          i++;
          if (inBlockquote) continue;
          type = 'BlockQuote';
          inBlockquote = true;
          break;
        case '>':
          if (i !== 0) return reserved(source, i);
          type = 'BlockQuote';
          inBlockquote = true;
          break;
        default:
          return reserved(source, i);
      }
      open.push({ type, argument, offset: text.length, sourceIndex });
      continue;
    }
    if (c === '\n' && top.type !== 'BlockQuote') {
      return parseError(`Can't find end of ${top.type} entity at byte offset ${byteOffset(source, top.sourceIndex)}`);
    }
    let skip = text.length === top.offset;
    let url: string | undefined;
    let customEmojiId: string | undefined;
    switch (top.type) {
      case 'Underline':
      case 'Spoiler': i++; break;
      case 'Pre':
      case 'PreCode': i += 2; break;
      case 'TextUrl': {
        let target = text.slice(top.offset);
        if (source[i + 1] === '(') {
          const read = readUrl(source, i + 2);
          if (read === undefined) return parseError(`Can't find end of a URL at byte offset ${byteOffset(source, i + 2)}`);
          target = read.url;
          i = read.end;
        }
        url = checkLink(target);
        if (url === undefined) skip = true;
        break;
      }
      case 'CustomEmoji': {
        if (source[i + 1] !== '(') return parseError('Custom emoji entity must contain a tg://emoji URL');
        const read = readUrl(source, i + 2);
        if (read === undefined) {
          return parseError(`Can't find end of a custom emoji URL at byte offset ${byteOffset(source, i + 2)}`);
        }
        const id = /^tg:\/\/emoji\?id=([1-9][0-9]*)$/.exec(read.url)?.[1];
        if (id === undefined) return parseError('Custom emoji URL must have an emoji identifier');
        customEmojiId = id;
        i = read.end;
        break;
      }
      case 'BlockQuote':
        inBlockquote = false;
        text += source.charAt(i);
        break;
      default: break;
    }
    if (!skip) {
      const offset = top.offset;
      const length = text.length - offset;
      if (top.type === 'TextUrl' && url !== undefined) entities.push({ type: 'text_link', offset, length, url });
      else if (top.type === 'CustomEmoji' && customEmojiId !== undefined) {
        entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: customEmojiId });
      } else if (top.type === 'Pre') entities.push({ type: 'pre', offset, length });
      else if (top.type === 'PreCode') entities.push({ type: 'pre', offset, length, language: top.argument });
      else if (top.type === 'BlockQuote') entities.push({ type: 'blockquote', offset, length });
      else if (top.type !== 'TextUrl' && top.type !== 'CustomEmoji') {
        entities.push({ type: ENTITY_TYPES[top.type], offset, length });
      }
    }
    open.pop();
  }
  const last = open.at(-1);
  if (inBlockquote && last?.type === 'BlockQuote') {
    if (text.length > last.offset) entities.push({ type: 'blockquote', offset: last.offset, length: text.length - last.offset });
    open.pop();
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) {
    return parseError(`Can't find end of ${unclosed.type} entity at byte offset ${byteOffset(source, unclosed.sourceIndex)}`);
  }
  return { text, entities: sortEntities(entities) };
}
