// A stated rate recomputed from a base the draft leaves out and the dataset holds: "revenue
// of $13 billion for 2025, implying 270% growth" against the dataset's 2024 revenue, "a 91%
// jump from its last round" against the previous valuation, "47% of the total" against the
// parent company's figure. The reading is read/impliedBase.ts's, the base dataset/baseFact.ts's;
// here, the arithmetic with both sides' rounding, for dataset-mismatch (rules/rateFromDataset.ts) and the hover.
import type { Claim, Quantity } from './types';
import type { DatasetIndex, LoadedFact } from './dataset/lookup';
import { impliedBases, type ImpliedBase } from './read/impliedBase';
import { baseFact } from './dataset/baseFact';
import { entityReliable, namesForward, periodReliable } from './dataset/hedging';
import { factInterval } from './dataset/compare';
import { type Interval, div, negate, overlaps, percentChange, scaleBy, statedInterval } from './tolerance';
import { agreeingText, compact, inputInterval, short } from './rules/util';

export interface DerivedRate {
  implied: ImpliedBase;
  /** The dataset's base: last year's figure, the previous valuation, or the whole. */
  base: LoadedFact;
  /** What the amount and the base give, in the rate's terms (percent or multiple), with both sides' rounding. */
  computed: Interval;
  /** The same from the two values as written. */
  point: number;
  /** Whether the stated rate fits `computed`. */
  agrees: boolean;
  /** "$13B ÷ $3.7B − 1 = 251%" (written when asked for: most rates fit and no one hovers them). */
  readonly arithmetic: string;
  /** The recomputed rate in the writer's style, when a replacement is certain; else null. */
  fixText: string | null;
}

/**
 * Every rate of `claim` recomputed from a dataset base. Only what is certain: the amount read
 * with entity, metric and period in this sentence, stated as what happened, the base an
 * actual of the dataset; anything in doubt gives nothing.
 */
export function derivedRates(claim: Claim, dataset: DatasetIndex): DerivedRate[] {
  // Most claims have no rate beside an amount read in full: answered before any text is read.
  // Nothing is remembered per claim: the rule asks once, and the hover for one claim at a time
  // (a memo per claim kept the claims of a 10 MB draft alive longer: 90 MB more at the CLI's peak).
  if (!mayHoldOne(claim)) return NONE;
  return workOut(claim, dataset);
}

const NONE: DerivedRate[] = [];

function workOut(claim: Claim, dataset: DatasetIndex): DerivedRate[] {
  let out: DerivedRate[] | undefined;
  for (const implied of impliedBases(claim)) {
    const r = recompute(implied, claim, dataset);
    if (r) (out ??= []).push(r);
  }
  return out ?? NONE;
}

function mayHoldOne(claim: Claim): boolean {
  let rate = false;
  let amount = false;
  for (const q of claim.quantities) if (q.kind === 'percent' || q.kind === 'multiple') rate = true;
  if (!rate) return false;
  for (const r of claim.readings) if (r.entity && r.metric && r.period && (r.quantity.kind === 'money' || r.quantity.kind === 'count')) amount = true;
  return amount;
}

function recompute(implied: ImpliedBase, claim: Claim, dataset: DatasetIndex): DerivedRate | null {
  const { rate, amount } = implied;
  // What happened, read with confidence: not a forecast, not a period or entity in doubt.
  if (amount.kind !== undefined ? amount.kind !== 'actual' : namesForward(claim.text)) return null;
  if (!periodReliable(amount, claim) || !entityReliable(amount, claim)) return null;
  const a = inputInterval(amount.quantity);
  if (!a) return null;
  const found = baseFact(implied, dataset);
  if (!found) return null;
  const base = found.fact;
  const b = factInterval(base);
  if (!(b.low > 0) || !(a.low > 0)) return null;
  const q = amount.quantity;
  let computed: Interval;
  let point: number;
  if (implied.base === 'whole') {
    computed = scaleBy(div(a, b), 100);
    point = (q.value / base.value) * 100;
  } else if (rate.kind === 'multiple') {
    computed = div(a, b);
    point = q.value / base.value;
  } else {
    computed = percentChange(b, a);
    point = (q.value / base.value - 1) * 100;
  }
  if (!Number.isFinite(point)) return null;
  const stated = signed(rate, implied.direction);
  const agrees = overlaps(stated, computed);
  // A rate whose size fits with the other sign is a direction word in question, not a rate to
  // replace: the sign rule's kind of finding, and no business of the dataset. Nothing said.
  if (!agrees && rate.kind === 'percent' && implied.base !== 'whole' && overlaps(negate(stated), computed)) return null;
  const fixText = agrees ? null : fixFor(implied, computed, point);
  return {
    implied,
    base,
    computed,
    point,
    agrees,
    get arithmetic(): string {
      const ratio = `${short(q)} ÷ ${compact(base.value, q.kind, q.unit)}`;
      if (implied.base === 'whole') return `${ratio} = ${compact(point, 'percent', '%')}`;
      if (rate.kind === 'multiple') return `${ratio} = ${compact(point, 'multiple', 'x')}`;
      return `${ratio} − 1 = ${compact(point, 'percent', '%')}`;
    },
    fixText,
  };
}

/** The stated rate as the change it states: "down 20%" is −20%, "−20%" as written. */
function signed(rate: Quantity, direction: 1 | -1): Interval {
  const i = statedInterval(rate);
  return direction === -1 && rate.sign === null ? negate(i) : i;
}

/**
 * The recomputed rate written like the stated one, when it states the same direction (an
 * unsigned "up 40%" becomes "up 25%", never "up −10%"); null otherwise.
 */
function fixFor(implied: ImpliedBase, computed: Interval, point: number): string | null {
  const { rate, direction } = implied;
  // A figure in words ("three times", "doubled") is the writer's phrasing: no digits put in its place.
  if (rate.words) return null;
  if (rate.kind === 'percent' && implied.base !== 'whole' && Math.sign(point) !== direction) return null;
  const value = rate.kind === 'percent' && rate.sign === null ? Math.abs(point) : point;
  return agreeingText(rate, value, (c) => c.kind === rate.kind && overlaps(signed(c, direction), computed));
}
