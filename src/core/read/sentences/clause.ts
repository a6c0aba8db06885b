// Clauses of a sentence: the stretches a figure's own words live in. "OpenAI raised $6
// billion, while Microsoft reported a $3.1 billion hit in Q3 2025" has two; the quarter
// belongs to the second figure only. A break is a semicolon, a colon, a spaced or em dash,
// or a comma (or bare word) opening a contrast or a new clause ("but", "while", ", and",
// ", up from"). Commas alone do not break: "In 2025, OpenAI made $13 billion" is one clause;
// nor does ", which": a relative clause still describes the figure before it ("$1.4
// trillion, which OpenAI stated in November 2025").
import type { Span } from '../../types';

const BREAKS =
  /;\s|:\s{1,3}(?=\p{L})|\s[–—-]\s|—|,\s{0,3}(?:and|but|while|whereas|although|though|yet|even as|compared (?:with|to)|versus|vs\.?|up from|down from|as(?!\s{1,3}(?:of|well|much|many|high|low|large|recently|early|late)\b))\b|\s(?:but|while|whereas|although|though)\b/giu;

/**
 * A sentence that opens with a contrast ("Despite a significant increase in capital
 * expenditures to roughly $35 billion, free cash flow rose 33%"): the opening clause ends at
 * its first comma, so its figure's words are its own. Only contrastive openers: "After" or "In
 * 2025," may set the time of the whole sentence.
 */
const CONTRAST_OPENER = /^\s{0,3}["“'‘(*_]{0,2}(?:despite|although|though|while|whereas|even though|even as|notwithstanding)\s/i;

/** The offsets (in `text`) where a new clause starts, in order. */
export function clauseBreaks(text: string): number[] {
  const out: number[] = [];
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(text); m; m = BREAKS.exec(text)) {
    // ", up from $300 billion": the clause starts at the break itself, so its words belong to the figure after it.
    out.push(m.index);
    if (m[0].length === 0) BREAKS.lastIndex++;
  }
  if (CONTRAST_OPENER.test(text)) {
    const comma = text.indexOf(', ');
    if (comma > 0 && !out.includes(comma)) {
      out.push(comma);
      out.sort((a, b) => a - b);
    }
  }
  return out;
}

/** The clause (offsets into the sentence) that holds the stretch `at`..`end`, given the sentence's breaks. */
export function clauseOf(breaks: readonly number[], length: number, at: number, end = at): Span {
  // Binary search: a run-on sentence may hold thousands of breaks and figures.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid] <= at) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? breaks[lo - 1] : 0;
  // Breaks inside the figure itself ("$10 – 12 billion") do not count.
  while (lo < breaks.length && breaks[lo] < end) lo++;
  return { start, end: lo < breaks.length ? breaks[lo] : length };
}
