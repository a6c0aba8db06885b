// The fact-check sheet as data: every figure of a draft in document order, how it was
// read, what claimcheck could say about it and why, the recalculations and dataset figures
// behind that, and where it is. The Markdown and HTML renderers, the preview badges and the
// webview all draw from this one model, so they never disagree about a figure's status.
// Pure: no clock, no file system; the caller passes the analysis and the dataset.
import type { AnalyzeResult, Claim, Finding, Quantity, Reading, Relation, RuleId, RuleLevel, Severity, SourceRef, Span } from '../types';
import type { DatasetIndex, LoadedFact } from '../dataset/lookup';
import { assessCached, type Verdict } from '../dataset/match';
import { factSubject, periodWords, sourceRef } from '../dataset/citation';
import { metricById } from '../dataset/metrics';
import { CHANGE_NOTE, readingParts, relationWords as readRelationWords, type ReadingParts } from '../readingOf';
import type { StatementKind } from '../read/statedKind';
import { newestSourceDate } from '../dataset/stats';
import { derive, type Recalculation } from '../derive';
import { describe } from '../format';
import { lineMap, type LineMap } from '../position';
import { buildCharts, type ReportChart } from './charts';
import { perObject } from '../perObject';

/**
 * What an editor needs to know about a figure, strongest first:
 * - contradicted: a warning or error is on it (arithmetic or dataset);
 * - info: only a note is on it (a figure later reporting revised);
 * - agrees: a current dataset figure for the same entity, metric and period agrees;
 * - follows: it takes part in arithmetic that was checked and holds;
 * - unknown: nothing could check it; an editor checks it by hand.
 */
export type FigureStatus = 'contradicted' | 'info' | 'agrees' | 'follows' | 'unknown';

export const STATUS_ORDER: readonly FigureStatus[] = ['contradicted', 'info', 'agrees', 'follows', 'unknown'];

export const STATUS_LABEL: Record<FigureStatus, string> = {
  contradicted: 'Contradicted',
  info: 'Note',
  agrees: 'Agrees with the dataset',
  follows: 'Arithmetic follows',
  unknown: 'Not verified',
};

/** One character per status, for badges in the preview and the report. */
export const STATUS_BADGE: Record<FigureStatus, string> = {
  contradicted: '✗',
  info: 'i',
  agrees: '✓',
  follows: '=',
  unknown: '?',
};

export interface ReportLocation {
  start: number;
  end: number;
  /** 1-based, UTF-16 columns (position.ts), like the CLI and SARIF. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ReportFinding {
  ruleId: RuleId;
  severity: Severity;
  message: string;
  derivation: string;
  /** The certain correction, as the writer would write it. */
  fix: string | null;
  related: { line: number; column: number; message: string; uri?: string }[];
}

/** A dataset figure behind a status, and what it is to the figure. */
export interface ReportSource extends SourceRef {
  role: 'agrees' | 'differs' | 'superseded' | 'revision' | 'cited';
  /** "OpenAI's 2025 revenue". */
  subject: string;
}

export interface ReportReading {
  entity: string | null;
  metric: string | null;
  /** The metric's words ("weekly active users"). */
  metricLabel: string | null;
  /** Canonical period ("H1 2025", "2025-10"). */
  period: string | null;
  /** The period as a writer says it ("H1 2025", "October 2025"). */
  periodText: string | null;
  /** The organisation named when no dataset entity was found. */
  subject?: string;
  /** The kind of statement (actual, guidance, projection, target), when a period was read (readingOf.ts). */
  kind: StatementKind | null;
  /** Whether the period is a fiscal year; null without a period. */
  fiscal: boolean | null;
  /** Each relation the figure takes part in, in words ("change: from $1 billion to $5 billion, stated 500%, computes to 400%"). */
  relations: string[];
}

export interface ReportFigure {
  /** 1-based, in document order. */
  index: number;
  /** The figure as written, with its qualifier ("about $13 billion"). */
  text: string;
  /** The figure alone, without its qualifier ("$13 billion"). */
  bare: string;
  location: ReportLocation;
  kind: Quantity['kind'];
  /** How it was read ("USD 13.1 billion (13,100,000,000)"). */
  value: string;
  reading: ReportReading;
  status: FigureStatus;
  /** One sentence saying why it has that status. */
  reason: string;
  /** The sentence or table row it stands in, whitespace collapsed. */
  sentence: string;
  /** Where the figure (`bare`) starts in `sentence`, or -1. */
  sentenceAt: number;
  findings: ReportFinding[];
  recalculations: Recalculation[];
  sources: ReportSource[];
  /** Rules with a finding on it. */
  ruleIds: RuleId[];
}

export interface ReportModel {
  title: string;
  fileName?: string;
  /** ISO time the caller stamps the report with; the model never reads the clock. */
  generatedAt?: string;
  /** "bundled", "bundled + 1 file". */
  datasetLabel?: string;
  /** The newest source date in the dataset ("2026-06-03"): how current the checks can be. */
  datasetAsOf?: string;
  figures: ReportFigure[];
  counts: Record<FigureStatus, number>;
  /** Every rule with a finding in the document, in rule-id order. */
  ruleIds: RuleId[];
  /** Findings not on any recognised figure (kept so nothing is lost). */
  otherFindings: (ReportFinding & { location: ReportLocation })[];
  charts: ReportChart[];
  /** Why the text was not analysed, when it was not. */
  skipped?: string;
}

export interface ReportOptions {
  dataset: DatasetIndex;
  /** The writer's rule levels: arithmetic under a rule turned off does not count as checked. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  fileName?: string;
  generatedAt?: string;
  datasetLabel?: string;
  /** Overrides the title read from the first heading. */
  title?: string;
}

// ---------------------------------------------------------------------------

export function buildReport(text: string, result: AnalyzeResult, options: ReportOptions): ReportModel {
  const lines = lineMap(text);
  const locate = (span: Span): ReportLocation => {
    const a = lines.position(span.start);
    const b = lines.position(span.end);
    return { start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  const claimOf = new Map<Quantity, Claim>();
  const readingOf = new Map<Quantity, Reading>();
  for (const c of result.claims) {
    for (const q of c.quantities) if (!claimOf.has(q)) claimOf.set(q, c);
    for (const r of c.readings) if (!readingOf.has(r.quantity)) readingOf.set(r.quantity, r);
  }
  // Quantities are normally the same objects in claims and the flat list; fall back to spans.
  const bySpan = new Map<string, Quantity>();
  for (const c of result.claims) for (const q of c.quantities) bySpan.set(spanKey(q.span), q);

  // A table total's relation sits on the Total row; its rows take part from their own rows.
  const relationsOf = new Map<string, Relation[]>();
  for (const c of result.claims) {
    for (const r of c.relations) {
      for (const m of membersOf(r)) {
        const k = spanKey(m.span);
        const list = relationsOf.get(k) ?? [];
        if (!list.includes(r)) list.push(r);
        relationsOf.set(k, list);
      }
    }
  }

  // A table's Total rows, and sentences with a prose total: their relations take in the rows or parts (readingOf.ts).
  const totals = result.claims.filter((c) => c.table?.isTotal || c.relations.some((r) => r.kind === 'total' && r.prose));

  const quantities = [...result.quantities].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  const extents = quantities.map(figureExtent);
  // Findings on each figure, and warnings that used it, found by binary search over the
  // figures in order: a long draft has thousands of figures and findings.
  const findingsOn = extents.map(() => [] as Finding[]);
  const usedBy: (Finding | undefined)[] = extents.map(() => undefined);
  const used = new Set<Finding>();
  for (const f of result.findings) {
    for (const i of overlapping(extents, f.span)) {
      findingsOn[i].push(f);
      used.add(f);
    }
    if (!BLOCKING.has(f.severity)) continue;
    for (const r of f.related) {
      if (r.uri) continue;
      for (const i of overlapping(extents, r.span)) usedBy[i] ??= f;
    }
  }

  const figures: ReportFigure[] = [];
  quantities.forEach((raw, i) => {
    const q = claimOf.has(raw) ? raw : bySpan.get(spanKey(raw.span)) ?? raw;
    const claim = claimOf.get(q);
    const reading = readingOf.get(q);
    const extent = extents[i];
    const onIt = findingsOn[i];
    const verdict = safeVerdict(reading, claim, options.dataset);
    const { status, reason } = decideStatus(q, relationsOf.get(spanKey(q.span)) ?? [], reading, onIt, verdict, usedBy[i], options, lines);
    figures.push({
      index: figures.length + 1,
      // Emphasis markers between a qualifier and its figure ("about **$13 billion**") are not part of it.
      text: collapse(text.slice(extent.start, extent.end).replace(/[*_`]/g, '')) || q.text,
      bare: q.text,
      location: locate(extent),
      kind: q.kind,
      value: describe(q),
      reading: readingSummary(reading, readingParts(claim, q, totals)),
      status,
      reason,
      ...sentenceAround(claim, q),
      findings: onIt.map((f) => reportFinding(f, lines)),
      // derive() looks for the figure's claim: hand it just that one.
      recalculations: claim ? safeDerive([claim], q, options.dataset) : [],
      sources: sourcesFor(onIt, verdict, options.dataset),
      ruleIds: unique(onIt.map((f) => f.ruleId)),
    });
  });

  const counts = { contradicted: 0, info: 0, agrees: 0, follows: 0, unknown: 0 } as Record<FigureStatus, number>;
  for (const f of figures) counts[f.status]++;

  const model: ReportModel = {
    title: options.title ?? documentTitle(text) ?? options.fileName ?? 'Untitled draft',
    figures,
    counts,
    ruleIds: unique(result.findings.map((f) => f.ruleId)).sort(),
    otherFindings: result.findings.filter((f) => !used.has(f)).map((f) => ({ ...reportFinding(f, lines), location: locate(f.span) })),
    charts: buildCharts(result.claims, options.dataset),
  };
  if (options.fileName !== undefined) model.fileName = options.fileName;
  if (options.generatedAt !== undefined) model.generatedAt = options.generatedAt;
  if (options.datasetLabel !== undefined) model.datasetLabel = options.datasetLabel;
  const asOf = newestSourceDate(options.dataset.facts);
  if (asOf !== null) model.datasetAsOf = asOf;
  if (result.skipped !== undefined) model.skipped = result.skipped;
  return model;
}

// ---------------------------------------------------------------------------
// Status

const BLOCKING: ReadonlySet<Severity> = new Set(['warning', 'error']);

function decideStatus(
  q: Quantity,
  relations: readonly Relation[],
  reading: Reading | undefined,
  onIt: readonly Finding[],
  verdict: Verdict,
  usedBy: Finding | undefined,
  options: ReportOptions,
  lines: LineMap,
): { status: FigureStatus; reason: string } {
  const blocking = onIt.find((f) => BLOCKING.has(f.severity));
  if (blocking) return { status: 'contradicted', reason: blocking.message };
  const note = onIt.find((f) => f.severity === 'info');
  if (note) return { status: 'info', reason: note.message };
  if (verdict.kind === 'agrees') {
    const f = verdict.fact;
    // Outlet and date only: the full citation (title, link, file) is in the figure's sources.
    return { status: 'agrees', reason: `Agrees with ${factSubject(f)}, reported as ${f.reported} (${f.source.outlet}, ${f.source.date}).` };
  }
  // A figure another finding used ("from $1 billion to $5 billion, a 40% increase"): the
  // arithmetic it is part of does not hold, so it cannot be said to follow.
  if (usedBy) {
    const at = lines.position(usedBy.span.start);
    return { status: 'unknown', reason: `Part of arithmetic that does not hold (line ${at.line}): ${usedBy.message}` };
  }
  const held = checkedRelations(relations, options.rules);
  if (held.length) return { status: 'follows', reason: held.map(relationWords).join(' ') };
  return { status: 'unknown', reason: unknownReason(q, reading, verdict, options.rules) };
}

/** The rule that checks a relation; relations no rule checks (range, direction) are not arithmetic. */
function ruleFor(r: Relation): RuleId | null {
  switch (r.kind) {
    case 'change':
      return r.stated.kind === 'percentagePoints' ? 'percentage-points' : 'percent-change';
    case 'share':
      return 'share-of';
    case 'cagr':
      return 'cagr';
    case 'total':
      return 'table-total';
    default:
      return null;
  }
}

function membersOf(r: Relation): Quantity[] {
  switch (r.kind) {
    case 'change':
      return [r.from, r.to, r.stated];
    case 'share':
      return [r.rate, r.whole, r.result];
    case 'cagr':
      return [r.from, r.to, r.rate];
    case 'total':
      return [...r.rows, r.total];
    default:
      return [];
  }
}

/**
 * The figure's relations that an enabled rule checks. No finding on the figure or on any
 * figure the rule used (checked before this is called) means the arithmetic held.
 */
function checkedRelations(relations: readonly Relation[], rules: ReportOptions['rules']): Relation[] {
  return relations.filter((r) => {
    const rule = ruleFor(r);
    if (!rule || rules?.[rule] === 'off') return false;
    // A vague member ("billions") is recognised, never checked: nothing was verified.
    return !hasVagueMember(r);
  });
}

/** Per relation, remembered: a table total is read by each of its rows' figures. */
const hasVagueMember: (r: Relation) => boolean = perObject((r) => membersOf(r).some((m) => m.vague));

function relationWords(r: Relation): string {
  switch (r.kind) {
    case 'change':
      return `The change from ${r.from.text} to ${r.to.text}, stated as ${r.stated.text}, checks out.`;
    case 'share':
      return `${r.rate.text} of ${r.whole.text} is ${r.result.text}: checks out.`;
    case 'cagr':
      return `Growing from ${r.from.text} to ${r.to.text} over ${r.years} year${r.years === 1 ? '' : 's'} at ${r.rate.text} a year checks out.`;
    case 'total':
      if (r.inclusive) return `The ${r.rows.length} parts listed come to no more than ${r.total.text}: checks out.`;
      if (r.prose) return `The ${r.rows.length} parts add up to ${r.total.text}: checks out.`;
      return `The total ${r.total.text} matches the ${r.rows.length} rows above it.`;
    default:
      return '';
  }
}

function unknownReason(q: Quantity, reading: Reading | undefined, verdict: Verdict, rules: ReportOptions['rules']): string {
  if (q.vague) return 'A vague figure: recognised, not checked.';
  if (!reading || (!reading.entity && !reading.metric && !reading.ofMetric)) return 'No entity or metric recognised around it, so nothing to check it against.';
  if (!reading.entity) {
    const what = reading.metric ? metricWords(reading.metric) : `a change or share of ${metricWords(reading.ofMetric ?? null)}`;
    return `Read as ${what}, but no dataset entity is named${reading.subject ? ` (about ${reading.subject})` : ''}.`;
  }
  if (!reading.metric && reading.ofMetric) {
    return `A change or share of ${reading.entity}'s ${metricWords(reading.ofMetric)}: the sentence does not state both figures it is worked out from, and the dataset holds no base it names.`;
  }
  if (!reading.metric) return `About ${reading.entity}, but no metric the dataset tracks was recognised.`;
  if (verdict.kind === 'mismatch' || verdict.kind === 'scaleSlip') {
    // The rule was off, or on and held back because the reading is in doubt (a period carried
    // in, a hedge, a quote): say which, not "turned off" for both.
    const off = rules?.[verdict.kind === 'mismatch' ? 'dataset-mismatch' : 'scale-slip'] === 'off';
    const why = off ? 'that rule is turned off' : 'the reading is not certain enough to warn';
    return `Differs from ${factSubject(verdict.fact)} (${verdict.fact.reported}), but ${why}.`;
  }
  const when = reading.period ? ` for ${reading.period.canonical}` : ' (no period stated)';
  return `The dataset has no figure for ${reading.entity}'s ${metricWords(reading.metric)}${when}.`;
}

// ---------------------------------------------------------------------------
// Pieces

function safeVerdict(reading: Reading | undefined, claim: Claim | undefined, dataset: DatasetIndex): Verdict {
  if (!reading) return { kind: 'unknown' };
  try {
    return assessCached(reading, dataset, { sentence: claim?.text });
  } catch {
    return { kind: 'unknown' };
  }
}

function safeDerive(claims: readonly Claim[], q: Quantity, dataset: DatasetIndex): Recalculation[] {
  try {
    return derive(claims, q, dataset);
  } catch {
    // A recalculation is a courtesy; a report without it is still a report.
    return [];
  }
}

function sourcesFor(findings: readonly Finding[], verdict: Verdict, dataset: DatasetIndex): ReportSource[] {
  const out: ReportSource[] = [];
  const add = (ref: SourceRef, role: ReportSource['role'], fact?: LoadedFact): void => {
    if (out.some((s) => s.factId === ref.factId)) return;
    const f = fact ?? dataset.byId(ref.factId);
    out.push({ ...ref, role, subject: f ? factSubject(f) : `${ref.entity} ${ref.metric} ${ref.period}` });
  };
  switch (verdict.kind) {
    case 'agrees':
      add(sourceRef(verdict.fact), 'agrees', verdict.fact);
      break;
    case 'superseded':
      add(sourceRef(verdict.fact), 'superseded', verdict.fact);
      if (verdict.current) add(sourceRef(verdict.current), 'revision', verdict.current);
      break;
    case 'mismatch':
    case 'scaleSlip':
      add(sourceRef(verdict.fact), 'differs', verdict.fact);
      break;
  }
  for (const f of findings) for (const s of f.sources) add(s, 'cited');
  return out;
}

function reportFinding(f: Finding, lines: LineMap): ReportFinding {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    derivation: f.derivation,
    fix: f.fix ? f.fix.text : null,
    related: f.related.map((r) => {
      const p = lines.position(r.span.start);
      const out: ReportFinding['related'][number] = { line: p.line, column: p.column, message: r.message };
      if (r.uri) out.uri = r.uri;
      return out;
    }),
  };
}

function readingSummary(r: Reading | undefined, parts: ReadingParts): ReportReading {
  const out: ReportReading = {
    entity: r?.entity ?? null,
    metric: r?.metric ?? null,
    // A change or rate names the metric it is of, as the hover does ("revenue (a change or share of it)").
    metricLabel: r?.metric ? metricWords(r.metric) : parts.change && parts.metric ? `${metricWords(parts.metric)} (${CHANGE_NOTE})` : null,
    period: r?.period?.canonical ?? null,
    periodText: r?.period ? periodWords(r.period.canonical) : null,
    kind: parts.period?.kind ?? null,
    fiscal: parts.period?.fiscal ?? null,
    relations: parts.relations.map(readRelationWords),
  };
  if (r?.subject) out.subject = r.subject;
  return out;
}

function metricWords(id: string | null): string {
  return id ? metricById(id)?.label ?? id : '';
}

/** The figure with its qualifier ("about $13 billion"), as the finding spans may cover either. */
function figureExtent(q: Quantity): Span {
  const start = q.qualifierSpan ? Math.min(q.qualifierSpan.start, q.span.start) : q.span.start;
  return { start, end: q.span.end };
}

function overlapsSpan(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Indexes of the extents (sorted by start, not overlapping each other) that overlap `span`.
 * An empty span counts as touching the extent it sits in.
 */
function overlapping(extents: readonly Span[], span: Span): number[] {
  const probe = span.end > span.start ? span : { start: span.start, end: span.start + 1 };
  let lo = 0;
  let hi = extents.length;
  // First extent that ends after the span starts.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (extents[mid].end <= probe.start) lo = mid + 1;
    else hi = mid;
  }
  const out: number[] = [];
  for (let i = lo; i < extents.length && extents[i].start < probe.end; i++) if (overlapsSpan(extents[i], probe)) out.push(i);
  return out;
}

function spanKey(s: Span): string {
  return `${s.start}:${s.end}`;
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/** The most characters of its sentence shown on each side of a figure; a longer sentence is cut to that with "…". */
const SENTENCE_CONTEXT = 160;

/**
 * The claim's text with its white space collapsed, and for each source offset of the text
 * where it lands in the collapsed one: made once per claim, as every figure of a table row
 * or a long sentence asks for it (collapsing it again per figure was quadratic).
 */
const collapsedOf: (claim: Claim) => { text: string; at: Int32Array } = perObject((claim) => {
  const src = claim.text;
  const at = new Int32Array(src.length + 1);
  let out = '';
  let space = false;
  for (let i = 0; i < src.length; i++) {
    at[i] = out.length + (space && out.length > 0 ? 1 : 0);
    if (/\s/.test(src[i])) {
      space = true;
      continue;
    }
    if (space && out.length > 0) out += ' ';
    space = false;
    out += src[i];
  }
  at[src.length] = out.length;
  return { text: out, at };
});

/**
 * The sentence or table row a figure stands in, whitespace collapsed, and where the figure
 * starts in it (-1 when the claim's text is not its source slice). A long one is cut to the
 * figure's surroundings, so a report's size grows with its figures, not figures × row.
 */
function sentenceAround(claim: Claim | undefined, q: Quantity): { sentence: string; sentenceAt: number } {
  if (!claim) return { sentence: '', sentenceAt: -1 };
  const { text, at } = collapsedOf(claim);
  const rel = q.span.start - claim.span.start;
  const inside = rel >= 0 && rel <= claim.text.length && claim.text.slice(rel, rel + q.text.length) === q.text;
  const pos = inside ? at[rel] : -1;
  if (text.length <= 2 * SENTENCE_CONTEXT + q.text.length) return { sentence: text, sentenceAt: pos };
  const centre = pos >= 0 ? pos : 0;
  const from = Math.max(0, centre - SENTENCE_CONTEXT);
  const to = Math.min(text.length, centre + q.text.length + SENTENCE_CONTEXT);
  const lead = from > 0 ? '…' : '';
  const sentence = `${lead}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
  return { sentence, sentenceAt: pos >= 0 ? pos - from + lead.length : -1 };
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The first heading, outside front matter and code fences; inline Markdown markers are
 * dropped so the title reads as text. Null when the draft has no heading.
 */
export function documentTitle(text: string): string | null {
  const lines = text.split(/\r\n|\r|\n/);
  let i = 0;
  if (lines[0]?.trim() === '---') {
    for (i = 1; i < lines.length && !/^(?:---|\.\.\.)\s*$/.test(lines[i]); i++);
    i++;
  }
  let fence: string | null = null;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1][0];
      else if (f[1][0] === fence) fence = null;
      continue;
    }
    if (fence) continue;
    const title = headingText(line);
    if (title) return title.replace(/[*_`]/g, '').trim();
  }
  return null;
}

/**
 * An ATX heading's text without its closing hashes, or null when the line is no heading.
 * Read by hand: the pattern it replaces (lazy text, then optional spaces, hashes, spaces,
 * end) tried every split of a long run of spaces, cubic on "# a", 4,000 spaces, "b".
 */
function headingText(line: string): string | null {
  const open = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  if (!open) return null;
  let text = line.slice(open[0].length).trim();
  // A closing sequence is hashes preceded by a space (or the whole rest).
  let k = text.length;
  while (k > 0 && text[k - 1] === '#') k--;
  if (k === 0 || text[k - 1] === ' ' || text[k - 1] === '\t') text = text.slice(0, k).trim();
  return text || null;
}
