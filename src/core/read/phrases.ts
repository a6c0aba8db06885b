// Finding a vocabulary of phrases (metric words, entity names) in a text, whole words,
// case-insensitive, the first listed phrase winning at each position: what the regular
// expression `(?<![\p{L}\p{N}_])(?:p1|p2|…)(?![\p{L}\p{N}_])` with flags `giu` finds, in
// one pass. The expression tried every phrase's first letter, after a Unicode look-behind,
// at every position of every sentence (1–2% of analyze() each on the 1 MB bench draft);
// here a phrase is only tried where a word starts whose whole first word it shares, found
// by a map from first word to phrases.
//
// Only plain phrases take this path: lower-case ASCII that starts with a letter, digit or
// "_". For any other vocabulary (a writer's dataset may name "Société Générale")
// `phraseFinder` returns null and the caller keeps the expression.

/** One match: where it starts and ends in the text, and which phrase (index into the list given). */
export interface PhraseMatch {
  start: number;
  end: number;
  phrase: number;
  /**
   * The matched text, lower-cased (and its spaces made single for flexible phrases), is
   * the phrase itself; false when it holds an "ſ", which matches "s" but lower-cases to itself.
   */
  plain: boolean;
}

export type PhraseFinder = (text: string) => PhraseMatch[];

const MAX_KEY = 40;
/** Hashes are cut to 30 bits: a key V8 keeps as a small integer, not a boxed number per look-up. */
const SMI = 0x3fffffff;
const SEEN_MASK = 0xfff;
const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Index of a lower-case key character (a-z, 0-9, _) for the first-character table; -1 for any other. */
function keyIndex(c: number): number {
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return c - 48 + 26;
  if (c === 95) return 36;
  return -1;
}

/** The ASCII character a text character matches case-insensitively (flags `iu`), or the character itself. */
function folded(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c === 0x17f) return 115; // ſ matches s
  if (c === 0x212a) return 107; // the Kelvin sign matches k
  return c;
}

/** For ASCII: the key character (a-z, 0-9, _) a character folds to, 0 for any other. */
const KEY_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) KEY_CHAR[c] = keyIndex(folded(c)) >= 0 ? folded(c) : 0;

/** The key character `c` matches (flags iu), 0 when none. */
function keyChar(c: number): number {
  if (c < 128) return KEY_CHAR[c];
  return c === 0x17f ? 115 : c === 0x212a ? 107 : 0;
}

function isAsciiWord(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether the code point that ends right before `i` is a letter, digit or "_". */
function wordBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < 128) return isAsciiWord(c);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return NON_ASCII_WORD.test(text.slice(i - 2, i));
  }
  return NON_ASCII_WORD.test(text[i - 1]);
}

/** Whether the code point that starts at `i` is a letter, digit or "_". */
function wordAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiWord(c);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const l = text.charCodeAt(i + 1);
    if (l >= 0xdc00 && l <= 0xdfff) return NON_ASCII_WORD.test(text.slice(i, i + 2));
  }
  return NON_ASCII_WORD.test(text[i]);
}

/** Whether a character is white space for `\s` (in a `u` expression) or a hyphen. */
function isSpaceOrHyphen(c: number): boolean {
  if (c === 32 || c === 45 || (c >= 9 && c <= 13)) return true;
  if (c < 128) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const NO_MATCHES: PhraseMatch[] = [];

// The words of the last text scanned, shared by every finder: a sentence is searched for
// entity names and then, with the same string, for metric words (half the characters the
// finders saw on the bench draft). A word here is a run of key characters that may start a
// phrase: no letter or digit right before or after it, at most MAX_KEY long, its hash (its
// key) in some finder's table.
let lastText: string | null = null;
// Every finder's first-word hash slots (the union of their `seen` tables): scanWords keeps
// only the words some finder may start a phrase at, so each finder walks a few words per
// sentence rather than all of them. A finder made later adds its slots and forgets the scan.
const ANY_SEEN = new Uint8Array(SEEN_MASK + 1);
let wordCount = 0;
let wordStart = new Int32Array(256);
let wordEnd = new Int32Array(256);
let wordKey = new Int32Array(256);

// Letter words the same pass looks for, for another reader of the text (period.ts's cue
// words): the bits of every registered word the text holds as a whole run of letters (a-z
// in either case, "ſ" as "s", the Kelvin sign as "k"; a digit or "_" ends one as any other
// character does). One pass over the characters then serves the finders and that reader.
const LETTER_FILTER_BITS = 1 << 15;
// A bit for each 15-bit hash slot some registered word takes (4 KB): most words are answered by one bit.
const LETTER_FILTER = new Int32Array(LETTER_FILTER_BITS >> 5);
const LETTER_WORD_BITS = new Map<number, number>();
let longestLetterWord = 0;
/** The bit a registered reader wants when a letter folds from outside ASCII ("ſ", the Kelvin sign). */
let foldedLetterBit = 0;
let lastLetterBits = 0;

/** A word's hash as scanWords computes it while reading (lower-case ASCII; collisions only add bits). */
function letterWordHash(w: string): number {
  let h = 0;
  for (let i = 0; i < w.length; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
}

/**
 * Registers letter words (lower-case ASCII letters) and their bits, and the bit for a letter
 * folded from outside ASCII, for letterWordBits.
 */
export function registerLetterWords(words: readonly (readonly [string, number])[], foldedBit: number): void {
  for (const [w, bit] of words) {
    const h = letterWordHash(w);
    LETTER_WORD_BITS.set(h & SMI, (LETTER_WORD_BITS.get(h & SMI) ?? 0) | bit);
    const slot = h & (LETTER_FILTER_BITS - 1);
    LETTER_FILTER[slot >> 5] |= 1 << (slot & 31);
    if (w.length > longestLetterWord) longestLetterWord = w.length;
  }
  foldedLetterBit |= foldedBit;
  lastText = null;
}

/** The bits of the registered letter words `text` holds, with the folded-letter bit if it has "ſ" or the Kelvin sign. */
export function letterWordBits(text: string): number {
  scanWords(text);
  return lastLetterBits;
}

/** The bits of the letter word of hash `h` and `length` characters, 0 when none is registered. */
function letterWord(h: number, length: number): number {
  const slot = h & (LETTER_FILTER_BITS - 1);
  if (length > longestLetterWord || (LETTER_FILTER[slot >> 5] & (1 << (slot & 31))) === 0) return 0;
  return LETTER_WORD_BITS.get(h & SMI) ?? 0;
}

function scanWords(text: string): void {
  if (text === lastText) return;
  lastText = null;
  wordCount = 0;
  let bits = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    let h = c < 128 ? KEY_CHAR[c] : keyChar(c);
    if (h === 0) {
      i++;
      continue;
    }
    // The character before is never a key character here (a run is read to its end); it can
    // still be a letter or digit that folds to no key ("é").
    const before = i > 0 && text.charCodeAt(i - 1) >= 128 && wordBefore(text, i);
    // The run of letters inside this run of key characters being read: its hash and start (-1: none).
    let lh = h;
    let ls = i;
    if (h < 97) ls = -1; // a digit or "_": key characters below "a"
    else if (c >= 128) bits |= foldedLetterBit;
    let j = i + 1;
    for (; j < n; j++) {
      c = text.charCodeAt(j);
      const d = c < 128 ? KEY_CHAR[c] : keyChar(c);
      if (d === 0) break;
      h = (Math.imul(h, 31) + d) | 0;
      if (d >= 97) {
        if (ls < 0) {
          lh = d;
          ls = j;
        } else lh = (Math.imul(lh, 31) + d) | 0;
        if (c >= 128) bits |= foldedLetterBit;
      } else if (ls >= 0) {
        bits |= letterWord(lh, j - ls);
        ls = -1;
      }
    }
    if (ls >= 0) bits |= letterWord(lh, j - ls);
    if (ANY_SEEN[h & SEEN_MASK] !== 0 && !before && j - i <= MAX_KEY && !(j < n && c >= 128 && wordAt(text, j))) {
      if (wordCount === wordStart.length) {
        const start = new Int32Array(wordCount * 2);
        start.set(wordStart);
        wordStart = start;
        const end = new Int32Array(wordCount * 2);
        end.set(wordEnd);
        wordEnd = end;
        const key = new Int32Array(wordCount * 2);
        key.set(wordKey);
        wordKey = key;
      }
      wordStart[wordCount] = i;
      wordEnd[wordCount] = j;
      wordKey[wordCount++] = h & SMI;
    }
    i = j;
  }
  lastLetterBits = bits;
  lastText = text;
}

/**
 * A finder for `phrases` (lower-case, in priority order), or null when one of them is not
 * plain. With `flexibleSpaces`, a space in a phrase stands for one or more white-space
 * characters or hyphens (`[\s-]+`), as in the metric vocabulary.
 */
export function phraseFinder(phrases: readonly string[], flexibleSpaces: boolean): PhraseFinder | null {
  // By a hash of the first word: a text's word is hashed as it is read, with no string made.
  // The phrases whose first words fall in one slot of a table of hash bits are chained in
  // priority order (the first, then each one's next, -1 ending the chain); the full hash and
  // matchAt tell them apart. Typed arrays, not a map from hash to list: a text word is
  // answered by two array reads, not a map look-up.
  const slotFirst = new Int32Array(SEEN_MASK + 1).fill(-1);
  const slotLast = new Int32Array(SEEN_MASK + 1).fill(-1);
  const nextInSlot = new Int32Array(phrases.length).fill(-1);
  const firstKey = new Int32Array(phrases.length);
  // The length of each phrase's first word (its leading key characters), and the first phrase
  // with the same first word: a text word is compared once with "revenue", not once for each
  // of "revenue run rate", "revenue target", "revenue goal"…
  const firstLen = new Int32Array(phrases.length);
  const firstGroup = new Int32Array(phrases.length);
  const groupOf = new Map<string, number>();
  for (let p = 0; p < phrases.length; p++) {
    const s = phrases[p];
    if (!/^[a-z0-9_][\x20-\x7e]*$/.test(s) || /[A-Z]/.test(s)) return null;
    // A flexible space must sit between two letters or digits, so "[\s-]+" never has to give anything back.
    if (flexibleSpaces && (/ $/.test(s) || / (?![a-z0-9])/.test(s))) return null;
    let h = 0;
    let k = 0;
    for (; k < s.length && keyIndex(s.charCodeAt(k)) >= 0; k++) h = (Math.imul(h, 31) + s.charCodeAt(k)) | 0;
    if (k > MAX_KEY) return null;
    firstLen[p] = k;
    const first = s.slice(0, k);
    if (!groupOf.has(first)) groupOf.set(first, p);
    firstGroup[p] = groupOf.get(first) ?? p;
    firstKey[p] = h & SMI;
    const slot = h & SEEN_MASK;
    if (slotLast[slot] < 0) slotFirst[slot] = p;
    else nextInSlot[slotLast[slot]] = p;
    slotLast[slot] = p;
  }

  for (let k = 0; k <= SEEN_MASK; k++) if (slotFirst[k] >= 0) ANY_SEEN[k] = 1;
  lastText = null;

  let sawLongS = false;
  /**
   * Where characters `from` to `to` of phrase `p`, matched at `i`, end in the text (before
   * the look-ahead), or -1; sets sawLongS, starting from `longS` (an "ſ" matched before).
   */
  const matchAt = (text: string, i: number, p: number, from: number, to: number, longS: boolean): number => {
    const s = phrases[p];
    sawLongS = longS;
    for (let k = from; k < to; k++) {
      const pc = s.charCodeAt(k);
      if (pc === 32 && flexibleSpaces) {
        if (i >= text.length || !isSpaceOrHyphen(text.charCodeAt(i))) return -1;
        i++;
        while (i < text.length && isSpaceOrHyphen(text.charCodeAt(i))) i++;
        continue;
      }
      const c = text.charCodeAt(i);
      if (i >= text.length || folded(c) !== pc) return -1;
      if (c === 0x17f) sawLongS = true;
      i++;
    }
    return i;
  };

  return (text) => {
    scanWords(text);
    let out: PhraseMatch[] | null = null;
    // Where the last match ended: the words inside it are not tried again.
    let from = 0;
    for (let w = 0; w < wordCount; w++) {
      const i = wordStart[w];
      const key = wordKey[w];
      if (i < from) continue;
      // A phrase can only match from a word that is its whole first word: the character after
      // a first word is never a key character, so the text's run of them must end there too.
      const len = wordEnd[w] - i;
      let group = -1;
      let groupEnd = -1;
      let groupLongS = false;
      for (let p = slotFirst[key & SEEN_MASK]; p >= 0; p = nextInSlot[p]) {
        if (firstKey[p] !== key || firstLen[p] !== len) continue;
        if (firstGroup[p] !== group) {
          group = firstGroup[p];
          groupEnd = matchAt(text, i, p, 0, len, false);
          groupLongS = sawLongS;
        }
        if (groupEnd < 0) continue;
        const end = matchAt(text, groupEnd, p, len, phrases[p].length, groupLongS);
        if (end < 0 || wordAt(text, end)) continue;
        (out ??= []).push({ start: i, end, phrase: p, plain: !sawLongS });
        from = end;
        break;
      }
    }
    return out ?? NO_MATCHES;
  };
}
