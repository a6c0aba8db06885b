// Moving one block's results from offsets relative to the block to their place in the
// document. Always new objects: a result is a snapshot the extension may still hold while
// the next run moves the same block elsewhere.
import type { Claim, Finding, Quantity, Reading, Relation, Span, Period } from './types';
import type { Directive } from './markdown';

interface Shift {
  delta: number;
  block: number;
  segment: number;
  quantities: Map<Quantity, Quantity>;
}

function sp(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

function shiftQuantity(q: Quantity, sh: Shift): Quantity {
  let out = sh.quantities.get(q);
  if (!out) {
    out = { ...q, span: sp(q.span, sh.delta), segment: q.segment + sh.segment };
    if (q.qualifierSpan) out.qualifierSpan = sp(q.qualifierSpan, sh.delta);
    sh.quantities.set(q, out);
  }
  return out;
}

function shiftPeriod(p: Period | null, d: number): Period | null {
  if (!p) return null;
  return p.span ? { ...p, span: sp(p.span, d) } : { ...p };
}

function shiftRelation(r: Relation, sh: Shift): Relation {
  const q = (x: Quantity) => shiftQuantity(x, sh);
  switch (r.kind) {
    case 'change': {
      const out: Relation = { kind: 'change', from: q(r.from), to: q(r.to), stated: q(r.stated) };
      if (r.direction) out.direction = { ...r.direction, span: sp(r.direction.span, sh.delta) };
      return out;
    }
    case 'share':
      return { kind: 'share', rate: q(r.rate), whole: q(r.whole), result: q(r.result) };
    case 'cagr':
      return { kind: 'cagr', from: q(r.from), to: q(r.to), rate: q(r.rate), years: r.years };
    case 'total':
      // Spread: a share column's or a prose list's flags go with it.
      return { ...r, rows: r.rows.map(q), total: q(r.total) };
    case 'range':
      return { kind: 'range', low: q(r.low), high: q(r.high) };
    case 'direction':
      return r.from
        ? { kind: 'direction', word: { ...r.word, span: sp(r.word.span, sh.delta) }, quantity: q(r.quantity), from: q(r.from) }
        : { kind: 'direction', word: { ...r.word, span: sp(r.word.span, sh.delta) }, quantity: q(r.quantity) };
    case 'shareOfWhole':
      return { kind: 'shareOfWhole', rate: q(r.rate) };
  }
}

function shiftReading(r: Reading, sh: Shift): Reading {
  const out: Reading = { ...r, quantity: shiftQuantity(r.quantity, sh), period: shiftPeriod(r.period, sh.delta) };
  if (r.entitySpan) out.entitySpan = sp(r.entitySpan, sh.delta);
  if (r.metricSpan) out.metricSpan = sp(r.metricSpan, sh.delta);
  return out;
}

function shiftClaim(c: Claim, sh: Shift): Claim {
  const out: Claim = {
    span: sp(c.span, sh.delta),
    text: c.text,
    block: sh.block,
    quantities: c.quantities.map((q) => shiftQuantity(q, sh)),
    readings: c.readings.map((r) => shiftReading(r, sh)),
    relations: c.relations.map((r) => shiftRelation(r, sh)),
  };
  if (c.table) out.table = { ...c.table, table: sh.block, header: [...c.table.header] };
  return out;
}

export function shiftFinding(f: Finding, d: number): Finding {
  const out: Finding = {
    ...f,
    span: sp(f.span, d),
    fix: f.fix ? { ...f.fix, span: sp(f.fix.span, d) } : null,
    related: f.related.map((r) => (r.uri ? { ...r } : { ...r, span: sp(r.span, d) })),
    sources: f.sources,
  };
  if (f.alternatives) out.alternatives = f.alternatives.map((a) => ({ ...a, span: sp(a.span, d) }));
  return out;
}

export function shiftDirective(d: Directive, delta: number): Directive {
  return { ...d, rules: [...d.rules], start: d.start + delta, end: d.end + delta };
}

/** A block's claims and figures at document offsets: `delta` from the block, its number and its first segment's. */
export function placeClaims(quantities: readonly Quantity[], claims: readonly Claim[], delta: number, block: number, segment: number): { quantities: Quantity[]; claims: Claim[] } {
  const sh: Shift = { delta, block, segment, quantities: new Map() };
  return { quantities: quantities.map((q) => shiftQuantity(q, sh)), claims: claims.map((c) => shiftClaim(c, sh)) };
}
