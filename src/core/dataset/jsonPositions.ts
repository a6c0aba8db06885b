// A JSON parser that remembers where every value sits, so a problem in a writer's dataset
// file can point at the line and column of the entry and field it concerns. JSON.parse
// gives neither positions of values nor (on every Node version) the position of a syntax
// error, so this reads the text itself: strict RFC 8259, linear time, depth-capped so a
// hostile file cannot exhaust the stack.

/** A path into a JSON value: object keys and array indices. */
export type JsonPath = readonly (string | number)[];

export type JsonParseResult =
  | { ok: true; value: unknown; locate(path: JsonPath): number | undefined }
  | { ok: false; message: string; offset: number };

const MAX_DEPTH = 256;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

// Keys are separated by a character JSON text cannot hold unescaped... but a decoded key
// can, so keys are length-prefixed: unambiguous and cheaper than JSON.stringify.
function segmentKey(p: string | number): string {
  return typeof p === 'number' ? `[${p}]` : `.${p.length}:${p}`;
}

function pathKey(path: JsonPath): string {
  return path.map(segmentKey).join('');
}

/**
 * Parses `text`. Each value is located at its member key (for an object member, so the
 * position names the field) or at its first character (for array elements and the root).
 * A leading byte order mark is accepted; offsets stay offsets into `text`.
 */
export function parseJsonWithPositions(text: string): JsonParseResult {
  const where = new Map<string, number>();
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;

  const fail = (message: string, at = i): never => {
    throw new JsonSyntaxError(message, Math.min(at, text.length));
  };
  const describe = (at: number): string =>
    at >= text.length ? 'the end of the file' : `${JSON.stringify(text[at])}`;

  const skipSpace = (): void => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else return;
    }
  };

  const readString = (): string => {
    const start = i;
    let escaped = false;
    i++; // opening quote
    for (;;) {
      if (i >= text.length) fail('unterminated string', start);
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c < 0x20) fail('control character inside a string (write it as an escape such as \\n)');
      if (c === 92) {
        escaped = true;
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('bad \\u escape: needs four hex digits');
          i += 6;
          continue;
        }
        if (e === undefined || !'"\\/bfnrt'.includes(e)) fail(`bad escape \\${e ?? ''}`);
        i += 2;
        continue;
      }
      i++;
    }
    i++; // closing quote
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : text.slice(start + 1, i - 1);
  };

  // `at` is the path key of the value being read, built one segment at a time.
  const readValue = (at: string, depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nested more than ${MAX_DEPTH} levels deep`);
    skipSpace();
    const c = text[i];
    if (c === '{') {
      i++;
      const obj: Record<string, unknown> = {};
      skipSpace();
      if (text[i] === '}') {
        i++;
        return obj;
      }
      for (;;) {
        skipSpace();
        if (text[i] !== '"') fail(`expected a property name in double quotes, found ${describe(i)}`);
        const keyAt = i;
        const key = readString();
        skipSpace();
        if (text[i] !== ':') fail(`expected ":" after property name, found ${describe(i)}`);
        i++;
        const child = at + segmentKey(key);
        where.set(child, keyAt);
        const v = readValue(child, depth + 1);
        // Like JSON.parse: "__proto__" becomes an own property, never the prototype.
        Object.defineProperty(obj, key, { value: v, enumerable: true, writable: true, configurable: true });
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return obj;
        }
        fail(`expected "," or "}" after a property, found ${describe(i)}`);
      }
    }
    if (c === '[') {
      i++;
      const arr: unknown[] = [];
      skipSpace();
      if (text[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        skipSpace();
        const child = `${at}[${arr.length}]`;
        where.set(child, i);
        arr.push(readValue(child, depth + 1));
        skipSpace();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return arr;
        }
        fail(`expected "," or "]" after an array element, found ${describe(i)}`);
      }
    }
    if (c === '"') return readString();
    if (text.startsWith('true', i)) {
      i += 4;
      return true;
    }
    if (text.startsWith('false', i)) {
      i += 5;
      return false;
    }
    if (text.startsWith('null', i)) {
      i += 4;
      return null;
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(`unexpected ${describe(i)}`);
  };

  try {
    where.set('', i);
    const value = readValue('', 0);
    skipSpace();
    if (i < text.length) fail(`unexpected ${describe(i)} after the end of the JSON value`);
    return { ok: true, value, locate: (path) => where.get(pathKey(path)) };
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, message: e.message, offset: e.offset };
    return { ok: false, message: e instanceof Error ? e.message : String(e), offset: i };
  }
}
