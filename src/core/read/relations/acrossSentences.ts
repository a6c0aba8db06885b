// Relations whose figures stand in neighbouring sentences of one paragraph, read once every
// sentence of the document has been read (claim.ts), from the `across` entries and the
// `fold` entries whose start is in the sentence before ('previous') of the phrasing table
// (phrasings.ts):
//   "Meta invested $14.3 billion in Scale AI. This deal gives Meta a 49% stake in the
//    company, which is now valued at $29 billion."
//   "… currently operates with 100,000 Nvidia Hopper GPUs. The company plans to double this
//    capacity to 200,000 GPUs."
//   "… to $12.2 billion, accounting for 41% of semiconductor revenue. This drove semiconductor
//    revenue to a record $30.1 billion." (the whole named by the words of the rate's "of")
//   "Cloud revenue posted a 20% jump in the quarter. Cloud revenue rose from $18.1 billion to
//    $22.1 billion." (a rate, then the move it measures, in the next sentence)
// A relation across sentences is easier to invent than one within a sentence, so each role
// is filled only by a figure the words beside it name, from the rate's sentence and the one
// just before or after it in the same paragraph, and a role with two candidates reads nothing.
import type { Claim, Period, Quantity } from '../../types';
import { isFoldVerb } from '../figures/numberWords';
import { entriesOf, type AcrossEntry, type FoldEntry, type NamedWholeEntry } from './phrasings';
import { sameKind, samePeriodKind } from './read';
import { RelationSentence } from './sentence';

const ACROSS = entriesOf('across');
const FOLDS_BACK = entriesOf('fold').filter((e) => e.start === 'previous');
const NAMED_WHOLES = entriesOf('namedWhole');

/** Words every stake entry needs in the rate's sentence: most paragraphs are passed over on this test alone. */
const MAY_HOLD = /\bstake\b/i;
/** At most this many characters between two sentences that follow each other (the space after a full stop). */
const ADJACENT = 3;

/** A claim's sentence as the relation reader sees it: its text around each figure (no periods needed here). */
function sentenceOf(c: Claim): RelationSentence {
  return new RelationSentence({ text: c.text, base: c.span.start, quantities: c.quantities }, null, null);
}

/** Reads the across-sentence relations of a document's claims and adds each to the claim of its stated figure (the stake, the fold verb). */
export function readAcrossSentences(claims: readonly Claim[]): void {
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (c.table) continue;
    const prev = i > 0 && follows(claims[i - 1], c) ? claims[i - 1] : null;
    if (MAY_HOLD.test(c.text)) {
      const next = i + 1 < claims.length && follows(c, claims[i + 1]) ? claims[i + 1] : null;
      for (const e of ACROSS) readStake(e, c, prev, next);
    }
    if (prev) for (const e of FOLDS_BACK) readFoldBack(e, c, prev);
    // (A paragraph is read on its own: a rate and the move of the next paragraph are not joined.)
    if (prev) readRateThenMove(c, prev);
    if (c.quantities.length >= 2 && MAY_NAME.test(c.text)) {
      const next = i + 1 < claims.length && follows(c, claims[i + 1]) ? claims[i + 1] : null;
      for (const e of NAMED_WHOLES) readNamedWhole(e, c, prev, next);
    }
  }
}

/** A measure a rate and a move can both name: "cloud revenue", "operating income", "capex". */
const MEASURE = /\b((?:[\p{L}-]{1,30}\s{1,3}){0,2}?(?:revenues?|sales|income|profits?|earnings|capex|spending|backlog|bookings|users|subscribers|shipments))\b/giu;
/** A move whose subject is the rate's own: "It rose from …", "That is up from …". */
const PRONOUN_SUBJECT = /^\s{0,3}(?:it|this|that|the\s{1,3}(?:figure|total|number))\b/i;

/** The measure named last in `text`, lower-case, or null. */
function lastMeasure(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(MEASURE)) last = m[1].toLowerCase().replace(/\s+/g, ' ');
  return last;
}

/**
 * "Cloud revenue posted a 20% jump in the quarter. Cloud revenue rose from $18.1 billion to
 * $22.1 billion.": the one rate of a sentence, with its direction word and no levels of its own,
 * states the change of the one move the next sentence makes the same way, when both name the same measure (or the move's subject is "it"). A published "20%"
 * for a move of 22% is then checked.
 */
function readRateThenMove(c: Claim, prev: Claim): void {
  const moves = c.relations.filter((r): r is Extract<typeof r, { kind: 'direction' }> => r.kind === 'direction' && r.from !== undefined);
  if (moves.length !== 1 || c.relations.some((r) => r.kind === 'change')) return;
  const move = moves[0];
  const rates = prev.relations.filter((r): r is Extract<typeof r, { kind: 'direction' }> => r.kind === 'direction' && r.from === undefined && (r.quantity.kind === 'percent' || r.quantity.kind === 'multiple'));
  if (rates.length !== 1 || prev.relations.some((r) => r.kind === 'change' || r.kind === 'cagr')) return;
  const rate = rates[0];
  // The rate is its sentence's one rate, and the sentence has no level of the move's kind ("rose 20% and ads 10%" has two rates).
  const other = (q: Quantity) => q !== rate.quantity && (q.kind === 'percent' || q.kind === 'percentagePoints' || q.kind === 'multiple' || sameKind(q, move.quantity));
  if (rate.word.direction !== move.word.direction || prev.quantities.some(other)) return;
  const rateMeasure = lastMeasure(prev.text.slice(0, rate.quantity.span.start - prev.span.start));
  const moveLead = c.text.slice(0, move.from!.span.start - c.span.start);
  const moveMeasure = lastMeasure(moveLead);
  const sameMeasure = !!rateMeasure && !!moveMeasure && (rateMeasure.endsWith(moveMeasure) || moveMeasure.endsWith(rateMeasure));
  if (!sameMeasure && !(rateMeasure && !moveMeasure && PRONOUN_SUBJECT.test(moveLead))) return;
  prev.relations = [...prev.relations, { kind: 'change', from: move.from!, to: move.quantity, stated: rate.quantity, direction: rate.word }];
}

/** Words every named-whole entry needs in the rate's sentence. */
const MAY_NAME = /\b(?:accounting\s{1,3}for|representing|making\s{1,3}up|or)\b/i;

/**
 * "… to $12.2 billion, accounting for 41% of semiconductor revenue. This drove semiconductor
 * revenue to a record $30.1 billion.": the part is the amount just before the rate, the whole
 * the one amount of the sentence before or after that its name stands right before.
 */
function readNamedWhole(e: NamedWholeEntry, c: Claim, prev: Claim | null, next: Claim | null): void {
  const s = sentenceOf(c);
  const qs = c.quantities;
  for (let k = 1; k < qs.length; k++) {
    const [part, rate] = [qs[k - 1], qs[k]];
    if (rate.kind !== 'percent' || rate.vague || rate.isRange || rate.sign !== null || !(rate.value > 0 && rate.value < 100)) continue;
    if (part.kind !== 'money' || part.vague || part.isRange || part.sign !== null) continue;
    if (c.relations.some((r) => (r.kind === 'share' && r.rate === rate) || (r.kind === 'change' && r.stated === rate) || (r.kind === 'direction' && r.quantity === rate))) continue;
    if (!e.partToRate.test(s.between(part, rate))) continue;
    const m = e.rateOf.exec(s.after(rate, 60));
    if (!m?.groups) continue;
    const name = m.groups.name.replace(/\s+/g, ' ').toLowerCase();
    const wholes = [prev, next].filter((x): x is Claim => x !== null).flatMap((x) => namedAmounts(e, x, name, part).map((q) => ({ q, claim: x })));
    if (wholes.length !== 1) continue;
    const whole = wholes[0].q;
    if (!(part.value < whole.value) || !samePeriodKind(periodOf(c, part), periodOf(wholes[0].claim, whole))) continue;
    // Both amounts are reported; the writer worked the rate out from them: the rate is what is checked.
    c.relations = [...c.relations, { kind: 'share', rate, whole, result: part, derived: 'rate' }];
  }
}

/** The amounts of claim `x` of the part's kind and unit that the whole's name stands right before ("semiconductor revenue to a record $30.1 billion"). */
function namedAmounts(e: NamedWholeEntry, x: Claim, name: string, like: Quantity): Quantity[] {
  const s = sentenceOf(x);
  const out: Quantity[] = [];
  const lower = x.text.toLowerCase().replace(/\s+/g, ' ');
  if (!lower.includes(name)) return out;
  for (const q of x.quantities) {
    if (q.kind !== like.kind || q.unit !== like.unit || q.vague || q.isRange || q.sign !== null) continue;
    const pre = s.before(q, 80);
    const at = pre.toLowerCase().replace(/\s+/g, ' ').lastIndexOf(name);
    if (at < 0) continue;
    const flat = pre.replace(/\s+/g, ' ');
    if (!e.nameLead.test(flat.slice(0, at)) || !e.nameToWhole.test(flat.slice(at + name.length))) continue;
    out.push(q);
  }
  return out;
}


/** Whether claim `b` is the sentence right after claim `a`, in the same paragraph. */
function follows(a: Claim, b: Claim): boolean {
  return !a.table && !b.table && a.block === b.block && b.span.start >= a.span.end && b.span.start - a.span.end <= ADJACENT;
}

function readStake(e: AcrossEntry, c: Claim, prev: Claim | null, next: Claim | null): void {
  const here = sentenceOf(c);
  const rates = c.quantities.filter((q) => isStakeRate(e, here, q));
  if (rates.length !== 1) return;
  const rate = rates[0];
  // Already read in its sentence ("X% of Y, about Z"): that reading stands.
  if (c.relations.some((r) => r.kind === 'share' && r.rate === rate)) return;
  // The part before the rate, in its sentence or the one before; the whole after it, in its
  // sentence or the one after. A second candidate anywhere in the three sentences (another
  // investment, another valuation) and the stake may be the other deal's: nothing is read.
  const near = [prev, c, next].filter((x): x is Claim => x !== null);
  const parts = near.flatMap((x) => candidates(x, (s, q) => isPart(e, s, q)));
  const wholes = near.flatMap((x) => candidates(x, (s, q) => isWhole(e, s, q)));
  if (parts.length !== 1 || wholes.length !== 1) return;
  const [part, whole] = [parts[0], wholes[0]];
  if (part.span.end > rate.span.start || whole.span.start < rate.span.end) return;
  if (part.unit !== whole.unit || !(part.value < whole.value)) return;
  // The writer worked the stake out from the two amounts: the rate is what is checked (share-of).
  c.relations = [...c.relations, { kind: 'share', rate, whole, result: part, derived: 'rate' }];
}

function candidates(c: Claim, test: (s: RelationSentence, q: Quantity) => boolean): Quantity[] {
  const s = sentenceOf(c);
  return c.quantities.filter((q) => q.kind === 'money' && !q.vague && !q.isRange && q.sign === null && test(s, q));
}

function isStakeRate(e: AcrossEntry, s: RelationSentence, q: Quantity): boolean {
  if (q.kind !== 'percent' || q.vague || q.isRange || q.sign !== null || !(q.value > 0 && q.value < 100)) return false;
  if (!e.rateAfter.test(s.after(q, 30))) return false;
  const pre = s.before(q, 60);
  return e.rateBefore.test(pre) || (!!e.rateBeforeIf && e.rateBeforeIf.test(pre) && !!e.rateBeforeCue && e.rateBeforeCue.test(s.text));
}

function isPart(e: AcrossEntry, s: RelationSentence, q: Quantity): boolean {
  return (e.partBefore.test(s.before(q, 40)) || e.partAfter.test(s.after(q, 20))) && !e.notPart.test(s.text);
}

function isWhole(e: AcrossEntry, s: RelationSentence, q: Quantity): boolean {
  const pre = s.before(q, 80);
  const m = e.wholeBefore.exec(pre);
  return !!m && !e.notWhole.test(pre.slice(0, m.index)) && !e.notWholeAfter.test(s.after(q, 40));
}

/** "… 100,000 GPUs. The company plans to double this capacity to 200,000 GPUs.": the start is the one level of the end's kind in the sentence before. */
function readFoldBack(e: FoldEntry, c: Claim, prev: Claim): void {
  let s: RelationSentence | undefined; // made at the first fold verb: most sentences have none
  const qs = c.quantities;
  for (let i = 0; i + 1 < qs.length; i++) {
    const fold = qs[i];
    const end = qs[i + 1];
    if (fold.kind !== 'multiple' || !isFoldVerb(fold.text) || c.relations.some((r) => r.kind === 'change' && r.stated === fold)) continue;
    if (!e.toEnd.test((s ??= sentenceOf(c)).between(fold, end))) continue;
    // No level of the end's kind before the verb in its own sentence, one in the sentence before (a count of the same things).
    if (qs.slice(0, i).some((q) => sameKind(q, end))) continue;
    const starts = prev.quantities.filter((q) => sameKind(q, end) && (q.kind !== 'count' || q.unit === end.unit));
    if (starts.length !== 1 || !samePeriodKind(periodOf(prev, starts[0]), periodOf(c, end))) continue;
    c.relations = [...c.relations, { kind: 'change', from: starts[0], to: end, stated: fold }];
  }
}

/** The period a claim's figure was read with, or null. */
function periodOf(c: Claim, q: Quantity): Period | null {
  return c.readings[c.quantities.indexOf(q)]?.period ?? null;
}
