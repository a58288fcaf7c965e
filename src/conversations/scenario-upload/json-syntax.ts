/**
 * Where a JSON text goes wrong and why, in terms a person can act on (line, column, what was expected, what was
 * found), for explaining a scenario file that does not parse. `JSON.parse` only says so in English, with a position
 * it does not always give; this walks the text by the JSON grammar (RFC 8259) and stops at the first error.
 */

export type JsonProblemKind =
  | 'empty'
  | 'unexpected_end'
  | 'unexpected_character'
  | 'trailing_comma'
  | 'expected_property_name'
  | 'expected_colon'
  | 'expected_comma_or_end'
  | 'bad_string'
  | 'bad_number'
  | 'trailing_content';

export interface JsonProblem {
  kind: JsonProblemKind;
  /** 1-based, counted in characters as an editor shows them. */
  line: number;
  column: number;
  /** The character found there (empty at the end of the text). */
  found: string;
}

class Stop extends Error {
  constructor(
    readonly kind: JsonProblemKind,
    readonly at: number,
  ) {
    super(kind);
  }
}

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function checkJson(text: string): void {
  let i = 0;
  const skip = () => {
    while (i < text.length && WHITESPACE.test(text[i] ?? '')) i++;
  };
  const expectEnd = (kind: JsonProblemKind) => {
    throw new Stop(i >= text.length ? 'unexpected_end' : kind, i);
  };

  const string = (): void => {
    i++;
    for (;;) {
      const char = text[i];
      if (char === undefined) throw new Stop('unexpected_end', i);
      if (char === '"') {
        i++;
        return;
      }
      if (char === '\\') {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(text)) throw new Stop('bad_string', i);
        i = ESCAPE.lastIndex;
        continue;
      }
      if (char < ' ') throw new Stop('bad_string', i);
      i++;
    }
  };

  const value = (): void => {
    skip();
    const char = text[i];
    if (char === undefined) throw new Stop('unexpected_end', i);
    if (char === '{') return object();
    if (char === '[') return array();
    if (char === '"') return string();
    for (const literal of ['true', 'false', 'null']) {
      if (text.startsWith(literal, i)) {
        i += literal.length;
        return;
      }
    }
    if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) throw new Stop('bad_number', i);
      i = NUMBER.lastIndex;
      return;
    }
    throw new Stop('unexpected_character', i);
  };

  /** The members of an object or the items of an array, from its opening bracket to its closing one. */
  const members = (close: '}' | ']', member: () => void): void => {
    i++;
    skip();
    if (text[i] === close) {
      i++;
      return;
    }
    for (;;) {
      member();
      skip();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ',') expectEnd('expected_comma_or_end');
      const comma = i;
      i++;
      skip();
      if (text[i] === close) throw new Stop('trailing_comma', comma);
    }
  };

  const property = (): void => {
    skip();
    if (text[i] !== '"') expectEnd('expected_property_name');
    string();
    skip();
    if (text[i] !== ':') expectEnd('expected_colon');
    i++;
    value();
  };

  const object = (): void => members('}', property);
  const array = (): void => members(']', value);

  skip();
  if (i >= text.length) throw new Stop('empty', i);
  value();
  skip();
  if (i < text.length) throw new Stop('trailing_content', i);
}

/** The first problem of `text` as JSON, or null when it is valid JSON. A byte-order mark at the start is allowed. */
export function findJsonProblem(text: string): JsonProblem | null {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    checkJson(body);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    // Columns count characters as editors do (code points), not UTF-16 units.
    const before = Array.from(body.slice(0, error.at));
    const lastBreak = before.lastIndexOf('\n');
    return {
      kind: error.kind,
      line: before.filter((char) => char === '\n').length + 1,
      column: before.length - lastBreak,
      found: Array.from(body.slice(error.at, error.at + 2))[0] ?? '',
    };
  }
}
