// The kind of statement a dataset fact is, and whether a figure may be compared with it.
// Facts carry `basis` today (actual, projection, target, estimate); the dataset is moving to
// `kind` (adding guidance). This accessor reads either, so the matcher need not care which.
import type { Reading, StatementKindOf } from '../types';

/** The fact's kind of statement: `kind` when it has one, else `basis`, else actual. */
export function factKind(fact: { basis?: string; kind?: string }): StatementKindOf {
  const k = (fact as { kind?: unknown }).kind ?? fact.basis;
  return k === 'guidance' || k === 'projection' || k === 'target' || k === 'estimate' ? k : 'actual';
}

/** What happened, or an estimate of it. */
function pastOrPresent(k: StatementKindOf): boolean {
  return k === 'actual' || k === 'estimate';
}

/**
 * Whether a figure of kind `figure` may be compared with a fact of kind `fact`. What happened
 * (actual, estimate) only with what happened: an actual is never corrected to a forecast, nor a
 * forecast to an actual. What is expected (guidance, projection, target) only with what is
 * expected: the dataset does not yet tell a company's guidance from others' projections (issue
 * 16 adds guidance), so the three are compared with one another.
 */
export function kindsComparable(figure: StatementKindOf, fact: StatementKindOf): boolean {
  return pastOrPresent(figure) === pastOrPresent(fact);
}

/** Whether the reading speaks of what is expected; undefined when its kind was not read. */
export function readsForward(reading: Reading): boolean | undefined {
  return reading.kind === undefined ? undefined : !pastOrPresent(reading.kind);
}
