// How much the dataset holds and how old it is: facts by entity, source tier and kind, and
// the newest source date, so a writer can see what a check rests on ("dataset as of …").
import type { LoadedFact } from './lookup';

export interface DatasetStats {
  total: number;
  byEntity: Record<string, number>;
  byTier: Record<string, number>;
  byKind: Record<string, number>;
  /** Facts citing a filing, the company itself or a news organisation, as a share of all (0–1). */
  strongShare: number;
  /** The newest source date (ISO day or month), null for no facts. */
  newestSource: string | null;
}

const STRONG = new Set(['filing', 'company', 'major']);

function bump(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Keys by count, most first, then by name: the order the CLI prints. */
function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

export function datasetStats(facts: readonly LoadedFact[]): DatasetStats {
  const byEntity: Record<string, number> = {};
  const byTier: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  let strong = 0;
  for (const f of facts) {
    bump(byEntity, f.entity);
    // A writer's own file may leave the tier out: counted as such, not guessed.
    bump(byTier, f.source.tier ?? 'unstated');
    bump(byKind, f.kind);
    if (f.source.tier && STRONG.has(f.source.tier)) strong++;
  }
  return {
    total: facts.length,
    byEntity: sorted(byEntity),
    byTier: sorted(byTier),
    byKind: sorted(byKind),
    strongShare: facts.length ? strong / facts.length : 0,
    newestSource: newestSourceDate(facts),
  };
}

/**
 * The newest source date among the facts ("2026-06-03", or "2026-06" where only the month
 * is known): what "dataset as of" means. ISO dates compare as strings; a day sorts after
 * its month.
 */
export function newestSourceDate(facts: readonly LoadedFact[]): string | null {
  // Asked on every status-bar update and hover: an index's facts never change, so once each.
  const known = newestMemo.get(facts);
  if (known !== undefined) return known;
  let newest: string | null = null;
  for (const f of facts) if (newest === null || f.source.date > newest) newest = f.source.date;
  newestMemo.set(facts, newest);
  return newest;
}
const newestMemo = new WeakMap<readonly LoadedFact[], string | null>();
