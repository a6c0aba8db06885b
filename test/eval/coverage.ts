// Which labeled figures the bundled dataset covers: a current fact for the same entity,
// metric, period and kind that the published figure agrees with, within its rounding. These
// figures are where the dataset rules should speak, so they seed the dataset mutations and
// the share of covered figures that claimcheck compared with a fact.
import { bundledIndex } from '../../src/core/dataset/bundled';
import type { LoadedFact } from '../../src/core/dataset/lookup';
import { readQuantities } from '../../src/core/read/figures/quantity';
import { agrees } from '../../src/core/tolerance';
import type { Quantity } from '../../src/core/types';
import type { FigureLine } from './corpusSchema';

/** The figure's text read on its own, with its labeled qualifier: the template a mutation is written like. */
export function templateOf(label: FigureLine): Quantity | null {
  const q = readQuantities(label.text).find((x) => x.span.start === 0);
  return q ? { ...q, qualifier: label.qualifier } : null;
}

/** Facts of other periods or kinds are no cover; neither is a fact later revised. */
export function coveringFact(label: FigureLine): LoadedFact | null {
  if (!label.entity || !label.metric || !label.period.label) return null;
  const index = bundledIndex();
  const entity = index.resolveEntity(label.entity);
  if (!entity) return null;
  const q = templateOf(label);
  if (!q) return null;
  for (const fact of index.factsFor(entity, label.metric)) {
    if (fact.period !== label.period.label || fact.kind !== label.period.kind || fact.supersededBy) continue;
    if (agrees(q, fact.value)) return fact;
  }
  return null;
}

/** A revised fact whose figure differs from the covering fact's: the old figure a writer might still quote. */
export function supersededBy(fact: LoadedFact): LoadedFact | null {
  const index = bundledIndex();
  for (const id of fact.supersedes ?? []) {
    const old = index.byId(id);
    if (old && Math.abs(old.value - fact.value) > 0.02 * Math.abs(fact.value)) return old;
  }
  return null;
}
