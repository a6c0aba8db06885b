// Figures the writer marks as earlier than the one the sentence is about: "rose to $13
// billion, up from $3.7 billion", "from $4 billion to $13 billion", "previously $300 billion",
// "initially reported at …". Such a figure is not a second value for the sentence's period:
// it belongs to the period before. When that period is clear (the year before a year) the
// figure gets it; when not (is "up from" a year ago or a quarter ago?) it gets none, and so
// is never held against the current figure's facts.
//
// To add a phrase, extend EARLIER_BEFORE (words right before the figure).
import type { Claim, Period, Reading } from '../types';
import { yearBefore } from './periods/period';
import { LAST_YEAR_AFTER, YEAR_EARLIER_AFTER } from './periodReading';

/** Words right before a figure that mark it as the earlier value. */
const EARLIER_BEFORE = /\b(?:up|down|rising|falling|rose|fell|grew|increased|decreased|jumped|climbed|dropped|declined)\s+from\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+)?$|\b(?:previously|initially|originally|formerly|earlier)\s+(?:\S+\s+){0,3}$|\bcompared\s+(?:with|to)\s+(?:about\s+|around\s+|roughly\s+)?$|\b(?:versus|vs\.?)\s+$/i;
/** "from $4 billion to $13 billion": the figure after "from" and before "to". */
const FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$/i;
const TO_AFTER = /^\s*(?:in\s+\S+\s+)?(?:to|through)\s/i;

/**
 * Words that make an earlier value an earlier statement about the same period rather than the
 * value of the period before: "previously", "initially", "an initial forecast of", "cut its
 * forecast from …", "revised from", "$8.5 billion previously". Not across a rate ("increased by 51%, rising
 * from $9.3 billion" is the move itself, from the year before).
 */
const REVISION_BEFORE = /\b(?:previously|initially|originally|formerly)\s+(?:\S+\s+){0,5}$|\b(?:initial|original|earlier|previous|prior)\s+(?:forecast|projection|estimate|guidance|target|outlook|expectation|plan)s?\s+(?:of\s+)?(?:about\s+|around\s+|roughly\s+)?$|\b(?:revised|cut|lowered|raised|trimmed|reduced|increased)\s+(?:(?!\S*%)\S+\s+){0,6}from\s+(?:about\s+|around\s+|roughly\s+)?$/i;
/** A sentence about a forecast revised ("cut its cash burn forecast for 2025 to $8 billion, down from $8.5 billion"): its "down from" is the earlier forecast. */
const REVISED_FORECAST = /\b(?:revised|cut|lowered|raised|trimmed|reduced|boosted|hiked)\s+(?:\S+\s+){0,5}(?:forecast|projection|guidance|outlook|estimate|target)s?\b/i;
const REVISION_AFTER = /^\s*(?:previously|initially|originally|before the revision|earlier)\b/i;

/**
 * Whether a sentence has any word the phrases above need ("from", "previously", "compared",
 * "versus", "prior", ...): a sentence without one marks no figure as earlier, and its figures
 * are not looked at one by one.
 */
const EARLIER_CUES = /\b(?:from|previous|initial|original|formerly|earlier|compared|versus|vs|prior|before the revision)/i;

export function mayMarkEarlier(sentence: string): boolean {
  return EARLIER_CUES.test(sentence);
}

/**
 * How the writer marks figure `r` of `claim` as earlier: an earlier statement for the same
 * period ('revision'), the value of the period before ('before'), or not at all (null).
 */
export function earlierMark(claim: Claim, r: Reading): 'before' | 'revision' | null {
  const at = r.quantity.span.start - claim.span.start;
  const end = r.quantity.span.end - claim.span.start;
  if (at <= 0) return null;
  const lead = claim.text.slice(Math.max(0, at - 60), at);
  const tail = claim.text.slice(end, end + 30);
  if (REVISION_BEFORE.test(lead) || REVISION_AFTER.test(tail)) return 'revision';
  const before = EARLIER_BEFORE.test(lead) || (FROM_BEFORE.test(lead) && TO_AFTER.test(tail));
  if (!before) return null;
  // The clause around the figure, not the whole sentence (a window keeps the search short).
  return REVISED_FORECAST.test(claim.text.slice(Math.max(0, at - 120), end + 60)) ? 'revision' : 'before';
}

/**
 * The period of a figure marked as an earlier statement for the same period: its own, else
 * that of the figure it is compared with ("expects to burn $8 billion in 2025, down from $8.5
 * billion previously": both are 2025's).
 */
export function revisionPeriod(r: Reading, reference: Period | null): Period | null {
  // A period written right after the figure ("previously $10 billion for 2025") is its own;
  // one before it or from the date ("now expects …, down from $8.5 billion") is the other figure's.
  const own = r.period && !r.period.inferred && r.period.span && r.period.span.start >= r.quantity.span.end;
  return own || !reference ? r.period : reference;
}

/**
 * The period of a figure marked as earlier, given the period read for it: the year before a
 * year; none when the step back is unclear. A period read as "a year earlier" already stepped
 * back (periodReading.ts) and stays.
 */
export function earlierPeriod(claim: Claim, r: Reading, reference: Period | null = null): Period | null {
  // No period of its own ("to $13.1 billion in 2025, up from $3.7 billion": 2025 is the other
  // figure's): the step back is from the period of the figure it is compared with.
  const p = r.period ?? reference;
  if (!p) return null;
  const end = r.quantity.span.end - claim.span.start;
  // "a year earlier", and "last year" after a quarter's figure: periodFor stepped back already.
  // A figure it could give no period keeps none: neither the compared figure's period nor a
  // guess at the year before it, so it is not compared.
  const after = claim.text.slice(end, end + 60);
  if (YEAR_EARLIER_AFTER.test(after) || (LAST_YEAR_AFTER.test(after) && p.kind !== 'year' && p.kind !== 'fiscalYear')) return r.period;
  // "up from $3.7 billion in 2024": the figure's own period, written after it, stays.
  if (p.span && !p.inferred && p.span.start >= r.quantity.span.end) return p;
  // A period carried from another sentence or a heading is a guess already: no step back from
  // it. It stays, so the two figures of one sentence for one period doubt each other
  // (periodReliable in dataset/hedging.ts) and neither is compared.
  if (p.inferred || !p.span || p.span.start < claim.span.start || p.span.end > claim.span.end) return r.period;
  if (p.kind === 'year' || p.kind === 'fiscalYear') return yearBefore(p, p.span);
  return null;
}
