// Checks every hostile-input and property test applies to an analysis: spans inside the
// text, finite figures, and no "NaN", "Infinity" or "undefined" in anything a writer reads.
import assert from 'node:assert/strict';
import type { AnalyzeResult, Finding, Fix, Span } from '../../src/core/types';

const BROKEN_WORDS = /\bNaN\b|Infinity|\bundefined\b|\[object Object\]/;

function assertSpan(s: Span | undefined, length: number, what: string): void {
  assert.ok(s, `${what}: no span`);
  assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: span ${JSON.stringify(s)} is not whole numbers`);
  assert.ok(s.start >= 0 && s.start <= s.end && s.end <= length, `${what}: span ${s.start}-${s.end} outside the text (length ${length})`);
}

function assertWords(text: string | undefined, what: string): void {
  if (text === undefined) return;
  assert.equal(typeof text, 'string', `${what} is not text`);
  assert.ok(!BROKEN_WORDS.test(text), `${what} reads "${text}"`);
}

function assertFix(fix: Fix, length: number, what: string): void {
  assertSpan(fix.span, length, `${what} span`);
  assertWords(fix.text, `${what} text`);
  assertWords(fix.title, `${what} title`);
}

function assertFinding(f: Finding, length: number): void {
  const what = `${f.ruleId} finding at ${f.span?.start}`;
  assertSpan(f.span, length, what);
  assertWords(f.message, `${what} message`);
  assertWords(f.derivation, `${what} derivation`);
  if (f.fix) assertFix(f.fix, length, `${what} fix`);
  for (const a of f.alternatives ?? []) assertFix(a, length, `${what} alternative`);
  for (const r of f.related) {
    if (!r.uri) assertSpan(r.span, length, `${what} related`);
    assertWords(r.message, `${what} related message`);
  }
  for (const s of f.sources) for (const v of Object.values(s)) assertWords(String(v), `${what} source`);
}

/** Everything an analysis of `text` returns is inside `text` and reads as sense. */
export function assertSane(text: string, r: AnalyzeResult): void {
  assert.ok(r && Array.isArray(r.claims) && Array.isArray(r.quantities) && Array.isArray(r.findings), 'not an AnalyzeResult');
  const n = text.length;
  for (const q of r.quantities) {
    assertSpan(q.span, n, `quantity "${q.text}"`);
    if (q.qualifierSpan) assertSpan(q.qualifierSpan, n, `qualifier of "${q.text}"`);
    assert.equal(text.slice(q.span.start, q.span.end), q.text, `quantity text differs from its span`);
    for (const v of [q.value, q.low, q.high]) assert.ok(!Number.isNaN(v), `quantity "${q.text}" has a NaN value`);
  }
  for (const c of r.claims) {
    assertSpan(c.span, n, 'claim');
    for (const rd of c.readings) {
      if (rd.entitySpan) assertSpan(rd.entitySpan, n, 'entity');
      if (rd.metricSpan) assertSpan(rd.metricSpan, n, 'metric');
      if (rd.period?.span) assertSpan(rd.period.span, n, 'period');
    }
  }
  for (const f of r.findings) assertFinding(f, n);
  if (r.skipped !== undefined) assertWords(r.skipped, 'skipped reason');
}

/** A small deterministic generator (tests must not depend on Math.random). */
export function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}
