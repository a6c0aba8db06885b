// The mistakes writers make, planted one at a time in published passages that are right: each
// mutation edits exactly one figure (or the one direction word on a change) and names the rule
// that should catch it and what a right fix is. Made from the labels alone, so every new
// labeled relation or covered figure adds mutations without anyone writing them.
import { compare } from '../../src/core/dataset/compare';
import type { LoadedFact } from '../../src/core/dataset/lookup';
import { formatLike } from '../../src/core/format';
import { readQuantities } from '../../src/core/read/figures/quantity';
import type { Quantity, RuleId, Span } from '../../src/core/types';
import type { RelationLine } from './corpusSchema';
import { coveringFact, supersededBy, templateOf } from './coverage';
import type { ArticleDocument, DocFigure } from './document';

/**
 * - value: the rule fires on the figure and its fix brings back the published value (within rounding);
 * - silence: the rule fires and its fix makes it quiet (a rewording: points for percent, a word);
 * - none: the rule fires; it has no fix to give (the right figure is not known).
 */
export type FixExpectation = 'value' | 'silence' | 'none';

export interface Mutation {
  family: string;
  rule: RuleId;
  article: string;
  figure: DocFigure;
  /** What is replaced in the document, and by what. */
  edit: { span: Span; text: string };
  /** Where the finding should fall, in the mutated document. */
  targets: Span[];
  fix: FixExpectation;
}

/** Opposite direction words, both ways, lower-case; the case of the original is kept when replaced. */
const OPPOSITES: Record<string, string> = {};
for (const [a, b] of [
  ['rose', 'fell'], ['rise', 'fall'], ['rises', 'falls'], ['rising', 'falling'], ['risen', 'fallen'],
  ['up', 'down'], ['increased', 'decreased'], ['increase', 'decrease'], ['increases', 'decreases'], ['increasing', 'decreasing'],
  ['grew', 'shrank'], ['grow', 'shrink'], ['grows', 'shrinks'], ['growth', 'decline'], ['jumped', 'dropped'], ['jump', 'drop'],
  ['jumps', 'drops'], ['surged', 'plunged'], ['surge', 'plunge'], ['soared', 'slumped'], ['climbed', 'declined'], ['climb', 'decline'],
  ['gained', 'lost'], ['higher', 'lower'], ['gain', 'loss'], ['expanded', 'contracted'], ['boosted', 'cut'], ['added', 'shed'],
  ['advanced', 'retreated'], ['accelerated', 'slowed'], ['more', 'less'], ['above', 'below'], ['spiked', 'tumbled'], ['leapt', 'slid'],
]) {
  OPPOSITES[a] = b;
  OPPOSITES[b] = a;
}

function opposite(word: string): string | null {
  const o = OPPOSITES[word.toLowerCase()];
  if (!o) return null;
  return word[0] === word[0].toUpperCase() ? o[0].toUpperCase() + o.slice(1) : o;
}

/** A value clearly off the published one, on the side that keeps it plausible. */
function wrongValue(v: number, bounded100 = false): number {
  const up = v * 1.3 + (v >= 0 ? 5 : -5);
  return bounded100 && up >= 100 ? v * 0.6 : up;
}

/**
 * The figure rewritten to state `value` (in the label's units) in the writer's own style, or
 * null when it has no digits to write. A table "in millions" writes $18,015 for a label of
 * $18.015 billion: the text is written at the template's own scale.
 */
function rewrite(f: DocFigure, value: number): string | null {
  if (!/\d/.test(f.label.text) || f.label.value === 0) return null;
  const template = templateOf(f.label);
  if (!template) return null;
  const text = formatLike(template, value * (template.value / f.label.value));
  // A count's noun may stand outside the figure's span ("0.2 gigawatts" is 0.2 GW read over
  // "0.2"): it is kept as written, or the edit would drop the unit ("0.25").
  const whole = text ? text + f.label.text.slice(template.span.end) : '';
  return whole && whole !== f.label.text ? whole : null;
}

function shifted(span: Span, edit: { span: Span; text: string }): Span {
  const delta = edit.text.length - (edit.span.end - edit.span.start);
  if (span.end <= edit.span.start) return span;
  if (span.start >= edit.span.end) return { start: span.start + delta, end: span.end + delta };
  return { start: edit.span.start, end: edit.span.start + edit.text.length };
}

function figureEdit(family: string, rule: RuleId, doc: ArticleDocument, f: DocFigure, text: string | null, fix: FixExpectation): Mutation | null {
  if (!text) return null;
  const edit = { span: f.span, text };
  return { family, rule, article: doc.article.meta.id, figure: f, edit, targets: [shifted(f.span, edit)], fix };
}

function fig(doc: ArticleDocument, id: unknown): DocFigure | null {
  return typeof id === 'string' ? (doc.figures.get(id) ?? null) : null;
}

const POINTS_WORDS = /^([+\-−]?\d[\d.,]*)\s*(?:percentage points?|percentage-points?|points?|pp|ppts?)$/i;

function fromRelation(doc: ArticleDocument, r: RelationLine): Mutation[] {
  const out: (Mutation | null)[] = [];
  const role = (name: string) => fig(doc, r.roles[name]);
  switch (r.kind) {
    case 'change': {
      const stated = role('stated');
      if (!stated) break;
      out.push(figureEdit('a wrong change', 'percent-change', doc, stated, rewrite(stated, wrongValue(stated.label.value)), 'value'));
      const from = role('from');
      const to = role('to');
      // Points written for a percent change between two percentages.
      if (from?.label.unit === '%' && to?.label.unit === '%' && stated.label.unit === '%' && Math.abs(Math.abs(to.label.value - from.label.value) - Math.abs(stated.label.value)) > 0.5) {
        const number = stated.label.text.match(/^[+\-−]?\d[\d.,]*/)?.[0];
        out.push(figureEdit('points written for percent', 'percentage-points', doc, stated, number ? `${number} percentage points` : null, 'silence'));
      }
      break;
    }
    case 'points': {
      const stated = role('stated');
      const m = stated?.label.text.match(POINTS_WORDS);
      if (stated && m) out.push(figureEdit('percent written for points', 'percentage-points', doc, stated, `${m[1]}%`, 'silence'));
      break;
    }
    case 'share': {
      const rate = role('rate');
      if (!rate) break;
      out.push(figureEdit('a wrong share', 'share-of', doc, rate, rewrite(rate, wrongValue(rate.label.value, true)), 'value'));
      out.push(figureEdit('a share over 100%', 'impossible', doc, rate, rewrite(rate, rate.label.value + 100), 'none'));
      break;
    }
    case 'total': {
      const total = role('total');
      if (total) out.push(figureEdit('a wrong total', 'table-total', doc, total, rewrite(total, total.label.value * 1.2), 'value'));
      break;
    }
    case 'cagr': {
      const rate = role('rate');
      if (rate) out.push(figureEdit('a wrong growth rate', 'cagr', doc, rate, rewrite(rate, wrongValue(rate.label.value)), 'value'));
      break;
    }
    case 'range': {
      const low = role('low');
      const high = role('high');
      if (!low || !high || low.label.text === high.label.text) break;
      // Swap the two figures' texts: one edit over the stretch between them.
      const span = { start: low.span.start, end: high.span.end };
      const middle = doc.text.slice(low.span.end, high.span.start);
      const text = `${high.label.text}${middle}${low.label.text}`;
      const edit = { span, text };
      out.push({ family: 'a swapped range', rule: 'range-order', article: doc.article.meta.id, figure: low, edit, targets: [{ start: span.start, end: span.start + text.length }], fix: 'silence' });
      break;
    }
    case 'direction': {
      const figure = role('figure');
      if (!figure) break;
      const word = String(r.roles.word);
      const flipped = opposite(word);
      // A flipped word is visible only against the figures it moves between, or a written sign.
      const sign = figure.label.text.match(/^[+\-−]/)?.[0];
      if (sign) {
        const other = sign === '+' ? '-' : '+';
        out.push(figureEdit('a flipped sign', 'sign', doc, figure, `${other}${figure.label.text.slice(1)}`, 'silence'));
      }
      if (flipped && ((r.roles.from && r.roles.to) || sign)) {
        const at = nearestWord(doc, figure, word);
        if (at >= 0) {
          const edit = { span: { start: at, end: at + word.length }, text: flipped };
          out.push({ family: 'a flipped direction word', rule: 'sign', article: doc.article.meta.id, figure, edit, targets: [shifted(figure.span, edit), { start: at, end: at + flipped.length }], fix: 'silence' });
        }
      }
      // A fall of more than everything, on a quantity that cannot go below zero.
      if (r.roles.direction === 'down' && figure.label.unit === '%' && !sign && CANNOT_GO_NEGATIVE.has(figure.label.metric ?? '')) {
        out.push(figureEdit('a fall over 100%', 'impossible', doc, figure, rewrite(figure, figure.label.value + 100), 'none'));
      }
      break;
    }
  }
  return out.filter((m): m is Mutation => m !== null);
}

const CANNOT_GO_NEGATIVE = new Set(['revenue', 'revenueRunRate', 'capex', 'valuation', 'weeklyActiveUsers', 'monthlyActiveUsers', 'paidSubscribers', 'marketShare', 'trafficShare', 'employees', 'gpuCount', 'computeCapacity', 'fundingRound', 'marketCap', 'sharePrice']);

/** The start of the occurrence of `word` nearest the figure in its passage, as a whole word, or -1. */
function nearestWord(doc: ArticleDocument, f: DocFigure, word: string): number {
  const start = doc.passageStart.get(f.passage) ?? 0;
  const passage = doc.article.passages.find((p) => p.id === f.passage)?.text ?? '';
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
  let best = -1;
  for (const m of passage.matchAll(re)) {
    const at = start + (m.index ?? 0);
    if (best < 0 || Math.abs(at - f.span.start) < Math.abs(best - f.span.start)) best = at;
  }
  return best;
}

const SLIPS: [RegExp, string][] = [
  [/billion/i, 'million'], [/million/i, 'billion'], [/trillion/i, 'billion'], [/\bbn\b/, 'm'], [/(\d)B\b/, '$1M'], [/(\d)M\b/, '$1B'],
];

function scaleSlipped(text: string): string | null {
  for (const [from, to] of SLIPS) if (from.test(text)) return text.replace(from, to);
  return null;
}

/** The edited figure when it reads as a figure of the published one's kind, else null. */
function sameKind(f: DocFigure, text: string | null): { text: string; q: Quantity } | null {
  if (!text) return null;
  const q = readQuantities(text).find((x) => x.span.start === 0);
  const template = templateOf(f.label);
  return q && template && q.kind === template.kind ? { text, q } : null;
}

/**
 * The edited figure when the dataset contradicts it, else null. An edit the covering fact as
 * its source reported it still allows plants no mistake a dataset rule could see: "surpassed
 * 800 million" holds "1 billion", "up to $100 billion" holds "up to $125 billion", a guidance
 * range of "$180–190B" holds "$180 billion", and a margin reported as 2% holds "2.5%". (A
 * thousandfold slip is kept whatever a bound allows: "over $400 million" for $402.8 billion of
 * revenue is true and still a slip of the scale word.)
 */
function contradicted(f: DocFigure, text: string | null, fact: LoadedFact): string | null {
  const edit = sameKind(f, text);
  if (!edit) return null;
  const verdict = compare({ ...edit.q, qualifier: f.label.qualifier ?? edit.q.qualifier }, fact);
  return verdict === 'disagrees' || verdict === 'scaleSlip' ? edit.text : null;
}

function fromCoverage(doc: ArticleDocument, f: DocFigure): Mutation[] {
  const fact = coveringFact(f.label);
  if (!fact) return [];
  const out: (Mutation | null)[] = [
    figureEdit('disagrees with the dataset', 'dataset-mismatch', doc, f, contradicted(f, rewrite(f, f.label.value * 1.25), fact), 'value'),
    f.label.unit !== '%' ? figureEdit('million for billion', 'scale-slip', doc, f, sameKind(f, scaleSlipped(f.label.text))?.text ?? null, 'value') : null,
  ];
  const old = supersededBy(fact);
  if (old) out.push(figureEdit('a figure since revised', 'superseded', doc, f, contradicted(f, rewrite(f, old.value), fact), 'none'));
  return out.filter((m): m is Mutation => m !== null);
}

/**
 * Whether two figures stand in one sentence or one table row: no line break and no sentence's
 * end between them.
 */
function oneSentence(doc: ArticleDocument, a: DocFigure, b: DocFigure): boolean {
  if (a.passage !== b.passage) return false;
  const between = doc.text.slice(Math.min(a.span.end, b.span.end), Math.max(a.span.start, b.span.start));
  return !between.includes('\n') && !/[.!?]["”’)]?\s/.test(between);
}

/**
 * The later of two figures the article states alike (same entity, metric, period, kind and
 * value) in two sentences: changing it contradicts the earlier. Two equal figures of one
 * sentence or table row are two things that happen to be equal, which the labels do not tell
 * apart: a GAAP and a non-GAAP column ("| Revenue | $11,315 | … | $11,315 |"), two tranches
 * of notes ("$500,000,000 … 2029 Notes, and $500,000,000 … 2030 Notes"). Changing one
 * contradicts nothing.
 */
function fromRepeats(doc: ArticleDocument): Mutation[] {
  const out: Mutation[] = [];
  const seen = new Map<string, DocFigure>();
  for (const f of doc.figures.values()) {
    const l = f.label;
    if (!l.entity || !l.metric || !l.period.label || l.unit === '%') continue;
    const key = [l.entity, l.metric, l.period.label, l.period.kind, l.unit, l.value].join('|');
    const earlier = seen.get(key);
    if (!earlier) seen.set(key, f);
    else if (!oneSentence(doc, earlier, f)) {
      const m = figureEdit('contradicts an earlier figure', 'cross-reference', doc, f, rewrite(f, l.value * 1.25), 'none');
      if (m) out.push(m);
    }
  }
  return out;
}

export function mutationsOf(doc: ArticleDocument): Mutation[] {
  const out: Mutation[] = [];
  for (const p of doc.article.passages) for (const r of p.relations) if (r.holds) out.push(...fromRelation(doc, r));
  for (const f of doc.figures.values()) out.push(...fromCoverage(doc, f));
  out.push(...fromRepeats(doc));
  return out;
}
