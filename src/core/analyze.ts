// The one entry point: Markdown text → { claims, quantities, findings }.
//
// The document is cut into top-level blocks, and each block is read on its own: segments,
// quantities, claims, and the per-claim rules, with offsets relative to the block. That work
// is cached by the block's text, so after a one-paragraph edit only that paragraph is read
// again, and the blocks are cut again only around the edit (blocks.ts). The findings are
// moved to document offsets on every run (there are few); the claims and figures only when
// `result.claims` or `result.quantities` is read (resultLayout.ts gives one block at a time),
// so a re-check does not copy the document's tens of thousands of objects. Whole-document
// rules (cross-reference) read the blocks as they are; rule levels and disable comments are
// applied last, so changing a setting never invalidates the cache.
//
// analyze() never throws: a rule that throws yields no findings, a block that fails to
// read yields no claims, and text that cannot be a draft is skipped with a reason.
import type { AnalyzeResult, Claim, Finding, Quantity, RuleId, RuleLevel, Statement, StatementBlock } from './types';
import type { DatasetIndex } from './dataset/lookup';
import type { RuleContext } from './rules/rule';
import type { Directive } from './markdown';
import { resplitBlocks, splitBlocks, type Block, type Resplit } from './blocks';
import type { ClaimCarry } from './read/claim';
import { applyDirectives } from './directives';
import { quotedFixesByHand } from './quoted';
import { resetNlpBudget } from './read/entityNlp';
import { RULES } from './rules/index';
import { bundledIndex } from './dataset/bundled';
import { setLayout } from './resultLayout';
import { countBreaks, lineFinder, type Anchor } from './lineIndex';
import { readBlockWork, spanInside, unreadable, type BlockWork } from './blockWork';
import { StreamedCrossReference } from './rules/cross-reference';
import { cached, remember, type CacheEntry } from './blockCache';
import { flatCopy } from './flatString';
import { placeFindings, Slot } from './blockSlot';
import { compareFindings, mergeFindings } from './findingOrder';
import { documentDateOf, readFrontMatter } from './read/documentDate';
import { contextKey, headingPart, headingPeriod, headlineEntity, SectionPeriods, sectionPeriod } from './read/context';

export interface AnalyzeOptions {
  /** Facts to check against; the bundled dataset when absent. */
  dataset?: DatasetIndex;
  /** Per-rule level: 'off' removes a rule's findings, a severity replaces its default. */
  rules?: Partial<Record<RuleId, RuleLevel>>;
  /** Texts longer than this (UTF-16 code units) are skipped with a reason. Default 5,000,000. */
  maxLength?: number;
  /**
   * The date the document was written (ISO, "2025-10-06" or "2025-10"): "now", "this year",
   * "last quarter" are read against it. Else the front matter's `date:`, else a dateline;
   * never today's date (read/documentDate.ts).
   */
  documentDate?: string;
}

export const DEFAULT_MAX_LENGTH = 5_000_000;

/** How far into the text NUL characters mark it as binary (git looks at the first 8000 bytes). */
const BINARY_PROBE = 8000;

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

// ---------------------------------------------------------------------------
// Assembly

function levelOf(options: AnalyzeOptions, ruleId: RuleId): RuleLevel | undefined {
  return options.rules?.[ruleId];
}

/** Every claim and figure at document offsets, in order: made when first read. */
function lazyResult(slots: readonly Slot[], findings: Finding[]): AnalyzeResult {
  let all: { claims: Claim[]; quantities: Quantity[] } | undefined;
  const everything = () => {
    if (!all) {
      all = { claims: [], quantities: [] };
      for (const slot of slots) {
        const p = slot.placed();
        for (const c of p.claims) all.claims.push(c);
        for (const q of p.quantities) all.quantities.push(q);
      }
    }
    return all;
  };
  const result = {} as AnalyzeResult;
  Object.defineProperty(result, 'claims', { enumerable: true, get: () => everything().claims });
  Object.defineProperty(result, 'quantities', { enumerable: true, get: () => everything().quantities });
  result.findings = findings;
  setLayout(result, slots);
  return result;
}

/**
 * What the whole-document stage needs of a run: each block's findings (placed, in order) and
 * comments, the blocks whose statements the cross-reference rule compares, and the start
 * lines of the blocks any of these sit in (for line numbers).
 */
interface RunParts {
  findings: Finding[];
  directives: Directive[];
  blocks: readonly StatementBlock[];
  anchors: readonly Anchor[];
  /** The document's claims at document offsets, for a document rule that asks for them. */
  claims(): readonly Claim[];
  /** Document-rule findings already made while the blocks were read (the streaming check's cross-reference). */
  early?: readonly Finding[];
}

function partsOf(slots: readonly Slot[]): RunParts {
  const findings: Finding[] = [];
  const directives: Directive[] = [];
  for (const slot of slots) {
    const placed = slot.placedFindings();
    for (const f of placed.findings) findings.push(f);
    for (const d of placed.directives) directives.push(d);
  }
  return { findings, directives, blocks: slots, anchors: slots, claims: () => slots.flatMap((s) => s.placed().claims) };
}

/** The document rules, rule levels and disable comments over a run's parts: the findings to report, in order. */
function finish(text: string, crFree: boolean, options: AnalyzeOptions, dataset: DatasetIndex, parts: RunParts): Finding[] {
  const whole: Finding[] = [];
  const lineOf = lineFinder(text, parts.anchors, crFree);
  const ctx: RuleContext = {
    get claims(): readonly Claim[] {
      return parts.claims();
    },
    blocks: parts.blocks,
    lineOf,
    dataset,
    text,
  };
  for (const rule of RULES) {
    if (!rule.checkDocument || levelOf(options, rule.id) === 'off') continue;
    try {
      const out = rule.checkDocument(ctx);
      if (Array.isArray(out)) for (const f of out) if (f && spanInside(f.span, text.length)) whole.push(f);
    } catch {
      // A failing document rule yields no findings.
    }
  }
  for (const f of parts.early ?? []) if (spanInside(f.span, text.length)) whole.push(f);
  // The blocks' own findings had their quoted fixes moved when the block was read.
  const wholeQuoted = quotedFixesByHand(text, whole);
  // Each block's findings come in order and the blocks do not overlap: together, in order.
  const leveled: Finding[] = [];
  for (const f of mergeFindings(parts.findings, wholeQuoted.sort(compareFindings))) {
    const level = levelOf(options, f.ruleId);
    if (level === 'off') continue;
    leveled.push(level ? { ...f, severity: level } : f);
  }
  // Directives keep the order of what they leave standing.
  const kept = parts.directives.length ? applyDirectives(text, parts.directives, leveled, lineOf) : leveled;
  // One finding per rule and span: in this order, repeats are neighbours.
  const unique: Finding[] = [];
  for (const f of kept) {
    const last = unique[unique.length - 1];
    if (!last || last.ruleId !== f.ruleId || last.span.start !== f.span.start || last.span.end !== f.span.end) unique.push(f);
  }
  return unique;
}

/** One analyzer with a block cache: what the extension keeps per open document. */
export interface Analyzer {
  analyze(text: string): AnalyzeResult;
  setOptions(o: AnalyzeOptions): void;
  /** How the last analysis went: blocks read anew and blocks taken from the cache (for tests and the benchmark). */
  lastRun(): { blocksRead: number; blocksReused: number };
}

/**
 * A block as a streaming check hands it on: its figures and claims as read, with offsets
 * relative to the block, the figures in the order (and as the very objects) the claims hold.
 */
export interface StreamedBlock {
  quantities: readonly Quantity[];
  claims: readonly Claim[];
}

/** A streaming check: each block's figures go to `figures` as it is read; its claims are then dropped. */
interface Stream {
  figures?: (figures: Quantity[], block: StreamedBlock) => void;
  /** Each block's statements (cross-reference's), relative to the block's start: the CLI's workspace-wide consistency. */
  statements?: (start: number, statements: readonly Statement[]) => void;
}

/**
 * A streaming run's parts, gathered block by block: no record is kept of a block beyond its
 * findings and comments (and its start line when it has any). Its statements are compared as
 * it is read (StreamedCrossReference), and its work, claims and figures are then dropped.
 */
class StreamedParts implements RunParts {
  findings: Finding[] = [];
  directives: Directive[] = [];
  /** None: cross-reference compares the statements as the blocks are read, into `early`. */
  readonly blocks: StatementBlock[] = [];
  anchors: Anchor[] = [];
  readonly early: Finding[];
  private readonly crossReference?: StreamedCrossReference;

  constructor(
    private readonly stream: Stream,
    text: string,
    crFree: boolean,
    compare: boolean,
  ) {
    this.crossReference = compare ? new StreamedCrossReference(lineFinder(text, this.anchors, crFree)) : undefined;
    this.early = this.crossReference?.findings ?? [];
  }

  /** Hands the block's figures on and keeps what the document stage needs of it. */
  add(slot: Slot): void {
    const { work } = slot;
    if (this.stream.figures) {
      const figures = slot.figures();
      if (figures.length) this.stream.figures(figures, work);
    }
    const start = slot.start;
    const placed = placeFindings(work, start);
    for (const f of placed.findings) this.findings.push(f);
    for (const d of placed.directives) this.directives.push(d);
    const statements = this.crossReference || this.stream.statements ? slot.statements() : [];
    if (statements.length) this.stream.statements?.(start, statements);
    // The anchor first, so a conflict within this block counts its line from the block's start.
    if (statements.length || placed.findings.length || placed.directives.length) this.anchors.push({ start, line: slot.line });
    this.crossReference?.add(start, statements);
  }

  claims(): readonly Claim[] {
    return [];
  }
}

/** The previous run, which the next one cuts and reads again only around the edit. */
interface Previous {
  text: string;
  blocks: Block[];
  slots: Slot[];
}

/** How many blocks with figures, from the top, may name the article's reporting period in their lead sentence. */
const LEAD_BLOCKS = 2;

/**
 * `keep`: whether the analyzer keeps its block cache and last run between runs (the
 * extension: one per open document). Without it (a one-shot `analyze()`, the CLI), blocks
 * repeated within the text are still read once, and nothing outlives the run but the result.
 */
function makeAnalyzer(initial: AnalyzeOptions, keep: boolean, stream?: Stream): Analyzer {
  // A streaming run keeps nothing between runs (analyzeStreaming makes a new one each time).
  let options: AnalyzeOptions = { ...initial };
  let dataset: DatasetIndex | undefined = initial.dataset;
  let cache = new Map<string, CacheEntry>();
  let previous: Previous | undefined;
  let stats = { blocksRead: 0, blocksReused: 0 };

  const datasetNow = (): DatasetIndex => {
    if (!dataset) dataset = options.dataset ?? bundledIndex();
    return dataset;
  };

  /** The work for a block the previous run did not have in this place with this entity. */
  function workFor(text: string, block: Block, carry: ClaimCarry, ds: DatasetIndex, runCache: Map<string, CacheEntry> | undefined): BlockWork {
    const entity = contextKey(carry.entity, carry.section, carry.date);
    const blockText = text.slice(block.start, block.end);
    const known = runCache && cached(runCache, blockText, entity);
    if (known) {
      stats.blocksReused++;
      return known;
    }
    stats.blocksRead++;
    // The cache outlives this text: its key must not keep the whole document alive.
    const key = keep ? flatCopy(blockText) : blockText;
    let work: BlockWork;
    try {
      work = readBlockWork(key, ds, carry);
    } catch {
      work = unreadable(key);
    }
    if (runCache) remember(runCache, entity, work);
    return work;
  }

  function run(text: string): AnalyzeResult {
    if (typeof text !== 'string') return emptyResult('The input is not text, so it was not checked.');
    const reason = skipReason(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
    if (reason) return emptyResult(reason);
    const ds = datasetNow();
    resetNlpBudget();
    const prev = keep ? previous : undefined;
    const cut: Resplit = prev ? resplitBlocks(prev.text, prev.blocks, text) : { blocks: splitBlocks(text), kept: 0, tailNew: Infinity, tailOld: 0, delta: 0 };
    // A streaming check keeps no work past its block, so it has no cache: a repeated block is
    // read again (holding every distinct block's work cost more memory than re-reading the
    // few repeats costs time).
    const runCache = keep ? cache : stream ? undefined : new Map<string, CacheEntry>();
    const slots: Slot[] = [];
    let before: Slot | undefined;
    // Whether lines can be counted by searching for "\n" alone (no "\r" anywhere).
    const crFree = text.indexOf('\r') === -1;
    const streamedParts = stream ? new StreamedParts(stream, text, crFree, levelOf(options, 'cross-reference') !== 'off') : undefined;
    // What the document says about itself before any block: its date and its headline. The
    // headline counts as a heading above all others: its entity and period open the article.
    const front = readFrontMatter(text);
    const date = documentDateOf(text, options.documentDate, front);
    const sections = new SectionPeriods(front.title ? sectionPeriod(headingPeriod(front.title), headingPart(front.title), date) : null);
    // Without a period in the headline, the lead's reporting sentence may name the article's
    // (read/leadPeriod.ts): looked for in the first LEAD_BLOCKS blocks with figures.
    let leadBlocks = sections.current() ? LEAD_BLOCKS : 0;
    let carry: ClaimCarry = { entity: front.title ? headlineEntity(front.title, ds) : null, section: sections.current(), date, findLead: leadBlocks < LEAD_BLOCKS };
    let segment = 0;
    let lineShift = 0;
    stats = { blocksRead: 0, blocksReused: 0 };
    for (let k = 0; k < cut.blocks.length; k++) {
      const block = cut.blocks[k];
      // Everything outside the block that its reading depends on, as one key.
      const entity = contextKey(carry.entity, carry.section, carry.date);
      // Before the edit the previous run's block is this one, with the same entity carried
      // in; after it, the same text moved, whose work stands if the entity carried in did.
      const old = !prev ? undefined : k < cut.kept ? prev.slots[k] : k >= cut.tailNew ? prev.slots[k - cut.tailNew + cut.tailOld] : undefined;
      // Lines: the same before the edit, moved by as many lines as the edit added after it,
      // counted from the block before in between.
      let line: number;
      if (old && k < cut.kept) line = old.line;
      else if (old && k > cut.tailNew) line = old.line + lineShift;
      else {
        line = before ? before.line + countBreaks(text, before.start, block.start, crFree) : countBreaks(text, 0, block.start, crFree);
        if (old) lineShift = line - old.line;
      }
      let slot: Slot;
      if (old && (old.entity === entity || old.work.independent)) {
        stats.blocksReused++;
        slot = old.block === block && old.segment === segment && old.entity === entity ? old : new Slot(block, segment, entity, old.work, line);
      } else {
        slot = new Slot(block, segment, entity, workFor(text, block, carry, ds, runCache), line);
      }
      if (streamedParts) streamedParts.add(slot);
      else slots.push(slot);
      before = slot;
      segment += slot.work.segmentCount;
      const heading = slot.work.carry.heading;
      if (heading) sections.enter(heading.level, sectionPeriod(heading.period, heading.part, date));
      if (leadBlocks < LEAD_BLOCKS) {
        const report = slot.work.carry.report;
        const lead = report ? (report.period ?? sectionPeriod(null, report.part, date)) : null;
        if (lead) sections.setOuter(lead);
        leadBlocks = lead ? LEAD_BLOCKS : leadBlocks + (slot.work.quantities.length ? 1 : 0);
      }
      carry = { entity: slot.work.carry.entity ?? carry.entity, section: sections.current(), date, findLead: leadBlocks < LEAD_BLOCKS };
    }
    if (keep) {
      previous = { text, blocks: cut.blocks, slots };
      // Entries no block uses any more are dropped once they outnumber the blocks.
      if (cache.size > 2 * slots.length + 256) {
        const next = new Map<string, CacheEntry>();
        for (const slot of slots) remember(next, slot.entity, slot.work);
        cache = next;
      }
    }
    if (streamedParts) return { claims: [], quantities: [], findings: finish(text, crFree, options, ds, streamedParts) };
    return lazyResult(slots, finish(text, crFree, options, ds, partsOf(slots)));
  }

  return {
    analyze(text: string): AnalyzeResult {
      try {
        return run(text);
      } catch {
        cache = new Map();
        previous = undefined;
        return emptyResult('claimcheck failed on this text and did not check it (an internal error).');
      }
    },
    lastRun: () => ({ ...stats }),
    setOptions(o: AnalyzeOptions): void {
      if (o.dataset !== options.dataset) {
        // Per-claim rules read the dataset: their cached findings are stale.
        cache = new Map();
        previous = undefined;
        dataset = o.dataset;
      }
      options = { ...o };
    },
  };
}

export function createAnalyzer(initial: AnalyzeOptions = {}): Analyzer {
  return makeAnalyzer(initial, true);
}

/**
 * The CLI's check: the findings, with each block's figures handed to `figures` (in document
 * order, with the block's claims as read, for their readings) as soon as the block is read. No more than a block's claims and figures are alive
 * at once, which is what keeps a 10 MB draft's check small.
 */
export function analyzeStreaming(
  text: string,
  options: AnalyzeOptions = {},
  figures?: (figures: Quantity[], block: StreamedBlock) => void,
  statements?: (start: number, statements: readonly Statement[]) => void,
): { findings: Finding[]; skipped?: string } {
  const r = makeAnalyzer(options, false, { figures, statements }).analyze(text);
  return r.skipped === undefined ? { findings: r.findings } : { findings: r.findings, skipped: r.skipped };
}

/** Analyses one text from scratch (the CLI, tests). */
export function analyze(text: string, options: AnalyzeOptions = {}): AnalyzeResult {
  return makeAnalyzer(options, false).analyze(text);
}
