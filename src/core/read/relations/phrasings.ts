// The phrasings a writer states arithmetic in, one entry per phrasing: which relation it is,
// the roles its figures fill (in the order they are written), and the words it expects
// before, between and after them. Every pattern is built from the word classes of
// ../vocabulary.ts and is anchored to the figures: a gap is a bounded stretch of words,
// never the open sentence. The reader (read.ts) tries the entries of each shape in the
// order listed here; the first that fits two figures takes them.
//
// To add a phrasing: add an entry (its `example` goes into the README's list of covered
// phrasings, see families.ts) and a row of valid and invalid sentences for its `id` in
// test/unit/relation-phrasings.test.ts.
//
// Two other phrasing tables read relations this one does not: ../movements.ts
// (MOVEMENT_PHRASINGS: a direction word with the two figures it moves between, for the sign
// rule) and ../proseTotals.ts (LIST_PHRASINGS: parts listed in prose that add up to a whole).
// Period forms are in ../../period.ts, a company's fiscal calendar in ../companyCalendar.ts.
import { alt, CHANGE_NOUNS, CLAUSE_WORDS, COMPARISON_WORDS, DEGREE_ADVERBS, MOVE_WORDS, OTHER_QUANTITY_WORDS, QUAL, RANGE_CUES, RESTATEMENT_WORDS, SHARE_RESULT_WORDS, SHARE_VERBS, STAKE_WORDS, WHOLE_NOUNS, YEARLY_AFTER, YEARLY_BEFORE } from '../vocabulary';
import { AS_FAR_AS, AT_A_RECORD, CHANGE_SPAN, RESTATING_PARTICIPLE } from '../changeLead';

/** The relation an entry reads (the eval's and the README's names). */
export type Family = 'change' | 'share' | 'cagr' | 'range' | 'shareOfWhole' | 'direction';

/** What a figure is to its relation. */
export type Role = 'start' | 'end' | 'change' | 'share' | 'whole' | 'part' | 'rate' | 'years' | 'low' | 'high' | 'figure';

interface Entry {
  /** Stable name, the key of its unit-test row. */
  id: string;
  family: Family;
  /** How a reader would name the phrasing ("from A to B"). */
  name: string;
  /** A sentence it reads, for the docs. */
  example: string;
  /** The roles its figures fill, in the order they are written. */
  roles: readonly Role[];
}

/** Two figures of one kind, with the words before the first and between them. */
export interface PairEntry extends Entry {
  shape: 'pair';
  /** The words just before the first figure (anchored at their end). */
  before?: RegExp;
  /** All the words between the two figures. */
  between: RegExp;
  /** Words that must not be between them. */
  notBetween?: RegExp;
  /** The words just after the second figure ("range" in "the $60 billion to $65 billion range"). */
  after?: RegExp;
  /** Words that must not follow the second figure ("$9.0 billion expected"). */
  notAfter?: RegExp;
  /** A cue the words before the "from" must end with (a range of estimates, not a movement). */
  cue?: RegExp;
  /** Words between them that make it another phrasing ("from $5 billion in 2024 to …" is a movement, not a range). */
  notCue?: RegExp;
  /** Words that must not end the text before the first figure. */
  notBefore?: RegExp;
  /** No change word among this many words before the first figure. */
  noChangeWordBefore?: number;
  /** Both figures dated, the first period before the second. */
  datedInOrder?: true;
  /** What the two figures become: a range, or the start and end of a change. */
  reads: 'range' | 'pair';
  /** The later figure is the start ("to B from A"). */
  reversed?: true;
  /** Two dated levels: only a rate after them is their change. */
  afterOnly?: true;
  /** Read only with the rate it states: no direction of its own for the later level. */
  statedOnly?: true;
  /** The direction word is read from the gap (", up from"). */
  via?: RegExp;
}

/** A rate next to a pair that states the pair's change. */
export interface StatedEntry extends Entry {
  shape: 'stated';
  /** Where the rate stands: after the pair's second figure or before its first. */
  where: 'after' | 'before';
  maxGap: number;
  /** The words between (before: one per joint "from"/"to" the pair was read with). */
  between?: RegExp;
  betweenFrom?: RegExp;
  betweenTo?: RegExp;
  notBetween?: RegExp;
  /** The words just after the rate that make it a change ("a 20% increase"). */
  tailCue?: RegExp;
  notTail?: RegExp;
}

/**
 * Three figures in a row, a rate and two levels of one kind, in the order `roles` gives
 * ("change" is the rate): "$13 billion, up 20% from $11 billion", "rose 9% to $155.7 billion,
 * compared with $143.3 billion".
 */
export interface TripleEntry extends Entry {
  shape: 'triple';
  /** The words between the first and second figures, and between the second and third. */
  first: RegExp;
  maxFirst: number;
  notFirst?: RegExp;
  second: RegExp;
  maxSecond: number;
  /** A change word must stand in the few words before the rate ("increased 9% to …"). */
  changeWordBefore?: true;
}

/** A rate a year between two dated figures. */
export interface CagrEntry extends Entry {
  shape: 'cagr';
  source: 'dated' | 'span';
}

/** A share, its whole and the part it gives. */
export interface ShareEntry extends Entry {
  shape: 'share';
  /** Between the rate and the whole. */
  of: RegExp;
  where: 'after' | 'before';
  joint: RegExp;
  notJoint?: RegExp;
  maxGap: number;
}

/** One figure and the words around it. */
export interface SingleEntry extends Entry {
  shape: 'single';
  before?: RegExp;
  after?: RegExp;
  /** Both tests must hold (else either). */
  both?: true;
}

/** A direction word governing a change figure. */
export interface DirectionEntry extends Entry {
  shape: 'direction';
  where: 'before' | 'after' | 'verbBy' | 'restated' | 'amountOr';
  pattern: RegExp;
}

/**
 * A level, the earlier levels it rose from, and the change over all of them: "$20 billion in
 * 2025, up from $6 billion in 2024 and $2 billion in 2023, which is roughly 10 times increase in
 * two years". The change runs from the earliest level, and the span it names must be the years
 * between that level and the first.
 */
export interface OverListEntry extends Entry {
  shape: 'overList';
  /** Between the two earlier levels ("in 2024 and"). */
  joint: RegExp;
  /** Between the earliest level and the rate ("in 2023, which is"). */
  toRate: RegExp;
  /** After the rate: the change word and the span ("increase in two years"); group `years` the number of years. */
  tail: RegExp;
}

/** A share, then its part named as some of its whole: "X% of …, representing A of the B". */
export interface PartOfEntry extends Entry {
  shape: 'partOf';
  /** All the words between the rate and the part (the rate's own "of" phrase, then a restating word). */
  joint: RegExp;
  /** All the words between the part and the whole. */
  partOf: RegExp;
}

/**
 * A share whose three figures may stand in neighbouring sentences of one paragraph (read by
 * acrossSentences.ts): the rate in one sentence, the part in it or the sentence before, the
 * whole in it or the sentence after. Each figure is known by the words beside it alone, so
 * every test is strict, and a sentence with a second candidate for a role reads nothing.
 */
export interface AcrossEntry extends Entry {
  shape: 'across';
  /** The words just before the rate (anchored at their end) and just after it. */
  rateBefore: RegExp;
  rateAfter: RegExp;
  /** Also read before the rate when the rate's sentence has `rateBeforeCue` ("holding a 11% stake" in "this funding round"). */
  rateBeforeIf?: RegExp;
  rateBeforeCue?: RegExp;
  /** The part: the words just before it, or just after it. */
  partBefore: RegExp;
  partAfter: RegExp;
  /** Words in the part's sentence that make it a sum over several deals ("has invested", "in total"). */
  notPart: RegExp;
  /** The whole: the words just before it. */
  wholeBefore: RegExp;
  /** Words before the whole's marker that make it the value of something else ("a stake valued at", "a pre-money valuation of"). */
  notWhole: RegExp;
  /** Words after the whole that make it the value before the deal ("valued at $14.7 billion before the investment"). */
  notWholeAfter: RegExp;
}

/**
 * A fold verb ("double", "triple") between a level and the level it moves to: the verb states
 * the change ("$235 billion …, expected to nearly triple, reaching over $630 billion").
 */
export interface FoldEntry extends Entry {
  shape: 'fold';
  /**
   * Where the start stands: earlier in the sentence ('sentence', read.ts), or in the sentence
   * just before, named again after the verb ('previous', acrossSentences.ts: "… 100,000 GPUs.
   * The company plans to double this capacity to 200,000 GPUs").
   */
  start: 'sentence' | 'previous' | 'after';
  /** All the words between the fold verb and the end figure (for 'after': between the multiple and the start, "triple the"). */
  toEnd: RegExp;
  /** For 'after': all the words between the end and the multiple ("$10 billion in 2024, more than triple the $3 billion"). */
  endToFold?: RegExp;
  /** Words that must not stand between the start and the fold verb (another clause, another subject). */
  notToFold?: RegExp;
  maxToFold?: number;
}

/** A whole, then the share of it and the part, in brackets or after "or": "$17.6 billion, with 80% ($14.1 billion) from DRAM". */
export interface WholeFirstEntry extends Entry {
  shape: 'wholeFirst';
  /** All the words between the whole and the rate. */
  toRate: RegExp;
  /** All the words between the rate and the part. */
  toPart: RegExp;
  /** The words just after the part: what it is the share of the whole in ("coming from DRAM sales"). */
  afterPart: RegExp;
}

/**
 * A share whose whole stands in the sentence before or after, named by the same words as the
 * rate's "of" phrase: "… to $12.2 billion, accounting for 41% of semiconductor revenue. This
 * drove semiconductor revenue to a record $30.1 billion." (read by acrossSentences.ts).
 */
export interface NamedWholeEntry extends Entry {
  shape: 'namedWhole';
  /** All the words between the part and the rate, in the rate's sentence. */
  partToRate: RegExp;
  /** After the rate: "of", then the whole's name (group `name`, a measure noun last). */
  rateOf: RegExp;
  /** What may stand just before the name where the whole is given (a verb, an article, the sentence's start). */
  nameLead: RegExp;
  /** All the words between the name and the whole. */
  nameToWhole: RegExp;
}

export type Phrasing = PairEntry | StatedEntry | TripleEntry | CagrEntry | ShareEntry | SingleEntry | DirectionEntry | AcrossEntry | FoldEntry | PartOfEntry | OverListEntry | WholeFirstEntry | NamedWholeEntry;

// Pieces several entries share.
const P = String.raw;
/** Marks that end the stretch two figures of one relation can share. */
export const PAIR_BREAK = /[;:!?]/;
/** A semicolon or colon between a figure and the next. */
export const CLAUSE_MARK = /[;:]/;
const changeNouns = alt(CHANGE_NOUNS);
const moveWords = alt(MOVE_WORDS);
const clauseWords = new RegExp(P`\b${alt(CLAUSE_WORDS)}\b`, 'i');
/** "from 52% to 70%, or 18%", "…, up from": the rate or the start after a comma. */
const restate = alt(RESTATEMENT_WORDS);
/** Verbs of a level that moved, right after it: "$4.3 billion increased 22% from …". */
const LEVEL_VERBS = String.raw`(?:increased|decreased|rose|fell|grew|declined|jumped|climbed|dropped|gained|surged|soared|slipped|slid)`;
/** A currency word after an amount ("14.11 trillion won"): part of the figure, when the figure reader reads it. */
const CURRENCY_WORD = String.raw`(?:won|yen|yuan|euros?|dollars?)`;
/** "a year-on-year increase of", "a sequential drop of": the span a change noun is over. */
const YEAR_ON_YEAR = String.raw`(?:year[- ]over[- ]year|year[- ]on[- ]year|on[- ]year|annual|sequential|quarter[- ]on[- ]quarter|quarter[- ]over[- ]quarter)`;

/** Whether an entry's rate is a rate a year: the words after or before it. */
export const YEARLY = {
  after: new RegExp(P`^\s*${alt(YEARLY_AFTER)}\b`, 'i'),
  // "a compound annual growth rate (CAGR) of 42%": the abbreviation may follow in brackets.
  before: new RegExp(P`(?:\b${alt(YEARLY_BEFORE)})(?:\s*\(cagr\))?\s*(?:of|at|by)?\s*(?:a|an)?\s*${QUAL}$`, 'i'),
};

export const PHRASINGS: readonly Phrasing[] = [
  // --- two figures of one kind ---------------------------------------------------------
  {
    id: 'range-from-to', family: 'range', shape: 'pair', name: 'estimates ranging from A to B', roles: ['low', 'high'],
    example: 'Estimates range from $5 billion to $8 billion.',
    before: new RegExp(P`\bfrom\s+${QUAL}$`, 'i'),
    between: new RegExp(P`^[^;:]*?\b(?:to|into)\s+${QUAL}$`, 'i'),
    notBetween: /\bfrom\b/i,
    cue: new RegExp(P`\b${alt(RANGE_CUES)}\s+(?:\w+\s+){0,2}$`, 'i'),
    notCue: /\b(?:in|during|for|by)\s+(?:19|20)\d\d\b/,
    reads: 'range',
  },
  {
    id: 'from-to', family: 'change', shape: 'pair', name: 'from A to B', roles: ['start', 'end'],
    example: 'Revenue rose from $5 billion to $8 billion, a 60% increase.',
    before: new RegExp(P`\bfrom\s+${QUAL}$`, 'i'),
    // "to as high as 12%": the end written as the upper end of the same move; "to a record
    // $51.6 billion", "to an impressive 40%": the end praised, still the level reached.
    between: new RegExp(P`^[^;:]*?\b(?:to|into)\s+(?:${AS_FAR_AS}|${AT_A_RECORD})?${QUAL}$`, 'iu'),
    notBetween: /\bfrom\b/i,
    reads: 'pair',
  },
  {
    id: 'to-from', family: 'change', shape: 'pair', name: 'to B from A', roles: ['end', 'start'],
    example: 'Revenue grew 60% to $8 billion from $5 billion.',
    before: new RegExp(P`\bto\s+${AT_A_RECORD}?${QUAL}$`, 'i'),
    between: new RegExp(P`^[^;:]*?\bfrom\s+${QUAL}$`, 'i'),
    // "… to $980 million, while net losses widened from $130 million": another clause's "from".
    notBetween: /\bto\b|\b(?:while|whereas|but|although|though)\b/i,
    reads: 'pair', reversed: true,
  },
  {
    id: 'between-and', family: 'range', shape: 'pair', name: 'between A and B', roles: ['low', 'high'],
    example: 'The round could value it between $100 billion and $150 billion.',
    before: new RegExp(P`\bbetween\s+${QUAL}$`, 'i'),
    // "between 6.7% to 12%" is how some writers put it.
    between: new RegExp(P`^\s*(?:and|to)\s+${QUAL}$`, 'i'),
    reads: 'range',
  },
  {
    // "a sharp step up from the $60 billion to $65 billion range": the word "range" after the
    // pair makes it one, whatever change words stand before it.
    id: 'the-a-to-b-range', family: 'range', shape: 'pair', name: 'the A to B range', roles: ['low', 'high'],
    example: 'It raised its forecast from the $60 billion to $65 billion range.',
    before: new RegExp(P`\b(?:the|a|its|their)\s+${QUAL}$`, 'i'),
    between: new RegExp(P`^\s*(?:to|[-–])\s*${QUAL}$`, 'i'),
    after: /^\s*(?:range|band)\b/i,
    reads: 'range',
  },
  {
    id: 'a-to-b', family: 'range', shape: 'pair', name: 'A to B (no "from", no change word before)', roles: ['low', 'high'],
    example: 'It guided for revenue of $1.9 billion to $2 billion.',
    // Only "to" between them, and nothing before that makes it a movement: "from" (the
    // entries above), a direction word or a change noun ("an increase of $5 billion to $20 billion").
    between: new RegExp(P`^\s+to\s+${QUAL}$`, 'i'),
    notBefore: new RegExp(P`\b(?:from|to|by)\s+${QUAL}$`, 'i'),
    noChangeWordBefore: 4,
    reads: 'range',
  },
  {
    id: 'up-from', family: 'change', shape: 'pair', name: 'B, up from A / B (down from A)', roles: ['end', 'start'],
    example: 'It is valued at $500 billion, up from $300 billion, a 67% rise.',
    // The end may be named and dated before the comma ("a 70.2 percent share of the foundry
    // business in the second quarter, up from …", "30% over the past four quarters, down from
    // …"): a short phrase, with no verb of another clause (notBetween). The start may stand in
    // brackets instead ("accounted for 15% of wafer revenue in Q2 (up from 9% in the previous quarter)").
    between: new RegExp(P`^[^,;:()]{0,70}?(?:,\s*|\s*\(\s*)${moveWords}\s+from\s+${QUAL}$`, 'i'),
    notBetween: clauseWords,
    via: /[,(]\s*([\p{L}]+)\s+from\b/iu,
    reads: 'pair', reversed: true,
  },
  {
    // "B, compared with A", "B versus A": the earlier level after the later; read only as the
    // change a rate after them states (statedChange), never as a direction of B's own (a release's
    // "increased to B, compared with A" is labeled as no relation). Never an estimate, a forecast or guidance.
    id: 'compared-with', family: 'change', shape: 'pair', name: 'B, compared with A / B versus A', roles: ['end', 'start'],
    example: 'Revenue was $9.2 billion, compared with $6.8 billion a year ago, an increase of 36%.',
    between: new RegExp(P`^(?:[^,;:()]{0,60}?,\s*(?:as\s+)?compared\s+(?:with|to)|\s+(?:versus|vs\.?))\s+${QUAL}$`, 'i'),
    notBetween: /\b(?:while|whereas|but|and|although|though|estimates?|expectations?|expected|consensus|forecasts?|guidance|projections?|projected|analysts?|target)\b/i,
    notBefore: new RegExp(P`\b(?:estimates?|expectations?|consensus|forecasts?|guidance|target)\s+(?:of\s+)?${QUAL}$`, 'i'),
    notAfter: /^\s{0,3}(?:expected|estimated|forecast|projected|consensus|estimates?|guidance)\b/i,
    reads: 'pair', reversed: true, statedOnly: true,
  },
  {
    // An arrow says "went from … to" and nothing else.
    id: 'arrow', family: 'change', shape: 'pair', name: 'A → B', roles: ['start', 'end'],
    example: 'Valuation growth: $500M → $20B in 20 months = 40x.',
    between: /^\s*(?:→|->|⟶|➔|➝|=>)\s*$/,
    reads: 'pair',
  },
  {
    id: 'dated-and', family: 'change', shape: 'pair', name: 'A in one period and B in the next', roles: ['start', 'end'],
    example: 'It lost $5 billion in 2024 and $8 billion in 2025, a 60% increase.',
    between: new RegExp(P`^\s+(?:in|during|for)\s+(?:the\s+)?[\p{L}\p{N} ]{2,30}?,?\s+(?:and|versus|vs\.?|against|compared (?:with|to))\s+${QUAL}$`, 'iu'),
    datedInOrder: true,
    reads: 'pair', afterOnly: true,
  },

  // --- the change a pair states ----------------------------------------------------------
  {
    id: 'pair-then-change', family: 'change', shape: 'stated', name: 'from A to B, a C change', roles: ['start', 'end', 'change'],
    example: 'Revenue went from $5 billion to $8 billion, up 60%.',
    where: 'after', maxGap: 45,
    between: new RegExp(P`(?:^\s*,\s*${restate}\s*$)`, 'i'),
    notBetween: clauseWords,
    tailCue: new RegExp(P`^\s*[-‐]?\s*(?:\w+[- ])?(?:${changeNouns}|${alt(COMPARISON_WORDS)})\b`, 'i'),
    notTail: /^\s*of\b/i,
  },
  {
    id: 'change-then-pair', family: 'change', shape: 'stated', name: 'rose C from A to B', roles: ['change', 'start', 'end'],
    example: 'Revenue rose 60% from $5 billion to $8 billion.',
    where: 'before', maxGap: Infinity,
    // "threefold over the next four years, rising from …": a span of time and a restating participle between.
    betweenFrom: new RegExp(P`^\s*(?:[\p{L}-]+\s+){0,3}?${CHANGE_SPAN}?${RESTATING_PARTICIPLE}?from\s+${QUAL}$`, 'iu'),
    betweenTo: new RegExp(P`^\s*(?:[\p{L}-]+\s+){0,3}?${CHANGE_SPAN}?${RESTATING_PARTICIPLE}?to\s+${AT_A_RECORD}?${QUAL}$`, 'iu'),
  },
  {
    id: 'level-change-from', family: 'change', shape: 'triple', name: 'B, up C from A / B, an increase of C compared to A', roles: ['end', 'change', 'start'],
    example: 'Revenue reached $13 billion in 2025, up 20% from $10.8 billion.',
    // The level may be restated per share first ("$4.32 billion, or 90 cents per share, up 23%
    // from $3.52 billion"), and the change noun be "a year-on-year increase of".
    // Or the verb may follow the level directly: "Data center revenue of $4.3 billion increased 22%
    // from $3.5 billion", "Revenue of $46.7 billion was up 56% year-over-year from $30 billion".
    first: new RegExp(P`^(?:(?:\s+[\p{L}\p{N}'’-]+){0,4}(?:,\s*or\s+[^,;:()]{1,30}?\bper\s+(?:diluted\s+|basic\s+)?share)?,\s*(?:up|down|rising|falling|growing|climbing|jumping|dropping|an?\s+(?:${YEAR_ON_YEAR}\s+)?${changeNouns}\s+of)|\s+(?:(?:was|were|is|are)\s+(?:up|down)|${LEVEL_VERBS}))\s+(?:by\s+)?$`, 'iu'),
    maxFirst: 80,
    notFirst: clauseWords,
    second: new RegExp(P`^\s+(?:[\p{L}-]+\s+)?(?:${YEAR_ON_YEAR}\s+)?(?:from|compared\s+(?:to|with)|versus|vs\.?)\s+${QUAL}$`, 'iu'),
    maxSecond: 30,
  },
  {
    id: 'level-a-change-from', family: 'change', shape: 'triple', name: 'B, a C increase from A / B, C more than the A', roles: ['end', 'change', 'start'],
    example: 'Revenue reached $35.1 billion, a 94% increase from $18.1 billion a year ago.',
    first: new RegExp(P`^(?:\s+[\p{L}\p{N}'’-]+){0,4},\s*(?:an?\s+)?$`, 'iu'),
    maxFirst: 50,
    notFirst: clauseWords,
    // The rate's change noun or comparison word, then the start: "increase from", "more than the".
    second: new RegExp(P`^\s*[-‐]?\s*(?:(?:${YEAR_ON_YEAR}\s+)?${changeNouns}\s+(?:from|over|compared\s+(?:to|with)|versus|vs\.?)|(?:more|higher|less|lower)\s+than)\s+(?:the\s+)?${QUAL}$`, 'iu'),
    maxSecond: 40,
  },
  {
    id: 'change-to-compared', family: 'change', shape: 'triple', name: 'rose C to B, compared with A', roles: ['change', 'end', 'start'],
    example: 'Net sales increased 9% to $155.7 billion in the first quarter, compared with $143.3 billion in first quarter 2024.',
    first: new RegExp(P`^\s+(?:year[- ]over[- ]year\s+)?to\s+${QUAL}$`, 'i'),
    maxFirst: 30,
    // The earlier figure after ", compared with": perhaps named ("the reported effective tax rate of 30%").
    second: new RegExp(P`^[^,;:()]{0,60},\s*(?:as\s+)?compared\s+(?:with|to)\s+(?:(?:the|a|an|its)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?${QUAL}$`, 'iu'),
    maxSecond: 90,
    changeWordBefore: true,
  },

  // --- a change over several earlier levels ------------------------------------------------
  {
    id: 'up-from-list', family: 'change', shape: 'overList', name: 'C, up from B in year 2 and A in year 1, an R increase in N years', roles: ['end', 'start', 'change'],
    example: 'Its revenue run rate passed $20 billion in 2025, up from $6 billion in 2024 and $2 billion in 2023, which is a 10 times increase in two years.',
    joint: new RegExp(P`^\s+(?:in|during|for)\s+[^,;:()]{2,30}?,?\s+and\s+${QUAL}$`, 'i'),
    toRate: new RegExp(P`^\s+(?:in|during|for)\s+[^,;:()]{2,30}?,\s*(?:which\s+is|that\s+is|or|a|an)\s+${QUAL}$`, 'i'),
    tail: new RegExp(P`^\s+(?:[\p{L}-]+\s+)?(?:${changeNouns})\s+(?:in|over)\s+(?:the\s+(?:past|last)\s+)?(?<years>[\p{L}\p{N}]+)\s+years?\b`, 'iu'),
  },

  // --- a fold verb between two levels -----------------------------------------------------
  {
    id: 'fold-reaching', family: 'change', shape: 'fold', name: 'A …, expected to triple, reaching B', roles: ['start', 'change', 'end'],
    example: 'Spending of $235 billion in 2024 is expected to nearly triple, reaching $630 billion by 2028.',
    start: 'sentence',
    // "double that to", "nearly double next year, to almost …": the verb's object names the
    // start again, or a time phrase stands before the end.
    toEnd: new RegExp(P`^(?:\s+(?:that|this|it))?(?:\s+(?:in|by|over|within|during|next|this)\s+[^,;:()]{1,25}?)?\s*,?\s*(?:to|to\s+reach|reaching|to\s+hit|hitting)\s+${QUAL}$`, 'i'),
    // The start is the only level of its kind before the verb, in the verb's own clause ("and
    // is expected to" goes on with the same subject; "and analysts expect" does not).
    notToFold: new RegExp(P`[;:]|\b(?!and\s+(?:is|are|was|were|will|would|could|should|may|might|has|have|had)\b)${alt(CLAUSE_WORDS)}\b`, 'i'),
    maxToFold: 80,
  },
  {
    // A multiple that compares the figure before it with the one after it: the first is that
    // many times the second. Any multiple ("twice", "3x", "three times"), not only a fold verb.
    id: 'multiple-the', family: 'change', shape: 'fold', name: 'A, more than triple the B / A is twice the B', roles: ['end', 'change', 'start'],
    example: 'Its revenue hit $10 billion in 2024, more than triple the $3 billion it made in 2023.',
    start: 'after',
    toEnd: new RegExp(P`^\s+the\s+${QUAL}$`, 'i'),
    endToFold: new RegExp(P`^(?:\s+(?:in|during|for|as of|by)\s+[^,;:()]{1,30}?)?(?:\s*,|\s+(?:is|was|are|were|be|been|stands at|came to))\s*$`, 'i'),
  },
  {
    id: 'fold-this-to', family: 'change', shape: 'fold', name: 'A. … to double this capacity to B', roles: ['start', 'change', 'end'],
    example: 'Its Colossus supercomputer runs on 100,000 GPUs. The company plans to double this capacity to 200,000 GPUs.',
    start: 'previous',
    // "this capacity", "that figure", "its fleet": the verb's object names the level of the sentence before.
    toEnd: new RegExp(P`^\s+(?:this|that|these|those|its|their)\s+(?:[\p{L}-]+\s+){0,2}?to\s+${QUAL}$`, 'iu'),
  },

  // --- growth rates --------------------------------------------------------------------
  {
    id: 'cagr-dated', family: 'cagr', shape: 'cagr', name: 'A in year 1 … B in (or by) year 2, growing R a year', roles: ['start', 'end', 'rate', 'years'],
    example: 'Revenue of $10 billion in 2023 is forecast to reach $40 billion in 2027, growing 41% a year.',
    source: 'dated',
  },
  {
    id: 'cagr-span', family: 'cagr', shape: 'cagr', name: 'from A to B between year 1 and year 2, growing R a year', roles: ['start', 'end', 'rate', 'years'],
    example: 'Revenue is forecast to grow from $10 billion to $40 billion between 2023 and 2027, growing 41% a year.',
    source: 'span',
  },

  // --- shares ------------------------------------------------------------------------------
  {
    id: 'share-of-whole-part', family: 'share', shape: 'share', name: 'X% of Y, about Z', roles: ['share', 'whole', 'part'],
    example: 'About 5% of its 800 million users, about 40 million, pay.',
    of: new RegExp(P`^\s+of\s+(?:[\p{L}\p{M}'’.-]+\s+){0,4}?${QUAL}$`, 'iu'),
    where: 'after', maxGap: 90,
    joint: new RegExp(P`(?:^[\s,(—–-]*$)|\b${alt(SHARE_RESULT_WORDS)}\b`, 'i'),
    notJoint: new RegExp(P`\b${alt(OTHER_QUANTITY_WORDS)}\b`, 'i'),
  },
  {
    id: 'part-or-share-of-whole', family: 'share', shape: 'share', name: 'Z, or X% of Y', roles: ['part', 'share', 'whole'],
    example: 'Some 40 million people, or 5% of its 800 million users, pay.',
    of: new RegExp(P`^\s+of\s+(?:[\p{L}\p{M}'’.-]+\s+){0,4}?${QUAL}$`, 'iu'),
    where: 'before', maxGap: Infinity,
    joint: /^[\s,(—–-]*(?:or|i\.e\.,?|that is|which is|representing|about|roughly|some|equal to|equivalent to)?[\s,(—–-]*$/i,
  },
  {
    id: 'whole-with-share-part', family: 'share', shape: 'wholeFirst', name: 'B, with X% (A) coming from …', roles: ['whole', 'share', 'part'],
    example: "SK hynix's revenue was 17.64 trillion won, with 80% (approximately 14.11 trillion won) coming from DRAM sales.",
    // (A currency word the figure reader leaves out may follow an amount: "17.64 trillion won, with".)
    toRate: new RegExp(P`^\s*${CURRENCY_WORD}?\s*,\s*(?:with|of\s+which)\s+$`, 'i'),
    toPart: /^\s{0,3}(?:\(|,\s{0,3}or\s{1,3})\s{0,3}$/i,
    afterPart: new RegExp(P`^\s*${CURRENCY_WORD}?\s*\)?\s*,?\s*(?:coming|came|comes|come|generated|derived|earned|from|was|were|is|are)\b`, 'i'),
  },
  {
    id: 'share-of-named-whole-nearby', family: 'share', shape: 'namedWhole', name: 'A, accounting for X% of <name>. … <name> … B (the whole in the sentence before or after)', roles: ['part', 'share', 'whole'],
    example: 'AI revenue rose to $12.2 billion, accounting for 41% of semiconductor revenue. This drove semiconductor revenue to a record $30.1 billion.',
    partToRate: new RegExp(P`^[^;:()]{0,40}?,\s*(?:accounting\s+for|representing|making\s+up|or)\s+$`, 'i'),
    rateOf: new RegExp(P`^\s+of\s+(?:the\s+|its\s+|their\s+)?(?:total\s+)?(?<name>(?:[\p{Ll}-]+\s+){0,2}(?:revenue|revenues|sales|capex|spending|income|profit|shipments))\b`, 'u'),
    nameLead: /(?:^|\b(?:the|its|their|total|overall|consolidated|drove|pushed|lifted|brought|took|and|while)\s{1,3})$/i,
    nameToWhole: new RegExp(P`^\s+(?:(?:was|were|reached|hit|totaled|totalled|came\s+in\s+at|rose|grew|climbed|jumped|increased|amounted)\s+)?(?:to\s+)?(?:of\s+)?${AT_A_RECORD}?${QUAL}$`, 'iu'),
  },
  {
    id: 'share-part-of-the-whole', family: 'share', shape: 'partOf', name: 'X% of …, representing A of the B', roles: ['share', 'part', 'whole'],
    example: 'OpenAI accounts for about 80 percent of generative AI traffic, representing 190 million of the 240 million daily visits.',
    joint: new RegExp(P`^\s+of\s+[^;:,()]{1,70},\s*(?:representing|or|i\.e\.,?|that is|which is|equal to|equivalent to)\s+${QUAL}$`, 'i'),
    partOf: new RegExp(P`^\s+(?:out\s+of|of)\s+(?:the|its|their|all)\s+${QUAL}$`, 'i'),
  },
  {
    // An investment buys a stake of a company at a valuation: the stake is the investment over
    // the (post-money) valuation. Only a stake the deal gives ("acquiring", "for", "gives"), never
    // one held ("owns a 27% stake" after several rounds at several valuations), and only an
    // investment made once ("invested", not "has invested" or "in total").
    id: 'stake-bought', family: 'share', shape: 'across', name: 'invests A for an X% stake … valued at B (in one sentence or the next)', roles: ['part', 'share', 'whole'],
    example: 'Meta invested $14.3 billion in Scale AI. The deal gives it a 49% stake in the company, which is now valued at $29 billion.',
    // "gives Meta a 49% stake": the one who gets it may stand between.
    rateBefore: new RegExp(P`\b(?:(?:gives?|giving|gave)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2}|acquir(?:e|es|ed|ing)|secur(?:e|es|ed|ing)|for|buy(?:s|ing)?|bought|tak(?:e|es|ing)|took|receiv(?:e|es|ed|ing)|gets?|getting|got)\s+(?:an?\s+)?${QUAL}$`, 'iu'),
    rateAfter: /^\s*(?:ownership\s+|equity\s+)?stake\b/i,
    rateBeforeIf: new RegExp(P`\bholding\s+(?:an?\s+)?${QUAL}$`, 'i'),
    // (Bounded runs: it reads the whole sentence.)
    rateBeforeCue: /\b(?:funding|investment)\s{1,3}round\b/i,
    partBefore: new RegExp(P`\b(?:invest(?:s|ed|ing)?|investment\s+of)\s+${QUAL}$`, 'i'),
    partAfter: /^\s+investment\b/i,
    // A stake built over several rounds ("has invested", "another $10 billion", "in total") is
    // not the one this investment bought at this valuation.
    notPart: /\b(?:has|have|had)\s{1,3}(?:\w{1,20}\s{1,3})?invested\b|\b(?:total|totall?ing|cumulative|so far|to date|in all|altogether|combined|another|additional|further|follow-on|top-up|extends?|extended|extending|bringing|brings)\b/i,
    wholeBefore: new RegExp(P`\b(?:valued\s+at|valuing\s+(?:it|them|the\s+[\p{L}-]+)\s+at|valuation\s+of|valuation\s+(?:has\s+|had\s+)?(?:[\p{L}]+\s+)?to)\s+${QUAL}$`, 'iu'),
    // A stake's own value, or the valuation before the money came in (the stake is of the value after it).
    notWhole: /\b(?:stake|holding|shares|investment)\s{1,3}(?:[\p{L}-]{1,30}\s{1,3}){0,2}$|\bpre-?\s?money\s{1,3}$/iu,
    notWholeAfter: /^\s{0,3}(?:pre-?\s?money|before\s{1,3}(?:the|this|its|that)\s{1,3}(?:deal|investment|round|funding|transaction|money))\b/i,
  },
  {
    id: 'share-of-named-whole', family: 'shareOfWhole', shape: 'single', name: 'X% of the total / of its users', roles: ['share'],
    example: 'Nvidia holds 80% of the market.',
    after: new RegExp(P`^\s+of\s+(?:the\s+)?(?:total|whole|entire|overall)\b|^\s+of\s+(?:the|all|its|their)\s+(?:\w+\s+)?${alt(WHOLE_NOUNS)}\b|^\s+of\s+(?:all\s+)?(?:users|customers|subscribers|employees|respondents|companies|people)\b`, 'i'),
  },
  {
    id: 'stake', family: 'shareOfWhole', shape: 'single', name: 'a X% stake / market share', roles: ['share'],
    example: 'Microsoft holds a 27% stake.',
    after: new RegExp(P`^\s*(?:market|traffic|revenue|ownership|equity|voting)?\s*${alt(STAKE_WORDS)}\b`, 'i'),
  },
  {
    id: 'share-of-rate', family: 'shareOfWhole', shape: 'single', name: 'a share of X% / owns X%', roles: ['share'],
    example: 'Microsoft owns 27% of the company.',
    before: new RegExp(P`\b(?:share|stake)\s+of\s+${QUAL}$|\bowns?\s+${QUAL}$`, 'i'),
  },
  {
    // A share or a margin named before its level, with the verb that reaches it: "SK hynix's
    // share of the global DRAM market rose from 36 percent", "its operating margin rose to 42%".
    // (A verb with no "to"/"from" states a change: "margin rose 2%" is no level. Net margins are
    // left out: a one-time gain can put net income above revenue.) The other end of the move
    // is a share too (read.ts).
    id: 'share-named-before', family: 'shareOfWhole', shape: 'single', name: 'its share of the market rose from X% / operating margin was X%', roles: ['share'],
    example: "SK hynix's share of the global DRAM market rose from 36 percent to 36.9 percent.",
    before: new RegExp(P`\b(?:share(?:\s+of(?:\s+the)?(?:\s+[\p{L}\p{N}'’-]+){1,4}?)?|(?:gross|operating|ebitda)\s+(?:profit\s+)?margins?)\s+(?:(?:was|were|is|are|of|at|reached|hit|stood\s+at|came\s+in\s+at)\s+|(?:rose|fell|grew|climbed|improved|expanded|narrowed|slipped|declined|dropped|increased|decreased|jumped|edged\s+up|edged\s+down)\s+(?:to|from)\s+)${QUAL}$`, 'iu'),
  },
  {
    id: 'share-verb', family: 'shareOfWhole', shape: 'single', name: 'accounts for / makes up / represents X% of', roles: ['share'],
    example: 'Cloud accounts for 30% of revenue.',
    before: new RegExp(P`\b${alt(SHARE_VERBS)}\s+${QUAL}$`, 'i'),
    after: /^\s+of\b/i,
    both: true,
  },

  // --- direction words ---------------------------------------------------------------------
  {
    id: 'direction-before', family: 'direction', shape: 'direction', name: 'fell X% / a drop of X% / grew at X%', roles: ['figure'],
    example: 'Shares fell 17%.',
    where: 'before',
    // "of" only after a change noun ("a drop of 20%"), "at" only after a verb ("grew at 19%"): read.ts.
    pattern: new RegExp(P`([\p{L}-]+)\s+(?:(?:by|of|at)\s+)?${QUAL}$`, 'iu'),
  },
  {
    id: 'direction-verb-by', family: 'direction', shape: 'direction', name: 'cut costs by X%', roles: ['figure'],
    example: 'The company cut costs by 20%.',
    where: 'verbBy',
    pattern: new RegExp(P`\bby\s+${QUAL}$`, 'i'),
  },
  {
    id: 'direction-after', family: 'direction', shape: 'direction', name: 'a X% drop / X% revenue growth / X% lower', roles: ['figure'],
    example: 'It reported a 20% drop in sales.',
    where: 'after',
    // The word after the figure, or the change noun after one more word ("20 percent revenue growth").
    pattern: /^\s*[-‐]?\s*(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|on[- ]year|yoy|annual|sequential|quarterly|overall)\s+)?([\p{L}]+)(?:\s+([\p{L}]+))?/diu,
  },
  {
    id: 'direction-amount-or', family: 'direction', shape: 'direction', name: 'rose N points, or X% / up $X or Y%', roles: ['figure'],
    example: 'The S&P 500 rose 24.49 points, or 0.4%, to 6,740.28.',
    where: 'amountOr',
    // The rate restates an amount the direction word moved ("24.49 points", "$17.5 billion"),
    // written right before it: the word, the amount (a number, perhaps a currency sign and a
    // scale or "points"), then ", or".
    pattern: new RegExp(P`([\p{L}-]+)\s+(?:by\s+)?${QUAL}[$€£]?\s?\d[\d,]*(?:\.\d+)?(?:\s*(?:points?|pts|billion|million|trillion|bn|mn|[bm]))?\s*,?\s+or\s+$`, 'iu'),
  },
  {
    id: 'direction-restated', family: 'direction', shape: 'direction', name: 'rose X%, or Y% in constant currency / fell X% and Y%, respectively', roles: ['figure'],
    example: 'Revenue increased 16%, or 15% in constant currency.',
    where: 'restated',
    // The gap between a rate with a direction word and the next rate, which takes the same word.
    pattern: /^\s*(?:,\s*or|,?\s*and)\s+$/i,
  },
];

/** Degree adverbs a direction verb may carry before its preposition: "fell sharply from". */
export const VERB_BEFORE = {
  from: new RegExp(P`([\p{L}-]+)\s+(?:${alt(DEGREE_ADVERBS)}\s+)?from\s+${QUAL}$`, 'iu'),
  to: new RegExp(P`([\p{L}-]+)\s+(?:${alt(DEGREE_ADVERBS)}\s+)?to\s+${AT_A_RECORD}?${QUAL}$`, 'iu'),
};

/** "of" only after a change noun: "a drop of 20%", not "lost of". */
export const CHANGE_NOUN = new RegExp(P`^${changeNouns}$`, 'i');
/** "of" just before the figure. */
export const OF_END = new RegExp(P`\s+of\s+${QUAL}$`, 'i');
/** "at" just before the figure: "grew at 19%" (a verb's rate), never "up at 5%" or "a rise at". */
export const AT_END = new RegExp(P`\s+at\s+${QUAL}$`, 'i');

/** The entries of one shape, in table order. */
export function entriesOf<S extends Phrasing['shape']>(shape: S): Extract<Phrasing, { shape: S }>[] {
  return PHRASINGS.filter((p): p is Extract<Phrasing, { shape: S }> => p.shape === shape);
}
