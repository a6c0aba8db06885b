// Finding the words that name a metric ("revenue", "burned through", "weekly active users")
// in a sentence, from the vocabulary in dataset/metrics.ts.
import { METRICS, type UnitFamily } from './dataset/metrics';
import type { Quantity } from './types';

export interface MetricMention {
  start: number;
  end: number;
  /** Every metric the words may name, in vocabulary order ("market share" is two). */
  ids: string[];
}

let cached: { re: RegExp; bySynonym: Map<string, string[]> } | undefined;

function matcher(): { re: RegExp; bySynonym: Map<string, string[]> } {
  if (!cached) {
    const bySynonym = new Map<string, string[]>();
    for (const m of METRICS) {
      for (const s of m.synonyms) {
        // Spaces and hyphens are interchangeable ("run rate", "run-rate").
        const key = s.toLowerCase().replace(/[\s-]+/g, ' ');
        const ids = bySynonym.get(key) ?? [];
        if (!ids.includes(m.id)) ids.push(m.id);
        bySynonym.set(key, ids);
      }
    }
    // Longest first, so "weekly active users" wins over "users" at the same position.
    const alternatives = [...bySynonym.keys()]
      .sort((a, b) => b.length - a.length)
      .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s-]+'));
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}_])`, 'giu');
    cached = { re, bySynonym };
  }
  return cached;
}

/** Metric words in `text`, in order; offsets are indices into `text`. */
export function findMetricMentions(text: string): MetricMention[] {
  const { re, bySynonym } = matcher();
  const out: MetricMention[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const key = m[0].toLowerCase().replace(/[\s-]+/g, ' ');
    const ids = bySynonym.get(key);
    if (ids) out.push({ start: m.index, end: m.index + m[0].length, ids });
  }
  return out;
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

/** The first metric of a mention that is measured in `family`, or null. */
export function metricFitting(mention: MetricMention, family: UnitFamily): string | null {
  for (const id of mention.ids) if (familyById.get(id) === family) return id;
  return null;
}
