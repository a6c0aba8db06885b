// Which rows a Total row adds up when a table nests its sums, as Alphabet's release does:
// "Google Search & other", "YouTube ads", "Google Network", then "Google advertising" (their
// sum, named without "total"), "Google subscriptions…", "Google Services total", then "Google
// Cloud", "Other Bets" and "Total revenues" (Google Services total plus the rows after it).
// A row that is the sum of the rows right above it, in every column that can say, stands for
// them; a Total after an earlier Total adds up the rows since that one, or (when only that
// adds up) the earlier Total with them. When unsure, the rows since the previous Total, as
// before.
import type { Quantity } from '../types';

/** The table as this reader needs it: rows by index in table order. */
export interface SumGrid {
  rows: number;
  /** The columns whose figures may add up (not the label, a change or a share column). */
  columns: readonly number[];
  /** The cell's first figure, or undefined for an empty or wordy cell. */
  figure(row: number, column: number): Quantity | undefined;
  /** A Total row ("Total revenues", "Google Services total"). */
  isTotal(row: number): boolean;
  /** A section heading, or the header row: nothing above it is added up below it. */
  startsSection(row: number): boolean;
}

/** The longest run of rows a subtotal may stand for: enough for any segment list, bounded for very long tables. */
const LONGEST_RUN = 12;

/** What tableSubtotals.ts finds in a table. */
export interface NestedSums {
  /** Per Total row: the rows it adds up, when not simply those since the previous Total (the reader's default). */
  totals: Map<number, number[]>;
  /** Per row that is a sum: a Total (the rows it adds up) or a row that adds up the rows right above it ("Google advertising"). */
  sums: Map<number, number[]>;
  /** The subtotals two or more columns bear out: reported where a column does not add up. */
  reported: Set<number>;
}

/**
 * The sums a table nests. A Total's rows are the ones that add up in the most columns of:
 * the rows since the previous Total (the default, kept on a tie: small numbers add up by
 * chance), the same with subtotals standing for their rows, or the earlier Totals with them.
 */
export function nestedSums(grid: SumGrid): NestedSums {
  const out: NestedSums = { totals: new Map(), sums: new Map(), reported: new Set() };
  // The rows standing for the section so far: a subtotal replaces the rows it adds up, a Total its own.
  let standing: number[] = [];
  // Where in `standing` the rows since the previous Total start.
  let sinceTotal = 0;
  // The rows since the previous Total, every one of them.
  let plain: number[] = [];
  for (let r = 0; r < grid.rows; r++) {
    if (grid.startsSection(r)) {
      standing = [];
      plain = [];
      sinceTotal = 0;
      continue;
    }
    if (grid.isTotal(r)) {
      const own = standing.slice(sinceTotal);
      let parts = plain;
      let best = columnsAddingUp(grid, plain, r).holds;
      for (const candidate of sinceTotal > 0 ? [own, standing] : [own]) {
        const holds = columnsAddingUp(grid, candidate, r).holds;
        if (holds > best) {
          parts = candidate;
          best = holds;
        }
      }
      if (parts !== plain) out.totals.set(r, parts.slice());
      out.sums.set(r, parts.slice());
      // "Total revenues" after "Google Services total": an earlier Total is a part of the next one only when chosen so.
      standing = parts === standing ? [r] : [...standing.slice(0, sinceTotal), r];
      sinceTotal = standing.length;
      plain = [];
      continue;
    }
    plain.push(r);
    // A row that adds up the rows right above it stands for them ("Google advertising").
    for (let n = 2; n <= Math.min(LONGEST_RUN, standing.length - sinceTotal); n++) {
      const run = standing.slice(standing.length - n);
      const sum = columnsAddingUp(grid, run, r);
      if (!isSubtotal(sum)) continue;
      out.sums.set(r, run);
      if (sum.holds >= 2) out.reported.add(r);
      standing.length -= n;
      break;
    }
    standing.push(r);
  }
  return out;
}

/**
 * Whether a row is a subtotal, by the columns where it is the sum of the rows above: all that
 * can say, or all but one when another says so with a sum of three digits or more (a wrong
 * cell in the subtotal's run).
 */
function isSubtotal({ holds, fails, large }: { holds: number; fails: number; large: number }): boolean {
  return holds > 0 && (fails === 0 || (fails === 1 && large >= 1));
}

/** In how many columns row `sum` is the sum of `parts` (`large`: of those, with a sum of 100 or more in its written units), and in how many not. */
function columnsAddingUp(grid: SumGrid, parts: readonly number[], sum: number): { holds: number; fails: number; large: number } {
  const out = { holds: 0, fails: 0, large: 0 };
  if (parts.length < 2) return out;
  for (const c of grid.columns) {
    const total = grid.figure(sum, c);
    if (!total || (total.kind !== 'money' && total.kind !== 'count')) continue;
    let value = 0;
    let slack = step(total);
    let complete = true;
    for (const p of parts) {
      const q = grid.figure(p, c);
      if (!q || q.kind !== total.kind || q.unit !== total.unit) {
        complete = false;
        break;
      }
      value += q.value;
      slack += step(q);
    }
    if (!complete) continue;
    if (Math.abs(value - total.value) > slack) out.fails++;
    else {
      out.holds++;
      if (Math.abs(total.value) >= 100 * (total.scale || 1)) out.large++;
    }
  }
  return out;
}

/** Half the last written digit of a figure, in its value's units: how far its rounding may be off. */
function step(q: Quantity): number {
  return 0.5 * 10 ** -q.decimals * (q.scale || 1);
}

/**
 * Whether the sum row `sum` of `parts` is off in `column` (both hold figures there): a Total
 * that counts it among its parts then says nothing in that column, the error being below it.
 */
export function sumIsOff(grid: SumGrid, parts: readonly number[], sum: number, column: number): boolean {
  const { fails } = columnsAddingUp({ ...grid, columns: [column] }, parts, sum);
  return fails > 0;
}
