// The accounting a figure is stated on, from the writer's words: "non-GAAP gross margin",
// "adjusted EPS", "GAAP net income". A company's GAAP and non-GAAP figures for one metric and
// period differ by design, so the dataset matcher compares a figure the writer marked with one
// only with facts on the same basis (basisFits in dataset/match.ts). Unmarked figures are left as they are.

export type StatedBasis = 'gaap' | 'non-gaap';

// Longest alternatives first in each group, so "non-GAAP" is never read as its "GAAP".
const BASIS_WORD = /\b(?:(non[-\s]?gaap|adjusted|excluding\s{1,3}(?:items|charges|one-time))|(gaap))\b/gi;

/** The basis the last basis word in `text` names ("non-GAAP", "adjusted", "GAAP"), or null. */
export function lastBasis(text: string): StatedBasis | null {
  let out: StatedBasis | null = null;
  BASIS_WORD.lastIndex = 0;
  for (let m = BASIS_WORD.exec(text); m; m = BASIS_WORD.exec(text)) out = m[1] !== undefined ? 'non-gaap' : 'gaap';
  return out;
}

const MAY_NAME = /gaap|adjusted|excluding/i;

/**
 * Whether `text` may hold a basis word at all (most sentences do not): one cheap test first.
 * A sentence's figures ask one after another: the claim reader keeps the answer in the
 * sentence's context (SentenceContext.mayNameBasis).
 */
export function mayNameBasis(text: string): boolean {
  return MAY_NAME.test(text);
}
