// Claims of a Markdown table: one per body row. A row's figures take their entity, metric
// and period from their own cell, then the column header, then the row's first cell
// ("| Revenue | $3.7B | $13B |" under "| | 2024 | 2025 |"). Two relations are table-only:
// a change column ("| $40 billion | $52 billion | +23% |") and a Total row.
import type { Claim, Period, Quantity, Reading, Relation, Segment, Span } from './types';
import type { DatasetIndex } from './dataset/lookup';
import { findPeriods, periodInterval } from './period';
import { familyOf, findMetricMentions } from './metricWords';
import { metricAt, readingFor, type SentenceContext } from './readings';
import { exactCopy, holdsNoRelation, readRelations } from './relations';

const TOTAL_LABEL = /^[^\p{L}\p{N}]*(?:grand\s+)?(?:total|totals|sum|all|combined|overall)\b/iu;
const CHANGE_HEADER = /\b(?:change|chg|growth|grew|yoy|y\/y|y-o-y|qoq|q\/q|increase|decrease|delta|diff(?:erence)?|vs\.?|versus|rise|drop|decline)\b|Δ|±|%\s*(?:chg|change)/i;
const RATE_HEADER = /\b(?:cagr|annual|a year|per year|annualized)\b/i;
const SHARE_HEADER = /\b(?:share|split|mix|portion|weight|% of|percent of)\b/i;
const EMPTY_CELL = /^[\s—–\-0]*$/;
/** A column that says when each row is: its cell's period is the row's ("| Quarter | … |"). */
const PERIOD_HEADER = /^[^\p{L}\p{N}]{0,3}(?:quarter|qtr|period|year|fiscal year|fy|half|month|date|as of|when)\b/iu;

interface Cell {
  /** Its column, kept with it: a row's cells are listed without [column, cell] pairs. */
  column: number;
  segment: Segment;
  quantities: Quantity[];
}

interface Row {
  index: number;
  cells: Map<number, Cell>;
}

function byStart(a: Quantity, b: Quantity): number {
  return a.span.start - b.span.start;
}

function inTextOrder(qs: readonly Quantity[]): boolean {
  for (let i = 1; i < qs.length; i++) if (qs[i - 1].span.start > qs[i].span.start) return false;
  return true;
}

/** A row's cells in column order; sorted only when the cells did not come in that order. */
function cellsByColumn(row: Row): Cell[] {
  // The map's values, not its entries: no [column, cell] array per cell.
  const out: Cell[] = [];
  let ordered = true;
  for (const cell of row.cells.values()) {
    if (out.length && out[out.length - 1].column > cell.column) ordered = false;
    out.push(cell);
  }
  return ordered ? out : out.sort((a, b) => a.column - b.column);
}

function cellText(row: Row | undefined, column: number): string {
  return row?.cells.get(column)?.segment.text.trim() ?? '';
}

/** What the whole table says once, for every row: its rows in order and its header's reading. */
interface Table {
  ordered: Row[];
  headerRow: Row | undefined;
  header: string[];
  headerPeriods: (Period | null)[];
  isChangeColumn: boolean[];
  block: number;
  table: number;
  reader: TableReader;
}

/**
 * Claims for the cells of one table (all segments share `cell.table`), with the quantities
 * read in them. `carriedEntity` is the entity the prose before the table was about.
 *
 * Written as a few small functions with indexed loops rather than one long one with
 * destructuring `for...of`: V8's optimizing compiler inlined every iterator of the long one
 * into one graph, re-optimized it several times a run, and each background thread that did
 * kept ~9 MB of compiler memory (15 MB of the CLI's peak on the 10 MB benchmark draft).
 */
export function readTableClaims(text: string, cells: { segment: Segment; quantities: Quantity[] }[], dataset: DatasetIndex, carriedEntity: string | null): Claim[] {
  const t = readTable(cells, dataset);
  const { ordered } = t;
  const claims: Claim[] = [];
  // Rows a Total sums: those since the previous Total (an index into `ordered`; the header is skipped below).
  let sectionIndex = ordered.length && ordered[0].index === 0 ? 1 : 0;
  for (let at = 0; at < ordered.length; at++) {
    const row = ordered[at];
    if (row.index === 0) continue;
    const rowCells = cellsByColumn(row);
    const isTotal = TOTAL_LABEL.test(cellText(row, 0));
    const relations: Relation[] = [];
    const changeFigures = new Set<Quantity>();
    changeRelations(t, at, rowCells, relations, changeFigures);
    if (isTotal) {
      totalRelations(t, sectionIndex, row, rowCells, relations);
      sectionIndex = at + 1;
    }
    const claim = rowClaim(text, t, row, rowCells, isTotal, relations, changeFigures, carriedEntity);
    if (claim) claims.push(claim);
  }
  return claims;
}

function readTable(cells: { segment: Segment; quantities: Quantity[] }[], dataset: DatasetIndex): Table {
  const rows = new Map<number, Row>();
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const ref = c.segment.cell!;
    const row = rows.get(ref.row) ?? { index: ref.row, cells: new Map() };
    // Copied and sorted only when out of text order (the claim reader hands them in order); never written after.
    row.cells.set(ref.column, { column: ref.column, segment: c.segment, quantities: inTextOrder(c.quantities) ? c.quantities : [...c.quantities].sort(byStart) });
    rows.set(ref.row, row);
  }
  const ordered = [...rows.values()].sort((a, b) => a.index - b.index);
  const headerRow = rows.get(0);
  // Loops, not Math.max(...spread): a one-line table of 500,000 cells must not overflow the stack.
  let columns = 0;
  for (const r of ordered) for (const c of r.cells.keys()) if (c + 1 > columns) columns = c + 1;
  const header: string[] = [];
  for (let c = 0; c < columns; c++) header.push(cellText(headerRow, c));
  const block = cells[0]?.segment.block ?? 0;
  return {
    ordered,
    headerRow,
    header,
    headerPeriods: header.map((h) => findPeriods(h)[0] ?? null),
    isChangeColumn: header.map((h) => CHANGE_HEADER.test(h) && !RATE_HEADER.test(h)),
    block,
    table: cells[0]?.segment.cell?.table ?? block,
    // When a row is: its period column's cell, else its label. Rows compared by period must both say.
    // Every cell read once (labels and headers are consulted for each figure of their row or column).
    reader: { dataset, contexts: new Map(), periodColumn: header.findIndex((h) => PERIOD_HEADER.test(h)) },
  };
}

/** A change column: the two figures before it, in column order (swapped when the headers run newest first). */
function changeRelations(t: Table, at: number, rowCells: Cell[], relations: Relation[], changeFigures: Set<Quantity>): void {
  const row = t.ordered[at];
  const { isChangeColumn } = t;
  for (let i = 0; i < rowCells.length; i++) {
    const column = rowCells[i].column;
    const stated = rowCells[i].quantities[0];
    if (!stated || (stated.kind !== 'percent' && stated.kind !== 'percentagePoints' && stated.kind !== 'multiple')) continue;
    if (!isChangeColumn[column] && stated.sign === null) continue;
    const figures: { column: number; q: Quantity }[] = [];
    for (let c = column - 1; c >= 0 && figures.length < 2; c--) {
      if (isChangeColumn[c]) continue;
      const q = row.cells.get(c)?.quantities[0];
      if (!q || q.vague || q.kind === 'multiple') continue;
      if (figures.length === 1 && (q.kind !== figures[0].q.kind || q.unit !== figures[0].q.unit)) break;
      figures.push({ column: c, q });
    }
    if (figures.length === 1 && (isChangeColumn[column] || figures[0].column === column - 1)) {
      // "| 2025 | $13.1B | +254% |" under "| 2024 | $3.7B | |": the change is against the row of the period before.
      const earlier = earlierRow(t.reader, t.ordered, at, figures[0].column, figures[0].q);
      if (earlier) {
        relations.push({ kind: 'change', from: earlier, to: figures[0].q, stated });
        changeFigures.add(stated);
      }
      continue;
    }
    if (figures.length < 2) continue;
    // Without a change header, only a signed percent right after its two figures counts.
    if (!isChangeColumn[column] && (figures[0].column !== column - 1 || figures[1].column !== column - 2)) continue;
    let to = figures[0];
    let from = figures[1];
    const yTo = t.headerPeriods[to.column]?.year;
    const yFrom = t.headerPeriods[from.column]?.year;
    if (yTo !== undefined && yFrom !== undefined && yFrom > yTo) [to, from] = [from, to];
    relations.push({ kind: 'change', from: from.q, to: to.q, stated });
    changeFigures.add(stated);
  }
}

/** A Total row: each column's figure against the rows above it, since the previous Total (`sectionIndex`). */
function totalRelations(t: Table, sectionIndex: number, row: Row, rowCells: Cell[], relations: Relation[]): void {
  const { ordered, header } = t;
  for (let i = 0; i < rowCells.length; i++) {
    const column = rowCells[i].column;
    const total = rowCells[i].quantities[0];
    if (column === 0 || !total || total.vague || t.isChangeColumn[column] || RATE_HEADER.test(header[column])) continue;
    if (total.kind === 'multiple' || total.kind === 'percentagePoints') continue;
    if (total.kind === 'percent' && !SHARE_HEADER.test(header[column])) continue;
    const parts: Quantity[] = [];
    let unknown = false;
    for (let k = sectionIndex; k < ordered.length && ordered[k].index < row.index; k++) {
      const c = ordered[k].cells.get(column);
      const q = c && partOfTotal(c.quantities, total);
      if (q && !q.vague) parts.push(q);
      else if (c && !EMPTY_CELL.test(c.segment.text)) unknown = true; // "n/a", "undisclosed": the sum is unknown
    }
    if (!unknown && parts.length >= 2) relations.push({ kind: 'total', rows: parts, total });
  }
}

/** The cell's first figure of the total's kind (and currency, for money). */
function partOfTotal(quantities: readonly Quantity[], total: Quantity): Quantity | undefined {
  for (let i = 0; i < quantities.length; i++) {
    const x = quantities[i];
    if (x.kind === total.kind && (x.kind !== 'money' || x.unit === total.unit)) return x;
  }
  return undefined;
}

/** The row's claim, with the relations of the prose inside its cells added; null for a row without figures. */
function rowClaim(
  text: string,
  t: Table,
  row: Row,
  rowCells: Cell[],
  isTotal: boolean,
  relations: Relation[],
  changeFigures: Set<Quantity>,
  carriedEntity: string | null,
): Claim | null {
  const quantities: Quantity[] = [];
  for (let i = 0; i < rowCells.length; i++) {
    const qs = rowCells[i].quantities;
    for (let j = 0; j < qs.length; j++) quantities.push(qs[j]);
  }
  if (quantities.length === 0) return null;

  // Prose inside a cell ("up 20%", "between $1B and $2B") still has its own relations.
  for (let i = 0; i < rowCells.length; i++) {
    const cell = rowCells[i];
    if (cell.quantities.length === 0) continue;
    const view = { text: cell.segment.text, base: cell.segment.start, quantities: cell.quantities };
    // Most cells hold one bare figure: asked first, no relation list and answer made for them.
    if (holdsNoRelation(view)) continue;
    const r = readRelations(view, null, null);
    for (const rel of r.relations) if (rel.kind !== 'change' || !changeFigures.has(rel.stated)) relations.push(rel);
    for (const q of r.changeFigures) changeFigures.add(q);
  }

  const first = rowCells[0].segment;
  const last = rowCells[rowCells.length - 1].segment;
  const span: Span = { start: first.start, end: last.end };
  const label = row.cells.get(0)?.segment;
  const { headerRow, reader } = t;
  const periodColumn = reader.periodColumn;
  const readings: Reading[] = [];
  // A Total adds up rows that may each be someone else ("| Amazon |", "| Nvidia |"): it is
  // not the entity the prose before the table was about.
  const rowCarry = isTotal ? null : carriedEntity;
  const segments: Segment[] = [];
  for (let i = 0; i < rowCells.length; i++) {
    const cell = rowCells[i];
    const column = cell.column;
    segments.push(cell.segment);
    const when = periodColumn >= 0 && periodColumn !== column ? row.cells.get(periodColumn)?.segment : undefined;
    for (const q of cell.quantities) {
      readings.push(readCell(reader, q, cell.segment, label, headerRow?.cells.get(column)?.segment, headerRow?.cells.get(0)?.segment, rowCarry, changeFigures.has(q), when));
    }
  }
  return {
    span,
    text: rowText(text, span, segments),
    block: t.block,
    quantities,
    readings,
    relations,
    table: { table: t.table, row: row.index, isTotal, header: t.header },
  };
}

/** The row's source with each cell's blanked text laid over it, so offsets still line up. */
function rowText(text: string, span: Span, segments: Segment[]): string {
  // Joined, not concatenated piece by piece: the claim keeps one flat string, not a tree of
  // two joined strings per cell (a tenth of the objects a run's claims kept).
  const parts: string[] = [];
  let at = span.start;
  for (const s of segments) {
    parts.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(text.slice(at, span.end));
  return parts.join('');
}

interface TableReader {
  dataset: DatasetIndex;
  /** Each cell's words, read once for the table. */
  contexts: Map<Segment, SentenceContext>;
  periodColumn: number;
}

/** When a row is: its period column's cell, else its label. Rows compared by period must both say. */
function rowPeriod(reader: TableReader, r: Row): Period | null {
  const cell = r.cells.get(reader.periodColumn >= 0 ? reader.periodColumn : 0)?.segment;
  return cell ? (context(reader, cell).periods[0] ?? null) : null;
}

/** The figure in `column` of the row next to `ordered[at]` one period earlier (same kind of period, same unit), if any. */
function earlierRow(reader: TableReader, ordered: readonly Row[], at: number, column: number, q: Quantity): Quantity | null {
  const p = rowPeriod(reader, ordered[at]);
  if (!p || p.kind === 'span' || p.kind === 'by') return null;
  for (let k = at - 1; k <= at + 1; k += 2) {
    const other = k >= 0 ? ordered[k] : undefined; // never index -1: a slow named look-up in V8
    if (!other || other.index === 0 || TOTAL_LABEL.test(cellText(other, 0))) continue;
    const op = rowPeriod(reader, other);
    if (!op || op.kind !== p.kind || periodInterval(op)[1] >= periodInterval(p)[0]) continue;
    const oq = other.cells.get(column)?.quantities[0];
    if (oq && !oq.vague && oq.kind === q.kind && oq.unit === q.unit) return oq;
  }
  return null;
}

/**
 * A figure's reading from its own cell first, its period next from the row's period column
 * (`when`) if the table has one. What the cell does not say comes from the row label (entity first: rows are usually companies), the column header (metric and
 * period first: columns are usually "Revenue 2025"), then the corner cell.
 */
function readCell(reader: TableReader, q: Quantity, cell: Segment, label: Segment | undefined, headerCell: Segment | undefined, corner: Segment | undefined, carriedEntity: string | null, isChange: boolean, when?: Segment): Reading {
  const reading = readingFor(context(reader, cell), q, isChange);
  // The row's "Quarter" or "Period" cell says when its figures are, before any header does.
  if (reading.period === null && when) reading.period = context(reader, when).periods[0] ?? null;
  if (!reading.entity) {
    for (let k = 0; k < 3; k++) {
      const s = k === 0 ? label : k === 1 ? headerCell : corner;
      if (!s || s === cell) continue;
      const ctx = context(reader, s);
      if (ctx.entities.length) {
        reading.entity = ctx.entities[0].name;
        reading.entitySpan = { start: s.start + ctx.entities[0].start, end: s.start + ctx.entities[0].end };
        break;
      }
    }
    if (!reading.entity) reading.entity = carriedEntity;
  }
  const wantsMetric = !isChange && !q.vague;
  for (let k = 0; k < 3; k++) {
    if ((reading.metric !== null || !wantsMetric) && reading.period !== null) break;
    const s = k === 0 ? headerCell : k === 1 ? label : corner;
    if (!s || s === cell) continue;
    const ctx = context(reader, s);
    if (reading.metric === null && wantsMetric) {
      // The header's words as if the figure stood at their start.
      const m = metricAt(ctx, familyOf(q), ctx.base, ctx.base);
      if (m) {
        reading.metric = m.id;
        reading.metricSpan = m.span;
      }
    }
    if (reading.period === null && ctx.periods.length) reading.period = ctx.periods[0];
  }
  return reading;
}

function context(reader: TableReader, s: Segment): SentenceContext {
  let ctx = reader.contexts.get(s);
  if (!ctx) {
    ctx = {
      text: s.text,
      base: s.start,
      entities: reader.dataset.findEntities(s.text),
      metrics: findMetricMentions(s.text),
      periods: findPeriods(s.text, s.start),
      carriedEntity: null,
      carriedPeriod: null,
      relativeTime: false,
    };
    reader.contexts.set(s, ctx);
  }
  return ctx;
}
