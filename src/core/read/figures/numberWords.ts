// Numbers written as words: "five percent", "ten times", "fourfold", "a hundred million".
// Only the forms finance prose uses; anything longer is written in digits anyway.

/** zero..twenty by value, for writing a small whole number back in words. */
export const SMALL_NUMBER_WORDS: readonly string[] = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Every single word with its value: "five" → 5, "forty" → 40, "hundred" → 100, "dozen" → 12. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  SMALL_NUMBER_WORDS.forEach((w, i) => m.set(w, i));
  for (const [w, v] of Object.entries(TENS)) m.set(w, v);
  m.set('hundred', 100);
  m.set('dozen', 12);
  return m;
})();

/**
 * The value of a word or a hyphenated compound ("forty-two"), lower-case input; null when
 * it is not a number word.
 */
export function wordValue(word: string): number | null {
  const direct = NUMBER_WORD_VALUES.get(word);
  if (direct !== undefined) return direct;
  const dash = word.indexOf('-');
  if (dash > 0) {
    const tens = TENS[word.slice(0, dash)];
    const unit = NUMBER_WORD_VALUES.get(word.slice(dash + 1));
    if (tens !== undefined && unit !== undefined && unit >= 1 && unit <= 9) return tens + unit;
  }
  return null;
}

/**
 * Verbs that state a multiple ("revenue doubled", "set to triple", "halved"): figures in
 * their own right, and their own direction word. Not before a hyphen ("double-digit") or
 * "down" ("doubled down"): quantity.ts checks the word after.
 */
export const FOLD_VERBS: ReadonlyMap<string, number> = new Map([
  ...['double', 'doubles', 'doubled', 'doubling'].map((w) => [w, 2] as [string, number]),
  ...['triple', 'triples', 'tripled', 'tripling'].map((w) => [w, 3] as [string, number]),
  ...['quadruple', 'quadruples', 'quadrupled', 'quadrupling'].map((w) => [w, 4] as [string, number]),
  ...['halve', 'halves', 'halved', 'halving'].map((w) => [w, 0.5] as [string, number]),
]);

/** Whether a figure's text is a fold verb ("doubled"): the writer's verb, never rewritten by a fix. */
export function isFoldVerb(text: string): boolean {
  return FOLD_VERBS.has(text.toLowerCase());
}

/** Multiplier words: "twice" → 2, "thrice" → 3; "fourfold" etc. are read as number + "fold". */
export const MULTIPLIER_WORDS: ReadonlyMap<string, number> = new Map([
  ['twice', 2],
  ['thrice', 3],
]);
