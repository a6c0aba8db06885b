// A scale slip in a figure that names no period of its own: "Alphabet's revenue of $102.3
// million" in an article of October 2025. The dataset verdict (match.ts) needs a period to
// compare anything; here, without one, the same digits a thousand times larger (or smaller)
// than a fact of the figure's entity and metric reported just before the article's date are
// taken for a slip of the scale word. Short mantissas ("$10 million" beside a $10 billion
// fact) may be a real, different figure: they count only when a heading's period names the
// fact's period, or the fact is a fast-moving level (a valuation, a round) dated in the weeks
// before the article. Never for a figure the writer marks as earlier, or states as expected.
import type { Claim, Period, Quantity, Reading } from '../types';
import type { DatasetIndex, LoadedFact } from './lookup';
import type { DocumentDate } from '../read/documentDate';
import { compare, scaleSlipFactor } from './compare';
import { factTime } from './factTime';
import { entityReliable, namesForward, shownNotCompared } from './hedging';
import { metricById } from './metrics';
import { periodFit } from './match';
import { dayNumber } from '../read/periods/period';

/** How long before the article's date a fact's period may end and still be the figure's ("the latest results"). */
const BEFORE_DAYS = 190;
/** How long after: a level dated in the article's month, a quarter ending in the weeks after. */
const AFTER_DAYS = 31;
/** How long before the article's date a fast-moving level may be dated and still be the one it speaks of (as match.ts's "now"). */
const NOW_DAYS = 62;
/** Significant digits a figure needs to be a slip without a period that names the fact's ("$102.3 million", not "$10 million"). */
const MIN_DIGITS = 3;

export interface UndatedSlip {
  fact: LoadedFact;
  factor: number;
  /** The period that names the fact's (a heading's), when one does. */
  period: Period | null;
}

/** The significant digits the writer wrote: "102.3" → 4, "$400" → 1, "1.00" → 3. */
export function significantDigits(q: Quantity): number {
  const m = /\d[\d,]*(?:\.\d+)?/.exec(q.text);
  if (!m) return 0;
  const written = m[0].replace(/,/g, '');
  const point = written.includes('.');
  const digits = written.replace('.', '');
  // Leading zeros never count; trailing ones only after a decimal point ("1.00", not "400").
  let from = 0;
  while (from < digits.length && digits[from] === '0') from++;
  let to = digits.length;
  if (!point) while (to > from && digits[to - 1] === '0') to--;
  return to - from;
}

/**
 * Whether the fact, written at the figure's scale moved by `factor` and rounded to the figure's
 * decimals, is the figure's own digits: "$102.3 million" and $102.3 billion, not "$100 million"
 * and $96.4 billion (which the round hundred would allow).
 */
function sameDigits(q: Quantity, factor: number, fact: LoadedFact): boolean {
  if (fact.unit !== q.unit || !q.scale) return false;
  const step = 10 ** -q.decimals;
  const mine = Math.round(Math.abs(q.value) / q.scale / step);
  const theirs = Math.round(Math.abs(fact.value) / (q.scale * factor) / step);
  return mine === theirs;
}

/**
 * The fact a figure with no period of its own slipped a scale from, or null. `reading` must
 * have no period, or only a heading's (or one placed by the date): a figure with a period of
 * its own is the dataset verdict's.
 */
export function undatedSlip(reading: Reading, claim: Claim, dataset: DatasetIndex, date: DocumentDate | null | undefined): UndatedSlip | null {
  const q = reading.quantity;
  if (!date || !reading.entity || !reading.metric || q.vague || q.isRange || q.qualifier) return null;
  if (reading.period && !shownNotCompared(reading.period)) return null;
  // An earlier or expected figure is another figure than the latest reported one.
  if (reading.earlier || (reading.kind !== undefined && reading.kind !== 'actual') || namesForward(claim.text)) return null;
  if (!entityReliable(reading, claim)) return null;
  const facts = dataset.factsFor(reading.entity, reading.metric);
  if (facts.length === 0) return null;
  const flow = metricById(reading.metric)?.flow ?? true;
  const day = dayNumber(date.year, date.month, date.day);
  let found: UndatedSlip | null = null;
  for (const fact of facts) {
    // The figure as written is some fact's: no slip.
    if (compare(q, fact) === 'agrees') return null;
    if (fact.supersededBy || fact.kind !== 'actual') continue;
    const t = factTime(fact);
    if (!t.period || !t.days || t.days[1] < day - BEFORE_DAYS || t.days[1] > day + AFTER_DAYS) continue;
    const factor = scaleSlipFactor(q, fact);
    if (factor === null || !sameDigits(q, factor, fact)) continue;
    // A heading's period that names another period than the fact's: another figure.
    const named = reading.period ? periodFit(reading.period, t.period, flow, fact.kind) === 'exact' : false;
    if (reading.period && !named) continue;
    // A fast-moving level (a valuation, a round) dated in the weeks around the article is what
    // "valued at $29 million" speaks of as surely as a heading's period would say it.
    const current = !flow && metricById(reading.metric)?.fast === true && t.days[1] >= day - NOW_DAYS;
    if (!named && !current && significantDigits(q) < MIN_DIGITS) continue;
    if (found && found.fact.value !== fact.value) return null;
    found ??= { fact, factor, period: named ? reading.period : null };
  }
  return found;
}
