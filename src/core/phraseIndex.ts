// Finding any of a few hundred phrases (metric words, entity names) in a sentence in one
// pass over its words. One regular expression alternating every phrase, run at every
// position of every sentence, was a visible share of analyze() (issue 5 profile); here
// each word is looked up by its lower-case text, and only the phrases that start with
// that word are tried, anchored where it starts. The answers are the same as the single
// alternation's: a phrase can only start where a word starts (both demand no letter,
// digit or underscore before it), a phrase's first word is the whole word there (the
// phrase goes on with a non-word character, or ends where a non-word character must
// follow), and the phrases tried at a word keep the alternation's order, longest first.

export interface PhraseMatch {
  start: number;
  end: number;
  /** The text matched, as written in the sentence. */
  text: string;
}

export interface PhraseIndex {
  /** Every phrase in `text`, leftmost first, never overlapping. */
  find(text: string): PhraseMatch[];
}

const WORD = /[\p{L}\p{N}_]+/gu;
const FIRST_WORD = /^[\p{L}\p{N}_]+/u;
const WORD_CHAR = /[\p{L}\p{N}_]/uy;

/** JavaScript's \s (white space and line terminators) or a hyphen: what joins a phrase's words when spaces are flexible. */
function isGap(c: number): boolean {
  return (
    c === 32 || c === 45 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** Where `pieces` (lower-case literals) match from `at`, case-insensitively and ending at a word boundary; -1 if not. */
function matchAt(text: string, at: number, pieces: readonly string[]): number {
  let pos = at;
  for (let i = 0; i < pieces.length; i++) {
    if (i > 0) {
      const gapStart = pos;
      while (pos < text.length && isGap(text.charCodeAt(pos))) pos++;
      if (pos === gapStart) return -1;
    }
    const piece = pieces[i];
    if (text.slice(pos, pos + piece.length).toLowerCase() !== piece) return -1;
    pos += piece.length;
  }
  WORD_CHAR.lastIndex = pos;
  return WORD_CHAR.test(text) ? -1 : pos;
}

/** Whether the code point ending at `at` is a letter, digit or underscore (what must not precede a phrase). */
function wordCharBefore(text: string, at: number): boolean {
  return at > 0 && WORD_CHAR_AT_END.test(text.slice(Math.max(0, at - 2), at));
}
const WORD_CHAR_AT_END = /[\p{L}\p{N}_]$/u;

/**
 * `phrases` in the order the alternation tried them (longest first). With `flexibleSpaces`
 * a space in a phrase stands for any run of white space and hyphens ("run rate" matches
 * "run-rate"); otherwise every character is literal. Phrases that start with a letter,
 * digit or underscore are keyed by their first word; the rare others (a writer's alias
 * such as "$AI") are tried at each non-word character between words.
 */
export function buildPhraseIndex(phrases: readonly string[], flexibleSpaces: boolean): PhraseIndex {
  const byFirstWord = new Map<string, string[][]>();
  const others: string[][] = [];
  for (const phrase of phrases) {
    const lower = phrase.toLowerCase();
    if (!lower) continue;
    const pieces = flexibleSpaces ? lower.split(' ') : [lower];
    const first = FIRST_WORD.exec(lower);
    if (!first) {
      others.push(pieces);
      continue;
    }
    const list = byFirstWord.get(first[0]);
    if (list) list.push(pieces);
    else byFirstWord.set(first[0], [pieces]);
  }
  return {
    find(text) {
      const out: PhraseMatch[] = [];
      let pos = 0;
      scan: while (pos < text.length) {
        WORD.lastIndex = pos;
        const w = WORD.exec(text);
        const wordAt = w ? w.index : text.length;
        if (others.length) {
          for (let i = pos; i < wordAt; i++) {
            if (wordCharBefore(text, i)) continue;
            for (const pieces of others) {
              const end = matchAt(text, i, pieces);
              if (end < 0) continue;
              out.push({ start: i, end, text: text.slice(i, end) });
              pos = end;
              continue scan;
            }
          }
        }
        if (!w) break;
        pos = w.index + w[0].length;
        const candidates = byFirstWord.get(w[0].toLowerCase());
        if (!candidates) continue;
        for (const pieces of candidates) {
          const end = matchAt(text, w.index, pieces);
          if (end < 0) continue;
          out.push({ start: w.index, end, text: text.slice(w.index, end) });
          pos = end;
          break;
        }
      }
      return out;
    },
  };
}
