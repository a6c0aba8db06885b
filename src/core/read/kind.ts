// The kind of statement a figure makes, for its reading: what statedKind.ts reads from the
// forward-looking words (actual, guidance, projection, target), plus an estimate of what
// happened ("an estimated $2.5 billion", "estimated at $2.5 billion", "roughly estimated").
// One classifier: this file only adds the estimate, which the forward-looking words leave out.
import type { Claim, Quantity, Reading, StatementKindOf } from '../types';
import { statedKind } from './statedKind';
import { forwardByName } from '../dataset/metrics';
import { namesForward } from '../dataset/hedging';

/** "an estimated $2.5 billion", "estimated at $2.5 billion", "estimates put it at $2.5 billion": just before the figure. */
const ESTIMATE_BEFORE = /\b(?:an|the|its)\s+estimated\s+(?:\S+\s+){0,2}$|\bestimated\s+(?:at|to\s+be)\s+(?:about\s+|around\s+|roughly\s+)?$|\bestimates?\s+(?:put|puts|peg|pegs|place|places)\s+(?:\S+\s+){0,3}at\s+(?:about\s+|around\s+|roughly\s+)?$/i;

/** How much of a long sentence around a figure its kind is read from (characters before, after). */
const WINDOW_BEFORE = 300;
const WINDOW_AFTER = 120;

/**
 * The claim as statedKind sees it for one figure: the whole sentence when it is short, else
 * the stretch around the figure, so a line of 100,000 figures is read in linear time (each
 * figure's look back to its nearest forward-looking word stays within the window).
 */
function around(claim: Claim, reading: Reading): Claim {
  if (claim.text.length <= WINDOW_BEFORE + WINDOW_AFTER && claim.quantities.length <= 8) return claim;
  const base = claim.span.start;
  const from = Math.max(0, reading.quantity.span.start - base - WINDOW_BEFORE);
  const to = Math.min(claim.text.length, reading.quantity.span.end - base + WINDOW_AFTER);
  // The figures are in text order: the window's are one slice of them, found by halving.
  const qs = claim.quantities;
  const lo = firstFrom(qs, base + from);
  let hi = firstFrom(qs, base + to);
  while (hi > lo && qs[hi - 1].span.end > base + to) hi--;
  const quantities = qs.slice(lo, hi);
  return { ...claim, text: claim.text.slice(from, to), span: { start: base + from, end: base + to }, quantities };
}

/** Index of the first figure starting at or after `offset`. */
function firstFrom(qs: readonly Quantity[], offset: number): number {
  let lo = 0;
  let hi = qs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (qs[mid].span.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The last sentence asked about and what it holds: its figures are asked about one after another.
let lastText: string | undefined;
let lastForward = false;
let lastEstimate = false;

/** The reading's kind of statement, read from its sentence. */
export function readingKind(whole: Claim, reading: Reading): StatementKindOf {
  if (whole.text !== lastText) {
    lastText = whole.text;
    lastForward = namesForward(whole.text);
    lastEstimate = /estimat/i.test(whole.text);
  }
  // Most sentences hold no forward-looking word: their figures are actuals, unless a forward
  // metric or a target year makes them otherwise (statedKind decides those).
  if (!lastForward && !lastEstimate && !forwardByName(reading.metric) && reading.period?.kind !== 'by') return 'actual';
  const claim = around(whole, reading);
  const kind = statedKind(claim, reading.quantity, reading);
  if (kind !== 'actual' && kind !== 'projection') return kind;
  const at = reading.quantity.span.start - claim.span.start;
  if (at > 0 && ESTIMATE_BEFORE.test(claim.text.slice(Math.max(0, at - 60), at))) {
    // "is estimated to reach $X by 2030" is a projection: only a past or present figure is an estimate.
    if (reading.period?.kind === 'by' || /\bestimated\s+to\s+(?!be\b)/i.test(claim.text.slice(Math.max(0, at - 60), at))) return kind;
    return 'estimate';
  }
  return kind;
}
