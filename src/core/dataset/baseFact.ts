// The dataset fact a rate is measured against when the draft leaves it out (read/impliedBase.ts):
// the same entity and metric a year before, the company's previous valuation, or the parent
// company's figure for the same period. Only ever one fact, and only when it is certain:
// an actual no later report revised, reported as a figure (not a bound), on the same basis
// as the figure it is set against. Otherwise null, and the rate is left alone.
import type { Period, Reading } from '../types';
import type { DatasetIndex, LoadedFact } from './lookup';
import type { ImpliedBase } from '../read/impliedBase';
import { findMatches } from './match';
import { compare, factInterval } from './compare';
import { parsePeriodString, periodInterval, yearBefore } from '../read/periods/period';
import { isBounded } from '../tolerance';

export interface BaseFact {
  fact: LoadedFact;
  /** The dataset's own fact for the figure the rate is of, when it has one (it agrees). */
  own: LoadedFact | null;
}

/** A fact a rate may be worked out from: what happened, not since revised, a figure rather than a bound. */
function usableFact(f: LoadedFact): boolean {
  return f.kind === 'actual' && !f.supersededBy && f.low === undefined && (f.bound === 'exact' || f.bound === 'about') && isBounded(factInterval(f));
}

/**
 * The one usable fact for exactly `reading`'s entity, metric and period (no product's figure
 * for its company, no sibling metric), or null when there is none or the dataset's facts disagree.
 */
function exactFact(reading: Reading, dataset: DatasetIndex): LoadedFact | null {
  let found: LoadedFact | null = null;
  for (const m of findMatches(reading, dataset)) {
    const f = m.fact;
    if (m.fit !== 'exact' || f.entity !== reading.entity || f.metric !== reading.metric || !usableFact(f)) continue;
    if (found && found.value !== f.value) return null;
    found ??= f;
  }
  return found;
}

/**
 * The base of `implied` in the dataset, with the dataset's own figure for the amount; null
 * when the dataset lacks it, holds more than one, or contradicts the amount itself (then
 * dataset-mismatch speaks about the amount, and the rate is not held against a wrong figure).
 */
export function baseFact(implied: ImpliedBase, dataset: DatasetIndex): BaseFact | null {
  const amount = implied.amount;
  const period = amount.period as Period;
  const own = exactFact(amount, dataset);
  if (own && compare(amount.quantity, own) !== 'agrees') return null;
  let fact: LoadedFact | null = null;
  switch (implied.base) {
    case 'yearBefore': {
      const earlier = yearBefore(period);
      if (!earlier) return null;
      if (period.fiscalYearEnd !== undefined) earlier.fiscalYearEnd = period.fiscalYearEnd;
      fact = exactFact({ ...amount, period: earlier }, dataset);
      break;
    }
    case 'lastRound':
      // Only a round the dataset knows: its previous valuation is then the one before it.
      fact = own ? previousLevel(own, dataset) : null;
      break;
    case 'whole': {
      const parent = dataset.entities.find((e) => e.name === amount.entity)?.parent;
      fact = parent ? exactFact({ ...amount, entity: parent }, dataset) : null;
      break;
    }
  }
  if (!fact) return null;
  // The same accounting on both sides: a GAAP figure is not grown from a non-GAAP one, nor
  // from a GAAP one when the dataset does not say what the draft's figure is.
  if ((fact.basis ?? null) !== (own?.basis ?? null)) return null;
  // Counts in one unit (users with users), money in one currency; and figures compare()
  // would not set side by side (fifty times apart: more likely a misreading than growth).
  if (compare(amount.quantity, fact) === 'unknown') return null;
  return { fact, own };
}

/** The latest usable fact of `own`'s entity and metric whose period ends before `own`'s begins. */
function previousLevel(own: LoadedFact, dataset: DatasetIndex): LoadedFact | null {
  const start = daysOf(own)?.[0];
  if (start === undefined) return null;
  let best: LoadedFact | null = null;
  let bestEnd = -Infinity;
  for (const f of dataset.factsFor(own.entity, own.metric)) {
    const d = daysOf(f);
    if (!d || d[1] >= start) continue;
    if (d[1] > bestEnd) {
      best = f;
      bestEnd = d[1];
    }
  }
  // A revised or estimated figure as the latest before leaves "the last round" in doubt: none.
  return best && usableFact(best) ? best : null;
}

function daysOf(f: LoadedFact): [number, number] | null {
  const p = parsePeriodString(f.period);
  if (!p || p.kind === 'by' || p.kind === 'span') return null;
  return periodInterval(p);
}
