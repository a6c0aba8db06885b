// A direction word with the two figures it says a quantity moved between, for the sign rule:
//   "rose from $5 billion to $4 billion"                 (from A to B)
//   "rose to 7.3 percent from 7.7 percent"               (to B from A)
//   "decreased 10% to $187.8 billion …, compared with $170.0 billion in fourth quarter 2023"
//   "$12.7 billion this year, down from $3.7 billion in 2024"
//   "a $100 billion initial investment, which could shrink to $500 billion"
// Only two neighbouring figures of the same kind and unit, and only the phrasings below: a
// pair the words do not join says nothing about a direction. "compared with" joins a figure
// only when a time follows it (a year, "a year earlier"): "compared with estimates of 42%" is
// no earlier value. Quantities that improve by falling: "improved" and "worsened" take their
// direction from what they measure ("the net loss improved" went down); a figure written as
// a negative next to a loss ("narrowed to $(134) million") leaves the pair unread, since its
// size and its value move opposite ways.
// To add a phrasing, add an entry to MOVEMENT_PHRASINGS and a case to test/unit/movements.test.ts.
import type { DirectionWord, Quantity } from '../types';
import { directionOf, type Direction } from './direction';
import { altAsWritten, FALLING_IS_BETTER, LOSS_WORDS, MOVEMENT_ADVERBS, MOVEMENT_QUALIFIERS } from './vocabulary';

export interface Movement {
  word: DirectionWord;
  from: Quantity;
  to: Quantity;
  /** Which phrasing read it (MOVEMENT_PHRASINGS' names). */
  phrasing: string;
}

interface MovementPhrasing {
  name: string;
  /** Which figure comes first in the text: the starting value ("from A to B") or the end ("to B from A"). */
  first: 'from' | 'to';
  /** Where the direction word (group `word`) is: at the start of a match ending at the first figure, or in the gap. */
  wordIn: 'lead' | 'gap';
  /** The words right before the first figure (anchored at the end); for wordIn 'lead', it opens with the word. */
  lead?: RegExp;
  /** The words between the two figures (anchored at both ends). */
  gap: RegExp;
  /** A word the gap cannot do without ("to" in "from A to B"): most gaps lack it, and are then not matched at all. */
  gapWord: RegExp;
  /** The words the second figure must be followed by. */
  after?: RegExp;
  /** Direction words that are not the verb of this phrasing ("up from $5 billion to …" is no "from A to B"). */
  notWords?: ReadonlySet<string>;
}

// The word classes are vocabulary.ts's, as written: a space in "more than" matches one space.
/** Qualifiers that may stand before a figure outside its span. */
const QUAL = String.raw`(?:${altAsWritten(MOVEMENT_QUALIFIERS)}\s*)*`;
const ADV = String.raw`(?:${altAsWritten(MOVEMENT_ADVERBS)}\s+)?`;
/** A change the lead may state between the word and "to": "increased 10% year-over-year to". */
const STATED = String.raw`(?:(?:by\s+)?[+\-−]?\d[\d.,]*\s*(?:%|percent|per cent|percentage points?|points?|pp|ppts?)\s+)?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|yoy|sequentially|quarter[- ]over[- ]quarter)\s+)?`;
/** "to a record low of 2.8%". */
const RECORD = String.raw`(?:(?:a|an)\s+(?:new\s+)?(?:record|all-time|multi-year)\s+(?:high|low)\s+of\s+)?`;
const MODAL = String.raw`(?:could|may|might|will|would|should|can|is\s+(?:expected|projected|forecast|set|poised|likely)\s+to|are\s+(?:expected|projected|forecast|set|poised|likely)\s+to)`;
const WORD = String.raw`(?<![\p{L}])(?<word>[\p{L}]+)`;

/** A time after the earlier figure: what makes "compared with A" the value before. */
const TIME_AFTER = /^\s*,?\s*(?:(?:in|for|during|at|as of)\s+[^.;$€£¥%]{0,50}?\b(?:19|20)\d\d\b|(?:a|one)\s+(?:year|quarter)\s+(?:earlier|ago|before)|(?:in|for|during)?\s*the\s+(?:same|prior|previous|year-ago|preceding)\s+(?:period|quarter|year|month)|last\s+(?:year|quarter))/i;

export const MOVEMENT_PHRASINGS: readonly MovementPhrasing[] = [
  { name: 'from A to B', first: 'from', wordIn: 'lead', gapWord: /\bto\b/i, lead: new RegExp(String.raw`${WORD}\s+${ADV}from\s+${QUAL}$`, 'iu'), gap: new RegExp(String.raw`^\s*(?:in\s+\S+\s+)?to\s+${QUAL}$`, 'i'), notWords: new Set(['up', 'down', 'higher', 'lower']) },
  { name: 'to B from A', first: 'to', wordIn: 'lead', gapWord: /\bfrom\b/i, lead: new RegExp(String.raw`${WORD}\s+${ADV}${STATED}to\s+${RECORD}${QUAL}$`, 'iu'), gap: new RegExp(String.raw`^\s*(?:(?:in|during|for|on|by)\s+[^,;$€£¥]{1,30}?\s+)?from\s+${QUAL}$`, 'i') },
  {
    name: 'to B, compared with A',
    first: 'to',
    gapWord: /\bcompared\b/i,
    wordIn: 'lead',
    lead: new RegExp(String.raw`${WORD}\s+${ADV}${STATED}to\s+${RECORD}${QUAL}$`, 'iu'),
    gap: new RegExp(String.raw`^(?![^;]*\b(?:estimates?|expect\w*|consensus|forecasts?|guidance|analysts?|loss|losses|target)\b)[^;$€£¥]{0,80}?,\s*compared\s+(?:with|to)\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,4}?(?:of\s+)?${QUAL}$`, 'iu'),
    after: TIME_AFTER,
  },
  { name: 'B, down from A', first: 'to', wordIn: 'gap', gapWord: /\bfrom\b/i, gap: new RegExp(String.raw`^[^;:$€£¥]{0,60}?,\s*(?<word>up|down|higher|lower|rising|falling|climbing|dropping|declining|increasing|decreasing|growing)\s+from\s+${QUAL}$`, 'iud') },
  { name: 'A, which could rise to B', first: 'from', wordIn: 'gap', gapWord: /\bto\b/i, gap: new RegExp(String.raw`^(?:\s+[\p{L}-]+){0,4}\s*,?\s+(?:which|and)\s+${MODAL}\s+${ADV}(?<word>[\p{L}]+)\s+to\s+${QUAL}$`, 'iud') },
];

/** Words for a measure that is better when it falls: "improved" then says it went down. */
const BETTER_WHEN_FALLING = new RegExp(String.raw`\b${altAsWritten(FALLING_IS_BETTER)}\b`, 'i');
const POLAR = new Map<string, 'better' | 'worse'>([
  ...['improve', 'improves', 'improved', 'improving', 'improvement'].map((w): [string, 'better'] => [w, 'better']),
  ...['worsen', 'worsens', 'worsened', 'worsening', 'deteriorate', 'deteriorated', 'deteriorating', 'deterioration'].map((w): [string, 'worse'] => [w, 'worse']),
]);
/** Words that are no verb of the pair: "growth from", "higher from" read nothing. */
const NOT_VERBS = new Set(['growth']);
const LOSS = new RegExp(String.raw`\b${altAsWritten(LOSS_WORDS)}\b`, 'i');

/** The direction a word says in its sentence (`before`: the words before it), or null. */
function directionIn(word: string, before: string): Direction | null {
  const polar = POLAR.get(word.toLowerCase());
  if (polar) {
    const falls = BETTER_WHEN_FALLING.test(before);
    return (polar === 'better') !== falls ? 'up' : 'down';
  }
  if (NOT_VERBS.has(word.toLowerCase())) return null;
  return directionOf(word);
}

function leadStart(q: Quantity): number {
  return q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
}

function sameMeasure(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.vague || b.vague) return false;
  if (a.kind === 'money') return a.unit === b.unit;
  if (a.kind === 'count') return a.unit === b.unit || a.unit === '' || b.unit === '';
  return a.kind === 'percent' || a.kind === 'percentagePoints';
}

/**
 * The movements of one sentence: `text` is the sentence (index 0 is document offset `base`),
 * `figures` its figures in order. `readAlready(a, b)`: two neighbouring figures whose movement
 * the caller has from another reading (the relations' "from A to B"), not read again.
 */
export function readMovements(text: string, base: number, figures: readonly Quantity[], readAlready?: (a: Quantity, b: Quantity) => boolean): Movement[] {
  let out: Movement[] | null = null;
  let lossy: boolean | undefined; // whether the sentence speaks of a loss: asked once
  for (let n = 0; n + 1 < figures.length; n++) {
    const a = figures[n];
    const b = figures[n + 1];
    if (!sameMeasure(a, b) || readAlready?.(a, b)) continue;
    const gapStart = a.span.end - base;
    const gapEnd = leadStart(b) - base;
    if (gapEnd < gapStart || gapEnd - gapStart > 140) continue;
    const gap = text.slice(gapStart, gapEnd);
    // A figure written as a negative next to a loss: its size and its value move opposite ways.
    if ((a.value < 0 || b.value < 0) && (lossy ??= LOSS.test(text))) continue;
    for (const p of MOVEMENT_PHRASINGS) {
      if (!p.gapWord.test(gap)) continue;
      const g = p.gap.exec(gap);
      if (!g) continue;
      let wordAt: number;
      let w: string;
      if (p.wordIn === 'gap') {
        w = g.groups!.word;
        wordAt = gapStart + g.indices!.groups!.word[0];
      } else {
        const leadFrom = Math.max(0, leadStart(a) - base - 90);
        const m = p.lead!.exec(text.slice(leadFrom, leadStart(a) - base));
        if (!m) continue;
        w = m.groups!.word;
        wordAt = leadFrom + m.index; // the lead opens with the word (no match indices needed)
      }
      if (p.after && !p.after.test(text.slice(b.span.end - base, b.span.end - base + 80))) continue;
      if (p.notWords?.has(w.toLowerCase())) continue;
      const direction = directionIn(w, text.slice(Math.max(0, wordAt - 80), wordAt));
      if (!direction) continue;
      const start = base + wordAt;
      const word: DirectionWord = { text: w, span: { start, end: start + w.length }, direction };
      const [from, to] = p.first === 'from' ? [a, b] : [b, a];
      (out ??= []).push({ word, from, to, phrasing: p.name });
      break;
    }
  }
  return out ?? NO_MOVEMENTS;
}

const NO_MOVEMENTS: Movement[] = [];
