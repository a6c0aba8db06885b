// Figures inside a block quote are someone else's words. They are checked like any other
// (a quoted figure can be wrong, and a reader should know), but their fix is never applied
// for the writer: no preferred fix, nothing for fix-all or a CLI's fixer. It is offered only
// by hand, titled as what it is: a change to quoted text.
import type { Finding, Fix } from './types';

/** What a line holds in front of its content: indentation and list markers ("- ", "1. "). */
const LEAD = /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*/;

/**
 * For each offset (ascending), whether it sits in a block quote: on a line that starts
 * with ">" (after indentation and list markers), or on a lazy continuation line of such a
 * paragraph (no blank line since). One pass over the text's lines up to the last offset.
 */
function quotedAt(text: string, offsets: readonly number[]): boolean[] {
  const out: boolean[] = [];
  let lineStart = 0;
  let lineEnd = -1;
  let inQuote = false;
  // The next "\r" at or after the line searched, kept between lines: searching again from
  // every line of a text without one would read to its end each time.
  let nextCR = -2;
  for (const at of offsets) {
    // Each line is found and judged once, however many offsets fall on it.
    while (lineEnd < 0 || (at > lineEnd && lineEnd < text.length)) {
      if (lineEnd >= 0) lineStart = lineEnd + (text[lineEnd] === '\r' && text[lineEnd + 1] === '\n' ? 2 : 1);
      if (nextCR !== -1 && nextCR < lineStart) nextCR = text.indexOf('\r', lineStart);
      const nl = text.indexOf('\n', lineStart);
      lineEnd = Math.min(nl < 0 ? text.length : nl, nextCR < 0 ? text.length : nextCR);
      const head = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
      const rest = head.slice(LEAD.exec(head)?.[0].length ?? 0);
      if (rest.startsWith('>')) inQuote = true;
      else if (rest.trim() === '' && head.length === lineEnd - lineStart) inQuote = false;
    }
    out.push(inQuote);
  }
  return out;
}

function retitled(fix: Fix): Fix {
  return { ...fix, title: `Change quoted text to ${fix.text}` };
}

/** The findings with the fixes of quoted figures moved to hand-applied alternatives. */
export function quotedFixesByHand(text: string, findings: readonly Finding[]): Finding[] {
  const withFix: number[] = [];
  findings.forEach((f, i) => {
    if (f.fix || f.alternatives?.length) withFix.push(i);
  });
  if (!withFix.length || !text.includes('>')) return [...findings];
  withFix.sort((a, b) => findings[a].span.start - findings[b].span.start);
  const quoted = quotedAt(text, withFix.map((i) => findings[i].span.start));
  const out = [...findings];
  withFix.forEach((i, k) => {
    if (!quoted[k]) return;
    const f = findings[i];
    const alternatives = [...(f.fix ? [f.fix] : []), ...(f.alternatives ?? [])].map(retitled);
    out[i] = { ...f, fix: null, alternatives };
  });
  return out;
}
