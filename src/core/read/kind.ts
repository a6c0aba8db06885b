// The kind of statement a figure makes, for its reading: what statedKind.ts reads from the
// forward-looking words (actual, guidance, projection, target), plus an estimate of what
// happened ("an estimated $2.5 billion", "estimated at $2.5 billion", "roughly estimated").
// One classifier: this file only adds the estimate, which the forward-looking words leave out.
import type { Claim, Reading, StatementKindOf } from '../types';
import { statedKind } from '../statedKind';

/** "an estimated $2.5 billion", "estimated at $2.5 billion", "estimates put it at $2.5 billion": just before the figure. */
const ESTIMATE_BEFORE = /\b(?:an|the|its)\s+estimated\s+(?:\S+\s+){0,2}$|\bestimated\s+(?:at|to\s+be)\s+(?:about\s+|around\s+|roughly\s+)?$|\bestimates?\s+(?:put|puts|peg|pegs|place|places)\s+(?:\S+\s+){0,3}at\s+(?:about\s+|around\s+|roughly\s+)?$/i;

/** The reading's kind of statement, read from its sentence. */
export function readingKind(claim: Claim, reading: Reading): StatementKindOf {
  const kind = statedKind(claim, reading.quantity, reading);
  if (kind !== 'actual' && kind !== 'projection') return kind;
  const at = reading.quantity.span.start - claim.span.start;
  if (at > 0 && ESTIMATE_BEFORE.test(claim.text.slice(Math.max(0, at - 60), at))) {
    // "is estimated to reach $X by 2030" is a projection: only a past or present figure is an estimate.
    if (reading.period?.kind === 'by' || /\bestimated\s+to\s+(?!be\b)/i.test(claim.text.slice(Math.max(0, at - 60), at))) return kind;
    return 'estimate';
  }
  return kind;
}
