// The one entry point: Markdown text → { claims, quantities, findings }.
//
// The document is cut into top-level blocks, and each block is read on its own: segments,
// quantities, claims, and the per-claim rules. That work is cached by the block's text
// (with offsets relative to the block, shifted into place when the result is assembled),
// so after a one-paragraph edit only that paragraph is read again. Whole-document rules
// (cross-reference) run on the assembled claims every time; rule levels and disable
// comments are applied last, so changing a setting never invalidates the cache.
//
// analyze() never throws: a rule that throws yields no findings, a block that fails to
// read yields no claims, and text that cannot be a draft is skipped with a reason.
import type { AnalyzeResult, Claim, Finding, Quantity, Reading, Relation, RuleId, RuleLevel, Segment, Span, Period } from './types';
import type { DatasetIndex } from './dataset/lookup';
import type { Rule, RuleContext } from './rules/rule';
import { readBlock, splitBlocks, type Block, type Directive } from './markdown';
import { readQuantities } from './quantity';
import { readClaimsCarrying, type ClaimCarry } from './claim';
import { applyDirectives } from './directives';
import { resetNlpBudget } from './entityNlp';
import { RULES } from './rules/index';
import { bundledIndex } from './dataset/bundled';
import { carryStatements } from './rules/cross-reference';

export interface AnalyzeOptions {
  /** Facts to check against; the bundled dataset when absent. */
  dataset?: DatasetIndex;
  /** Per-rule level: 'off' removes a rule's findings, a severity replaces its default. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** Texts longer than this (UTF-16 code units) are skipped with a reason. Default 5,000,000. */
  maxLength?: number;
}

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** How far into the text NUL characters mark it as binary (git looks at the first 8000 bytes). */
const BINARY_PROBE = 8000;

/** What one block yields, with offsets relative to the block and block index 0. */
interface BlockWork {
  segments: Segment[];
  quantities: Quantity[];
  claims: Claim[];
  findings: Finding[];
  directives: Directive[];
  /** The entity carried out; null means "whatever came in". */
  carry: ClaimCarry;
  /** A block without figures: its result does not depend on the entity carried in. */
  independent: boolean;
  /** The results moved into place by the last run that used this work (kept by the cache only). */
  placed?: Placed;
  /** Where the objects above already sit (a one-shot run keeps only placed copies); absent: block-relative. */
  at?: { start: number; segment: number };
}

/** A block's results at document offsets, and where they were put. */
interface Placed {
  start: number;
  block: number;
  segment: number;
  quantities: Quantity[];
  claims: Claim[];
  findings: Finding[];
  directives: Directive[];
}

/**
 * Cached work by block text: `free` for a block whose result does not depend on the entity
 * carried in, else by that entity ('' for none). Keyed by the text itself rather than by a
 * string built from it, so a run hashes each block's text once and copies none of it.
 */
interface CacheEntry {
  free?: BlockWork;
  byEntity?: Map<string, BlockWork>;
}

function emptyResult(skipped?: string): AnalyzeResult {
  return skipped === undefined ? { claims: [], quantities: [], findings: [] } : { claims: [], quantities: [], findings: [], skipped };
}

/** A reason not to analyse the text, or null. */
function skipReason(text: string, maxLength: number): string | null {
  if (text.length > maxLength) {
    return `The file has ${text.length.toLocaleString('en-US')} characters, more than the limit of ${maxLength.toLocaleString('en-US')}, so it was not checked.`;
  }
  const probe = text.length > BINARY_PROBE ? text.slice(0, BINARY_PROBE) : text;
  if (probe.includes('\u0000')) return 'The file contains NUL characters, so it looks binary rather than Markdown and was not checked.';
  return null;
}

function spanInside(s: Span | undefined, length: number): boolean {
  return !!s && Number.isFinite(s.start) && Number.isFinite(s.end) && s.start >= 0 && s.end <= length && s.start <= s.end;
}

/** Runs a rule's per-claim check, guarded; keeps only findings whose spans lie in the text. */
function checkClaim(rule: Rule, claim: Claim, ctx: RuleContext): Finding[] {
  if (!rule.check) return [];
  try {
    const out = rule.check(claim, ctx);
    return Array.isArray(out) ? out.filter((f) => f && spanInside(f.span, ctx.text.length) && (!f.fix || spanInside(f.fix.span, ctx.text.length))) : [];
  } catch {
    return [];
  }
}

/**
 * Reads one block's text as if it were a whole document starting at offset 0. The
 * per-claim rules see the block's claims and text (their spans are relative to it).
 */
function readBlockWork(blockText: string, dataset: DatasetIndex, carryIn: ClaimCarry): BlockWork {
  const { segments, directives } = readBlock(blockText, { index: 0, start: 0, end: blockText.length });
  const quantities: Quantity[] = [];
  segments.forEach((seg, i) => {
    for (const q of readQuantities(seg.text, seg.start, i)) quantities.push(q);
  });
  // Without figures there are no claims: only the entity it hands on matters, and that
  // is its own (or, when it names none, whatever came in).
  const independent = quantities.length === 0;
  const { claims, carry } = readClaimsCarrying(blockText, segments, quantities, dataset, independent ? { entity: null } : carryIn);
  const findings: Finding[] = [];
  if (claims.length) {
    const ctx: RuleContext = { claims, dataset, text: blockText };
    for (const rule of RULES) for (const claim of claims) for (const f of checkClaim(rule, claim, ctx)) findings.push(f);
  }
  return { segments, quantities, claims, findings, directives, carry, independent };
}

// ---------------------------------------------------------------------------
// Moving a block's results to their place in the document

interface Shift {
  delta: number;
  block: number;
  segment: number;
  quantities: Map<Quantity, Quantity>;
}

function sp(s: Span, d: number): Span {
  return { start: s.start + d, end: s.end + d };
}

function shiftQuantity(q: Quantity, sh: Shift): Quantity {
  let out = sh.quantities.get(q);
  if (!out) {
    out = { ...q, span: sp(q.span, sh.delta), segment: q.segment + sh.segment };
    if (q.qualifierSpan) out.qualifierSpan = sp(q.qualifierSpan, sh.delta);
    sh.quantities.set(q, out);
  }
  return out;
}

function shiftPeriod(p: Period | null, d: number): Period | null {
  if (!p) return null;
  return p.span ? { ...p, span: sp(p.span, d) } : { ...p };
}

function shiftRelation(r: Relation, sh: Shift): Relation {
  const q = (x: Quantity) => shiftQuantity(x, sh);
  switch (r.kind) {
    case 'change': {
      const out: Relation = { kind: 'change', from: q(r.from), to: q(r.to), stated: q(r.stated) };
      if (r.direction) out.direction = { ...r.direction, span: sp(r.direction.span, sh.delta) };
      return out;
    }
    case 'share':
      return { kind: 'share', rate: q(r.rate), whole: q(r.whole), result: q(r.result) };
    case 'cagr':
      return { kind: 'cagr', from: q(r.from), to: q(r.to), rate: q(r.rate), years: r.years };
    case 'total':
      return { kind: 'total', rows: r.rows.map(q), total: q(r.total) };
    case 'range':
      return { kind: 'range', low: q(r.low), high: q(r.high) };
    case 'direction':
      return { kind: 'direction', word: { ...r.word, span: sp(r.word.span, sh.delta) }, quantity: q(r.quantity) };
    case 'shareOfWhole':
      return { kind: 'shareOfWhole', rate: q(r.rate) };
  }
}

function shiftReading(r: Reading, sh: Shift): Reading {
  const out: Reading = { ...r, quantity: shiftQuantity(r.quantity, sh), period: shiftPeriod(r.period, sh.delta) };
  if (r.entitySpan) out.entitySpan = sp(r.entitySpan, sh.delta);
  if (r.metricSpan) out.metricSpan = sp(r.metricSpan, sh.delta);
  return out;
}

function shiftClaim(c: Claim, sh: Shift): Claim {
  const out: Claim = {
    span: sp(c.span, sh.delta),
    text: c.text,
    block: sh.block,
    quantities: c.quantities.map((q) => shiftQuantity(q, sh)),
    readings: c.readings.map((r) => shiftReading(r, sh)),
    relations: c.relations.map((r) => shiftRelation(r, sh)),
  };
  if (c.table) out.table = { ...c.table, table: sh.block, header: [...c.table.header] };
  carryStatements(c, out);
  return out;
}

function shiftFinding(f: Finding, d: number): Finding {
  const out: Finding = {
    ...f,
    span: sp(f.span, d),
    fix: f.fix ? { ...f.fix, span: sp(f.fix.span, d) } : null,
    related: f.related.map((r) => (r.uri ? { ...r } : { ...r, span: sp(r.span, d) })),
    sources: f.sources.map((s) => ({ ...s })),
  };
  if (f.alternatives) out.alternatives = f.alternatives.map((a) => ({ ...a, span: sp(a.span, d) }));
  return out;
}

// ---------------------------------------------------------------------------
// Assembly

function levelOf(options: AnalyzeOptions, ruleId: RuleId): RuleLevel | undefined {
  return options.rules?.[ruleId];
}

function finish(text: string, options: AnalyzeOptions, dataset: DatasetIndex, claims: Claim[], quantities: Quantity[], blockFindings: Finding[], directives: Directive[]): AnalyzeResult {
  const findings = [...blockFindings];
  const ctx: RuleContext = { claims, dataset, text };
  for (const rule of RULES) {
    if (!rule.checkDocument || levelOf(options, rule.id) === 'off') continue;
    try {
      const out = rule.checkDocument(ctx);
      if (Array.isArray(out)) for (const f of out) if (f && spanInside(f.span, text.length)) findings.push(f);
    } catch {
      // A failing document rule yields no findings.
    }
  }
  const leveled: Finding[] = [];
  for (const f of findings) {
    const level = levelOf(options, f.ruleId);
    if (level === 'off') continue;
    leveled.push(level ? { ...f, severity: level } : f);
  }
  const kept = applyDirectives(text, directives, leveled);
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
  const seen = new Set<string>();
  const unique = kept.filter((f) => {
    const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { claims, quantities, findings: unique };
}

/** One analyzer with a block cache: what the extension keeps per open document. */
export interface Analyzer {
  analyze(text: string): AnalyzeResult;
  setOptions(o: AnalyzeOptions): void;
  /** How the last analysis went: blocks read anew and blocks taken from the cache (for tests and the benchmark). */
  lastRun(): { blocksRead: number; blocksReused: number };
}

/** Moves one block's work to its place in the document: new objects, the work is left as it was. */
function place(work: BlockWork, start: number, block: number, segment: number): Placed {
  const delta = start - (work.at?.start ?? 0);
  const sh: Shift = { delta, block, segment: segment - (work.at?.segment ?? 0), quantities: new Map() };
  return {
    start,
    block,
    segment,
    quantities: work.quantities.map((q) => shiftQuantity(q, sh)),
    claims: work.claims.map((c) => shiftClaim(c, sh)),
    findings: work.findings.map((f) => shiftFinding(f, delta)),
    directives: work.directives.map((d) => ({ ...d, rules: [...d.rules], start: d.start + delta, end: d.end + delta })),
  };
}

function cached(cache: Map<string, CacheEntry>, blockText: string, entity: string): BlockWork | undefined {
  const entry = cache.get(blockText);
  return entry && (entry.free ?? entry.byEntity?.get(entity));
}

function remember(cache: Map<string, CacheEntry>, blockText: string, entity: string, work: BlockWork): void {
  let entry = cache.get(blockText);
  if (!entry) cache.set(blockText, (entry = {}));
  if (work.independent) entry.free = work;
  else (entry.byEntity ??= new Map()).set(entity, work);
}

/**
 * `keep`: whether the analyzer keeps its block cache between runs (the extension: one per
 * open document). Without it (a one-shot `analyze()`, the CLI), blocks repeated within the
 * text are still read once, but no block-relative work or placed copy outlives the run.
 */
function makeAnalyzer(initial: AnalyzeOptions, keep: boolean): Analyzer {
  let options: AnalyzeOptions = { ...initial };
  let dataset: DatasetIndex | undefined = initial.dataset;
  // Entries unused in a run are dropped after it.
  let cache = new Map<string, CacheEntry>();
  let stats = { blocksRead: 0, blocksReused: 0 };

  const datasetNow = (): DatasetIndex => {
    if (!dataset) dataset = options.dataset ?? bundledIndex();
    return dataset;
  };

  function run(text: string): AnalyzeResult {
    if (typeof text !== 'string') return emptyResult('The input is not text, so it was not checked.');
    const reason = skipReason(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
    if (reason) return emptyResult(reason);
    const ds = datasetNow();
    resetNlpBudget();
    const blocks: Block[] = splitBlocks(text);
    const next = new Map<string, CacheEntry>();
    const claims: Claim[] = [];
    const quantities: Quantity[] = [];
    const findings: Finding[] = [];
    const directives: Directive[] = [];
    let carry: ClaimCarry = { entity: null };
    let segmentBase = 0;
    stats = { blocksRead: 0, blocksReused: 0 };
    for (const block of blocks) {
      const blockText = text.slice(block.start, block.end);
      const entity = carry.entity ?? '';
      let work = cached(next, blockText, entity) ?? cached(cache, blockText, entity);
      if (work) stats.blocksReused++;
      else {
        stats.blocksRead++;
        try {
          work = readBlockWork(blockText, ds, carry);
        } catch {
          work = { segments: [], quantities: [], claims: [], findings: [], directives: [], carry: { entity: null }, independent: true };
        }
      }
      // A block that did not move (same start, block and segment numbers) hands back the
      // objects it was placed as last time: most of a re-check is otherwise copying.
      let placed = work.placed;
      if (!placed || placed.start !== block.start || placed.block !== block.index || placed.segment !== segmentBase) {
        placed = place(work, block.start, block.index, segmentBase);
        if (keep) work.placed = placed;
      }
      // A one-shot run remembers, for a repeat of this block later in the text, the copy it
      // placed rather than the block-relative work, so only one copy of each object lives.
      if (keep) remember(next, blockText, entity, work);
      else {
        const { quantities: q, claims: c, findings: f, directives: d } = placed;
        remember(next, blockText, entity, { ...work, quantities: q, claims: c, findings: f, directives: d, placed: undefined, at: { start: block.start, segment: segmentBase } });
      }
      for (const q of placed.quantities) quantities.push(q);
      for (const c of placed.claims) claims.push(c);
      for (const f of placed.findings) findings.push(f);
      for (const d of placed.directives) directives.push(d);
      segmentBase += work.segments.length;
      carry = { entity: work.carry.entity ?? carry.entity };
    }
    cache = keep ? next : new Map();
    return finish(text, options, ds, claims, quantities, findings, directives);
  }

  return {
    analyze(text: string): AnalyzeResult {
      try {
        return run(text);
      } catch {
        cache = new Map();
        return emptyResult('claimcheck failed on this text and did not check it (an internal error).');
      }
    },
    lastRun: () => ({ ...stats }),
    setOptions(o: AnalyzeOptions): void {
      if (o.dataset !== options.dataset) {
        // Per-claim rules read the dataset: their cached findings are stale.
        cache = new Map();
        dataset = o.dataset;
      }
      options = { ...o };
    },
  };
}

export function createAnalyzer(initial: AnalyzeOptions = {}): Analyzer {
  return makeAnalyzer(initial, true);
}

/** Analyses one text from scratch (the CLI, tests). */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return makeAnalyzer(options, false).analyze(text);
}
