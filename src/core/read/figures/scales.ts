// How writers spell a magnitude after a number: "billion", "B", "bn", "亿".

/** Scale words, lower-case → multiplier. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * Letter abbreviations, exact case → multiplier. Single letters count only when written
 * against the number ("$13.1B", "100K"): "10 m" is as likely metres as millions.
 */
export const SCALE_LETTERS: ReadonlyMap<string, number> = new Map([
  ['k', 1e3],
  ['K', 1e3],
  ['m', 1e6],
  ['M', 1e6],
  ['b', 1e9],
  ['B', 1e9],
  ['t', 1e12],
  ['T', 1e12],
]);

/** Two-letter abbreviations, lower-cased → multiplier; these may follow a space ("$600 bn"). */
export const SCALE_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['mn', 1e6],
  ['bn', 1e9],
  ['tn', 1e12],
]);

/** Plural scale words of vague figures ("hundreds of billions", "billions of dollars"). */
export const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
  ['trillions', 1e12],
]);

/** Vague multipliers in front of a plural scale: "hundreds of billions" is at least 1e11. */
export const VAGUE_MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['hundreds', 100],
]);

export const CJK_WAN = 0x4e07; // 万 (1e4)
export const CJK_YI = 0x4ebf; // 亿 (1e8); 万亿 is 1e12
