// Speed as growth, never as a stopwatch: the time at size n and at 4n, the best of a few
// runs each, so a loaded machine slows both alike. Linear work grows about 4×, n log n a
// little more, quadratic 16×; a ratio under 8 says the path is not quadratic.
import assert from 'node:assert/strict';

/** Work this long per measurement at the small size, repeating it when one run is quicker. */
const MIN_BATCH_MS = 40;
/** Best of this many batches at each size. */
const RUNS = 5;
export const MAX_RATIO = 8;

function batch(run: () => unknown, reps: number): number {
  const t = performance.now();
  for (let i = 0; i < reps; i++) run();
  return performance.now() - t;
}

/**
 * How much longer `large` (4× the input of `small`) takes than `small`. A first large run
 * already past the bound ends the measurement: it has failed, and on quadratic code the
 * further runs would take minutes.
 */
export function growth(small: () => unknown, large: () => unknown): { ratio: number; small: number; large: number } {
  small();
  let reps = 1;
  while (batch(small, reps) < MIN_BATCH_MS && reps < 1 << 16) reps *= 2;
  // Alternated, so a burst of load on a shared machine slows one run of each, not all of one.
  let a = Infinity;
  let b = Infinity;
  for (let i = 0; i < RUNS; i++) {
    a = Math.min(a, batch(small, reps));
    b = Math.min(b, batch(large, reps));
    if (b > a * MAX_RATIO * 3) break;
  }
  return { ratio: b / a, small: a / reps, large: b / reps };
}

/** Measurements taken before a ratio over the bound counts: load on a shared machine can slow one; quadratic code fails each. */
const ATTEMPTS = 3;

/** Asserts that 4× the input costs less than MAX_RATIO× the time. */
export function assertLinear(what: string, small: () => unknown, large: () => unknown): void {
  let g = growth(small, large);
  for (let i = 1; i < ATTEMPTS && g.ratio >= MAX_RATIO; i++) {
    const again = growth(small, large);
    if (again.ratio < g.ratio) g = again;
  }
  assert.ok(
    g.ratio < MAX_RATIO,
    `${what}: 4× the input took ${g.ratio.toFixed(1)}× the time (${g.small.toFixed(1)} ms → ${g.large.toFixed(1)} ms), quadratic or worse`,
  );
}
