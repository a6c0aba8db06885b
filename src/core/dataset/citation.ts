// What the rules say about a fact: its source as a reference, its subject and figure in a
// writer's words ("OpenAI's 2025 revenue", "$13.1 billion"), and the citation a message ends on.
import type { Quantity, SourceRef } from '../types';
import type { LoadedFact } from './lookup';
import { metricById } from './metrics';
import { perObject } from '../perObject';
import { formatCount, formatMoney, formatPercent } from '../format';
import { periodLabelOf, subjectWithPeriod } from '../read/periods/periodLabel';
import { readQuantities } from '../read/figures/quantity';
import type { Interval } from '../tolerance';
import { factPeriod } from './factTime';
import { CURRENCIES, magnitudeScale } from './compare';

export function sourceRef(fact: LoadedFact): SourceRef {
  const ref: SourceRef = {
    factId: fact.id,
    entity: fact.entity,
    metric: fact.metric,
    period: fact.period,
    reported: fact.reported,
    outlet: fact.source.outlet,
    date: fact.source.date,
    origin: fact.origin,
  };
  if (fact.source.title) ref.title = fact.source.title;
  if (fact.source.url) ref.url = fact.source.url;
  return ref;
}

/** A period as a writer would say it: "2025", "H1 2025", "October 2025", "2025–2029". */
export const periodWords = periodLabelOf;

const KIND_WORDS: Record<string, string> = { guidance: 'forecast ', projection: 'projected ', target: 'targeted ', estimate: 'estimated ' };

// Facts are immutable: each one's words for messages are made once, not per finding.

/** "OpenAI's 2025 revenue", "ChatGPT's weekly active users as of October 2025", "OpenAI's revenue target by 2030". */
export const factSubject: (fact: LoadedFact) => string = perObject(readFactSubject);

function readFactSubject(fact: LoadedFact): string {
  const def = metricById(fact.metric);
  const raw = def?.label ?? fact.metric;
  // "projected cash burn", but not "targeted revenue target".
  const kind = KIND_WORDS[fact.kind] ?? '';
  const label = kind && !/target|projection/.test(raw) ? kind + raw : raw;
  const p = factPeriod(fact);
  if (!p) return subjectWithPeriod(fact.entity, label, null, true) + ` for ${fact.period}`;
  return subjectWithPeriod(fact.entity, label, p, def?.flow ?? true);
}

/** "(CNBC, “OpenAI's revenue…”, 2026-02-20)". */
export function citation(fact: LoadedFact, lead?: string): string {
  const parts = [lead ? `${lead}; ${fact.source.outlet}` : fact.source.outlet];
  if (fact.source.title) parts.push(`“${fact.source.title}”`);
  parts.push(fact.source.date);
  const from = fact.origin && !fact.origin.startsWith('bundled') ? `; from ${fact.origin}` : '';
  return `(${parts.join(', ')}${from})`;
}

/** The fraction digits (up to 4) that write `m` without rounding it: 1.145 → 3. */
function exactDecimals(m: number): number {
  for (let d = 0; d < 4; d++) {
    const f = Math.pow(10, d);
    if (Math.abs(Math.round(m * f) / f - m) <= 1e-9 * Math.max(1, Math.abs(m))) return d;
  }
  return 4;
}

/**
 * One value in the fact's unit: "$13.1 billion", "57%", "900 million". `exact` keeps the
 * digits an interval's end needs ("$1.145 billion", where the plain style would round it
 * to the figure it was derived from).
 */
export function valueWords(value: number, unit: string, exact = false): string {
  if (CURRENCIES.has(unit)) {
    const d = exact ? exactDecimals(value / magnitudeScale(value)) : 0;
    return d > 2 ? formatMoney(value, unit, { decimals: d }) : formatMoney(value, unit);
  }
  if (unit === 'percent') {
    const d = exact ? exactDecimals(value) : 0;
    return d > (Math.abs(value) >= 10 ? 1 : 2) ? formatPercent(value, { decimals: d }) : formatPercent(value);
  }
  if (unit === 'GW') return `${formatCount(value)} GW`;
  // The noun where the metric's label does not already say what is counted.
  if (unit === 'GPUs' || unit === 'employees') return formatCount(value, unit);
  return formatCount(value);
}

const BOUND_WORDS: Record<string, string> = {
  exact: '',
  about: 'about ',
  nearly: 'nearly ',
  over: 'more than ',
  atLeast: 'at least ',
  under: 'less than ',
  upTo: 'up to ',
};

/** A reported text that reads as a figure after "at" ("$13.1 billion", "more than 900 million"). */
const FIGURE_LEAD = /^(?:[$€£¥]|US\$|USD |EUR |\d|(?:about|around|approximately|roughly|nearly|almost|over|more than|at least|up to|under|less than|some|an estimated) [$€£¥\d])/i;

/** Words a source puts after a figure that keep it a figure ("$11.5 billion or more"). */
const FIGURE_TAIL = new Set(['', 'or more', 'or less', 'plus']);

/**
 * Whether the source's words are one figure and nothing else: "4.5 gigawatts", "over
 * 200,000 GPUs", "$11.5 billion or more"; not "10-gigawatt goal" or "surpassed 800 million".
 */
function readsAsFigure(reported: string): boolean {
  if (!FIGURE_LEAD.test(reported)) return false;
  const qs = readQuantities(reported);
  if (qs.length !== 1) return false;
  const rest = reported.slice(qs[0].span.end).trim().toLowerCase();
  return FIGURE_TAIL.has(rest) || (qs[0].kind === 'count' && rest === qs[0].unit.toLowerCase());
}

/**
 * The fact's figure for a sentence: the source's own words when they read as a figure,
 * else the figure rebuilt from its bound and value ("surpassed 800 million" → "more than
 * 800 million", "negative 94 percent" → "-94%").
 */
export const factFigure: (fact: LoadedFact) => string = perObject(readFactFigure);

function readFactFigure(fact: LoadedFact): string {
  if (readsAsFigure(fact.reported)) return fact.reported;
  const lead = BOUND_WORDS[fact.bound] ?? '';
  if (fact.low !== undefined && fact.high !== undefined) return `${lead}${valueWords(fact.low, fact.unit)} to ${valueWords(fact.high, fact.unit)}`;
  return `${lead}${valueWords(fact.value, fact.unit)}`;
}

/** The interval a figure stands for: "$11.5 billion to $12.5 billion", "more than 900 million". */
export function intervalWords(i: Interval, unit: string): string {
  const lowFinite = Number.isFinite(i.low);
  const highFinite = Number.isFinite(i.high);
  if (lowFinite && highFinite) {
    return i.low === i.high ? valueWords(i.low, unit, true) : `${valueWords(i.low, unit, true)} to ${valueWords(i.high, unit, true)}`;
  }
  if (lowFinite) return `${i.lowOpen ? 'more than' : 'at least'} ${valueWords(i.low, unit, true)}`;
  if (highFinite) return `${i.highOpen ? 'less than' : 'at most'} ${valueWords(i.high, unit, true)}`;
  return 'any value';
}
