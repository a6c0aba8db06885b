// One planted mistake: does the right rule fire on the edited figure, and does its fix put the
// published figure back (or at least make the rule quiet, for a rewording)?
import type { AnalyzeOptions } from '../../src/core/analyze';
import { analyze } from '../../src/core/analyze';
import { readQuantities } from '../../src/core/read/figures/quantity';
import type { Finding, Fix, Span } from '../../src/core/types';
import { templateOf } from './coverage';
import { overlap, type ArticleDocument } from './document';
import type { Mutation } from './mutations';

export type MutationOutcome = 'caught' | 'wrongFix' | 'missed' | 'noisy';

function apply(text: string, span: Span, replacement: string): string {
  return text.slice(0, span.start) + replacement + text.slice(span.end);
}

function on(findings: readonly Finding[], rule: string, targets: readonly Span[]): Finding[] {
  return findings.filter((f) => f.ruleId === rule && targets.some((t) => overlap(f.span, t) > 0 || (t.start === t.end && f.span.start <= t.start && t.start <= f.span.end)));
}

function fixesOf(f: Finding): Fix[] {
  return [...(f.fix ? [f.fix] : []), ...(f.alternatives ?? [])];
}

/** Whether a fix's figure states the published value, within the rounding of either. */
function restoresValue(m: Mutation, fix: Fix): boolean {
  const original = templateOf(m.figure.label);
  const fixed = readQuantities(fix.text).find((q) => q.span.start === 0);
  if (!original || !fixed || original.kind !== fixed.kind) return false;
  const step = (decimals: number, scale: number) => 0.5 * 10 ** -decimals * (scale || 1);
  const slack = Math.max(step(original.decimals, original.scale), step(fixed.decimals, fixed.scale)) * 1.0001;
  return Math.abs(Math.abs(fixed.value) - Math.abs(original.value)) <= slack;
}

export function checkMutation(doc: ArticleDocument, baseline: readonly Finding[], m: Mutation, options: AnalyzeOptions): MutationOutcome {
  // A finding the unedited passage already had at that place says nothing about the edit.
  if (on(baseline, m.rule, [m.figure.span]).length) return 'noisy';
  const mutated = apply(doc.text, m.edit.span, m.edit.text);
  const hits = on(analyze(mutated, options).findings, m.rule, m.targets);
  if (!hits.length) return 'missed';
  if (m.fix === 'none') return 'caught';
  for (const f of hits) {
    for (const fix of fixesOf(f)) {
      const fixed = apply(mutated, fix.span, fix.text);
      if (fixed === doc.text) return 'caught';
      const fixedSpan = { start: fix.span.start, end: fix.span.start + fix.text.length };
      const quiet = on(analyze(fixed, options).findings, m.rule, [fixedSpan]).length === 0;
      if (quiet && (m.fix === 'silence' || restoresValue(m, fix))) return 'caught';
    }
  }
  return 'wrongFix';
}
