// Dates that belong to another phrase, not to a figure: "since 1992", "founded in 2015",
// "launched in 2022". A company founded in 2015 with $13 billion in revenue did not make
// that revenue in 2015. Such a date is dropped from the sentence's periods before any figure
// is given one (claim.ts); the figure then takes the period carried in, or none.
//
// To teach the reader a new phrase, add it to DETACHING_WORDS (lower case; the date must
// follow it, perhaps after who did it, "in", "back in" or "the").
import type { Period } from '../types';

/** Words that make the date after them the date of an event or a starting point, not a figure's period. */
export const DETACHING_WORDS: readonly string[] = [
  'since',
  'founded',
  'established',
  'incorporated',
  'formed',
  'launched',
  'started',
  'created',
  'born',
  'dating back to',
  'dates back to',
  'going back to',
  'as far back as',
  'ever since',
  'way back',
  'co-founded',
  'cofounded',
  'spun out',
  'spun off',
  'ipo',
  'went public',
  'listed',
  'acquired',
];

/** Who did it, between the word and the date: "founded by ex-OpenAI researchers in 2021", "acquired by Microsoft in 2016". */
const BY_WHOM = String.raw`(?:by\s+(?:[\p{L}\p{N}'’.&-]+\s+){1,4})?`;

const PATTERN = new RegExp(
  `\\b(?:${[...DETACHING_WORDS]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|')})\\s+${BY_WHOM}(?:(?:back\\s+)?(?:in|on|during)\\s+)?(?:the\\s+)?(?:(?:early|late|mid|end\\s+of)[\\s-]+)?$`,
  'iu',
);

/**
 * The periods of a sentence without those that belong to another phrase ("since 1992").
 * `text` is the sentence, `base` its document offset (the periods' spans are document spans).
 * The list is returned as it is when nothing is dropped.
 */
export function withoutDetached(periods: Period[], text: string, base: number): Period[] {
  let out: Period[] | null = null;
  for (let i = 0; i < periods.length; i++) {
    const p = periods[i];
    const at = p.span ? p.span.start - base : -1;
    const detached = at > 0 && PATTERN.test(text.slice(Math.max(0, at - 60), at));
    if (detached && !out) out = periods.slice(0, i);
    else if (!detached && out) out.push(p);
  }
  return out ?? periods;
}
