// Whether a figure may be compared with a dataset fact, by the kind of statement each makes.
// A loaded fact always has its `kind` (schema.ts reads a legacy actual/projection/target/
// estimate `basis` as one), so the matcher reads `fact.kind` itself.
import type { Reading, StatementKindOf } from '../types';

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
