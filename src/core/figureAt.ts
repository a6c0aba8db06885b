// The recognised figure under the cursor and what the analysis says about it (the hover,
// the code actions and the commands). Reads only the block under the cursor, so a hover
// after an edit does not move the whole document's claims into place.
import type { AnalyzeResult, Claim, Finding, Quantity, Reading } from './types';
import { blockAt } from './resultLayout';
import { readingParts, type ReadingParts } from './readingOf';

export interface FigureAt {
  quantity: Quantity;
  claim: Claim | undefined;
  reading: Reading | undefined;
  findings: Finding[];
  /** The claims of the figure's block (a table's Total row holds the relation its rows take part in). */
  near: readonly Claim[];
}

export function figureAt(result: AnalyzeResult, offset: number): FigureAt | undefined {
  // The qualifier ("about", "over") counts as part of the figure for the cursor.
  const inside = (q: Quantity) => {
    const start = Math.min(q.span.start, q.qualifierSpan?.start ?? q.span.start);
    return offset >= start && offset <= q.span.end;
  };
  const block = blockAt(result, offset);
  if (!block) return undefined;
  const { quantities, claims } = block.placed();
  const quantity = quantities.find(inside);
  if (!quantity) return undefined;
  const same = (q: Quantity) => q.span.start === quantity.span.start && q.span.end === quantity.span.end;
  const claim = claims.find((c) => c.quantities.some(same));
  const reading = claim?.readings.find((r) => same(r.quantity));
  const findings = result.findings.filter((f) => f.span.start < quantity.span.end && f.span.end > quantity.span.start);
  return { quantity, claim, reading, findings, near: claims };
}

/** The figure's reading as the JSON output gives it, with its relations' figures (readingOf.ts). */
export function figureReading(fig: FigureAt): ReadingParts {
  return readingParts(fig.claim, fig.quantity, fig.near);
}
