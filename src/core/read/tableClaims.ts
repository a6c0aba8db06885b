// Claims of a Markdown table: one per body row. A row's figures take their entity, metric
// and period from their own cell, then the column header, then the row's first cell, its
// section heading ("Operating income (loss):") and the corner cell ("| Revenue | $3.7B | $13B |"
// under "| | 2024 | 2025 |"). The relations a table states without words: a change column
// ("| $40 billion | $52 billion | +23% |", "Y/Y", "Q/Q"), a Total row, a share column ("61%"
// beside "$11,072") and a margin row ("Operating margin | 41%"). The words that mark each are
// in read/tableWords.ts; the units of the cells were read before (read/tableFigures.ts).
import { segmentBefore, segmentEntity } from './businessSegment';
import type { Claim, Period, Quantity, Reading, Relation, Segment, Span } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { findPeriods, halfPeriod, periodInterval, quarterPeriod, yearPeriod } from './periods/period';
import { familyOf, findMetricMentions } from './metricWords';
import { readingFor } from './readings';
import { metricAt } from './metricReading';
import type { SentenceContext } from './sentenceContext';
import { holdsNoRelation, readRelations } from './relations/read';
import { lastBasis, mayNameBasis } from './basisWords';
import { changePairsOf, changePeriodsOf, columnPeriodsOf, laterPeriod, type ChangePair } from './tableColumns';
import { PER_SHARE_ROW } from './tableUnits';
import { nestedSums, sumIsOff, type NestedSums, type SumGrid } from './tableSubtotals';
import { CAPPED_MARGIN_OF, CHANGE_COLUMN, EMPTY_CELL, isPeriodColumn, periodEnded, STATEMENT_IDENTITIES, MARGIN_PART_NAMES, MARGIN_ROW, OTHER_METRIC_ROW, RATE_COLUMN, REVENUE_ROW, SHARE_COLUMN, TOTAL_COLUMN, TOTAL_ROW } from './tableWords';

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
  /** Per column: the period its header names, if any. */
  headerPeriods: (Period | null)[];
  /**
   * Per column: the period of its cells, as the hover shows where it came from (the header's
   * span): its header's; for a share column or a column without a header of its own, the
   * period of the column to its left ("| Q4 25 | |" spans the money and the share column).
   */
  columnPeriods: (Period | null)[];
  /**
   * Per change column: the latest period of the figure columns it follows, back to the
   * change column before them ("| Q4 25 | Q4 24 | Change |" is Q4 25's change; "| Fiscal Q1
   * 2025 | Change YOY | Change QOQ |" both Q1's), for a change no relation placed.
   */
  changePeriods: (Period | null)[];
  /** Per change column: the two columns its header says it compares (tableColumns.ts); undefined when it does not say. */
  changePairs: (ChangePair | null | undefined)[];
  isChangeColumn: boolean[];
  /** Per `ordered` row: a heading that only names the rows under it ("Revenues:", "**Cloud**"). */
  isSection: boolean[];
  /** Per `ordered` row: the label of the section heading above it, if any. */
  sectionLabel: (Segment | undefined)[];
  /** Per column: a percent column of each row's share of the Total row ("| $11,072 | 61% |"). */
  shareColumns: boolean[];
  /** A Total column ("Consolidated", "Total") whose cells add up the cells to their left, from column 1; -1 for none. */
  totalColumn: number;
  /** The sums the table nests, by `ordered` index (tableSubtotals.ts). */
  nested: NestedSums;
  /** The table as tableSubtotals.ts reads it. */
  grid: SumGrid;
  /** Per `ordered` row: the index of the Total row that closes its section, or -1. */
  totalBelow: number[];
  /**
   * The entity of a Total row whose rows name entities: their one parent company when they
   * are its parts ("Google Cloud", "Other Bets"), else null (a Total over rivals is no one's);
   * undefined when no row names one.
   */
  totalEntity: string | null | undefined;
  block: number;
  table: number;
  reader: TableReader;
}

/**
 * Claims for the cells of one table (all segments share `cell.table`), with the quantities
 * read in them. `carriedEntity` is the entity the prose before the table was about.
 *
 * Written as a few small functions with indexed loops rather than one long one with
 * destructuring `for...of`: compiling the long one, not running it, cost 15 MB of the CLI's
 * peak memory on the 10 MB benchmark draft (measured).
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
    if (t.isSection[at]) {
      // "Operating income (loss):": a Total below adds up only the rows under it.
      sectionIndex = at + 1;
      continue;
    }
    const rowCells = cellsByColumn(row);
    const isTotal = TOTAL_ROW.test(cellText(row, 0));
    const relations: Relation[] = [];
    const changeFigures = new Set<Quantity>();
    changeRelations(t, at, rowCells, relations, changeFigures);
    if (!isTotal) shareRelations(t, at, rowCells, relations);
    if (isTotal) {
      totalRelations(t, sectionIndex, at, rowCells, relations);
      sectionIndex = at + 1;
    } else {
      // A row that adds up the rows right above it without saying "Total" ("Google advertising").
      if (t.nested.reported.has(at)) totalRelations(t, at, at, rowCells, relations);
      identityRelations(t, at, rowCells, relations);
      totalColumnRelations(t, row, relations);
    }
    const claim = rowClaim(text, t, at, rowCells, isTotal, relations, changeFigures, carriedEntity);
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
  const reader: TableReader = { dataset, contexts: new Map(), parts: new Map(), periodColumn: header.findIndex(isPeriodColumn) };
  const isSection = ordered.map((r) => r.index > 0 && isSectionRow(r));
  const sectionLabel: (Segment | undefined)[] = [];
  let section: Segment | undefined;
  for (let at = 0; at < ordered.length; at++) {
    if (isSection[at]) section = ordered[at].cells.get(0)?.segment;
    sectionLabel.push(section);
  }
  const totalBelow = new Array<number>(ordered.length).fill(-1);
  for (let at = ordered.length - 1, below = -1; at >= 0; at--) {
    if (isSection[at]) below = -1;
    else if (ordered[at].index > 0 && TOTAL_ROW.test(cellText(ordered[at], 0))) below = at;
    else totalBelow[at] = below;
  }
  let totalEntity: string | null | undefined;
  for (const r of ordered) {
    const label = r.index > 0 ? r.cells.get(0)?.segment : undefined;
    const named = label && !TOTAL_ROW.test(label.text) ? labelEntity(reader, label) : null;
    if (!named) continue;
    const e = dataset.entities.find((x) => x.name === named);
    const parent = e?.parent ? (dataset.resolveEntity(e.parent) ?? e.parent) : named;
    totalEntity = totalEntity === undefined || totalEntity === parent ? parent : null;
  }
  const headerPeriods: (Period | null)[] = [];
  for (let c = 0; c < columns; c++) {
    const s = headerRow?.cells.get(c)?.segment;
    headerPeriods.push(s ? (headerPeriod(s.text, s.start) ?? findPeriods(s.text, s.start)[0] ?? null) : null);
  }
  const isChangeColumn = header.map((h) => CHANGE_COLUMN.test(h) && !RATE_COLUMN.test(h));
  const shareColumns = shareColumnsOf(ordered, header, totalBelow, columns);
  const grid = sumGrid(ordered, isSection, isChangeColumn, shareColumns, reader.periodColumn);
  const columnPeriods = columnPeriodsOf(header, headerPeriods, shareColumns, isChangeColumn);
  return {
    ordered,
    headerRow,
    header,
    headerPeriods,
    columnPeriods,
    changePeriods: changePeriodsOf(columnPeriods, shareColumns, isChangeColumn),
    nested: nestedSums(grid),
    grid,
    totalColumn: totalColumnOf(header, isChangeColumn, shareColumns, reader.periodColumn),
    changePairs: changePairsOf(header, headerPeriods, header.map((_, c) => c > 0 && !isChangeColumn[c] && !shareColumns[c]), isChangeColumn),
    isChangeColumn,
    isSection,
    sectionLabel,
    shareColumns,
    totalBelow,
    totalEntity,
    block,
    table: cells[0]?.segment.cell?.table ?? block,
    // When a row is: its period column's cell, else its label. Rows compared by period must both say.
    // Every cell read once (labels and headers are consulted for each figure of their row or column).
    reader,
  };
}

/** The table as tableSubtotals.ts reads it: each cell's first figure, the Total rows and the sections. */
function sumGrid(ordered: readonly Row[], isSection: readonly boolean[], isChangeColumn: readonly boolean[], shareColumns: readonly boolean[], periodColumn: number): SumGrid {
  const columns: number[] = [];
  for (let c = 1; c < isChangeColumn.length; c++) if (!isChangeColumn[c] && !shareColumns[c] && c !== periodColumn) columns.push(c);
  return {
    rows: ordered.length,
    columns,
    figure: (r, c) => {
      const q = ordered[r].cells.get(c)?.quantities[0];
      return q && !q.vague ? q : undefined;
    },
    isTotal: (r) => ordered[r].index > 0 && TOTAL_ROW.test(cellText(ordered[r], 0)),
    startsSection: (r) => ordered[r].index === 0 || isSection[r],
  };
}

/**
 * The Total column: the last header that names a total ("Total", "Consolidated"), with at least
 * two columns of figures left of it and none of them a change, share or period column (the
 * cells it adds up); -1 for none.
 */
function totalColumnOf(header: readonly string[], isChangeColumn: readonly boolean[], shareColumns: readonly boolean[], periodColumn: number): number {
  let at = -1;
  for (let c = 3; c < header.length; c++) if (TOTAL_COLUMN.test(header[c])) at = c;
  for (let c = 1; c < at; c++) if (isChangeColumn[c] || shareColumns[c] || c === periodColumn || header[c] === '' || TOTAL_ROW.test(header[c])) return -1;
  return at;
}

/** A Total column's cell against the row's cells to its left: money and counts, never a per-share figure. */
function totalColumnRelations(t: Table, row: Row, relations: Relation[]): void {
  if (t.totalColumn < 0 || PER_SHARE_ROW.test(cellText(row, 0))) return;
  const total = row.cells.get(t.totalColumn)?.quantities[0];
  if (!total || total.vague || (total.kind !== 'money' && total.kind !== 'count')) return;
  const parts: Quantity[] = [];
  for (let c = 1; c < t.totalColumn; c++) {
    const cell = row.cells.get(c);
    const q = cell && partOfTotal(cell.quantities, total);
    if (q && !q.vague) parts.push(q);
    else if (cell && !EMPTY_CELL.test(cell.segment.text)) return; // "n/a": the sum is unknown
  }
  if (parts.length >= 2) relations.push({ kind: 'total', rows: parts, total, columns: true });
}

/** A row with a label and nothing else: a heading for the rows under it. */
function isSectionRow(r: Row): boolean {
  let label = false;
  for (const c of r.cells.values()) {
    if (c.column === 0) label = c.segment.text.trim().length > 0;
    else if (!EMPTY_CELL.test(c.segment.text) || c.quantities.length) return false;
  }
  return label;
}

/**
 * Share columns: a percent column right of a money column whose Total row says 100% (or whose
 * header says "Share", "% of total"), as in "| Semiconductor solutions | $11,072 | 61% |".
 */
function shareColumnsOf(ordered: readonly Row[], header: readonly string[], totalBelow: readonly number[], columns: number): boolean[] {
  const out = new Array<boolean>(columns).fill(false);
  let total: Row | undefined;
  for (let at = 0; at < ordered.length && !total; at++) if (totalBelow[at] >= 0) total = ordered[totalBelow[at]];
  if (!total) return out;
  for (let c = 2; c < columns; c++) {
    const inTotal = total.cells.get(c)?.quantities[0];
    const beside = total.cells.get(c - 1)?.quantities[0];
    const named = SHARE_COLUMN.test(header[c]) && !CHANGE_COLUMN.test(header[c]);
    if (inTotal?.kind !== 'percent' || CHANGE_COLUMN.test(header[c])) continue;
    // Its Total says 100%, or its header says "Share", or it has no header of its own ("| Q4 25 | |").
    const hundred = Math.abs(inTotal.value - 100) < 0.5;
    if ((hundred || named || header[c].trim() === '') && (beside?.kind === 'money' || beside?.kind === 'count')) out[c] = true;
  }
  return out;
}

/**
 * Shares a row states: its figure in a share column is its money cell's share of the Total
 * row's ("61%" of "$18,015" is "$11,072"); a margin row's figure is a named row's share of
 * revenue ("Operating income margin | 2%" of "Revenue | $1,212,788" is "Operating income").
 */
function shareRelations(t: Table, at: number, rowCells: Cell[], relations: Relation[]): void {
  const row = t.ordered[at];
  const totalAt = t.totalBelow[at];
  for (let i = 0; i < rowCells.length; i++) {
    const c = rowCells[i].column;
    const rate = rowCells[i].quantities[0];
    if (!rate || rate.kind !== 'percent' || rate.vague) continue;
    if (t.shareColumns[c] && totalAt >= 0) {
      const result = row.cells.get(c - 1)?.quantities[0];
      const whole = t.ordered[totalAt].cells.get(c - 1)?.quantities[0];
      if (result && whole && result.kind === whole.kind && result.unit === whole.unit && (whole.kind === 'money' || whole.kind === 'count')) {
        relations.push({ kind: 'share', rate, whole, result, derived: 'rate' });
        // A segment's share of a Total it is part of: at most 100% (the impossible rule).
        if (result.value >= 0) relations.push({ kind: 'shareOfWhole', rate });
      }
      continue;
    }
    if (t.isChangeColumn[c]) continue;
    // A gross or operating margin is a share of revenue: never over 100% (the impossible rule); below zero it may be.
    if (c > 0 && rate.value >= 0 && cappedMargin(t, at)) relations.push({ kind: 'shareOfWhole', rate });
    const margin = marginRows(t, at);
    if (!margin) continue;
    const whole = margin.whole.cells.get(c)?.quantities[0];
    const result = margin.part.cells.get(c)?.quantities[0];
    if (whole && result && whole.kind === 'money' && result.kind === 'money' && whole.unit === result.unit) relations.push({ kind: 'share', rate, whole, result, derived: 'rate' });
  }
}

/** Whether the row is a margin that cannot pass 100%: "Gross margin", "Adjusted EBITDA margin", "percent of revenue" under "Operating income". */
function cappedMargin(t: Table, at: number): boolean {
  const m = MARGIN_ROW.exec(cellText(t.ordered[at], 0));
  if (!m) return false;
  const of = m[1].trim() === '' ? (at > 0 && t.ordered[at - 1].index > 0 ? rowName(cellText(t.ordered[at - 1], 0)) : '') : rowName(m[1]);
  return of !== '' && CAPPED_MARGIN_OF.test(of);
}

/** A margin row's part and whole: the row it names (or the row right above) and the revenue row. */
function marginRows(t: Table, at: number): { part: Row; whole: Row } | null {
  const m = MARGIN_ROW.exec(cellText(t.ordered[at], 0));
  if (!m) return null;
  let whole: Row | undefined;
  for (let k = at - 1; k >= 0; k--) {
    const r = t.ordered[k];
    if (r.index === 0 || t.isSection[k]) break;
    if (REVENUE_ROW.test(cellText(r, 0))) whole = r;
  }
  if (!whole) return null;
  const prefix = m[1].trim().toLowerCase();
  if (prefix === '') {
    const above = t.ordered[at - 1];
    return above && above !== whole ? { part: above, whole } : null;
  }
  const names = [prefix, ...(MARGIN_PART_NAMES[prefix] ?? [])];
  for (let k = at - 1; k >= 0 && t.ordered[k] !== whole; k--) {
    const label = rowName(cellText(t.ordered[k], 0));
    if (names.includes(label)) return { part: t.ordered[k], whole };
  }
  return null;
}

/** A row label as a name: lower case, without "($M)", footnote marks or a trailing colon. */
function rowName(label: string): string {
  return label.replace(/\([^)]{0,40}\)/g, ' ').replace(/[:*]/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * A change column compares two columns of the same row: the two figure columns since the
 * previous change column ("| Q2 25 | Q2 24 | Y/Y |"), or the one there and the table's first
 * ("| Q2 25 | Q2 24 | Y/Y | Q1 25 | Q/Q |": Q/Q compares Q2 25 with Q1 25). The later period
 * is the "to", by the header periods; without periods, the column on the right. Share columns
 * ("61%" beside "$11,072") are not compared. When unsure, no relation.
 */
function changeRelations(t: Table, at: number, rowCells: Cell[], relations: Relation[], changeFigures: Set<Quantity>): void {
  const row = t.ordered[at];
  const { isChangeColumn } = t;
  for (let i = 0; i < rowCells.length; i++) {
    const column = rowCells[i].column;
    const stated = rowCells[i].quantities[0];
    if (!stated || (stated.kind !== 'percent' && stated.kind !== 'percentagePoints' && stated.kind !== 'multiple')) continue;
    if (t.shareColumns[column] || (!isChangeColumn[column] && stated.sign === null)) continue;
    const pair = t.changePairs[column];
    if (pair !== undefined) {
      // The header says which two columns ("Q4 25 vs Q4 24", "Y/Y"): those, or none when the table does not show one.
      const to = pair && row.cells.get(pair.to)?.quantities[0];
      const from = pair && row.cells.get(pair.from)?.quantities[0];
      if (to && from && !to.vague && !from.vague && to.kind !== 'multiple' && to.kind === from.kind && to.unit === from.unit) {
        relations.push({ kind: 'change', from, to, stated });
        changeFigures.add(stated);
      }
      continue;
    }
    const figures: { column: number; q: Quantity }[] = [];
    for (let c = column - 1; c >= 0 && !isChangeColumn[c]; c--) {
      const q = row.cells.get(c)?.quantities[0];
      if (!q || q.vague || q.kind === 'multiple' || t.shareColumns[c]) continue;
      if (figures.length && (q.kind !== figures[0].q.kind || q.unit !== figures[0].q.unit)) break;
      figures.push({ column: c, q });
    }
    if (!isChangeColumn[column]) {
      // Without a change header, only a signed percent right after its figures counts.
      if (!figures.length || figures[0].column !== column - 1) continue;
      if (figures.length >= 2) {
        if (figures[1].column !== column - 2) continue;
        figures.length = 2;
      }
    } else if (figures.length === 1) {
      // The table's first figure column, when the headers say both periods: "Q/Q" after "Q1 25".
      const first = firstFigureColumn(t, row, figures[0].q);
      if (first && first.column !== figures[0].column && t.headerPeriods[first.column] && t.headerPeriods[figures[0].column]) figures.push(first);
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
    if (figures.length !== 2) continue;
    const order = laterFirst(t, figures[0], figures[1]);
    if (!order) continue;
    relations.push({ kind: 'change', from: order[1].q, to: order[0].q, stated });
    changeFigures.add(stated);
  }
}

/** The row's leftmost figure of `like`'s kind and unit outside share and change columns. */
function firstFigureColumn(t: Table, row: Row, like: Quantity): { column: number; q: Quantity } | null {
  for (let c = 0; c < t.header.length; c++) {
    if (t.isChangeColumn[c] || t.shareColumns[c]) continue;
    const q = row.cells.get(c)?.quantities[0];
    if (q && !q.vague && q.kind === like.kind && q.unit === like.unit) return { column: c, q };
  }
  return null;
}

/** Two columns' figures, the later period first; by position (the right one later) when the headers name no periods; null when they name the same. */
function laterFirst<T extends { column: number }>(t: Table, a: T, b: T): [T, T] | null {
  const pa = t.headerPeriods[a.column];
  const pb = t.headerPeriods[b.column];
  if (pa && pb) {
    if (laterPeriod(pa, pb)) return [a, b];
    return laterPeriod(pb, pa) ? [b, a] : null;
  }
  if (pa || pb) return null;
  return a.column > b.column ? [a, b] : [b, a];
}

/**
 * A Total row: each column's figure against the rows above it, since the previous Total
 * (`sectionIndex`), or the rows tableSubtotals.ts found it adds up in a table of nested sums.
 */
function totalRelations(t: Table, sectionIndex: number, at: number, rowCells: Cell[], relations: Relation[]): void {
  const { ordered, header } = t;
  let partRows = t.nested.reported.has(at) ? t.nested.sums.get(at) : t.nested.totals.get(at);
  if (!partRows) {
    partRows = [];
    for (let k = sectionIndex; k < at; k++) partRows.push(k);
  }
  for (let i = 0; i < rowCells.length; i++) {
    const column = rowCells[i].column;
    const total = rowCells[i].quantities[0];
    if (column === 0 || !total || total.vague || t.isChangeColumn[column] || RATE_COLUMN.test(header[column])) continue;
    if (total.kind === 'multiple' || total.kind === 'percentagePoints') continue;
    if (total.kind === 'percent' && !SHARE_COLUMN.test(header[column]) && !t.shareColumns[column]) continue;
    const parts: Quantity[] = [];
    let unknown = false;
    for (const k of partRows) {
      const c = ordered[k].cells.get(column);
      const q = c && partOfTotal(c.quantities, total);
      if (q && !q.vague) parts.push(q);
      else if (c && !EMPTY_CELL.test(c.segment.text)) unknown = true; // "n/a", "undisclosed": the sum is unknown
    }
    if (unknown || parts.length < 2) continue;
    // A subtotal among the parts that is itself off in this column: that one is the mistake to report.
    if (partRows.some((k) => t.nested.sums.has(k) && sumIsOff(t.grid, t.nested.sums.get(k)!, k, column))) continue;
    if (total.kind === 'percent' && t.shareColumns[column]) relations.push({ kind: 'total', rows: parts, total, shares: true });
    else relations.push({ kind: 'total', rows: parts, total });
  }
}

/**
 * An income statement's lines that add up without a Total row ("Revenue" is "Operating
 * expenses" plus "Operating income"): read only when the rows the identity names are all in
 * the row's section, once each, and none the identity excludes (a "Cost of revenue" line).
 */
function identityRelations(t: Table, at: number, rowCells: Cell[], relations: Relation[]): void {
  const label = rowName(cellText(t.ordered[at], 0));
  for (const identity of STATEMENT_IDENTITIES) {
    if (!identity.total.test(label)) continue;
    const section = sectionRows(t, at);
    if (identity.unlessRow && section.some((r) => identity.unlessRow!.test(rowName(cellText(r, 0))))) continue;
    const parts: Row[] = [];
    for (const pattern of identity.parts) {
      const found = section.filter((r) => r !== t.ordered[at] && pattern.test(rowName(cellText(r, 0))));
      if (found.length !== 1) return;
      parts.push(found[0]);
    }
    for (let i = 0; i < rowCells.length; i++) {
      const total = rowCells[i].quantities[0];
      if (rowCells[i].column === 0 || !total || total.kind !== 'money' || total.vague || t.isChangeColumn[rowCells[i].column]) continue;
      const rows: Quantity[] = [];
      for (const p of parts) {
        const q = p.cells.get(rowCells[i].column)?.quantities[0];
        if (q && !q.vague && q.kind === 'money' && q.unit === total.unit) rows.push(q);
      }
      if (rows.length === parts.length) relations.push({ kind: 'total', rows, total });
    }
    return;
  }
}

/** The body rows of the section `ordered[at]` is in (between section headings). */
function sectionRows(t: Table, at: number): Row[] {
  let from = at;
  while (from > 0 && t.ordered[from - 1].index > 0 && !t.isSection[from - 1]) from--;
  let to = at;
  while (to + 1 < t.ordered.length && !t.isSection[to + 1]) to++;
  return t.ordered.slice(from, to + 1);
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
  at: number,
  rowCells: Cell[],
  isTotal: boolean,
  relations: Relation[],
  changeFigures: Set<Quantity>,
  carriedEntity: string | null,
): Claim | null {
  const row = t.ordered[at];
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
  // "Down 150%" in a change column: the word is that change's direction (the sign rule checks it).
  for (const rel of relations) {
    if (rel.kind !== 'direction') continue;
    for (const c of relations) if (c.kind === 'change' && c.stated === rel.quantity && !c.direction) c.direction = rel.word;
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
  // The rows a Total adds up are parts of the whole ("Gaming", "Data center"): not the whole
  // company the prose was about, unless their label names a part the dataset knows.
  const isPart = !isTotal && t.totalBelow[at] >= 0;
  const rowCarry = isTotal ? (t.totalEntity === undefined ? carriedEntity : t.totalEntity) : isPart ? null : carriedEntity;
  const part = label && carriedEntity && !isTotal ? partOf(reader, carriedEntity, label) : null;
  const section = t.sectionLabel[at];
  const segments: Segment[] = [];
  for (let i = 0; i < rowCells.length; i++) {
    const cell = rowCells[i];
    const column = cell.column;
    segments.push(cell.segment);
    const when = periodColumn >= 0 && periodColumn !== column ? row.cells.get(periodColumn)?.segment : undefined;
    for (const q of cell.quantities) {
      readings.push(readCell(reader, q, cell.segment, label, headerRow?.cells.get(column)?.segment, t.columnPeriods[column], headerRow?.cells.get(0)?.segment, part ?? rowCarry, changeFigures.has(q), when, section, isPart ? carriedEntity : undefined));
    }
  }
  // A change column's figure is of the later column's period ("+28%" under "Change" is Q4 25's).
  for (const rel of relations) {
    if (rel.kind !== 'change') continue;
    const stated = readings.find((r) => r.quantity === rel.stated);
    const to = readings.find((r) => r.quantity === rel.to);
    if (stated && to && stated.period === null) stated.period = to.period;
  }
  // A change against a column the table does not show ("Change YOY" beside "Fiscal Q1 2025"): the later period of the columns before it.
  for (let i = 0, k = 0; i < rowCells.length; i++) {
    const n = rowCells[i].quantities.length;
    const p = t.changePeriods[rowCells[i].column];
    for (let j = k; j < k + n; j++) if (p && readings[j].period === null) readings[j].period = p;
    k += n;
  }
  return {
    span,
    text: rowText(text, span, segments),
    block: t.block,
    quantities,
    readings,
    relations,
    table: isPart && carriedEntity ? { table: t.table, row: row.index, isTotal, header: t.header, whole: carriedEntity } : { table: t.table, row: row.index, isTotal, header: t.header },
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
  /** partOf's answers, by entity and label. */
  parts: Map<string, string | null>;
  periodColumn: number;
}

/** The part of `entity` a row label names, as the dataset knows it ("Data center" under Nvidia → "Nvidia Data Center"); null if none. */
function partOf(reader: TableReader, entity: string, label: Segment): string | null {
  const key = `${entity} ${label.text.trim()}`;
  let found = reader.parts.get(key);
  if (found === undefined) {
    const e = key.length < 200 ? reader.dataset.findEntities(key)[0] : undefined;
    found = e && e.start === 0 && e.name !== entity && e.end > entity.length ? e.name : null;
    reader.parts.set(key, found);
  }
  return found;
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
    const other = k >= 0 ? ordered[k] : undefined; // never index -1: ordered[-1] is a look-up of the property named "-1", not an element
    if (!other || other.index === 0 || TOTAL_ROW.test(cellText(other, 0))) continue;
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
function readCell(
  reader: TableReader,
  q: Quantity,
  cell: Segment,
  label: Segment | undefined,
  headerCell: Segment | undefined,
  /** The period of the cell's column (Table.columnPeriods). */
  columnPeriod: Period | null,
  corner: Segment | undefined,
  carriedEntity: string | null,
  isChange: boolean,
  when?: Segment,
  section?: Segment,
  /** For a row a Total adds up: the whole it is part of, which its label naming ("Google Services" → Alphabet) does not make it. */
  whole?: string | null,
): Reading {
  const reading = readingFor(context(reader, cell), q, isChange);
  // The row's "Quarter" or "Period" cell says when its figures are, before any header does.
  if (reading.period === null && when) reading.period = context(reader, when).periods[0] ?? null;
  if (reading.period === null) reading.period = columnPeriod;
  if (!reading.entity) {
    for (let k = 0; k < 3; k++) {
      const s = k === 0 ? label : k === 1 ? headerCell : corner;
      if (!s || s === cell) continue;
      const ctx = context(reader, s);
      // A part's label names an entity only when it is all the label says: "Google Services" is no Alphabet.
      if (ctx.entities.length && !(k === 0 && whole !== undefined && labelEntity(reader, s) === null)) {
        reading.entity = ctx.entities[0].name;
        reading.entitySpan = { start: s.start + ctx.entities[0].start, end: s.start + ctx.entities[0].end };
        break;
      }
    }
    if (!reading.entity) reading.entity = carriedEntity;
  }
  // A row named for a metric the vocabulary lacks ("Interest expense", "Provision for income
  // taxes" over its rows) reads none: never a neighbour's ("income" is not net income).
  let wantsMetric = !isChange && !q.vague;
  const named = label && OTHER_METRIC_ROW.test(label.text) ? label : !label || findMetricMentions(label.text).length === 0 ? section : undefined;
  if (reading.metric === null && named && OTHER_METRIC_ROW.test(named.text) && findMetricMentions(named.text).length === 0) wantsMetric = false;
  for (let k = 0; k < 4; k++) {
    if ((reading.metric !== null || !wantsMetric) && reading.period !== null) break;
    const s = k === 0 ? headerCell : k === 1 ? label : k === 2 ? section : corner;
    if (!s || s === cell) continue;
    const ctx = context(reader, s);
    if (reading.metric === null && wantsMetric) {
      // The header's words as if the figure stood at their start.
      // A bare number in a results table is an amount in the table's unit ("(in millions)"):
      // the row's money metric, when no count metric names it ("Operating expenses | 1,400").
      const m = metricAt(ctx, familyOf(q), ctx.base, ctx.base) ?? (bareNumber(q) ? metricAt(ctx, 'money', ctx.base, ctx.base) : null);
      if (m) {
        reading.metric = m.id;
        reading.metricSpan = m.span;
      }
    }
    if (reading.period === null && s !== headerCell) reading.period = ctx.periods[0] ?? null;
  }
  // "Adjusted operating income", a "Non-GAAP" section: the basis of the row's figures.
  if (reading.metric !== null) {
    for (const s of [label, section, corner]) {
      if (!s || s === cell || !mayNameBasis(s.text)) continue;
      const basis = lastBasis(s.text);
      if (basis) {
        reading.basis = basis;
        break;
      }
    }
  }
  // A change column's cell is a change of the row's metric ("Revenue | … | Up 23%"), a share
  // column's a share of it; else of the section's or the table's ("Data center | $22.6 billion | 427%").
  if (reading.metric === null && reading.ofMetric === undefined && !q.vague && (isChange || q.kind === 'percent' || q.kind === 'percentagePoints' || q.kind === 'multiple')) {
    for (const s of [label, section, headerCell, corner]) {
      if (!s || s === cell) continue;
      const ctx = context(reader, s);
      const m = metricAt(ctx, null, ctx.base, ctx.base);
      if (m) {
        reading.ofMetric = m.id;
        break;
      }
    }
  }
  // A row named for a segment's metric ("Cloud Revenue" in Oracle's table): the segment's figure, not the company's.
  const of = reading.metric ?? reading.ofMetric;
  if (reading.entity && of && label && label !== cell) reading.entity = rowSegment(reader, label, reading.entity, of);
  return reading;
}

/**
 * The entity of a row whose label puts segment words before its metric word ("Cloud
 * Infrastructure Revenue" under Oracle): the dataset's segment entity, else none. A label
 * that names an entity itself ("Google Cloud revenue") keeps its reading.
 */
function rowSegment(reader: TableReader, label: Segment, entity: string, metric: string): string | null {
  const ctx = context(reader, label);
  if (ctx.entities.length) return entity;
  const m = metricAt(ctx, null, ctx.base, ctx.base);
  if (!m || m.id !== metric) return entity;
  const seg = segmentBefore(ctx.text, m.span.start - ctx.base, m.id);
  if (!seg) return entity;
  return segmentEntity(entity, seg.words, (name) => reader.dataset.resolveEntity(name));
}

/** A number written with no unit, currency or noun ("1,400", "(134)"). */
function bareNumber(q: Quantity): boolean {
  return q.kind === 'count' && q.unit === '';
}

/** The entity a row label names when the name is (nearly) all the label says: "Google Cloud", not "Google Services". */
function labelEntity(reader: TableReader, label: Segment): string | null {
  const ctx = context(reader, label);
  const e = ctx.entities[0];
  if (!e) return null;
  const words = label.text.replace(/\([^)]{0,40}\)|[*:]/g, ' ').trim();
  return e.end - e.start >= words.length - 2 ? e.name : null;
}

/** A header's reporting period ("Three Months Ended June 30, 2025" is Q2 2025), or null. */
function headerPeriod(text: string, start?: number): Period | null {
  const p = periodEnded(text);
  if (!p) return null;
  const span = start === undefined ? undefined : { start, end: start + text.length };
  return p.kind === 'quarter' ? quarterPeriod(p.part, p.year, span) : p.kind === 'half' ? halfPeriod(p.part, p.year, span) : yearPeriod(p.year, span);
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
