// `<!-- claimcheck-… -->` comments: a writer's way to silence a finding they have judged.
//   claimcheck-disable-next-line [rules]   the next non-blank line
//   claimcheck-disable-line [rules]        the line the comment is on
//   claimcheck-disable [rules] … claimcheck-enable [rules]   a stretch of the document
// No rules listed means every rule.
import type { Directive } from './markdown';
import type { Finding } from './types';
import { lineMap } from './position';
import { lineEnd, nextLine } from './lineIndex';

/** Start of the line after the one holding `offset`, or -1 on the last line. */
function nextLineStart(text: string, offset: number): number {
  const end = lineEnd(text, offset);
  return end >= text.length ? -1 : nextLine(text, end);
}

/**
 * The 0-based line a "disable-next-line" comment ending at `end` (on line `line`) silences:
 * the next line that is not blank, or one past the last line. Walks only the blank lines.
 */
function silencedLine(text: string, end: number, line: number): number {
  let at = nextLineStart(text, end);
  let next = line + 1;
  while (at !== -1) {
    const after = nextLineStart(text, at);
    if (text.slice(at, after === -1 ? text.length : after).trim() !== '') break;
    at = after;
    next++;
  }
  return next;
}

/** Whether a directive names this rule (an empty list names them all). */
function names(d: Directive, ruleId: string): boolean {
  return d.rules.length === 0 || d.rules.includes(ruleId);
}

/**
 * The findings the directives leave standing. Findings are judged by where their figure
 * starts. Linear in findings + directives (after sorting). `lineAt` gives the 1-based line
 * of an offset (the analyzer's knows each block's line; without one, a line table is built).
 */
export function applyDirectives(text: string, directives: readonly Directive[], findings: readonly Finding[], lineAt?: (offset: number) => number): Finding[] {
  if (directives.length === 0 || findings.length === 0) return [...findings];
  const lines = lineAt ? undefined : lineMap(text);
  const lineOf = (offset: number): number => (lineAt ? lineAt(offset) : (lines as ReturnType<typeof lineMap>).position(offset).line) - 1;

  // Line directives: the lines they silence, with the rules.
  const lineRules = new Map<number, Directive[]>();
  for (const d of directives) {
    let line: number;
    if (d.kind === 'disable-line') line = lineOf(d.start);
    else if (d.kind === 'disable-next-line') line = silencedLine(text, d.end, lineOf(d.end));
    else continue;
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
