// The word classes the relation phrasings are written in: one list per class, typed once.
// The phrasing table (relations/phrasings.ts) names these classes; it never spells a word
// list of its own. The sign rule's movements (movements.ts) and the prose totals
// (proseTotals.ts) take their qualifiers, adverbs and loss words from here too. Direction words themselves live in ../direction.ts (the sign rule and
// the claim reader ask it too); this module adds the classes only the phrasings need.
import { isChangeWord } from './direction';

export { directionOf, isChangeWord } from './direction';

/** Words a writer puts between a preposition and a figure: "from about $5 billion", "to more than 40%". */
export const QUALIFIERS = ['about', 'around', 'roughly', 'approximately', 'approx.', 'nearly', 'almost', 'just', 'some', 'over', 'under', 'more than', 'less than', 'at least', 'close to', 'estimated', 'a little', 'slightly', 'a', 'an', '~'];

/** Nouns that name a change: "a 20% increase", "an increase of 20%", "a rise of 20%". */
export const CHANGE_NOUNS = [
  'increase', 'rise', 'jump', 'gain', 'growth', 'surge', 'leap', 'climb', 'boost', 'improvement', 'expansion',
  'drop', 'decline', 'decrease', 'fall', 'cut', 'reduction', 'contraction', 'plunge', 'slide', 'dip', 'slump',
  'change', 'swing',
];

/** Comparison words after a rate: "20% higher", "40% more". */
export const COMPARISON_WORDS = ['higher', 'lower', 'more', 'less'];

/** Direction words that say which way a level went when it stands before "from": "$5 billion, up from $3 billion". */
export const MOVE_WORDS = ['up', 'down', 'rising', 'falling', 'climbing', 'jumping', 'growing', 'dropping', 'higher', 'lower'];

/** Adverbs between a direction verb and its preposition: "fell sharply from". */
export const DEGREE_ADVERBS = ['sharply', 'steeply', 'slightly', 'significantly', 'dramatically', 'rapidly', 'further', 'again', 'all the way'];

/** Words that make a second figure a restatement of the change just described: "from 52% to 70%, or 18 points". */
export const RESTATEMENT_WORDS = ['or', 'i.e.', 'i.e.,', 'that is'];

/** Words that join a share's whole to its result: "…, about 120 million", "…, or 40 million". */
export const SHARE_RESULT_WORDS = [
  'or', 'about', 'roughly', 'approximately', 'around', 'some', 'nearly', 'i.e', 'that is', 'which is', 'equal to', 'equivalent to',
  'amounting to', 'totaling', 'totalling', 'meaning', 'works out to', 'comes to', 'translates to', 'translating to', 'means', 'giving', 'yielding', "that's",
];

/** Words that say the next figure is another quantity, not a share's result. */
export const OTHER_QUANTITY_WORDS = ['more', 'another', 'additional', 'other', 'others', 'while', 'whereas', 'but', 'remaining', 'rest', 'compared', 'versus', 'vs', 'than', 'and'];

/** Words between a pair and a rate that say the rate belongs to another clause. */
export const CLAUSE_WORDS = ['while', 'whereas', 'but', 'and', 'as', 'although', 'though', 'with', 'compared', 'versus', 'vs', 'where', 'when'];

/**
 * Verbs that state a part of a whole before the rate: "accounts for 40% of", "makes up",
 * "represents"; an owner's part of what it owns a stake in: "bears 27% of its losses".
 */
export const SHARE_VERBS = [
  'accounts for', 'account for', 'accounted for', 'accounting for',
  'makes up', 'make up', 'made up', 'making up',
  'takes up', 'take up', 'took up', 'taking up', 'taken up',
  'represents', 'represent', 'represented', 'representing',
  'comprises', 'comprise', 'comprised', 'constitutes', 'constitute', 'constituted',
  'bears', 'bear', 'bore',
];

/** Words that make "from A to B" a spread of estimates rather than a movement. */
export const RANGE_CUES = ['range', 'ranges', 'ranged', 'ranging', 'anywhere', 'vary', 'varies', 'varied', 'varying', 'span', 'spans', 'spanning', 'estimate', 'estimates', 'estimated'];

/** Words after a rate that make it a rate a year: "40% a year", "30% annually", "a 20% CAGR". */
export const YEARLY_AFTER = ['a year', 'per year', 'each year', 'every year', 'annually', 'yearly', 'per annum', 'annualized', 'compound annual', 'compounded annual', 'cagr', 'year-over-year', 'year over year', 'year-on-year', 'year on year', 'annual growth', 'annual rate', 'yearly growth', 'yearly rate'];

/** Words before a rate that make it a rate a year: "a CAGR of 40%", "growing 40% annually", "an annual rate of". */
export const YEARLY_BEFORE = ['cagr', 'compound annual growth', 'compound annual growth rate', 'compounded annual growth', 'compounded annual growth rate', 'annual growth', 'annual growth rate', 'annualized growth', 'annualized growth rate', 'annual rate', 'annually', 'a year', 'per year', 'each year', 'every year'];

/** Words of a share of ownership or of a market after a rate: "a 60% stake", "a 40% market share". */
export const STAKE_WORDS = ['share', 'stake'];

/** What a share's whole may be called after "of": "40% of its users", "12% of all customers". */
export const WHOLE_NOUNS = ['market', 'users', 'customers', 'subscribers', 'employees', 'staff', 'workforce', 'shares', 'equity', 'population', 'traffic', 'visits'];

// ---------------------------------------------------------------------------
// The sign rule's movement reader (movements.ts) takes two of the classes above with a few
// words of difference. The differences are kept, so that it reads what it has always read:
// each is the shared class with the difference spelled out, and merging them is a change to
// check on the corpus, not a tidy-up.

/**
 * Qualifiers before a figure of a movement ("rose from about $5 billion"): QUALIFIERS without
 * the articles, "approx.", "at least" and "estimated", and with "a little" and "slightly"
 * ("down from a little over 32%").
 */
export const MOVEMENT_QUALIFIERS = [...QUALIFIERS.filter((w) => !['a', 'an', 'approx.', 'at least', 'estimated'].includes(w)), 'a little', 'slightly'];

/** Adverbs between a movement's verb and "from" or "to" ("fell sharply from"): DEGREE_ADVERBS without "all the way", with three more. */
export const MOVEMENT_ADVERBS = [...DEGREE_ADVERBS.filter((w) => w !== 'all the way'), 'gradually', 'modestly', 'substantially'];

/** Words of a loss: beside one, a figure written as a negative ("narrowed to $(134) million") is a size, not a value. */
export const LOSS_WORDS = ['loss', 'losses', 'deficit'];

/** Measures that are better when they fall: "the net loss improved" says it went down. */
export const FALLING_IS_BETTER = [...LOSS_WORDS, 'cost', 'costs', 'expense', 'expenses', 'spending', 'burn', 'debt', 'churn', 'vacancy', 'latency', 'attrition'];

// ---------------------------------------------------------------------------
// Compiling a class into a pattern

/** A class as a regular-expression alternation, longest first, spaces matching any run of white space. */
export function alt(words: readonly string[]): string {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return `(?:${sorted.map((w) => escaped(w).replace(/[- ]/g, (c) => (c === ' ' ? '\\s+' : '[- ]'))).join('|')})`;
}

/** A class as an alternation of its words exactly as written: a space matches one space, a hyphen a hyphen (movements.ts reads so). */
export function altAsWritten(words: readonly string[]): string {
  return `(?:${words.map(escaped).join('|')})`;
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Any run of qualifiers, each perhaps followed by white space: what may stand between a preposition and its figure. */
export const QUAL = `(?:${alt(QUALIFIERS)}\\s*)*`;

/** Whether a stretch of text holds a change word (a direction word, or a neutral one such as "change" or "swing"). */
export function hasChangeWord(s: string): boolean {
  for (const w of s.split(/[^\p{L}-]+/u)) if (w !== '' && isChangeWord(w)) return true;
  return false;
}
