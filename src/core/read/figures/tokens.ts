// A flat, linear-time tokenizer for the quantity reader. One pass over the characters,
// no regular expressions: runs of digits (with the "," and "." inside a number), runs of
// letters, single CJK characters, and single symbols. Whitespace only separates tokens;
// whether two tokens touch is read from their offsets ("10x" touches, "10 x" does not).

export const NUM = 1;
export const WORD = 2;
export const CJK = 3;
export const SYM = 4;

export interface Tokens {
  count: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
}

/** The ASCII digit a digit character stands for (full-width, Arabic-Indic), or -1. */
export function digitValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  if (c >= 0x0660 && c <= 0x0669) return c - 0x0660;
  if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0;
  return -1;
}

function isSpace(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0x202f || c === 0xfeff;
}

function isLetter(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
  );
}

function isCjk(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * The tokens of `text` in arrays of its own (at most one token per character, so the arrays
 * may be longer than `count`).
 */
export function tokenize(text: string): Tokens {
  const n = text.length;
  return tokenizeInto(text, { count: 0, kind: new Uint8Array(n), start: new Int32Array(n), end: new Int32Array(n) });
}

/** Texts up to this long are tokenized into the shared arrays; a longer one gets its own, so a huge segment is not kept alive. */
const SHARED_MAX = 1 << 16;
let shared: Tokens = { count: 0, kind: new Uint8Array(1024), start: new Int32Array(1024), end: new Int32Array(1024) };

/**
 * The tokens of `text` in arrays shared between calls: valid only until the next call.
 * Allocating three typed arrays per segment cost more than filling them (and fed the GC).
 */
export function tokenizeShared(text: string): Tokens {
  const n = text.length;
  if (n > SHARED_MAX) return tokenize(text);
  if (shared.kind.length < n) {
    const cap = Math.min(SHARED_MAX, Math.max(n, shared.kind.length * 2));
    shared = { count: 0, kind: new Uint8Array(cap), start: new Int32Array(cap), end: new Int32Array(cap) };
  }
  return tokenizeInto(text, shared);
}

/** Character class of each ASCII code, so the common case is one table read: 0 space, NUM, WORD, SYM. */
const ASCII_CLASS: Uint8Array = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) t[c] = isSpace(c) ? 0 : digitValue(c) >= 0 ? NUM : isLetter(c) ? WORD : SYM;
  return t;
})();

function tokenizeInto(text: string, into: Tokens): Tokens {
  const n = text.length;
  const { kind, start, end } = into;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    let j = i + 1;
    let k: number;
    if (c < 128) {
      k = ASCII_CLASS[c];
      if (k === 0) {
        i++;
        continue;
      }
      if (k === WORD) {
        for (; j < n; j++) {
          const d = text.charCodeAt(j);
          if (d < 128 ? ASCII_CLASS[d] !== WORD : !isLetter(d)) break;
        }
      } else if (k === NUM) {
        j = numberEnd(text, j, n);
      }
    } else if (isSpace(c)) {
      i++;
      continue;
    } else if (digitValue(c) >= 0) {
      j = numberEnd(text, j, n);
      k = NUM;
    } else if (isLetter(c)) {
      while (j < n && isLetter(text.charCodeAt(j))) j++;
      k = WORD;
    } else if (isCjk(c)) {
      k = CJK;
    } else {
      // Keep a surrogate pair together so a symbol is never half a character.
      if (c >= 0xd800 && c <= 0xdbff && j < n) {
        const d = text.charCodeAt(j);
        if (d >= 0xdc00 && d <= 0xdfff) j++;
      }
      k = SYM;
    }
    kind[count] = k;
    start[count] = i;
    end[count] = j;
    count++;
    i = j;
  }
  into.count = count;
  return into;
}

/** End of the number token whose digits run on from `j`. */
function numberEnd(text: string, j: number, n: number): number {
  // A "," or "." belongs to the number only between two digits: "1,250.5" but not "2024, 57".
  while (j < n) {
    const d = text.charCodeAt(j);
    if (digitValue(d) >= 0) j++;
    else if ((d === 44 || d === 46) && j + 1 < n && digitValue(text.charCodeAt(j + 1)) >= 0) j += 2;
    else break;
  }
  return j;
}
