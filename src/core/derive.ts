// Recalculations shown when the writer hovers a figure: what follows from it and the other
// figures of its sentence or table row — the change between two figures (amount, percent,
// multiple), percentage points against the relative change, a share worked out, a valuation
// as a multiple of revenue, the growth rate implied between two dated figures, an amount per
// user, a rate recomputed from a base the dataset holds (derivedRate.ts). Nothing here
// judges; the rules do that. A value that cannot be computed (a zero base, a vague figure)
// is left out rather than shown as NaN or Infinity.
import type { Claim, Quantity, Reading, Relation } from './types';
import { perObject } from './perObject';
import type { DatasetIndex } from './dataset/lookup';
import { formatCount, formatMoney, formatMultiple, formatPercent, formatPoints } from './format';
import { compact, comparable, short } from './rules/util';
import { derivedRates, type DerivedRate } from './derivedRate';
import { factSubject } from './dataset/citation';

export interface Recalculation {
  label: string;
  value: string;
  derivation: string;
}

/** The most recalculations one hover shows: a hover is a glance, not a report. */
const MAX_RECALCULATIONS = 8;

const VALUATION_METRICS = new Set(['valuation', 'ipoValuation']);
const REVENUE_METRICS = new Set(['revenue', 'revenueRunRate']);
const PER_NOUNS = /^(?:users|people|subscribers|customers|developers|businesses|employees|seats|gpus|chips|accelerators)$/;

export function derive(source: readonly Claim[] | { claims: readonly Claim[] }, quantity: Quantity, dataset?: DatasetIndex): Recalculation[] {
  const claims = 'claims' in source ? source.claims : source;
  let claim: Claim | undefined;
  let at = -1;
  for (const c of claims) {
    at = indexOf(c).bySpan.get(spanKey(quantity)) ?? -1;
    if (at >= 0) {
      claim = c;
      break;
    }
  }
  if (!claim) return [];
  const index = indexOf(claim);
  const self = claim.quantities[at];
  if (!plain(self)) return [];
  const out: Recalculation[] = [];
  const full = (): boolean => out.length >= MAX_RECALCULATIONS;
  const push = (r: Recalculation | null): void => {
    if (!r || !r.value || /NaN|Infinity/.test(r.value + r.derivation)) return;
    if (out.some((o) => o.label === r.label)) return;
    out.push(r);
  };

  // A rate whose base the dataset holds: recomputed, whether or not it fits (dataset-mismatch
  // reports only the ones that do not).
  if (dataset && (self.kind === 'percent' || self.kind === 'multiple')) {
    for (const d of derivedRates(claim, dataset)) if (d.implied.rate === self) push(fromDataset(d));
  }

  // Only the figures nearest this one: a table row or a run-on sentence with a thousand
  // figures made every figure's recalculations read every other (quadratic per claim),
  // and a hover shows eight at most anyway.
  const near = claim.quantities.slice(Math.max(0, at - NEIGHBOURS), at + NEIGHBOURS + 1);
  const others = near.filter((q) => q !== self && plain(q));
  const reading = index.readingOf.get(self);
  const mine = index.relationsOf.get(self) ?? [];
  // Changes between this figure and the others of its kind, earliest figure first; a
  // valuation and a revenue in one sentence are not a change of anything.
  for (const o of others) {
    if (full()) break;
    if (!comparable(self, o) || self.kind === 'multiple') continue;
    const rel = mine.find((r) => r.kind === 'change' && ((r.from === o && r.to === self) || (r.from === self && r.to === o)));
    if (!rel && !mayBeOneChange(reading, index.readingOf.get(o))) continue;
    const [from, to] = rel && rel.kind === 'change' ? [rel.from, rel.to] : o.span.start < self.span.start ? [o, self] : [self, o];
    push(change(from, to));
  }

  // Shares: "X% of Y".
  for (const r of mine) {
    if (r.kind === 'share' && (r.rate === self || r.whole === self || r.result === self)) push(share(r.rate, r.whole));
  }
  if (self.kind === 'percent') {
    for (const o of others) if (!full() && isShareOf(claim, self, o)) push(share(self, o));
  } else {
    for (const o of others) if (!full() && o.kind === 'percent' && isShareOf(claim, o, self)) push(share(o, self));
  }

  // A valuation as a multiple of revenue.
  if (reading && self.kind === 'money' && !full()) {
    const pairs = valuationPairs(near.map((q) => index.readingOf.get(q)).filter((r): r is Reading => r !== undefined), reading);
    for (const [val, rev] of pairs) push(multipleOfRevenue(val.quantity, rev.quantity.value, rev.quantity.text));
    if (pairs.length === 0 && dataset && reading.metric && VALUATION_METRICS.has(reading.metric) && reading.entity) {
      push(revenueFromDataset(self, reading.entity, dataset));
    }
  }

  // Growth rate implied between two dated figures.
  for (const r of mine) {
    if (r.kind === 'cagr' && (r.from === self || r.to === self || r.rate === self)) push(growth(r.from, r.to, r.years));
  }
  if (reading?.period && (reading.period.kind === 'year' || reading.period.kind === 'fiscalYear')) {
    for (const q of near) {
      const o = index.readingOf.get(q);
      if (full()) break;
      if (!o || o === reading || !o.period || !plain(o.quantity) || !comparable(self, o.quantity)) continue;
      if (o.period.kind !== 'year' && o.period.kind !== 'fiscalYear') continue;
      if (self.kind !== 'money' && self.kind !== 'count') continue;
      const years = Math.abs(reading.period.year - o.period.year);
      // One year apart, the yearly rate is the change already shown.
      if (years < 2) continue;
      if (reading.metric !== null && o.metric !== null && reading.metric !== o.metric) continue;
      const [a, b] = reading.period.year < o.period.year ? [self, o.quantity] : [o.quantity, self];
      push(growth(a, b, years));
    }
  }

  // An amount per user (or subscriber, GPU...).
  if (self.kind === 'money' || self.kind === 'count') {
    for (const o of others) {
      if (full()) break;
      const [money, count] = self.kind === 'money' ? [self, o] : [o, self];
      if (money.kind !== 'money' || count.kind !== 'count' || !PER_NOUNS.test(count.unit)) continue;
      push(perUnit(money, count));
    }
  }
  return out.slice(0, MAX_RECALCULATIONS);
}

/**
 * Whether two figures no relation joins may still be one thing at two times, so that the change
 * between them means something: not when their readings name different metrics or different
 * entities, or the same period ("total revenue climbed 12% to $14.9 billion, while cloud
 * revenue surged 28% to $7.2 billion": two parts of one quarter, not a fall of 52%). What a
 * reading does not know does not rule a pair out.
 */
function mayBeOneChange(a: Reading | undefined, b: Reading | undefined): boolean {
  if (!a || !b) return true;
  if (a.metric !== null && b.metric !== null && a.metric !== b.metric) return false;
  if (a.entity !== null && b.entity !== null && a.entity !== b.entity) return false;
  return !(a.period && b.period && a.period.canonical === b.period.canonical);
}

/** How many figures on each side of a figure its recalculations look at. */
const NEIGHBOURS = 12;

interface ClaimIndex {
  /** Position in `claim.quantities` by span. */
  bySpan: Map<string, number>;
  readingOf: Map<Quantity, Reading>;
  /** The relations each figure takes part in. */
  relationsOf: Map<Quantity, Relation[]>;
}

/** A claim's figures, readings and relations by figure, made once per claim (derive runs once per figure). */
const indexOf: (claim: Claim) => ClaimIndex = perObject((claim) => {
  const bySpan = new Map<string, number>();
  claim.quantities.forEach((q, i) => {
    if (!bySpan.has(spanKey(q))) bySpan.set(spanKey(q), i);
  });
  const readingOf = new Map<Quantity, Reading>();
  for (const r of claim.readings) if (!readingOf.has(r.quantity)) readingOf.set(r.quantity, r);
  const relationsOf = new Map<Quantity, Relation[]>();
  for (const r of claim.relations) {
    for (const q of relationMembers(r)) {
      const list = relationsOf.get(q) ?? [];
      if (!list.includes(r)) list.push(r);
      relationsOf.set(q, list);
    }
  }
  return { bySpan, readingOf, relationsOf };
});

function relationMembers(r: Relation): Quantity[] {
  switch (r.kind) {
    case 'change':
    case 'cagr':
      return [r.from, r.to, ...(r.kind === 'cagr' ? [r.rate] : [])];
    case 'share':
      return [r.rate, r.whole, r.result];
    default:
      return [];
  }
}

function spanKey(q: Quantity): string {
  return `${q.span.start}:${q.span.end}`;
}

/** A figure arithmetic can use: not vague, finite, not a bound. */
function plain(q: Quantity): boolean {
  return !q.vague && Number.isFinite(q.value) && (q.qualifier === null || q.qualifier === 'about');
}

function money(value: number, unit: string, signed = false): string {
  const s = formatMoney(value, unit);
  return signed && value > 0 ? `+${s}` : s;
}

function amount(q: Quantity, value: number, signed = false): string {
  if (q.kind === 'money') return money(value, q.unit, signed);
  const s = formatCount(value);
  return signed && value > 0 ? `+${s}` : s;
}

function change(from: Quantity, to: Quantity): Recalculation | null {
  const label = `From ${from.text} to ${to.text}`;
  const diff = to.value - from.value;
  if (!Number.isFinite(diff)) return null;
  if (from.kind === 'percent') {
    const pp = formatPoints(diff, ' percentage points', true);
    const parts = [`${short(to)} − ${short(from)} = ${compact(diff, 'percentagePoints', 'pp')}`];
    let value = pp;
    if (from.value > 0) {
      const rel = (diff / from.value) * 100;
      value += ` (${formatPercent(rel, { sign: true })} relative)`;
      parts.push(`(${short(to)} − ${short(from)}) ÷ ${short(from)} = ${compact(rel, 'percent', '%')}`);
    }
    return { label, value, derivation: parts.join('; ') };
  }
  if (from.kind !== 'money' && from.kind !== 'count') return null;
  const values = [amount(from, diff, true)];
  const parts = [`${short(to)} − ${short(from)} = ${compact(diff, from.kind, from.unit)}`];
  if (from.value > 0) {
    const rel = (diff / from.value) * 100;
    const ratio = to.value / from.value;
    values.push(formatPercent(round(rel, Math.abs(rel) >= 100 ? 0 : 1), { sign: true }), formatMultiple(round(ratio, ratio >= 10 ? 1 : 2)));
    parts.push(`(${short(to)} − ${short(from)}) ÷ ${short(from)} = ${compact(rel, 'percent', '%')}`, `${short(to)} ÷ ${short(from)} = ${compact(ratio, 'multiple', 'x')}`);
  }
  return { label, value: values.join(' · '), derivation: parts.join('; ') };
}

function share(rate: Quantity, whole: Quantity): Recalculation | null {
  if (rate.kind !== 'percent' || (whole.kind !== 'money' && whole.kind !== 'count')) return null;
  const v = (rate.value / 100) * whole.value;
  if (!Number.isFinite(v)) return null;
  return {
    label: `${rate.text} of ${whole.text}`,
    value: amount(whole, v),
    derivation: `${short(rate)} × ${short(whole)} = ${compact(v, whole.kind, whole.unit)}`,
  };
}

/** "40% of $13 billion", "3% of its 400 million users": a percent followed by "of" and a few words. */
function isShareOf(claim: Claim, rate: Quantity, whole: Quantity): boolean {
  if (whole.kind !== 'money' && whole.kind !== 'count') return false;
  if (whole.span.start <= rate.span.end) return false;
  const start = rate.span.end - claim.span.start;
  const end = (whole.qualifierSpan && whole.qualifierSpan.start > rate.span.end ? whole.qualifierSpan.start : whole.span.start) - claim.span.start;
  if (start < 0 || end > claim.text.length) return false;
  const gap = claim.text.slice(start, end);
  if (gap.length === 0 || gap.length > 60 || !/\s$/.test(gap) || !/^\s/.test(gap)) return false;
  const words = gap.trim().split(/\s+/);
  return words[0].toLowerCase() === 'of' && words.length <= 4 && words.slice(1).every((w) => /^[\p{L}'’-]+$/u.test(w));
}

function valuationPairs(readings: readonly Reading[], reading: Reading): [Reading, Reading][] {
  const isVal = (r: Reading): boolean => r.metric !== null && VALUATION_METRICS.has(r.metric);
  const isRev = (r: Reading): boolean => r.metric !== null && REVENUE_METRICS.has(r.metric);
  const money = readings.filter((r) => r.quantity.kind === 'money' && plain(r.quantity) && r.quantity.unit === reading.quantity.unit);
  if (isVal(reading)) return money.filter(isRev).map((r) => [reading, r]);
  if (isRev(reading)) return money.filter(isVal).map((r) => [r, reading]);
  return [];
}

function multipleOfRevenue(valuation: Quantity, revenue: number, revenueText: string, label?: string): Recalculation | null {
  if (!(revenue > 0)) return null;
  const m = valuation.value / revenue;
  if (!Number.isFinite(m)) return null;
  return {
    label: label ?? `${valuation.text} as a multiple of ${revenueText} revenue`,
    value: `${formatMultiple(round(m, m >= 10 ? 1 : 2))} revenue`,
    derivation: `${short(valuation)} ÷ ${compact(revenue, 'money', valuation.unit)} = ${compact(m, 'multiple', 'x')}`,
  };
}

/** A valuation with no revenue in the sentence: the latest actual revenue the dataset has for the entity. */
function revenueFromDataset(valuation: Quantity, entity: string, dataset: DatasetIndex): Recalculation | null {
  const fact = dataset
    .factsFor(entity, 'revenue')
    .filter((f) => f.unit === valuation.unit && f.kind === 'actual' && !f.supersededBy && /^(?:FY)?\d{4}$/.test(f.period))
    .sort((a, b) => b.period.replace('FY', '').localeCompare(a.period.replace('FY', '')))[0];
  if (!fact) return null;
  const r = multipleOfRevenue(valuation, fact.value, fact.reported, `${valuation.text} as a multiple of ${entity}'s ${fact.period} revenue`);
  if (!r) return null;
  return { ...r, derivation: `${r.derivation} (revenue ${fact.reported}: ${fact.source.outlet}, ${fact.source.date})` };
}

/** A rate recomputed from the dataset's base: "Recomputed from Alphabet's 2024 revenue (dataset): 15.1% — $402.8B ÷ $350B − 1 = 15.1%, from <outlet>, <date>". */
function fromDataset(d: DerivedRate): Recalculation {
  const f = d.base;
  const kind = d.implied.rate.kind === 'multiple' && d.implied.base !== 'whole' ? 'multiple' : 'percent';
  return {
    label: `Recomputed from ${factSubject(f)} (dataset)`,
    value: compact(d.point, kind, kind === 'multiple' ? 'x' : '%'),
    derivation: `${d.arithmetic}, from ${f.source.outlet}, ${f.source.date}`,
  };
}

function growth(from: Quantity, to: Quantity, years: number): Recalculation | null {
  if (!(years > 0) || !(from.value > 0) || !(to.value > 0)) return null;
  const rate = (Math.pow(to.value / from.value, 1 / years) - 1) * 100;
  if (!Number.isFinite(rate)) return null;
  return {
    label: `Yearly growth from ${from.text} to ${to.text} over ${years} year${years === 1 ? '' : 's'}`,
    value: `${formatPercent(round(rate, 1))} a year`,
    derivation: `(${short(to)} ÷ ${short(from)})^(1/${years}) − 1 = ${compact(rate, 'percent', '%')}`,
  };
}

function perUnit(moneyQ: Quantity, count: Quantity): Recalculation | null {
  if (!(count.value > 0)) return null;
  const v = moneyQ.value / count.value;
  if (!Number.isFinite(v)) return null;
  const noun = count.unit.replace(/s$/, '').replace(/^gpu$/, 'GPU');
  return {
    label: `${moneyQ.text} per ${noun}`,
    value: `${money(v, moneyQ.unit)} per ${noun}`,
    derivation: `${short(moneyQ)} ÷ ${short(count)} = ${compact(v, 'money', moneyQ.unit)}`,
  };
}

function round(x: number, d: number): number {
  const f = Math.pow(10, d);
  return Math.round(x * f) / f;
}
