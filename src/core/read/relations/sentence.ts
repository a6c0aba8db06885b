// One sentence as the relation reader sees it: its text, its figures, the periods they were
// read with, and what the reading has settled so far (which figures state a change, which
// direction word each was read with). Everything that lives for one sentence lives here; the
// phrasing table and the reader keep no state between sentences.
import type { DirectionWord, Period, Quantity } from '../../types';

/** One sentence: its text (index 0 is document offset `base`) and its figures in order. */
export interface SentenceView {
  text: string;
  base: number;
  quantities: Quantity[];
}

/** Two figures a pair phrasing joined, before their stated change is looked for. */
export interface Pair {
  from: Quantity;
  to: Quantity;
  /** Positions of the two figures in the sentence's list. */
  first: number;
  second: number;
  /** "to B from A": the later figure in the text is the starting point. */
  reversed: boolean;
  /** Two dated levels ("$5 billion in 2024 and $8 billion in 2025"): only a rate after them states their change. */
  afterOnly: boolean;
  /** "B, compared with A": read only with the rate it states, no direction of its own. */
  statedOnly?: boolean;
  /** ", up from": the direction word between the two figures. */
  via?: DirectionWord;
}

/** Where figure `q` starts, with a qualifier written before it ("about $5 billion"): a document offset. */
export function leadStart(q: Quantity): number {
  return q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
}

export class RelationSentence {
  readonly text: string;
  readonly base: number;
  readonly qs: Quantity[];
  /** `periods[i]` is the period figure i was read with (null: none read). */
  readonly periods: readonly (Period | null)[] | null;
  /** The sentence's "2025-2029" span, if it names one. */
  readonly spanPeriod: Period | null;
  /** Figures that state a change or a rate (not a level). */
  readonly changeFigures = new Set<Quantity>();
  /** Growth rates read with their two figures. */
  readonly cagrRates = new Set<Quantity>();
  /** The direction word each figure was read with (undefined: asked, none found). */
  readonly directions = new Map<Quantity, DirectionWord | undefined>();
  /** Levels read with the direction they moved in ("up from"): not change figures. */
  readonly levelDirections = new Set<Quantity>();
  readonly pairs: Pair[] = [];

  constructor(view: SentenceView, periods: readonly (Period | null)[] | null, spanPeriod: Period | null) {
    this.text = view.text;
    this.base = view.base;
    this.qs = view.quantities;
    this.periods = periods;
    this.spanPeriod = spanPeriod;
  }

  /** Where figure `q` starts, with a qualifier written before it ("about $5 billion"), as an index into the sentence. */
  leadOf(q: Quantity): number {
    return leadStart(q) - this.base;
  }
  endOf(q: Quantity): number {
    return q.span.end - this.base;
  }
  /** Up to `n` characters before figure `q` (and its qualifier). */
  before(q: Quantity, n: number): string {
    const at = this.leadOf(q);
    return this.text.slice(Math.max(0, at - n), at);
  }
  /** Up to `n` characters after figure `q`. */
  after(q: Quantity, n: number): string {
    const at = this.endOf(q);
    return this.text.slice(at, at + n);
  }
  between(a: Quantity, b: Quantity): string {
    return this.text.slice(this.endOf(a), this.leadOf(b));
  }
  periodOf(i: number): Period | null {
    return this.periods ? this.periods[i] : null;
  }
  /** A direction word found at `index` in the sentence, as the relation holds it. */
  word(text: string, index: number, direction: 'up' | 'down'): DirectionWord {
    const start = index + this.base;
    return { text, span: { start, end: start + text.length }, direction };
  }
}
