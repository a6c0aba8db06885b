// Segment text → the figures in it, with exact spans: "$1.4 trillion", "~$25 billion",
// "$10-12 billion", "+25pp", "five percent", "fourfold", "900 million weekly active users".
//
// A reader of our own rather than an NLP library (see design.md, "compromise"): it must
// keep up with typing in a 1 MB draft. The text is tokenized once in a single pass
// (tokens.ts); figures are then read token by token with a fixed, small look-ahead and
// look-behind, so the whole read is linear in the length of the text. The only regular
// expressions are the pre-checks below, which are plain character classes and literal
// alternatives.
import type { Qualifier, Quantity, QuantityKind, Span } from '../../types';
import { CJK as CJK_TOKEN, NUM as NUM_TOKEN, SYM as SYM_TOKEN, WORD as WORD_TOKEN, digitValue, tokenizeShared, type Tokens } from './tokens';
import { FOLD_VERBS, MULTIPLIER_WORDS, NUMBER_WORD_VALUES, wordValue } from './numberWords';
import {
  CJK_WAN,
  CJK_YI,
  SCALE_ABBREVIATIONS,
  SCALE_LETTERS,
  SCALE_WORDS,
  VAGUE_MULTIPLIERS,
  VAGUE_SCALES,
} from './scales';
import {
  COUNT_NOUNS,
  CURRENCY_CODES,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  DOLLAR_PREFIXES,
  QUALIFIER_PHRASES,
  QUALIFIER_SYMBOLS,
} from './units';

// Local copies: read in the innermost loops, and a module binding may be an accessor.
const NUM = NUM_TOKEN;
const WORD = WORD_TOKEN;
const CJK = CJK_TOKEN;
const SYM = SYM_TOKEN;

/** Words after a fold verb that make it another word: "doubled down", "triple digits", "double dip". */
const NOT_AFTER_FOLD: ReadonlySet<string> = new Set(['down', 'digit', 'digits', 'dip', 'check', 'checked', 'team', 'play']);
/** Anything that could start a figure written with digits or symbols. */
const HAS_FIGURE_CHAR = /[0-9$€£¥￥₹₩%％\uFF10-\uFF19\u0660-\u0669\u06F0-\u06F9]/;
/** Words that can carry a figure on their own ("five percent", "twice", "billions of dollars"). */
const FIGURE_WORDS: ReadonlySet<string> = new Set([
  ...NUMBER_WORD_VALUES.keys(),
  ...MULTIPLIER_WORDS.keys(),
  ...FOLD_VERBS.keys(),
  ...VAGUE_MULTIPLIERS.keys(),
  ...VAGUE_SCALES.keys(),
  ...SCALE_WORDS.keys(),
]);

/**
 * Whether `text` has a word that may carry a figure. A hand scan rather than one large
 * alternation, so it stays linear and checkable: each run of ASCII letters is looked up once.
 */
function hasFigureWord(text: string): boolean {
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) {
      i++;
      continue;
    }
    const start = i;
    while (i < n) {
      c = text.charCodeAt(i) | 0x20;
      if (c < 97 || c > 122) break;
      i++;
    }
    const len = i - start;
    if (len >= 3 && len <= 16) {
      const w = text.slice(start, i).toLowerCase();
      if (FIGURE_WORDS.has(w) || (len > 4 && w.endsWith('fold'))) return true;
    }
  }
  return false;
}

/** 10^0..10^15, each exact in a double. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Numbers beyond this many integer digits are not figures anyone writes; drop them. */
const MAX_INT_DIGITS = 30;

/** 'bp': basis points, read as percentage points (a hundredth of one each). */
type UnitKind = 'percent' | 'pp' | 'bp' | 'multiple' | 'money';

/**
 * One end of a figure as read, `[currency] number [scale] [unit]`, in flat fields filled in
 * place. A figure's ends are scratch records reused from figure to figure (scratchEnd): read
 * as separate objects they were five short-lived objects per end, most of what reading a
 * figure allocated.
 */
class End {
  /** The currency written before the number ('USD' for "$"), or null. */
  currency: string | null = null;
  currencyFirst = -1;
  currencyLast = -1;

  value = 0;
  decimals = 0;
  /** How many integer digits the number has as written, without separators (to tell years from amounts). */
  intLen = 0;
  grouped = false;
  words = false;
  numFirst = -1;
  numLast = -1;

  hasScale = false;
  scale = 1;
  /** The scale's tokens: its text is sliced only when a figure keeps it. */
  scaleFirst = -1;
  scaleLast = -1;
  scaleLetters = false;

  /** The unit after the number (and scale), or null. */
  unit: UnitKind | null = null;
  /** The currency a money unit names ("dollars" → 'USD'). */
  unitCurrency: string | undefined = undefined;
  unitLast = -1;
}

function setNumber(e: End, value: number, decimals: number, intLen: number, grouped: boolean, words: boolean, first: number, last: number): void {
  e.value = value;
  e.decimals = decimals;
  e.intLen = intLen;
  e.grouped = grouped;
  e.words = words;
  e.numFirst = first;
  e.numLast = last;
}

/** Records a scale on `e`; true, for the reader's `return`. */
function setScale(e: End, scale: number, first: number, last: number, letters: boolean): true {
  e.hasScale = true;
  e.scale = scale;
  e.scaleFirst = first;
  e.scaleLast = last;
  e.scaleLetters = letters;
  return true;
}

/** Records a currency on `e`; true, for the reader's `return`. */
function setCurrency(e: End, currency: string, first: number, last: number): true {
  e.currency = currency;
  e.currencyFirst = first;
  e.currencyLast = last;
  return true;
}

/** Records a unit on `e`; true, for the reader's `return`. */
function setUnit(e: End, unit: UnitKind, last: number, currency?: string): true {
  e.unit = unit;
  e.unitCurrency = currency;
  e.unitLast = last;
  return true;
}

/**
 * The scratch ends of parseAt, two per level of nesting: borrowFromBetween reads the figure
 * after "and"/"to" while its own first end is still in use. Bounded by that nesting (two levels).
 */
const scratchEnds: End[] = [];
let nesting = 0;

function scratchEnd(k: number): End {
  while (scratchEnds.length <= k) scratchEnds.push(new End());
  return scratchEnds[k];
}

/**
 * Lower-cased words, cached by token index in a small direct-mapped table shared by all
 * readers: the words asked for cluster around each figure, and an array per reader indexed by
 * token grew to the segment's length (kilobytes per segment) for a handful of entries.
 */
const LOWER_SLOTS = 64;
const lowerEpoch = new Int32Array(LOWER_SLOTS);
const lowerToken = new Int32Array(LOWER_SLOTS);
const lowerText: string[] = new Array<string>(LOWER_SLOTS).fill('');
let epochs = 0;
function nextEpoch(): number {
  if (epochs >= 0x3fffffff) {
    // Start again below Int32 overflow, forgetting every entry so none is mistaken for new.
    epochs = 0;
    lowerEpoch.fill(0);
  }
  return ++epochs; // never 0, which marks an empty slot
}

class Reader {
  private readonly t: Tokens;
  /** Tells this reader's entries in the shared lower-case cache from an earlier reader's. */
  private readonly epoch = nextEpoch();

  constructor(
    private readonly text: string,
    private readonly offset: number,
    private readonly segment: number,
  ) {
    // Shared arrays: this reader is used and dropped within one readQuantities() call.
    this.t = tokenizeShared(text);
  }

  // -------------------------------------------------------------------------
  // Token helpers

  get count(): number {
    return this.t.count;
  }

  kind(i: number): number {
    return i >= 0 && i < this.t.count ? this.t.kind[i] : 0;
  }

  raw(i: number): string {
    return this.text.slice(this.t.start[i], this.t.end[i]);
  }

  lower(i: number): string {
    if (i < 0 || i >= this.t.count) return '';
    const slot = i & (LOWER_SLOTS - 1);
    if (lowerEpoch[slot] === this.epoch && lowerToken[slot] === i) return lowerText[slot];
    const s = this.raw(i).toLowerCase();
    lowerEpoch[slot] = this.epoch;
    lowerToken[slot] = i;
    lowerText[slot] = s;
    return s;
  }

  /**
   * `w` is lower-case ASCII. A word token of another length cannot lower-case to it (its
   * letters are ASCII or Latin, and none of those lower-cases to ASCII of another length),
   * so most calls end before lower-casing anything.
   */
  isWord(i: number, w: string): boolean {
    if (this.kind(i) !== WORD) return false;
    const a = this.t.start[i];
    if (this.t.end[i] - a !== w.length) return false;
    // Compared letter by letter, no lower-cased copy: an ASCII letter folds with `| 0x20`, and
    // a letter beyond ASCII never lower-cases to the ASCII of `w`.
    const text = this.text;
    for (let k = 0; k < w.length; k++) {
      const c = text.charCodeAt(a + k);
      if (c >= 128 || (c | 0x20) !== w.charCodeAt(k)) return false;
    }
    return true;
  }

  /** Whether word token i may lower-case to a word of `filter`'s set (see lowerWordFilter): if not, it need not be lower-cased to be looked up. */
  mayBeWordOf(filter: Uint16Array, i: number): boolean {
    const a = this.t.start[i];
    return mayLowerTo(filter, this.text, a, this.t.end[i] - a);
  }

  /** Token i is a symbol among `chars` (single UTF-16 units). */
  isSym(i: number, chars: string): boolean {
    if (this.kind(i) !== SYM) return false;
    const at = this.t.start[i];
    if (this.t.end[i] - at !== 1) return chars.includes(this.raw(i));
    const c = this.text.charCodeAt(at);
    for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === c) return true;
    return false;
  }

  /** Token `a` ends where token `b` begins. */
  touches(a: number, b: number): boolean {
    return a >= 0 && b < this.t.count && this.t.end[a] === this.t.start[b];
  }

  /** Token i is a hyphen joining the tokens either side of it: "5-percent", "100,000-GPU". */
  isHyphenJoin(before: number, i: number): boolean {
    return this.isSym(i, '-') && this.touches(before, i) && this.touches(i, i + 1) && this.kind(i + 1) === WORD;
  }

  start(i: number): number {
    return this.t.start[i];
  }

  end(i: number): number {
    return this.t.end[i];
  }

  // -------------------------------------------------------------------------
  // Pieces of a figure

  /** A number written with digits at token i, into `e`. */
  readDigits(i: number, e: End): boolean {
    if (this.kind(i) !== NUM) return false;
    const plain = this.readPlainDigits(i, e);
    if (plain !== undefined) return plain;
    const s = this.raw(i);
    let intDigits = '';
    let frac = '';
    let inFrac = false;
    let grouped = false;
    let groupLen = 0;
    let groupsOk = true;
    for (let p = 0; p < s.length; p++) {
      const c = s.charCodeAt(p);
      const d = digitValue(c);
      if (d >= 0) {
        if (inFrac) frac += d;
        else {
          intDigits += d;
          groupLen++;
        }
      } else if (c === 46) {
        if (inFrac) return false; // "1.2.3" is a version, not a number
        if (grouped && groupLen !== 3) groupsOk = false;
        inFrac = true;
      } else if (c === 44) {
        if (inFrac) return false;
        // Thousands groups: 1–3 digits first, then exactly 3 each.
        if (grouped ? groupLen !== 3 : groupLen > 3) groupsOk = false;
        grouped = true;
        groupLen = 0;
      }
    }
    if (grouped && !inFrac && groupLen !== 3) groupsOk = false;
    if (!groupsOk) return false;
    const stripped = intDigits.replace(/^0+(?=\d)/, '');
    if (stripped.length > MAX_INT_DIGITS) return false;
    const value = Number(frac ? `${intDigits}.${frac}` : intDigits);
    if (!Number.isFinite(value)) return false;
    setNumber(e, value, frac.length, intDigits.length, grouped, false, i, i);
    return true;
  }

  /**
   * readDigits for the usual token, ASCII digits with at most one ".", read from the text in
   * place (no copy of the token). `undefined` when the token is another shape.
   */
  readPlainDigits(i: number, e: End): boolean | undefined {
    const text = this.text;
    const a = this.t.start[i];
    const b = this.t.end[i];
    let dot = -1;
    for (let p = a; p < b; p++) {
      const c = text.charCodeAt(p);
      if (c >= 48 && c <= 57) continue;
      if (c !== 46 || dot >= 0) return undefined;
      dot = p;
    }
    const intLen = (dot < 0 ? b : dot) - a;
    let zeros = 0;
    while (zeros < intLen - 1 && text.charCodeAt(a + zeros) === 48) zeros++;
    if (intLen - zeros > MAX_INT_DIGITS) return false;
    // A "." is only ever inside a number token between digits, so the token reads as int "." frac.
    let value: number;
    const digits = dot < 0 ? b - a : b - a - 1;
    if (digits <= 15) {
      // Exact integers below 2^53 and one correctly rounded division: the same double as Number(token).
      let m = 0;
      for (let p = a; p < b; p++) if (p !== dot) m = m * 10 + (text.charCodeAt(p) - 48);
      value = dot < 0 ? m : m / POWERS_OF_TEN[b - dot - 1];
    } else {
      value = Number(text.slice(a, b));
      if (!Number.isFinite(value)) return false;
    }
    setNumber(e, value, dot < 0 ? 0 : b - dot - 1, intLen, false, false, i, i);
    return true;
  }

  /** "five", "twenty-five", "a hundred", "two hundred", into `e`. */
  readWords(i: number, e: End): boolean {
    if (this.kind(i) !== WORD) return false;
    const lw = this.lower(i);
    let last = i;
    let v: number | null;
    // "half a trillion dollars": a half of the scale after "a".
    if (lw === 'half' && this.isWord(i + 1, 'a') && SCALE_WORDS.has(this.lower(i + 2))) {
      setNumber(e, 0.5, 1, 1, false, true, i, i + 1);
      return true;
    }
    if (lw === 'a') v = this.isWord(i + 1, 'hundred') || SCALE_WORDS.has(this.lower(i + 1)) ? 1 : null;
    else v = wordValue(lw);
    if (v === null) return false;
    if (
      v >= 20 &&
      v % 10 === 0 &&
      this.isSym(i + 1, '-') &&
      this.touches(i, i + 1) &&
      this.touches(i + 1, i + 2) &&
      this.kind(i + 2) === WORD
    ) {
      const u = NUMBER_WORD_VALUES.get(this.lower(i + 2));
      if (u !== undefined && u >= 1 && u <= 9) {
        v += u;
        last = i + 2;
      }
    }
    if (v >= 1 && v <= 99 && this.isWord(last + 1, 'hundred') && lw !== 'hundred') {
      v *= 100;
      last++;
    }
    setNumber(e, v, 0, String(v).length, false, true, i, last);
    return true;
  }

  readNumber(i: number, allowWords: boolean, e: End): boolean {
    const k = this.kind(i);
    if (k === NUM) return this.readDigits(i, e);
    if (k === WORD && allowWords) return this.readWords(i, e);
    return false;
  }

  /** A scale word, abbreviation or letter at token i, into `e` (`e.hasScale` says whether there is one). */
  readScale(i: number, afterLast: number, hasCurrency: boolean, e: End): boolean {
    e.hasScale = false;
    const k = this.kind(i);
    // "a $5-billion deal": the hyphen of a compound adjective, not a range.
    if (k === SYM && this.isHyphenJoin(afterLast, i) && SCALE_WORDS.has(this.lower(i + 1))) {
      return setScale(e, SCALE_WORDS.get(this.lower(i + 1)) as number, i + 1, i + 1, false);
    }
    if (k === WORD) {
      // Most numbers are followed by a word of no scale's length: no lower-casing for those.
      if (!SCALE_TOKEN_LENGTHS.has(this.t.end[i] - this.t.start[i])) return false;
      const lw = this.mayBeWordOf(SCALE_WORD_FILTER, i) ? this.lower(i) : '';
      const word = SCALE_WORDS.get(lw);
      if (word !== undefined) return setScale(e, word, i, i, false);
      const touching = this.touches(afterLast, i);
      const abbr = SCALE_ABBREVIATIONS.get(lw);
      if (abbr !== undefined && (touching || hasCurrency)) return setScale(e, abbr, i, i, true);
      if (touching) {
        const letter = SCALE_LETTERS.get(this.raw(i));
        if (letter !== undefined) return setScale(e, letter, i, i, true);
      }
      return false;
    }
    if (k === CJK && this.touches(afterLast, i)) {
      const c = this.text.charCodeAt(this.start(i));
      if (c === CJK_WAN) {
        // "万亿": the two characters touch, so the scale's text is both tokens'.
        if (this.kind(i + 1) === CJK && this.touches(i, i + 1) && this.text.charCodeAt(this.start(i + 1)) === CJK_YI) {
          return setScale(e, 1e12, i, i + 1, false);
        }
        return setScale(e, 1e4, i, i, false);
      }
      if (c === CJK_YI) return setScale(e, 1e8, i, i, false);
    }
    return false;
  }

  /** The scale of `e` as written ('billion', 'B', '万亿'). */
  scaleText(e: End): string {
    return this.text.slice(this.t.start[e.scaleFirst], this.t.end[e.scaleLast]);
  }

  /** "$", "€", "US$", "HK$", "USD " before a number, into `e` (`e.currency` null when none). */
  readCurrency(i: number, e: End): boolean {
    e.currency = null;
    const k = this.kind(i);
    if (k === SYM) {
      const unit = CURRENCY_SYMBOLS.get(this.raw(i));
      return unit !== undefined && setCurrency(e, unit, i, i);
    }
    if (k === WORD) {
      const w = this.raw(i);
      const pre = DOLLAR_PREFIXES.get(w);
      if (pre !== undefined && this.touches(i, i + 1) && this.isSym(i + 1, '$¥＄')) return setCurrency(e, pre, i, i + 1);
      const code = CURRENCY_CODES.get(w);
      if (code !== undefined) return setCurrency(e, code, i, i);
    }
    return false;
  }

  /** What follows the number (and scale), into `e` (`e.unit` null when none): %, percent, pp, x, times, -fold, dollars, 美元. */
  readUnit(i: number, afterLast: number, e: End): boolean {
    e.unit = null;
    e.unitCurrency = undefined;
    const k = this.kind(i);
    const touching = this.touches(afterLast, i);
    if (k === SYM) {
      const s = this.raw(i);
      if (s === '%' || s === '％') {
        if (this.isWord(i + 1, 'points') && !this.touches(i, i + 1)) return setUnit(e, 'pp', i + 1);
        return setUnit(e, 'percent', i);
      }
      if (s === '×') return setUnit(e, 'multiple', i);
      if (this.isHyphenJoin(afterLast, i)) {
        const w = this.lower(i + 1);
        if (w === 'percent') return setUnit(e, 'percent', i + 1);
        // "a 5-point gain" in a sentence of percentages.
        if ((w === 'point' || w === 'points') && this.pointsArePercentagePoints(i, e)) return setUnit(e, 'pp', i + 1);
        if (w === 'percentage' && this.isHyphenJoin(i + 1, i + 2)) {
          const p = this.lower(i + 3);
          if (p === 'point' || p === 'points') return setUnit(e, 'pp', i + 3);
        }
      }
      if (s === '-' && touching && this.touches(i, i + 1) && this.isWord(i + 1, 'fold')) return setUnit(e, 'multiple', i + 1);
      return false;
    }
    if (k === WORD) {
      // Most words after a number are no unit: those are not lower-cased.
      const lw = this.mayBeWordOf(UNIT_WORD_FILTER, i) ? this.lower(i) : '';
      switch (lw) {
        case 'percent':
        case 'pct':
          return setUnit(e, 'percent', i);
        case 'per':
          return this.isWord(i + 1, 'cent') && setUnit(e, 'percent', i + 1);
        case 'percentage':
          return (this.isWord(i + 1, 'points') || this.isWord(i + 1, 'point')) && setUnit(e, 'pp', i + 1);
        case 'pp':
        case 'ppt':
        case 'ppts':
        case 'pts':
          return setUnit(e, 'pp', i);
        case 'point':
        case 'points':
          return !touching && this.pointsArePercentagePoints(i, e) && setUnit(e, 'pp', i);
        // "up 460 basis points", "+930 bps", "50bp": a hundredth of a percentage point each.
        case 'basis':
          return !touching && (this.isWord(i + 1, 'points') || this.isWord(i + 1, 'point')) && setUnit(e, 'bp', i + 1);
        case 'bps':
        case 'bp':
          return setUnit(e, 'bp', i);
        case 'x':
          return touching && setUnit(e, 'multiple', i);
        case 'times':
          return !touching && setUnit(e, 'multiple', i);
        case 'fold':
          return setUnit(e, 'multiple', i);
      }
      const word = CURRENCY_WORDS.get(lw);
      if (word !== undefined) return setUnit(e, 'money', i, word);
      // Only a word of a currency code's length is copied to be looked up.
      const code = CURRENCY_CODE_LENGTHS.has(this.t.end[i] - this.t.start[i]) ? CURRENCY_CODES.get(this.raw(i)) : undefined;
      if (code !== undefined && !touching) return setUnit(e, 'money', i, code);
      return false;
    }
    if (k === CJK && touching) {
      const c = this.raw(i);
      if (c === '美' && this.kind(i + 1) === CJK && this.raw(i + 1) === '元' && this.touches(i, i + 1)) {
        return setUnit(e, 'money', i + 1, 'USD');
      }
      if (c === '元') return setUnit(e, 'money', i, 'CNY');
    }
    return false;
  }

  /**
   * A count noun within the next few words: "users", "weekly active users", "Nvidia H100 GPUs".
   * Words are groups of touching tokens; a stop word or punctuation ends the search.
   * Returns the noun's unit; `this.nounLast` is then its last token.
   */
  readCountNoun(i: number): string | null {
    let groups = 0;
    let j = i;
    while (j < this.count && groups < 4) {
      if (this.kind(j) !== WORD) return null;
      // Most words are neither a stop word nor a count noun: those are not lower-cased.
      const lw = this.mayBeWordOf(NOUN_OR_STOP_FILTER, j) ? this.lower(j) : '';
      if (STOP_WORDS.has(lw)) return null;
      // The group is this word plus anything touching it ("H100", "weekly-active").
      let last = j;
      while (this.touches(last, last + 1) && (this.kind(last + 1) === WORD || this.kind(last + 1) === NUM || this.isSym(last + 1, '-'))) {
        last++;
      }
      const unit = COUNT_NOUNS.get(lw);
      if (unit !== undefined && last === j) {
        // "business users", "GPU servers": the head noun is the last of a run of nouns.
        const nextUnit =
          this.kind(j + 1) === WORD && !this.touches(j + 1, j + 2) && this.mayBeWordOf(NOUN_OR_STOP_FILTER, j + 1) ? COUNT_NOUNS.get(this.lower(j + 1)) : undefined;
        this.nounLast = nextUnit !== undefined ? j + 1 : j;
        return nextUnit ?? unit;
      }
      groups++;
      j = last + 1;
    }
    return null;
  }

  /**
   * A qualifier ending right before token `first`: "about", "more than", "~", "approx.".
   * Its tokens are then `this.qualifierFirst`..`first - 1`.
   */
  readQualifier(first: number): Qualifier | null {
    const j = first - 1;
    if (j < 0) return null;
    if (this.kind(j) === SYM) {
      const sym = this.raw(j);
      const q = QUALIFIER_SYMBOLS.get(sym);
      if (q !== undefined && (sym === '~' || sym === '≈' || this.touches(j, first))) {
        this.qualifierFirst = j;
        return q;
      }
      if (sym === '.' && this.isWord(j - 1, 'approx') && this.touches(j - 1, j)) {
        this.qualifierFirst = j - 1;
        return 'about';
      }
      return null;
    }
    if (this.kind(j) !== WORD || !this.mayBeWordOf(QUALIFIER_LAST_WORD_FILTER, j)) return null;
    const phrases = QUALIFIER_PHRASES_BY_LAST_WORD.get(this.lower(j));
    if (phrases === undefined) return null;
    // Indexed, no destructuring: no iterator per phrase tried.
    for (let p = 0; p < phrases.length; p++) {
      const words = phrases[p][0];
      const qualifier = phrases[p][1];
      const n = words.length;
      let ok = j - n + 1 >= 0;
      for (let w = 0; ok && w < n; w++) ok = this.isWord(j - n + 1 + w, words[w]);
      if (ok) {
        this.qualifierFirst = j - n + 1;
        return qualifier;
      }
    }
    return null;
  }

  /** The last token of the count noun readCountNoun last found. */
  nounLast = -1;
  /** The first token of the qualifier readQualifier last found (it ends right before the figure). */
  qualifierFirst = -1;

  docSpan(first: number, last: number): Span {
    return { start: this.offset + this.start(first), end: this.offset + this.end(last) };
  }

  /**
   * Whether "points" after the number `e` (at token `i`) mean percentage points: a number of
   * them no share could move past (100 at most, no scale word), in a sentence that speaks of
   * percentages ("gross margin … was 70% and decreased 2 points") and of no index, score or
   * bond yield ("the S&P 500 rose 24.49 points, or 0.4%", "scored 90 points on the benchmark",
   * "the yield climbed 25 points", where points are basis points).
   */
  pointsArePercentagePoints(i: number, e: End): boolean {
    if (e.hasScale || !(e.value <= 100)) return false;
    const at = this.t.start[i];
    const start = lastSentenceEnd(this.text, at, Math.max(0, at - 300));
    const nextEnd = SENTENCE_END.exec(this.text.slice(at, at + 300));
    const sentence = this.text.slice(start, nextEnd ? at + nextEnd.index : at + 300);
    return PERCENT_WORDS.test(sentence) && !POINTS_OF_OTHER_THINGS.test(sentence);
  }

  /** A number that is part of a name or code: "GPT-4", "H100", "Q3", "v1.2", "2024-25". */
  isIdentifierPart(i: number): boolean {
    const p = i - 1;
    if (!this.touches(p, i)) return false;
    const pk = this.kind(p);
    if (pk === WORD || pk === NUM) return true;
    if (pk === SYM && this.isSym(p, '-–./_:') && this.touches(p - 1, p)) {
      const ppk = this.kind(p - 1);
      return ppk === WORD || ppk === NUM;
    }
    return false;
  }

  // -------------------------------------------------------------------------
  // Whole figures

  /** [currency] number [scale] [unit], into `e`. */
  readEnd(i: number, allowWords: boolean, hasCurrency: boolean, e: End): boolean {
    let k = i;
    if (this.readCurrency(k, e)) {
      k = e.currencyLast + 1;
      // "$ 5 billion" is fine, "$\n\n5" across a gap is not.
      if (k >= this.count || this.start(k) - this.end(e.currencyLast) > 1) return false;
    }
    if (!this.readNumber(k, allowWords && e.currency === null, e)) return false;
    this.readScale(e.numLast + 1, e.numLast, hasCurrency || e.currency !== null, e);
    const afterNum = e.hasScale ? e.scaleLast : e.numLast;
    this.readUnit(afterNum + 1, afterNum, e);
    return true;
  }

  /**
   * The token index after the figure parseAt last returned. A field rather than a
   * `{ quantities, next }` wrapper: two objects fewer per figure read.
   */
  next = 0;

  /** The figure starting at token `i`, or null; `this.next` is then the token after it. */
  parseAt(i: number): Quantity | null {
    if (this.kind(i) === WORD) {
      const special = this.parseWordFigure(i);
      if (special) return special;
    }
    const level = nesting++;
    try {
      return this.parseEnds(i, scratchEnd(2 * level), scratchEnd(2 * level + 1));
    } finally {
      nesting--;
    }
  }

  /** parseAt for a figure of digits or symbols, its ends read into `first` and `second`. */
  parseEnds(i: number, first: End, second: End): Quantity | null {
    // Sign: "+25%", "-33%", "−33%", "-$5 billion"; never the hyphen of "GPT-4" or "2024-25".
    let sign: '+' | '-' | null = null;
    let k = i;
    if (this.kind(i) === SYM && this.isSym(i, '+-−') && this.touches(i, i + 1)) {
      const pk = this.kind(i - 1);
      if (this.touches(i - 1, i) && (pk === WORD || pk === NUM)) return null;
      sign = this.raw(i) === '+' ? '+' : '-';
      k = i + 1;
    }
    if (!this.readEnd(k, true, false, first)) return null;
    if (!sign && first.currency === null && first.numFirst === k && this.isIdentifierPart(k)) return null;
    // ".5%" lost its leading zero; reading it as 5% would be wrong, so leave it alone.
    if (this.isSym(first.numFirst - 1, '.') && this.touches(first.numFirst - 1, first.numFirst)) return null;
    if (!first.hasScale && first.unit === null && (this.isWord(i - 1, 'between') || this.isWord(i - 1, 'from'))) {
      const borrowed = this.borrowFromBetween(i, first, sign);
      if (borrowed) return borrowed;
    }

    // A range: "$10-12 billion", "$300–500 million", "$10 billion-$12 billion", "10% to 15%".
    let isRange = false;
    const firstLast = first.unit !== null ? first.unitLast : first.hasScale ? first.scaleLast : first.numLast;
    const conn = firstLast + 1;
    const isDash = this.isSym(conn, '-–—');
    const isTo = this.isWord(conn, 'to') && !first.hasScale && first.unit === null && !this.isWord(i - 1, 'from');
    // A bare year never opens a range: "from 52% in October 2024 to 70%" is a date, then
    // the second figure, not "2024 to 70%". ("2024-2025" and "2000-3000 GPUs", where the
    // second end is a bare number or a count too, stay ranges.)
    const yearFirst = first.currency === null && !first.hasScale && first.unit === null && isYearLike(first);
    if ((isDash || isTo) && this.readEnd(conn + 1, first.words, first.currency !== null, second)) {
      const yearBeforeFigure = yearFirst && (isTo || second.currency !== null || second.hasScale || second.unit !== null);
      isRange = !yearBeforeFigure && rangeFits(first, second);
    }

    // The end whose unit, scale and decimals the figure takes. When there is no second end,
    // it is the first, and a unit read after a "+" below is recorded on it.
    const last = isRange ? second : first;
    const currency = first.currency ?? (isRange ? second.currency : null);
    const scaleEnd = last.hasScale ? last : first.hasScale ? first : null;
    let afterFigure = last.unit !== null ? last.unitLast : last.hasScale ? last.scaleLast : last.numLast;
    const numEnd = last.hasScale ? last.scaleLast : last.numLast;

    // Trailing "+": "$1B+", "100,000+ GPUs" (a lower bound). -1 when none.
    let plus = -1;
    if (last.unit === null && this.isSym(numEnd + 1, '+') && this.touches(numEnd, numEnd + 1)) {
      plus = numEnd + 1;
      afterFigure = plus;
      if (this.readUnit(plus + 1, plus, last)) afterFigure = last.unitLast;
    } else if (last.unit !== null && this.isSym(last.unitLast + 1, '+') && this.touches(last.unitLast, last.unitLast + 1)) {
      plus = last.unitLast + 1;
    }
    const unit = last.unit;

    // Kind.
    let kind: QuantityKind | null = null;
    let unitText = '';
    let nounLast = -1;
    if (unit !== null && unit !== 'money') {
      if (currency !== null || (scaleEnd && unit !== 'multiple')) return null;
      if (scaleEnd && unit === 'multiple') return null;
      kind = unit === 'percent' ? 'percent' : unit === 'pp' || unit === 'bp' ? 'percentagePoints' : 'multiple';
      unitText = unit === 'percent' ? '%' : unit === 'pp' || unit === 'bp' ? 'pp' : 'x';
    } else if (currency !== null || unit === 'money') {
      // "$500 million dollars" is redundant but fine; "€5 dollars" is not a figure.
      if (currency !== null && unit === 'money' && last.unitCurrency && last.unitCurrency !== currency) return null;
      kind = 'money';
      unitText = currency ?? (last.unitCurrency ?? 'USD');
      if (unit === null) afterFigure = numEnd;
    } else {
      // "a 100,000-GPU cluster", "a 1-gigawatt campus".
      const nounAt = this.isHyphenJoin(afterFigure, afterFigure + 1) ? afterFigure + 2 : afterFigure + 1;
      const noun = this.readCountNoun(nounAt);
      if (noun !== null) {
        kind = 'count';
        unitText = noun;
        nounLast = this.nounLast;
      } else if (scaleEnd && !scaleEnd.scaleLetters) {
        kind = 'count';
      }
      afterFigure = numEnd;
    }
    if (!kind) return null;

    // Words only with an unmistakable unit: "five percent", "ten times", "two billion dollars".
    if (first.words && !(kind === 'percent' || kind === 'percentagePoints' || kind === 'multiple' || scaleEnd)) {
      return null;
    }
    // "in 2024 users…" is a year, not 2,024 users.
    if (kind === 'count' && !scaleEnd && !isRange && isYearLike(first)) return null;
    // "10xyz", "3rd", "4o": the figure runs on into a word.
    const consumed = nounLast >= 0 ? nounLast : Math.max(afterFigure, plus);
    const nk = this.kind(consumed + 1);
    if (this.touches(consumed, consumed + 1) && (nk === WORD || nk === NUM)) return null;
    if (kind === 'count' && this.touches(numEnd, numEnd + 1) && this.kind(numEnd + 1) === SYM && this.isSym(numEnd + 1, '/')) {
      return null; // "24/7 users" is not 24 users
    }

    const spanFirst = sign ? i : first.currency !== null ? first.currencyFirst : first.numFirst;
    const spanLast = kind === 'count' ? numEnd : afterFigure;
    const span = this.docSpan(spanFirst, spanLast);

    const s1 = first.hasScale ? first.scale : isRange && second.hasScale ? second.scale : 1;
    const s2 = isRange ? (second.hasScale ? second.scale : 1) : s1;
    // Basis points are read in percentage points: "460 basis points" is 4.6, to two more decimals.
    const bp = unit === 'bp' ? 0.01 : 1;
    const sgn = (sign === '-' ? -1 : 1) * bp;
    const scaled = kind === 'money' || kind === 'count';
    const lowV = sgn * first.value * (scaled ? s1 : 1);
    const highV = isRange ? sgn * second.value * (scaled ? s2 : 1) : lowV;
    if (!Number.isFinite(lowV) || !Number.isFinite(highV)) return null;
    const value = isRange ? (lowV + highV) / 2 : lowV;
    if (!Number.isFinite(value)) return null;

    let qualifier = this.readQualifier(spanFirst);
    let qualifierSpan: Span | undefined;
    if (qualifier !== null) {
      qualifierSpan = this.docSpan(this.qualifierFirst, spanFirst - 1);
    } else if (plus >= 0) {
      qualifier = 'over';
      qualifierSpan = this.docSpan(plus, plus);
    }

    const quantity: Quantity = {
      kind,
      span,
      text: this.text.slice(span.start - this.offset, span.end - this.offset),
      value,
      low: lowV,
      high: highV,
      isRange,
      unit: unitText,
      scale: scaled && scaleEnd ? scaleEnd.scale : 1,
      scaleText: scaled && scaleEnd ? this.scaleText(scaleEnd) : '',
      decimals: last.decimals + (unit === 'bp' ? 2 : 0),
      sign,
      qualifier,
      vague: false,
      words: first.words,
      segment: this.segment,
    };
    if (qualifierSpan) quantity.qualifierSpan = qualifierSpan;
    this.next = Math.max(consumed, plus) + 1;
    return quantity;
  }

  /**
   * "between $10 and $12 billion", "between 10 and 15%", "from 10 to 15%": the first end
   * takes the scale or unit of the second, as the writer meant. Returns the first end only; the second is read
   * on its own when the scan reaches it.
   */
  borrowFromBetween(i: number, first: End, sign: '+' | '-' | null): Quantity | null {
    const lastOfFirst = first.numLast;
    const joiner = this.isWord(i - 1, 'between') ? 'and' : 'to';
    if (!this.isWord(lastOfFirst + 1, joiner)) return null;
    // A nested parseAt: it reads into scratch ends of its own, so `first` stands.
    const b = this.parseAt(lastOfFirst + 2);
    if (!b) return null;
    if (first.words || b.vague) return null;
    if (first.currency !== null ? b.kind !== 'money' || b.unit !== first.currency : b.kind === 'money') return null;
    const scale = b.scale;
    // "$900,000 and $2 million": a first end written out in full is a whole figure already;
    // only a short one ("$10 and $12 billion") leaves its scale to the second.
    if (scale > 1 && Math.abs(first.value) >= 1000) return null;
    const v = (sign === '-' ? -1 : 1) * first.value * scale;
    if (!Number.isFinite(v)) return null;
    const spanFirst = sign ? i : first.currency !== null ? first.currencyFirst : first.numFirst;
    const span = this.docSpan(spanFirst, lastOfFirst);
    // b's fields in b's order (every figure's), without its qualifier.
    const quantity: Quantity = {
      kind: b.kind,
      span,
      text: this.text.slice(span.start - this.offset, span.end - this.offset),
      value: v,
      low: v,
      high: v,
      isRange: false,
      unit: b.unit,
      scale,
      // Not written here: a fix in this span must write the scale itself.
      scaleText: '',
      decimals: first.decimals,
      sign,
      qualifier: null,
      vague: b.vague,
      words: false,
      segment: b.segment,
    };
    this.next = lastOfFirst + 1;
    return quantity;
  }

  /** A fold verb's factor ("doubled" → 2), unless the word is part of another ("double-digit", "doubled down"). */
  foldVerb(i: number, lw: string): number | undefined {
    const v = FOLD_VERBS.get(lw);
    if (v === undefined) return undefined;
    if ((this.isSym(i + 1, '-') && this.touches(i, i + 1)) || NOT_AFTER_FOLD.has(this.lower(i + 1))) return undefined;
    return v;
  }

  /** Figures that start with a word: "twice", "fourfold", "hundreds of billions", "billions of dollars". */
  parseWordFigure(i: number): Quantity | null {
    const lw = this.lower(i);
    const mult = MULTIPLIER_WORDS.get(lw) ?? this.foldVerb(i, lw);
    let foldValue: number | null = null;
    if (mult === undefined && lw.length > 4 && lw.endsWith('fold')) foldValue = wordValue(lw.slice(0, -4));
    if (mult !== undefined || foldValue !== null) {
      const value = (mult ?? foldValue) as number;
      this.next = i + 1;
      return this.make('multiple', i, i, value, 'x', true);
    }
    let k = i;
    let factor = 1;
    const vm = VAGUE_MULTIPLIERS.get(lw);
    if (vm !== undefined) {
      if (!this.isWord(i + 1, 'of') || !VAGUE_SCALES.has(this.lower(i + 2))) return null;
      factor = vm;
      k = i + 2;
    }
    const scale = VAGUE_SCALES.get(this.lower(k));
    if (scale === undefined) return null;
    let kind: QuantityKind | null = vm !== undefined ? 'money' : null;
    let unit = 'USD';
    let last = k;
    if (this.isWord(k + 1, 'of')) {
      const w = this.lower(k + 2);
      const currency = CURRENCY_WORDS.get(w);
      if (currency !== undefined) {
        kind = 'money';
        unit = currency;
        last = k + 2;
      } else {
        const noun = this.readCountNoun(k + 2);
        if (noun !== null) {
          kind = 'count';
          unit = noun;
        }
      }
    }
    // "$ billions" style is rare; "billions" alone is too loose to call a figure.
    if (!kind) return null;
    const q = this.make(kind, i, last, factor * scale, unit, true);
    q.vague = true;
    q.scale = scale;
    q.scaleText = this.raw(k);
    this.next = last + 1;
    return q;
  }

  make(kind: QuantityKind, first: number, last: number, value: number, unit: string, words: boolean): Quantity {
    const span = this.docSpan(first, last);
    const q: Quantity = {
      kind,
      span,
      text: this.text.slice(span.start - this.offset, span.end - this.offset),
      value,
      low: value,
      high: value,
      isRange: false,
      unit,
      scale: 1,
      scaleText: '',
      decimals: 0,
      sign: null,
      qualifier: null,
      vague: false,
      words,
      segment: this.segment,
    };
    const qualifier = this.readQualifier(first);
    if (qualifier !== null) {
      q.qualifier = qualifier;
      q.qualifierSpan = this.docSpan(this.qualifierFirst, first - 1);
    }
    return q;
  }

  /** Whether token i may begin a figure; keeps the scan cheap over plain words. */
  mayStart(i: number): boolean {
    const k = this.kind(i);
    if (k === NUM) return true;
    if (k === SYM) {
      const at = this.t.start[i];
      if (this.t.end[i] - at === 1) {
        const c = this.text.charCodeAt(at);
        return c === 43 || c === 45 || c === 0x2212 || CURRENCY_SYMBOL_CODES.has(c);
      }
      return CURRENCY_SYMBOLS.has(this.raw(i));
    }
    if (k === WORD) {
      // Most words of prose end at the first/last-letter filter, without a string made.
      const a = this.t.start[i];
      const n = this.t.end[i] - a;
      const text = this.text;
      const last = text.charCodeAt(a + n - 1);
      if (mayBeStarter(text.charCodeAt(a), last, n)) {
        const w = this.raw(i);
        if (STARTER_WORDS.has(w)) {
          if (w === 'a' || w === 'A') return this.isWord(i + 1, 'hundred') || SCALE_WORDS.has(this.lower(i + 1));
          if (w === 'half' || w === 'Half' || w === 'HALF') return this.isWord(i + 1, 'a') && SCALE_WORDS.has(this.lower(i + 2));
          return true;
        }
      }
      return n > 4 && endsInFold(text, a + n);
    }
    return false;
  }
}

/** Words that may begin a figure, in the cases a writer types them (lower, Capitalised, UPPER). */
const STARTER_WORDS: ReadonlySet<string> = (() => {
  const set = new Set<string>([...DOLLAR_PREFIXES.keys(), ...CURRENCY_CODES.keys()]);
  const lower = [
    ...NUMBER_WORD_VALUES.keys(),
    ...MULTIPLIER_WORDS.keys(),
    ...FOLD_VERBS.keys(),
    ...VAGUE_MULTIPLIERS.keys(),
    ...VAGUE_SCALES.keys(),
    'a',
    'half',
  ];
  for (const w of lower) {
    set.add(w);
    set.add(w[0].toUpperCase() + w.slice(1));
    set.add(w.toUpperCase());
  }
  return set;
})();

/**
 * Whether the text just before `end` is "fold" in any case ("tenfold", "Threefold"): compared
 * letter by letter, no slice and lower-cased copy per word ending in "d". Only ASCII letters
 * lower-case into "f", "o", "l" and "d", so `| 0x20` is the whole of toLowerCase here.
 */
export function endsInFold(text: string, end: number): boolean {
  return (
    (text.charCodeAt(end - 4) | 0x20) === 102 &&
    (text.charCodeAt(end - 3) | 0x20) === 111 &&
    (text.charCodeAt(end - 2) | 0x20) === 108 &&
    (text.charCodeAt(end - 1) | 0x20) === 100
  );
}

/**
 * A filter in front of STARTER_WORDS: one bit per (first character, last character, length)
 * that some starter word has. A word whose bit is clear is no starter; one whose bit is set is
 * looked up. Characters are folded to 7 bits on both sides, so the filter has no false "no".
 */
const STARTER_FILTER: Uint16Array = (() => {
  const f = new Uint16Array(1 << 14);
  for (const w of STARTER_WORDS) f[((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(w.length - 1) & 127)] |= 1 << Math.min(w.length, 15);
  return f;
})();

function mayBeStarter(first: number, last: number, length: number): boolean {
  return (STARTER_FILTER[((first & 127) << 7) | (last & 127)] & (1 << Math.min(length, 15))) !== 0;
}

/** Lengths of the scale words, abbreviations and letters (all ASCII, so lower-casing keeps a length). */
const SCALE_TOKEN_LENGTHS: ReadonlySet<number> = new Set(
  [...SCALE_WORDS.keys(), ...SCALE_ABBREVIATIONS.keys(), ...SCALE_LETTERS.keys()].map((w) => w.length),
);

/** Lengths of the currency codes ("USD"). */
const CURRENCY_CODE_LENGTHS: ReadonlySet<number> = new Set([...CURRENCY_CODES.keys()].map((w) => w.length));

/** The currency symbols of one UTF-16 unit, by code (the others are looked up as strings). */
const CURRENCY_SYMBOL_CODES: ReadonlySet<number> = new Set(
  [...CURRENCY_SYMBOLS.keys()].filter((s) => s.length === 1).map((s) => s.charCodeAt(0)),
);

/** QUALIFIER_PHRASES grouped by their last word, each group in the original (longest-first) order. */
const QUALIFIER_PHRASES_BY_LAST_WORD: ReadonlyMap<string, readonly (readonly [string[], Qualifier])[]> = (() => {
  const m = new Map<string, [string[], Qualifier][]>();
  for (const [words, qualifier] of QUALIFIER_PHRASES) {
    const key = words[words.length - 1];
    let group = m.get(key);
    if (!group) m.set(key, (group = []));
    group.push([words, qualifier]);
  }
  return m;
})();

const STOP_WORDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'to',
  'from',
  'in',
  'by',
  'for',
  'than',
  'at',
  'on',
  'with',
  'per',
  'a',
  'an',
  'the',
  'of',
  'is',
  'are',
  'was',
  'were',
  'that',
  'which',
  'who',
]);

/**
 * A filter in front of a set of lower-case ASCII words: one bit per (first letter, last
 * letter, length) that some word of the set has. Only a token whose bit is set can lower-case
 * to one of them (see mayLowerTo), so only those are lower-cased to be looked up.
 */
export function lowerWordFilter(words: Iterable<string>): Uint16Array {
  const f = new Uint16Array(1 << 14);
  for (const w of words) f[((w.charCodeAt(0) & 127) << 7) | (w.charCodeAt(w.length - 1) & 127)] |= 1 << Math.min(w.length, 15);
  return f;
}

/**
 * Whether the word text[a, a + n) may lower-case to a word of `filter`'s set. A letter beyond
 * ASCII never lower-cases to ASCII of the same length, so a word that starts or ends with one
 * lower-cases to none of them; an ASCII letter lower-cases with `| 0x20`.
 */
export function mayLowerTo(filter: Uint16Array, text: string, a: number, n: number): boolean {
  const first = text.charCodeAt(a);
  const last = text.charCodeAt(a + n - 1);
  if (first >= 128 || last >= 128) return false;
  return (filter[((first | 0x20) << 7) | (last | 0x20)] & (1 << Math.min(n, 15))) !== 0;
}

/** Every word readUnit's switch names, and the currency words it looks up after it. */
const UNIT_WORDS: readonly string[] = ['percent', 'pct', 'per', 'percentage', 'pp', 'ppt', 'ppts', 'pts', 'point', 'points', 'basis', 'bps', 'bp', 'x', 'times', 'fold'];
const UNIT_WORD_FILTER = lowerWordFilter([...UNIT_WORDS, ...CURRENCY_WORDS.keys()]);
const SCALE_WORD_FILTER = lowerWordFilter([...SCALE_WORDS.keys(), ...SCALE_ABBREVIATIONS.keys()]);
const NOUN_OR_STOP_FILTER = lowerWordFilter([...COUNT_NOUNS.keys(), ...STOP_WORDS]);
const QUALIFIER_LAST_WORD_FILTER = lowerWordFilter(QUALIFIER_PHRASES_BY_LAST_WORD.keys());

function isYearLike(e: End): boolean {
  if (e.grouped || e.decimals > 0 || e.intLen !== 4) return false;
  return e.value >= 1900 && e.value <= 2100;
}

/** The ends of a range must agree: same currency, same kind of unit, no scale lost on the second. */
function rangeFits(a: End, b: End): boolean {
  if (a.currency !== null && b.currency !== null && a.currency !== b.currency) return false;
  if (a.currency === null && b.currency !== null) return false;
  if (a.hasScale && !b.hasScale) return false;
  if (a.unit !== null && (b.unit === null || b.unit !== a.unit)) return false;
  if (b.words !== a.words) return false;
  return true;
}

/** A full stop, question or exclamation mark that ends a sentence (not the point of "1.7"). */
const SENTENCE_END = /[.!?](?=\s|$)/;
/** Where the sentence holding offset `at` starts: just after the last sentence end before it, or `from` (how far back to look). */
function lastSentenceEnd(text: string, at: number, from: number): number {
  for (let k = at - 1; k >= from; k--) {
    const c = text[k];
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[k + 1] ?? ' ')) return k + 1;
  }
  return from;
}
/** Words of a sentence that speaks of percentages. */
const PERCENT_WORDS = /%|\bper\s?cent|\bpercentage\b/i;
/** Words of points that are no percentage points: a stock index's, a test's, a ranking's, or a yield's (basis points). */
const POINTS_OF_OTHER_THINGS = /\b(?:index|indices|indexes|dow|s&p|nasdaq|nikkei|ftse|dax|kospi|hang\s{1,3}seng|stoxx|composite|scor(?:e|es|ed|ing)|benchmarks?|elo|ratings?|leaderboard|exam|test|yields?|bonds?|treasury|treasuries|mortgage|interest\s{1,3}rates?)\b/i;

/**
 * Every figure in `text` (a segment's text, code and URLs already blanked). Spans are
 * document offsets: `offset` is where the segment starts. Never throws on odd input.
 */
export function readQuantities(text: string, offset = 0, segment = 0): Quantity[] {
  return readQuantitiesInto(text, offset, segment, []);
}

/** readQuantities, appending to `out` (a block's list: no array per segment); returns `out`. */
export function readQuantitiesInto(text: string, offset: number, segment: number, out: Quantity[]): Quantity[] {
  if (!HAS_FIGURE_CHAR.test(text) && !hasFigureWord(text)) return out;
  const r = new Reader(text, offset, segment);
  let i = 0;
  while (i < r.count) {
    if (!r.mayStart(i)) {
      i++;
      continue;
    }
    const found = r.parseAt(i);
    if (found && r.next > i) {
      out.push(found);
      i = r.next;
    } else {
      i++;
    }
  }
  return out;
}
