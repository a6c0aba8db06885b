// Finding the words that name a metric ("revenue", "burned through", "weekly active users")
// in a sentence, from the vocabulary in dataset/metrics.ts.
import { METRICS, type UnitFamily } from '../dataset/metrics';
import type { Quantity } from '../types';
import { phraseFinder, type PhraseFinder } from './phrases';

export interface MetricMention {
  start: number;
  end: number;
  /** Every metric the words may name, in vocabulary order ("market share" is two). */
  ids: string[];
}

interface Matcher {
  re: RegExp;
  bySynonym: Map<string, string[]>;
  /** The same search in one pass over the words (phrases.ts); null when the vocabulary is not plain. */
  finder: PhraseFinder | null;
  /** The synonyms in the order the finder numbers them. */
  phrases: string[];
}
let cached: Matcher | undefined;

function matcher(): Matcher {
  if (!cached) {
    const bySynonym = new Map<string, string[]>();
    const add = (synonym: string, id: string): void => {
      // Spaces and hyphens are interchangeable ("run rate", "run-rate").
      const key = synonym.toLowerCase().replace(/[\s-]+/g, ' ');
      const ids = bySynonym.get(key) ?? [];
      if (!ids.includes(id)) ids.push(id);
      bySynonym.set(key, ids);
    };
    for (const m of METRICS) for (const s of m.synonyms) add(s, m.id);
    // After every metric's own words: the metric they name first stays first.
    for (const m of METRICS) for (const s of m.alsoNamedBy ?? []) add(s, m.id);
    // Longest first, so "weekly active users" wins over "users" at the same position.
    const phrases = [...bySynonym.keys()].sort((a, b) => b.length - a.length);
    const alternatives = phrases.map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
    cached = { re, bySynonym, finder: phraseFinder(phrases, true), phrases };
  }
  return cached;
}

/** Metric words in `text`, in order; offsets are indices into `text`. */
export function findMetricMentions(text: string): MetricMention[] {
  const { re, bySynonym, finder, phrases } = matcher();
  const out: MetricMention[] = [];
  if (finder) {
    for (const m of finder(text)) {
      const ids = m.plain ? bySynonym.get(phrases[m.phrase]) : idsOf(bySynonym, text.slice(m.start, m.end));
      if (ids) out.push({ start: m.start, end: m.end, ids });
    }
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const ids = idsOf(bySynonym, m[0]);
    if (ids) out.push({ start: m.index, end: m.index + m[0].length, ids });
  }
  return out;
}

/** The metrics of the words matched (none when they match a phrase only by Unicode case folding, as "ſales"). */
function idsOf(bySynonym: Map<string, string[]>, matched: string): string[] | undefined {
  return bySynonym.get(matched.toLowerCase().replace(/[\s-]+/g, ' '));
}

const POWER_UNITS = new Set(['gw', 'gigawatt', 'gigawatts', 'mw', 'megawatt', 'megawatts']);

/** The unit family a quantity can be a figure of (what a metric must be measured in). */
export function familyOf(q: Quantity): UnitFamily {
  switch (q.kind) {
    case 'money':
      return 'money';
    case 'percent':
    case 'percentagePoints':
      return 'percent';
    case 'multiple':
      return 'multiple';
    case 'count':
      return POWER_UNITS.has(q.unit.toLowerCase()) ? 'power' : 'count';
  }
}

const familyById = new Map(METRICS.map((m) => [m.id, m.family]));

const soleByFamily = new Map<UnitFamily, string | null>();
for (const m of METRICS) soleByFamily.set(m.family, soleByFamily.has(m.family) ? null : m.id);

/** The one metric measured in `family` (power: compute capacity), or null when there are several or none. */
export function soleMetricOf(family: UnitFamily): string | null {
  return soleByFamily.get(family) ?? null;
}

/** The first metric of a mention that is measured in `family` (any family: null), or null. */
export function metricFitting(mention: MetricMention, family: UnitFamily | null): string | null {
  if (family === null) return mention.ids[0] ?? null;
  for (const id of mention.ids) if (familyById.get(id) === family) return id;
  return null;
}
