// The words that make a sentence speak of what is expected rather than what happened, in one
// place: the dataset rules' doubt (namesForward in dataset/hedging.ts) asks whether a sentence holds any of them, and
// the reading of a figure (statedKind.ts) asks which kind of statement the nearest one makes.
// One list, so the two never disagree on what counts as forward-looking.

/**
 * The kind of statement a forward-looking word makes:
 * - guidance: what the company itself expects ("expects", "forecast", "outlook", "guidance");
 *   when someone else is the subject ("analysts expect") it is a projection;
 * - projection: what is expected to happen ("could", "will", "projected", "estimated to");
 * - target: what someone aims at ("target", "aims to", "goal", "plans to").
 */
export type ForwardClass = 'guidance' | 'projection' | 'target';

const GUIDANCE = [
  'expect', 'expects', 'expected', 'expecting', 'forecast', 'forecasts', 'forecasted', 'guidance', 'outlook',
  'anticipate', 'anticipates', 'anticipated', 'predict', 'predicts', 'predicted', 'sees',
  // "guided for Q1 revenue of $1.9 billion to $2 billion": the company's own forecast.
  'guide', 'guides', 'guided', 'guiding',
];
const PROJECTION = [
  'project', 'projects', 'projected', 'projection', 'projections', 'will', 'would', 'could', 'should', 'may', 'might',
  'estimate', 'estimates', 'estimated',
  // A round still being negotiated: "is reportedly seeking $10 billion", "in advanced
  // negotiations to secure $500 million", "is finalizing a round that will value it at $9 billion".
  'seeking', 'finalizing', 'finalising', 'negotiating', 'negotiations', 'talks',
];
const TARGET = [
  'target', 'targets', 'targeted', 'targeting', 'aim', 'aims', 'aiming', 'plan', 'plans', 'planned', 'planning',
  'goal', 'goals', 'hopes', 'hoped', 'budget', 'budgeted', 'seeks', 'eyes', 'eyeing', 'envisions',
];

/** Each forward-looking word (lower case) and the kind of statement it makes. */
export const FORWARD_WORD_CLASSES: ReadonlyMap<string, ForwardClass> = new Map<string, ForwardClass>([
  ...GUIDANCE.map((w): [string, ForwardClass] => [w, 'guidance']),
  ...PROJECTION.map((w): [string, ForwardClass] => [w, 'projection']),
  ...TARGET.map((w): [string, ForwardClass] => [w, 'target']),
]);

/**
 * A funding round still to come: "a $300 billion to $400 billion valuation in their next funding
 * round" is what investors may pay, not what they paid (statedKind.ts reads it after the figure too).
 */
export const NEXT_ROUND_PAIRS: readonly string[] = ['next round', 'next funding', 'next fundraise', 'next fundraising', 'next raise', 'next financing'];

/** Pairs of words that do the same: "was set to burn", "on track to reach" (all projections). */
export const FORWARD_PAIR_CLASSES: ReadonlyMap<string, ForwardClass> = new Map<string, ForwardClass>(
  ['set to', 'on track', 'on pace', 'on course', 'poised to', 'slated to', 'likely to', 'going to', ...NEXT_ROUND_PAIRS].map((p): [string, ForwardClass] => [p, 'projection']),
);

/** Words that make a sentence speak of what is expected rather than what happened. */
export const FORWARD_WORDS: ReadonlySet<string> = new Set(FORWARD_WORD_CLASSES.keys());

/** Pairs of words that do the same: "was set to burn", "on track to reach". */
export const FORWARD_PAIRS: ReadonlySet<string> = new Set(FORWARD_PAIR_CLASSES.keys());
