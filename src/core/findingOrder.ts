// The order findings are reported in: by where their figure starts and ends, then by rule.
// One definition for the analyzer's sort, its merge of the blocks' sorted findings, and the
// per-block sort that makes that merge possible.
import type { Finding } from './types';

export function compareFindings(a: Finding, b: Finding): number {
  return a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId);
}

/** Two lists already in that order, merged into one. */
export function mergeFindings(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out: Finding[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(compareFindings(a[i], b[j]) <= 0 ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}
