// `<!-- claimcheck-… -->` comments: a writer's way to silence a finding they have judged.
//   claimcheck-disable-next-line [rules]   the next non-blank line
//   claimcheck-disable-line [rules]        the line the comment is on
//   claimcheck-disable [rules] … claimcheck-enable [rules]   a stretch of the document
// No rules listed means every rule.
import type { Directive } from './markdown';
import type { Finding } from './types';
import { lineMap } from './position';

function lineIsBlank(text: string, starts: readonly number[], line: number): boolean {
  const end = line + 1 < starts.length ? starts[line + 1] : text.length;
  return text.slice(starts[line], end).trim() === '';
}

/** Whether a directive names this rule (an empty list names them all). */
function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/**
 * The findings the directives leave standing. Findings are judged by where their figure
 * starts. Linear in findings + directives (after sorting).
 */
export function applyDirectives(text: string, directives: readonly Directive[], findings: readonly Finding[]): Finding[] {
  if (directives.length === 0 || findings.length === 0) return [...findings];
  const lines = lineMap(text);
  const starts = lines.lineStarts;
  const lineOf = (offset: number): number => lines.position(offset).line - 1;

  // Line directives: the lines they silence, with the rules.
  const lineRules = new Map<number, Directive[]>();
  for (const d of directives) {
    let line: number;
    if (d.kind === 'disable-line') line = lineOf(d.start);
    else if (d.kind === 'disable-next-line') {
      line = lineOf(d.end) + 1;
      while (line < starts.length && lineIsBlank(text, starts, line)) line++;
    } else continue;
    const list = lineRules.get(line) ?? [];
    list.push(d);
    lineRules.set(line, list);
  }

  // Region directives, applied in document order while walking the findings in order.
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.start - b.start);
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => a.f.span.start - b.f.span.start || a.i - b.i);
  let allOff = false;
  const off = new Set<string>(); // rules disabled while allOff is false
  const on = new Set<string>(); // rules enabled again while allOff is true
  let next = 0;
  const keep = new Set<number>();
  for (const { f, i } of ordered) {
    while (next < regions.length && regions[next].end <= f.span.start) {
      const d = regions[next++];
      if (d.kind === 'disable') {
        if (d.rules.length === 0) {
          allOff = true;
          on.clear();
          off.clear();
        } else for (const r of d.rules) allOff ? on.delete(r) : off.add(r);
      } else if (d.rules.length === 0) {
        allOff = false;
        on.clear();
        off.clear();
      } else for (const r of d.rules) allOff ? on.add(r) : off.delete(r);
    }
    const regionOff = allOff ? !on.has(f.ruleId) : off.has(f.ruleId);
    if (regionOff) continue;
    const lineDs = lineRules.size ? lineRules.get(lineOf(f.span.start)) : undefined;
    if (lineDs && lineDs.some((d) => names(d, f.ruleId))) continue;
    keep.add(i);
  }
  return findings.filter((_, i) => keep.has(i));
}
