import type { MessageEntity } from 'grammy/types';
import { checkLink } from './link-check.js';
import { byteOffset, parseError, sortEntities, type ParseResult } from './parsed-text.js';

const SUPPORTED_TAGS = new Set([
  'a', 'b', 'strong', 'i', 'em', 's', 'strike', 'del', 'u', 'ins',
  'tg-spoiler', 'tg-emoji', 'span', 'pre', 'code', 'blockquote',
]);

const SIMPLE_TAG_TYPES: Readonly<Record<string, MessageEntity.CommonMessageEntity['type']>> = {
  b: 'bold', strong: 'bold', i: 'italic', em: 'italic', s: 'strikethrough', strike: 'strikethrough',
  del: 'strikethrough', u: 'underline', ins: 'underline', 'tg-spoiler': 'spoiler', span: 'spoiler',
};

const NAMED_ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"' };

interface OpenTag {
  readonly name: string;
  readonly argument: string;
  readonly expandable: boolean;
  /** UTF-16 offset in the parsed text where the tag's content starts. */
  readonly offset: number;
}

interface Decoded {
  readonly char: string;
  readonly end: number;
}

const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\n' || c === '\t' || c === '\r';

/** tdlib lowercases tag and attribute names byte-wise, so only ASCII letters change case. */
const asciiLower = (s: string): string => s.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Decodes the HTML entity starting at `source[at] === '&'`: the four named ones Telegram supports and numeric ones.
 * Unlike tdlib, which keeps an unknown `&` literally, the harness refuses it: a bare `&` in HTML is how unescaped
 * user data shows, and the next user whose name contains `&lt;` would break the message.
 */
function decodeEntity(source: string, at: number): Decoded | undefined {
  const numeric = /^&#(x[0-9a-f]{1,6}|[0-9]{1,7});/i.exec(source.slice(at, at + 11));
  if (numeric?.[1] !== undefined) {
    const body = numeric[1];
    const code = body.startsWith('x') || body.startsWith('X') ? parseInt(body.slice(1), 16) : parseInt(body, 10);
    if (code === 0 || code >= 0x10ffff) return undefined;
    return { char: String.fromCodePoint(code), end: at + numeric[0].length };
  }
  const named = /^&([a-z]+);/i.exec(source.slice(at, at + 8));
  const char = named?.[1] === undefined ? undefined : NAMED_ENTITIES[named[1]];
  return char === undefined || named === null ? undefined : { char, end: at + named[0].length };
}

/** Reads one attribute value (quoted string or name token) at `i`; returns the value and the index after it. */
function readAttributeValue(source: string, start: number): { value: string; next: number } | { error: string } {
  let i = start;
  const quote = source[i];
  if (quote !== '"' && quote !== "'") {
    while (i < source.length && /[a-z0-9.-]/i.test(source[i] ?? '')) i++;
    if (!isSpace(source[i]) && source[i] !== '>') {
      return { error: `Unexpected end of name token at byte offset ${byteOffset(source, start)}` };
    }
    return { value: asciiLower(source.slice(start, i)), next: i };
  }
  i++;
  let value = '';
  while (i < source.length && source[i] !== quote) {
    const decoded = source[i] === '&' ? decodeEntity(source, i) : undefined;
    if (decoded !== undefined) {
      value += decoded.char;
      i = decoded.end;
    } else {
      value += source.charAt(i);
      i++;
    }
  }
  return { value, next: i < source.length ? i + 1 : i };
}

/** Entities built so far, and the language of each `code` tag, which becomes the language of an enclosing `pre`. */
interface Built {
  readonly entities: MessageEntity[];
  readonly codeLanguages: WeakMap<MessageEntity, string>;
}

function sameRange(entity: MessageEntity | undefined, offset: number, length: number): entity is MessageEntity {
  return entity !== undefined && entity.offset === offset && entity.length === length;
}

function closeEntity(tag: OpenTag, text: string, end: number, built: Built): string | undefined {
  const { entities, codeLanguages } = built;
  const offset = tag.offset;
  const length = end - offset;
  const last = entities.at(-1);
  const simple = SIMPLE_TAG_TYPES[tag.name];
  if (simple !== undefined) {
    entities.push({ type: simple, offset, length });
  } else if (tag.name === 'tg-emoji') {
    if (!/^[1-9][0-9]*$/.test(tag.argument)) return 'Invalid custom emoji identifier specified';
    entities.push({ type: 'custom_emoji', offset, length, custom_emoji_id: tag.argument });
  } else if (tag.name === 'a') {
    const url = checkLink(tag.argument === '' ? text.slice(offset, end) : tag.argument);
    if (url !== undefined) entities.push({ type: 'text_link', offset, length, url });
  } else if (tag.name === 'blockquote') {
    entities.push({ type: tag.expandable ? 'expandable_blockquote' : 'blockquote', offset, length });
  } else if (tag.name === 'code') {
    if (sameRange(last, offset, length) && last.type === 'pre' && tag.argument !== '') {
      entities[entities.length - 1] = { type: 'pre', offset, length, language: tag.argument };
    } else {
      const code: MessageEntity = { type: 'code', offset, length };
      if (tag.argument !== '') codeLanguages.set(code, tag.argument);
      entities.push(code);
    }
  } else {
    const language = sameRange(last, offset, length) && last.type === 'code' ? codeLanguages.get(last) : undefined;
    if (language === undefined) entities.push({ type: 'pre', offset, length });
    else entities[entities.length - 1] = { type: 'pre', offset, length, language };
  }
  return undefined;
}

/**
 * Telegram's HTML parse mode, following tdlib's `parse_html`: only Telegram's tags, properly nested and closed,
 * with the same error sentences (byte offsets included).
 */
export function parseHtml(source: string): ParseResult {
  let text = '';
  const built: Built = { entities: [], codeLanguages: new WeakMap() };
  const open: OpenTag[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '&') {
      const decoded = decodeEntity(source, i);
      if (decoded === undefined) {
        return parseError(`Unsupported HTML entity or unescaped "&" at byte offset ${byteOffset(source, i)}`);
      }
      text += decoded.char;
      i = decoded.end;
      continue;
    }
    if (c === '>') return parseError(`Unescaped ">" at byte offset ${byteOffset(source, i)}; use "&gt;"`);
    if (c !== '<') {
      text += source.charAt(i);
      i++;
      continue;
    }
    const begin = i;
    const at = byteOffset(source, begin);
    i++;
    if (source[i] !== '/') {
      while (i < source.length && !isSpace(source[i]) && source[i] !== '>') i++;
      if (i >= source.length) return parseError(`Unclosed start tag at byte offset ${at}`);
      const name = asciiLower(source.slice(begin + 1, i));
      if (!SUPPORTED_TAGS.has(name)) return parseError(`Unsupported start tag "${name}" at byte offset ${at}`);
      let argument = '';
      let expandable = false;
      while (source[i] !== '>') {
        while (i < source.length && isSpace(source[i])) i++;
        if (source[i] === '>') break;
        const attributeBegin = i;
        while (i < source.length && !isSpace(source[i]) && source[i] !== '=' && source[i] !== '>') i++;
        const attribute = source.slice(attributeBegin, i);
        if (attribute === '') return parseError(`Empty attribute name in the tag "${name}" at byte offset ${at}`);
        while (i < source.length && isSpace(source[i])) i++;
        if (name === 'blockquote' && attribute === 'expandable' && source[i] !== '=') {
          expandable = true;
          continue;
        }
        if (source[i] !== '=') {
          return parseError(`Expected equal sign in declaration of an attribute of the tag "${name}" at byte offset ${at}`);
        }
        i++;
        while (i < source.length && isSpace(source[i])) i++;
        if (i >= source.length) return parseError(`Unclosed start tag "${name}" at byte offset ${at}`);
        const read = readAttributeValue(source, i);
        if ('error' in read) return parseError(read.error);
        i = read.next;
        if (i >= source.length) return parseError(`Unclosed start tag at byte offset ${at}`);
        const value = read.value;
        if (name === 'a' && attribute === 'href') argument = value;
        else if (name === 'code' && attribute === 'class' && value.startsWith('language-')) argument = value.slice(9);
        else if (name === 'span' && attribute === 'class' && value.startsWith('tg-')) argument = value.slice(3);
        else if (name === 'tg-emoji' && attribute === 'emoji-id') argument = value;
      }
      if (name === 'span' && argument !== 'spoiler') {
        return parseError(`Tag "span" must have class "tg-spoiler" at byte offset ${at}`);
      }
      open.push({ name, argument, expandable, offset: text.length });
    } else {
      const top = open.at(-1);
      if (top === undefined) return parseError(`Unexpected end tag at byte offset ${at}`);
      while (i < source.length && !isSpace(source[i]) && source[i] !== '>') i++;
      const name = asciiLower(source.slice(begin + 2, i));
      while (i < source.length && isSpace(source[i])) i++;
      if (source[i] !== '>') return parseError(`Unclosed end tag at byte offset ${at}`);
      if (name !== '' && name !== top.name) {
        return parseError(`Unmatched end tag at byte offset ${at}, expected "</${top.name}>", found "</${name}>"`);
      }
      if (text.length > top.offset) {
        const failure = closeEntity(top, text, text.length, built);
        if (failure !== undefined) return parseError(failure);
      }
      open.pop();
    }
    i++;
  }
  const unclosed = open.at(-1);
  if (unclosed !== undefined) return parseError(`Can't find end tag corresponding to start tag "${unclosed.name}"`);
  return { text, entities: sortEntities(built.entities) };
}
