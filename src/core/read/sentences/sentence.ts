// Sentence boundaries in a run of prose. A claim is a sentence, so a boundary in the wrong
// place splits "from $1 billion to $5 billion" from its "500% increase", and a missed one
// glues two figures about different things together. Finance prose is full of periods that
// end nothing: decimals ("$1.4 trillion" has none after the number, but "1.4" has one),
// abbreviations ("U.S.", "e.g.", "Inc.", "Oct."), initials ("Sam A. Altman").
import type { Span } from '../../types';

/** Words whose trailing period does not end a sentence (lower-case, without the period). */
const ABBREVIATIONS = new Set([
  'e.g', 'i.e', 'etc', 'vs', 'cf', 'approx', 'est', 'incl', 'excl', 'no', 'nos', 'fig', 'figs', 'vol', 'p', 'pp',
  'inc', 'corp', 'co', 'ltd', 'llc', 'plc', 'bros', 'dept', 'univ', 'assn',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'gov', 'sen', 'rep', 'rev',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'u.s', 'u.k', 'u.n', 'e.u', 'a.i', 'n.y', 'd.c', 'u.s.a', 'a.m', 'p.m',
]);

/** Closing punctuation that may follow a sentence end: quotes, brackets. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\u00a0';
}

const LETTER_OR_DOT = /[\p{L}.]/u;

/** Whether the code unit at `i` (`c`) is a letter or a dot; ASCII by code, the rest by pattern. */
function isLetterOrDot(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 46;
  return LETTER_OR_DOT.test(text[i]);
}

/** The word (letters and inner dots) that ends right before index `dot`. */
function wordBefore(text: string, dot: number): string {
  // Bounded: an abbreviation is short, and a long run of "a.a.a.…" must not make this quadratic.
  let i = dot;
  const stop = Math.max(0, dot - 12);
  while (i > stop && isLetterOrDot(text.charCodeAt(i - 1), text, i - 1)) i--;
  return text.slice(i, dot);
}

/** Abbreviations always followed by a name or a number: titles, month names, "vs", "e.g". */
const NEVER_ENDS = /^(?:mr|mrs|ms|dr|prof|st|gen|gov|sen|rep|rev|no|nos|fig|figs|vol|p|pp|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|vs|cf|e\.g|i\.e|approx|est|incl|excl)$/;
/** A capital followed by a lower-case letter: an ordinary sentence start. */
const ORDINARY_START = /^\p{Lu}\p{Ll}/u;
const INITIAL = /^\p{Lu}$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/**
 * What a sentence starts with: a capital, a digit, a currency sign, a quote or a bracket, or
 * a bullet ("•") as releases pasted from a PDF list their highlights: "… were $17.01 billion.
 * •Capital return program – …" is two statements, each about its own figures.
 */
const SENTENCE_START = /[\p{Lu}\p{N}$€£¥"'“‘(\[*_~#•]/u;

/**
 * Whether the "." at `dot` ends a sentence. `next` is the index of the first non-space
 * character after it (and after any closing quote or bracket).
 */
function periodEnds(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "... the U.S. The company" does end; "U.S. revenue" does not. After an abbreviation,
    // only a capital followed by more lower-case letters (an ordinary sentence start) ends it,
    // and not after titles and month names, which are always followed by a name or a number.
    if (NEVER_ENDS.test(lower)) return false;
    return ORDINARY_START.test(text.slice(next, next + 2));
  }
  // A single capital letter is an initial ("Sam A. Altman"), except "I.".
  if (INITIAL.test(word) && word !== 'I') return false;
  // Dotted acronyms not in the list ("N.V.") behave like abbreviations.
  if (DOTTED.test(word)) return ORDINARY_START.test(text.slice(next, next + 2));
  return true;
}

/** The span from `start` to `end`, trimmed of white space, if anything is left (a module function: no closure per call). */
function pushTrimmed(spans: Span[], text: string, start: number, end: number, offset: number): void {
  let s = start;
  let e = end;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  if (e > s) spans.push({ start: s + offset, end: e + offset });
}

/** Whether a code unit is one of the marks that may end a sentence: ". ! ? …". */
export function isEndMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026;
}

/** Past the mark at `i`: past a run such as "?!" or "..." (they end together) and any closing quotes or brackets. */
export function pastMarks(text: string, i: number): number {
  let j = i + 1;
  while (j < text.length && (text[j] === '.' || text[j] === '!' || text[j] === '?')) j++;
  while (j < text.length && CLOSERS.has(text[j])) j++;
  return j;
}

/**
 * Whether the mark at `i`, with its run ending at `j` (pastMarks), ends a sentence: white
 * space follows, then something that can start one. At the end of the text it ends none
 * (the text's end ends the last sentence anyway).
 */
export function endsSentence(text: string, i: number, j: number): boolean {
  if (j < text.length && !isSpace(text[j])) return false; // "1.4", "OpenAI.com", "e.g.,"
  let next = j;
  while (next < text.length && isSpace(text[next])) next++;
  if (next >= text.length) return false;
  // A sentence starts with a capital, a digit, a currency sign, a quote or a bracket.
  if (!SENTENCE_START.test(text[next])) return false;
  return text.charCodeAt(i) !== 46 || j !== i + 1 || periodEnds(text, i, next);
}

/** Where `mark` next occurs at or after `from`: `known` while it is still ahead (or -1, none left), else a new search. */
function nextAt(text: string, mark: string, known: number, from: number): number {
  return known < 0 || known >= from ? known : text.indexOf(mark, from);
}

/** The smallest of the places found (-1: none). */
function earliest(a: number, b: number, c: number, d: number): number {
  let m = a;
  if (b >= 0 && (m < 0 || b < m)) m = b;
  if (c >= 0 && (m < 0 || c < m)) m = c;
  if (d >= 0 && (m < 0 || d < m)) m = d;
  return m;
}

/**
 * Sentence spans of `text` (offsets shifted by `offset`), trimmed of surrounding space.
 * A sentence ends at ".", "!" or "?" (with any closing quotes or brackets) followed by
 * white space and then something that can start a sentence; at a line break followed by a
 * list-like or heading-like start is not considered here (segments already split those).
 */
export function splitSentences(text: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // Only ". ! ? …" can end a sentence: each is found by indexOf (a native scan, not a
  // charCodeAt per character of the document's prose) and its place kept until passed.
  let dot = text.indexOf('.');
  let bang = text.indexOf('!');
  let ask = text.indexOf('?');
  let ellipsis = text.indexOf('\u2026');
  for (let i = earliest(dot, bang, ask, ellipsis); i >= 0; i = earliest(dot, bang, ask, ellipsis)) {
    const j = pastMarks(text, i);
    // The search goes on from j: "1.4", "OpenAI.com", "e.g.,": the whole run of marks is passed at once.
    dot = nextAt(text, '.', dot, j);
    bang = nextAt(text, '!', bang, j);
    ask = nextAt(text, '?', ask, j);
    ellipsis = nextAt(text, '\u2026', ellipsis, j);
    if (endsSentence(text, i, j)) {
      pushTrimmed(spans, text, start, j, offset);
      start = j;
    }
  }
  pushTrimmed(spans, text, start, text.length, offset);
  return spans;
}
