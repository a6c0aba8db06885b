// Direction words: the verbs, nouns and adverbs that say a figure went up or down
// ("rose", "a drop of", "down"). The sign rule checks them against a change's sign, and
// the claim reader uses them as the cue that a percentage is a change at all.
//
// The inflections are listed rather than stemmed: the list is short, exact and fast. A
// word not listed may still be a direction verb in another inflection; directionOf asks
// the optional lemmatizer (compromise, see entityNlp.ts) only for those.

export type Direction = 'up' | 'down';

const UP = [
  'rise', 'rises', 'rose', 'risen', 'rising',
  'grow', 'grows', 'grew', 'grown', 'growing', 'growth',
  'increase', 'increases', 'increased', 'increasing',
  'jump', 'jumps', 'jumped', 'jumping',
  'surge', 'surges', 'surged', 'surging',
  'soar', 'soars', 'soared', 'soaring',
  'climb', 'climbs', 'climbed', 'climbing',
  'gain', 'gains', 'gained', 'gaining',
  'widen', 'widens', 'widened', 'widening',
  'expand', 'expands', 'expanded', 'expanding', 'expansion',
  'double', 'doubles', 'doubled', 'doubling', 'triple', 'triples', 'tripled', 'tripling', 'quadruple', 'quadruples', 'quadrupled', 'quadrupling',
  'boost', 'boosts', 'boosted', 'boosting',
  'rebound', 'rebounds', 'rebounded', 'rebounding',
  'skyrocket', 'skyrocketed', 'skyrocketing', 'spike', 'spiked', 'spikes',
  'leap', 'leaps', 'leaped', 'leapt',
  'lift', 'lifts', 'lifted', 'lifting',
  'accelerate', 'accelerated', 'accelerating',
  'up', 'higher', 'upward', 'upwards',
];

const DOWN = [
  'fall', 'falls', 'fell', 'fallen', 'falling',
  'drop', 'drops', 'dropped', 'dropping',
  'decline', 'declines', 'declined', 'declining',
  'decrease', 'decreases', 'decreased', 'decreasing',
  'cut', 'cuts', 'cutting',
  'slash', 'slashes', 'slashed', 'slashing',
  'shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking',
  'narrow', 'narrows', 'narrowed', 'narrowing',
  'plunge', 'plunges', 'plunged', 'plunging',
  'slide', 'slides', 'slid', 'sliding',
  'tumble', 'tumbles', 'tumbled', 'tumbling',
  'sink', 'sinks', 'sank', 'sunk', 'sinking',
  'dip', 'dips', 'dipped', 'dipping',
  'slip', 'slips', 'slipped', 'slipping',
  'plummet', 'plummets', 'plummeted', 'plummeting',
  'crash', 'crashes', 'crashed', 'crashing',
  'dwindle', 'dwindles', 'dwindled', 'dwindling',
  'slump', 'slumps', 'slumped', 'slumping',
  'contract', 'contracted', 'contracting', 'contraction',
  'reduce', 'reduces', 'reduced', 'reducing', 'reduction',
  'lose', 'loses', 'lost', 'losing',
  'shed', 'sheds', 'shedding',
  'halve', 'halves', 'halved', 'halving',
  'down', 'lower', 'downward', 'downwards',
];

const WORDS = new Map<string, Direction>([
  ...UP.map((w) => [w, 'up'] as [string, Direction]),
  ...DOWN.map((w) => [w, 'down'] as [string, Direction]),
]);

/** Base forms, for a lemmatizer's answer ("skyrockets" → "skyrocket"). */
export const DIRECTION_LEMMAS: ReadonlyMap<string, Direction> = WORDS;

/** The direction a listed word states, or null. Case-insensitive. */
export function directionOf(word: string): Direction | null {
  return WORDS.get(word.toLowerCase()) ?? null;
}

/**
 * Words that, next to a percentage, make it a change rather than a level: every direction
 * word, plus the neutral ones ("change", "growth rate", "swing").
 */
const NEUTRAL_CHANGE = new Set(['change', 'changes', 'changed', 'swing', 'swung', 'move', 'moved', 'yoy', 'year-over-year', 'year-on-year']);

export function isChangeWord(word: string): boolean {
  const w = word.toLowerCase();
  return WORDS.has(w) || NEUTRAL_CHANGE.has(w);
}

// Each word with a word of the other direction in the same form (a verb's tense, a noun), so
// a fix can turn one into the other: "fell" → "rose", "a drop" → "a jump". Both ways.
const PAIRS: [string, string][] = [
  ['rise', 'fall'], ['rises', 'falls'], ['rose', 'fell'], ['risen', 'fallen'], ['rising', 'falling'],
  ['increase', 'decrease'], ['increases', 'decreases'], ['increased', 'decreased'], ['increasing', 'decreasing'],
  ['grow', 'shrink'], ['grows', 'shrinks'], ['grew', 'shrank'], ['grown', 'shrunk'], ['growing', 'shrinking'], ['growth', 'decline'],
  ['jump', 'drop'], ['jumps', 'drops'], ['jumped', 'dropped'], ['jumping', 'dropping'],
  ['climb', 'decline'], ['climbs', 'declines'], ['climbed', 'declined'], ['climbing', 'declining'],
  ['surge', 'plunge'], ['surges', 'plunges'], ['surged', 'plunged'], ['surging', 'plunging'],
  ['soar', 'slump'], ['soars', 'slumps'], ['soared', 'slumped'], ['soaring', 'slumping'],
  ['gain', 'loss'], ['gains', 'losses'], ['gained', 'lost'],
  ['widen', 'narrow'], ['widens', 'narrows'], ['widened', 'narrowed'], ['widening', 'narrowing'],
  ['expand', 'contract'], ['expanded', 'contracted'], ['expanding', 'contracting'], ['expansion', 'contraction'],
  ['spiked', 'tumbled'], ['spike', 'tumble'], ['leapt', 'slid'], ['boosted', 'cut'],
  ['up', 'down'], ['higher', 'lower'], ['upward', 'downward'], ['upwards', 'downwards'],
  ['improve', 'worsen'], ['improves', 'worsens'], ['improved', 'worsened'], ['improving', 'worsening'],
];
const OPPOSITES = new Map<string, string>();
for (const [a, b] of PAIRS) {
  OPPOSITES.set(a, b);
  OPPOSITES.set(b, a);
}

/** A word of the other direction in the same form, with the case of `word` kept ("Up" → "Down"); null when none is listed. */
export function oppositeWord(word: string): string | null {
  const o = OPPOSITES.get(word.toLowerCase());
  if (!o) return null;
  if (word === word.toUpperCase() && word.length > 1) return o.toUpperCase();
  return word[0] === word[0].toUpperCase() ? o[0].toUpperCase() + o.slice(1) : o;
}
