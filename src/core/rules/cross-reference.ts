// cross-reference: one draft stating the same entity, metric and period twice with figures
// that cannot both be true ("$2–3 billion" in the text, "$9 billion" in the table). Needs
// no dataset: the draft is checked against itself.
import type { Claim, Finding, Period, Quantity, Reading, Statement, StatementBlock } from '../types';
import { perObject } from '../perObject';
import type { Rule, RuleContext } from './rule';
import { metricById } from '../dataset/metrics';
import { overlaps, statedInterval, type Interval } from '../tolerance';
import { IntervalLog } from '../firstDisjoint';
import { lineMap } from '../position';
import { entityReliable, namesContrast, periodReliable } from '../dataset/hedging';
import { intervalWords } from '../dataset/citation';
import { subjectWithPeriod } from '../read/periods/periodLabel';
import { flatCopy } from '../flatString';

/** A figure that states the value of one entity's metric for one period. */

/** The same period for comparison: a calendar year and the same fiscal year are one. */
function periodKey(p: Period): string {
  return p.kind === 'fiscalYear' ? String(p.year) : p.canonical;
}

/**
 * Whether `q` is an end of one of the claim's changes, growth rates or ranges: different on
 * purpose. (A loop over the claim's few relations: no Set per claim.)
 */
function endOfRelation(claim: Claim, q: Quantity): boolean {
  for (const r of claim.relations) {
    if (r.kind === 'change' || r.kind === 'cagr') {
      if (r.from === q || r.to === q) return true;
    } else if (r.kind === 'range' && (r.low === q || r.high === q)) return true;
  }
  return false;
}

/** A period the document's date supplied for a figure whose sentence names none (read/documentMonth.ts). */
function guessedFromDate(p: Period | null): boolean {
  return p?.inferred === 'documentMonth' || p?.inferred === 'documentDay';
}

/** Whether a reading states the value of one entity's metric for one period, a figure cross-reference compares. */
function statesValue(reading: Reading): boolean {
  const q = reading.quantity;
  if (!reading.entity || !reading.metric || !reading.period || q.vague) return false;
  if (q.kind !== 'money' && q.kind !== 'percent' && q.kind !== 'count') return false;
  const def = metricById(reading.metric);
  // A level (valuation, users) changes within a year: only a month or a date pins it down.
  return !(def && !def.flow && reading.period.kind !== 'month' && reading.period.kind !== 'date');
}

/** What two statements of the same thing share: entity, metric, period, kind and unit (a reading that statesValue). */
function statementKey(reading: Reading): string {
  const q = reading.quantity;
  // Joined flat: the key is hashed by the statement log's Map at once.
  // The kind of statement too: a forecast and what then happened are two things, not one stated twice.
  // And the basis: a GAAP net loss and the adjusted (non-GAAP) one differ by design.
  return [reading.entity, reading.metric, periodKey(reading.period as Period), reading.kind ?? '', reading.basis ?? '', q.kind, q.unit.toLowerCase()].join('\u0000');
}

/** A reading of a claim that states a value: its index in `claim.readings` and its key. */
interface Slot {
  index: number;
  key: string;
}

// Which readings of a claim are statements depends only on the claim's own content (its
// readings, relations, text and the spans inside it), not on where the claim sits in the
// document; `blockStatements` remembers the answer for a block's claims.
function slotsOf(claim: Claim): readonly Slot[] {
  // Whether any reading states a value first: it is cheap, and most claims have none, so
  // their sentence need not be read for contrast words at all. Keys are made only for the
  // statements kept. (Indexed loops: no closure per claim.)
  const readings = claim.readings;
  let any = false;
  for (let index = 0; index < readings.length && !any; index++) any = statesValue(readings[index]);
  if (!any || namesContrast(claim.text)) return NONE;
  let out: Slot[] | undefined;
  for (let index = 0; index < readings.length; index++) {
    const reading = readings[index];
    if (!statesValue(reading) || endOfRelation(claim, reading.quantity)) continue;
    if (!periodReliable(reading, claim) || !entityReliable(reading, claim)) continue;
    // A month or day the document's date gave a figure that names no time ("OpenAI raised
    // $6.6 billion") is a guess: two such figures may be two rounds, and the writer said neither was now.
    if (guessedFromDate(reading.period)) continue;
    (out ??= []).push({ index, key: statementKey(reading) });
  }
  return out ?? NONE;
}

const NONE: readonly Slot[] = [];

// A block's statements, remembered per claims array: a block the analyzer reuses keeps its
// array, so a re-check works out the statements of the edited paragraph only.
const blockMemo = new WeakMap<readonly Claim[], readonly Statement[]>();

/** Every figure in the claims that states one entity's metric for one period, in order. */
export function collectStatements(claims: readonly Claim[]): Statement[] {
  const out: Statement[] = [];
  for (let claimIndex = 0; claimIndex < claims.length; claimIndex++) {
    const claim = claims[claimIndex];
    for (const slot of slotsOf(claim)) {
      const reading = claim.readings[slot.index];
      const interval = statedInterval(reading.quantity);
      out.push({ reading, claimIndex, key: slot.key, interval });
    }
  }
  return out;
}

/** `collectStatements` of one block's claims, worked out once per claims array. */
export function blockStatements(claims: readonly Claim[]): readonly Statement[] {
  let found = blockMemo.get(claims);
  if (!found) blockMemo.set(claims, (found = collectStatements(claims)));
  return found;
}

/** Whether two statements of the same thing cannot both be true, given their rounding. */
export function conflict(a: Statement, b: Statement): boolean {
  return !overlaps(a.interval, b.interval);
}

// The words for a reading and a figure are remembered per object: a re-check rebuilds the
// messages of every conflict in the document, and their readings are the cached blocks' own.

/** "OpenAI's 2025 revenue", "ChatGPT's weekly active users in October 2025". */
export const subjectOf: (reading: Reading) => string = perObject(subjectUncached);

function subjectUncached(reading: Reading): string {
  const def = metricById(reading.metric ?? '');
  const label = def?.label ?? reading.metric ?? 'figure';
  return subjectWithPeriod(reading.entity ?? '', label, reading.period, def?.flow ?? true, false);
}

/** What a figure allows once its rounding is read: "$10.5 billion to $11.5 billion". */
export const allowedWords: (q: Quantity) => string = perObject(allowedUncached);

function allowedUncached(q: Quantity): string {
  const unit = q.kind === 'money' ? q.unit : q.kind === 'percent' ? 'percent' : '';
  return intervalWords(statedInterval(q), unit);
}

/**
 * "$13.1 million (13.05–13.15 million) and $11 billion (10.5–11.5 billion) share no value":
 * the rounding each figure allows, which the message does not say.
 */
export function conflictDerivation(first: Quantity, firstWhere: string, second: Quantity, secondWhere: string): string {
  const part = (q: Quantity, where: string): string => {
    const allowed = allowedWords(q);
    const at = where ? ` ${where}` : '';
    return allowed.toLowerCase() === q.text.toLowerCase() ? `${q.text}${at}` : `${q.text}${at} (${allowed})`;
  };
  return `${part(first, firstWhere)} and ${part(second, secondWhere)} share no value, allowing for rounding.`;
}

/** A statement where it sits: the start of its block in the document. */
interface Placed {
  s: Statement;
  at: number;
}

/**
 * The statements of one key so far (in parallel arrays: no object per statement and run),
 * and their intervals, searchable for the first disjoint one.
 */
interface Group {
  statements: Statement[];
  at: number[];
  block: number[];
  log: IntervalLog;
  /**
   * The kept statements by the low end of their interval: the index of the last one with
   * that low end, and per statement the one before it with the same low end (or -1). A
   * statement whose interval is already kept is not kept again; comparing numbers makes no
   * text per statement.
   */
  lastWithLow: Map<number, number>;
  previousWithLow: number[];
}

/** Whether the group keeps a statement whose interval is the same as `i` (sameInterval). */
function keeps(group: Group, i: Interval): boolean {
  // Map keys are compared as SameValueZero, as sameInterval compares ends.
  for (let k = group.lastWithLow.get(i.low) ?? -1; k >= 0; k = group.previousWithLow[k]) {
    if (sameInterval(group.statements[k].interval, i)) return true;
  }
  return false;
}

/** Keeps a statement in its group, after the ones kept before it. */
function keep(group: Group, st: Statement, start: number, block: number): void {
  const k = group.statements.length;
  group.statements.push(st);
  group.at.push(start);
  group.block.push(block);
  group.log.add(st.interval);
  group.previousWithLow.push(group.lastWithLow.get(st.interval.low) ?? -1);
  group.lastWithLow.set(st.interval.low, k);
}

function newGroup(): Group {
  return { statements: [], at: [], block: [], log: new IntervalLog(), lastWithLow: new Map(), previousWithLow: [] };
}

/**
 * A draft's statements compared in document order, a block at a time: each one that cannot
 * be true alongside an earlier statement of the same thing is a conflict, the others are
 * kept for the statements after them. `checkDocument` runs it over a run's blocks; the CLI's
 * streaming check feeds it each block as the block is read, so a block's statements outlive
 * its turn only when kept here.
 */
export class StatementLog {
  private readonly byKey = new Map<string, Group>();
  private blocks = 0;

  /**
   * Compares the statements of the next block (which starts at `start`) with all before them.
   * A block's statements come claim by claim (collectStatements), which is what lets a claim's
   * own statements be the last ones kept, and a repeat be left out without changing a pair.
   */
  add(start: number, statements: readonly Statement[], onConflict: (s: Placed, other: Placed) => void): void {
    const b = this.blocks++;
    for (const st of statements) {
      let group = this.byKey.get(st.key);
      if (!group) this.byKey.set(st.key, (group = newGroup()));
      // Compare with the earlier figures not already reported: when a draft says $13 billion,
      // then $9 billion, then $13 billion again, only the $9 billion is the odd one out.
      // A claim's own figures (the last entries) are not compared with each other.
      let limit = group.statements.length;
      while (limit > 0 && group.statements[limit - 1].claimIndex === st.claimIndex && group.block[limit - 1] === b) limit--;
      const k = group.log.firstDisjoint(st.interval, limit);
      if (k >= 0) {
        onConflict({ s: st, at: start }, { s: group.statements[k], at: group.at[k] });
        continue;
      }
      // The first disjoint statement is the earliest: of two with one interval the later is
      // never the answer, so a figure the draft repeats is kept once (the log stays as small
      // as the draft's distinct figures, and so does what a streaming check holds).
      if (!keeps(group, st.interval)) keep(group, st, start, b);
    }
  }
}

/**
 * Whether two intervals are the same: both ends and both open sides. Ends compare as
 * SameValueZero (NaN is NaN, -0 is 0), as they did when intervals were told apart by
 * their text (exported for tests).
 */
export function sameInterval(a: Interval, b: Interval): boolean {
  return sameNumber(a.low, b.low) && sameNumber(a.high, b.high) && a.lowOpen === b.lowOpen && a.highOpen === b.highOpen;
}

function sameNumber(x: number, y: number): boolean {
  return x === y || (x !== x && y !== y);
}

function linesOf(text: string): (offset: number) => number {
  const lines = lineMap(text);
  return (offset) => lines.position(offset).line;
}

function checkDocument(ctx: RuleContext): Finding[] {
  const blocks: readonly StatementBlock[] = ctx.blocks ?? [{ start: 0, statements: () => collectStatements(ctx.claims) }];
  const log = new StatementLog();
  const pairs: { s: Placed; other: Placed }[] = [];
  for (const block of blocks) log.add(block.start, block.statements(), (s, other) => pairs.push({ s, other }));
  // Line numbers are only needed for the conflicts; without the analyzer's, from a line table.
  const lineOf = ctx.lineOf ?? (pairs.length ? linesOf(ctx.text) : () => 0);
  return pairs.map(({ s, other }) => conflictFinding(s, other, lineOfFigure(other, lineOf)));
}

/** The line a placed statement's figure starts on: the one a conflict's message names. */
function lineOfFigure(p: Placed, lineOf: (offset: number) => number): number {
  return lineOf(p.s.reading.quantity.span.start + p.at);
}

/**
 * The streaming check's cross-reference: each block's statements compared as the block is
 * read and each conflict's finding made at once (the earlier figure's line is known by
 * then), so neither the block's statements nor the pair need be held to the end.
 */
export class StreamedCrossReference {
  readonly findings: Finding[] = [];
  private readonly log = new StatementLog();
  constructor(private readonly lineOf: (offset: number) => number) {}

  add(start: number, statements: readonly Statement[]): void {
    if (statements.length === 0) return;
    this.log.add(start, statements, (s, other) => {
      // Not remembered per statement as a re-check's are: this statement is not seen again.
      this.findings.push(placedConflict(s, other, conflictWords(s.s, other.s, lineOfFigure(other, this.lineOf))));
    });
  }
}

/** What a conflict's finding says, which depends on the two statements and the line only. */
interface ConflictWords {
  other: Statement;
  line: number;
  message: string;
  derivation: string;
  related: string;
}

/** The conflict last reported for a statement: reused while it is the same (most are, run after run). */
interface LastConflict {
  words: ConflictWords;
  at: number;
  otherAt: number;
  finding: Finding;
}
const lastConflict = new WeakMap<Statement, LastConflict>();

function conflictWords(s: Statement, other: Statement, line: number): ConflictWords {
  const q = s.reading.quantity;
  const oq = other.reading.quantity;
  return {
    other,
    line,
    // Flat copies (flatString.ts): the words are kept with the finding until the run's end.
    message: flatCopy(`This gives ${subjectOf(s.reading)} as ${q.text}, but line ${line} gives it as ${oq.text}.`),
    derivation: flatCopy(conflictDerivation(oq, `on line ${line}`, q, 'here')),
    related: flatCopy(`${subjectOf(other.reading)} stated as ${oq.text}`),
  };
}

function conflictFinding(s: Placed, other: Placed, line: number): Finding {
  const last = lastConflict.get(s.s);
  // The words depend on the two statements and the line; the finding also on where both sit.
  const words = last && last.words.other === other.s && last.words.line === line ? last.words : conflictWords(s.s, other.s, line);
  if (last && last.words === words && last.at === s.at && last.otherAt === other.at) return last.finding;
  const finding = placedConflict(s, other, words);
  lastConflict.set(s.s, { words, at: s.at, otherAt: other.at, finding });
  return finding;
}

function placedConflict(s: Placed, other: Placed, words: ConflictWords): Finding {
  const q = s.s.reading.quantity;
  const oq = other.s.reading.quantity;
  return {
    ruleId: 'cross-reference',
    severity: 'warning',
    span: { start: q.span.start + s.at, end: q.span.end + s.at },
    message: words.message,
    derivation: words.derivation,
    fix: null,
    related: [{ span: { start: oq.span.start + other.at, end: oq.span.end + other.at }, message: words.related }],
    sources: [],
  };
}

export const crossReference: Rule = {
  id: 'cross-reference',
  defaultSeverity: 'warning',
  summary: 'The same entity, metric and period is stated with two different figures in one draft.',
  docs:
    'Finds two figures in one draft for the same entity, metric and period that cannot both be right once their rounding ' +
    'and qualifiers are allowed for. Example: the text says OpenAI burned "$2–3 billion" in H1 2025 and a table says ' +
    '"$9 billion" for the same half. The finding sits on the later figure and points at the earlier one; there is no fix, ' +
    'because only the writer knows which is right. Sentences that compare a projection with an actual, or a figure with ' +
    'its revision, are left alone.',
  checkDocument,
};
