// A table's figures as a reader of earnings tables sees them. The cell reader (quantity.ts)
// reads each cell alone: "$11,072" as $11,072, "6,943" and "$(134)" as nothing. Here the
// table's own words give each cell what it leaves out:
//   - the scale the corner cell, a header or a caption states ("(Dollars in millions)", "($M)"),
//     for money cells, never for per-share rows ("except per share data");
//   - the kind of a bare number ("6,943", "39") from its column, else its row label, else the
//     caption: a money column, a share column of percents, "percent of revenue";
//   - accounting negatives: "$(134)", "(8)%", "(4,095)" are negative figures.
// A figure's text and span stay exactly what the cell says ("$18,015"); its value is the real
// magnitude ($18,015 million) and `scaleImplied` tells a fix to write the number in that scale
// ("$19,000", not "$19 billion").
import type { Quantity, Segment } from '../types';
import { CURRENCY_SYMBOLS } from './figures/units';
import { COUNT_LABEL, PERCENT_LABEL, PER_SHARE_ROW, POINTS_LABEL, RATE_LABEL, statedUnit, type StatedUnit } from './tableUnits';
import { isPeriodColumn } from './tableWords';

/**
 * A cell that holds one figure and nothing else: an optional "~", a sign, a currency, the
 * number, "%" or a word for percentage points ("-9 points", "+1.2 pts": a change column's
 * points, which prose leaves unread: "points" alone may be an index's), and the brackets of an
 * accounting negative around the number or the whole.
 */
const WHOLE_CELL =
  /^(~|≈|approx\.?\s*|about\s+)?([+\-−–])?\s*(US\$|\$|€|£|¥)?\s*(\()?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(\))?\s*(%)?\s*(\))?(?:\s*(percentage[\s-]points?|points?|ppts?|pts|pp))?$/i;

interface ParsedCell {
  /** Offset of the figure (after any "~") in the cell's text, and its end. */
  start: number;
  end: number;
  about: boolean;
  /** Where the "~" or "about" ends in the cell's text (it starts at `lead`). */
  lead: number;
  qualifierEnd: number;
  negative: boolean;
  plus: boolean;
  currency: string | null;
  percent: boolean;
  /** Written with a word for percentage points ("-9 points"). */
  points: boolean;
  number: number;
  decimals: number;
}

function parseCell(text: string): ParsedCell | null {
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return null;
  const m = WHOLE_CELL.exec(trimmed);
  if (!m) return null;
  const open = m[4] !== undefined;
  const closed = m[6] !== undefined || m[8] !== undefined;
  if (open !== closed || (m[6] !== undefined && m[8] !== undefined)) return null;
  // Points of money or of a percent say two units at once.
  if (m[9] !== undefined && (m[3] !== undefined || m[7] !== undefined)) return null;
  const digits = m[5];
  const number = Number(digits.replace(/,/g, ''));
  if (!Number.isFinite(number)) return null;
  const about = m[1] !== undefined;
  // The figure starts after the "~" and any space after it.
  const afterQualifier = trimmed.slice(about ? m[1].length : 0);
  const start = lead + (trimmed.length - afterQualifier.trimStart().length);
  const dot = digits.indexOf('.');
  const sign = m[2];
  return {
    start,
    end: lead + trimmed.length,
    about,
    lead,
    qualifierEnd: about ? lead + m[1].trimEnd().length : lead,
    negative: open || (sign !== undefined && sign !== '+'),
    plus: sign === '+',
    currency: m[3] === undefined ? null : m[3].endsWith('$') ? 'USD' : (CURRENCY_SYMBOLS.get(m[3]) ?? null),
    percent: m[7] !== undefined,
    points: m[9] !== undefined,
    number,
    decimals: dot < 0 ? 0 : digits.length - dot - 1,
  };
}

interface GridCell {
  index: number;
  segment: Segment;
  parsed: ParsedCell | null;
  /** What the cell says it is on its own: 'money', 'percent', 'points', or null (a bare number, or words). */
  kind: CellKind | null;
  currency: string | null;
}

/** What a table's figure is: an amount of money, a percent, or percentage points. */
type CellKind = 'money' | 'percent' | 'points';

/** The kind a parsed cell states by its own signs ("$", "%", "points"); null for a bare number. */
function statedKind(p: ParsedCell): CellKind | null {
  return p.currency ? 'money' : p.percent ? 'percent' : p.points ? 'points' : null;
}

/** Quantities read from cells that say their unit: by segment index. */
function explicitKind(parsed: ParsedCell | null, qs: readonly Quantity[]): { kind: CellKind | null; currency: string | null } {
  if (parsed) return { kind: statedKind(parsed), currency: parsed.currency };
  if (qs.length === 1 && (qs[0].kind === 'money' || qs[0].kind === 'percent')) return { kind: qs[0].kind, currency: qs[0].kind === 'money' ? qs[0].unit : null };
  return { kind: null, currency: null };
}

/** The one kind every figure of a list of cells states, or null when they state none or several. */
function sharedKind(cells: readonly GridCell[]): CellKind | null {
  let kind: CellKind | null = null;
  for (const c of cells) {
    if (c.kind === null) continue;
    if (kind !== null && kind !== c.kind) return null;
    kind = c.kind;
  }
  return kind;
}

/**
 * The block's quantities with its tables read as tables. `quantities` are the cell reader's,
 * in segment order; the list returned is too. Blocks without a table come back as they are.
 */
export function readTableFigures(segments: readonly Segment[], quantities: Quantity[]): Quantity[] {
  let firstCell = -1;
  for (let i = 0; i < segments.length; i++) {
    if (segments[i].kind === 'tableCell') {
      firstCell = i;
      break;
    }
  }
  if (firstCell < 0) return quantities;
  const bySegment: Quantity[][] = segments.map(() => []);
  for (const q of quantities) bySegment[q.segment]?.push(q);
  const replaced = new Map<number, Quantity[]>();
  for (let i = firstCell; i < segments.length; ) {
    if (segments[i].kind !== 'tableCell') {
      i++;
      continue;
    }
    let j = i;
    const table = segments[i].cell!.table;
    while (j < segments.length && segments[j].kind === 'tableCell' && segments[j].cell!.table === table) j++;
    // A caption is the line of prose right above the table, in the same block ("(In millions)").
    const caption = i > 0 && segments[i - 1].kind !== 'tableCell' ? segments[i - 1].text : '';
    readOneTable(segments, bySegment, i, j, caption, replaced);
    i = j;
  }
  if (replaced.size === 0) return quantities;
  const out: Quantity[] = [];
  for (let i = 0; i < segments.length; i++) for (const q of replaced.get(i) ?? bySegment[i]) out.push(q);
  return out;
}

function readOneTable(segments: readonly Segment[], bySegment: Quantity[][], from: number, to: number, caption: string, replaced: Map<number, Quantity[]>): void {
  const header = new Map<number, string>();
  const rows = new Map<number, Map<number, GridCell>>();
  for (let i = from; i < to; i++) {
    const s = segments[i];
    const ref = s.cell!;
    if (ref.row === 0) {
      header.set(ref.column, s.text.trim());
      continue;
    }
    const parsed = ref.column === 0 ? null : parseCell(s.text);
    const { kind, currency } = explicitKind(parsed, bySegment[i]);
    let row = rows.get(ref.row);
    if (!row) rows.set(ref.row, (row = new Map()));
    row.set(ref.column, { index: i, segment: s, parsed, kind, currency });
  }
  const tableUnit: StatedUnit | null = statedUnit(header.get(0) ?? '') ?? (caption ? statedUnit(caption) : null);
  // The table's currency: the one its money cells are written in.
  let tableCurrency: string | null = tableUnit?.currency ?? null;
  if (!tableCurrency) {
    for (const row of rows.values()) for (const c of row.values()) if (c.currency && !tableCurrency) tableCurrency = c.currency;
  }
  const columns = new Map<number, GridCell[]>();
  for (const row of rows.values()) for (const [col, c] of row) (columns.get(col) ?? columns.set(col, []).get(col)!).push(c);
  const columnKind = new Map<number, CellKind | null>();
  const columnUnit = new Map<number, StatedUnit | null>();
  for (const [col, cells] of columns) {
    const head = header.get(col) ?? '';
    const unit = statedUnit(head);
    columnUnit.set(col, unit);
    columnKind.set(col, POINTS_LABEL.test(head) ? 'points' : PERCENT_LABEL.test(head) ? 'percent' : unit?.currency ? 'money' : sharedKind(cells));
  }
  let periodColumn = -1;
  for (const [col, head] of header) if (col > 0 && periodColumn < 0 && isPeriodColumn(head)) periodColumn = col;

  for (const row of rows.values()) {
    const label = row.get(0)?.segment.text ?? '';
    const perShare = PER_SHARE_ROW.test(label);
    const count = COUNT_LABEL.test(label);
    const rowUnit = statedUnit(label);
    for (const [col, c] of row) {
      if (col === 0 || col === periodColumn) continue;
      const unit = rowUnit ?? columnUnit.get(col) ?? tableUnit;
      const scale = perShare || !unit ? 1 : unit.scale;
      const p = c.parsed;
      if (p) {
        let kind = statedKind(p);
        if (kind === null) kind = bareKind(p, label, columnKind.get(col) ?? null, perShare, count, unit, tableCurrency);
        if (kind === null) continue;
        const currency = kind === 'money' ? (p.currency ?? unit?.currency ?? tableCurrency ?? 'USD') : UNIT_OF[kind];
        const q = cellQuantity(c.segment, c.index, p, kind, currency, kind === 'money' ? scale : 1);
        // A figure the cell reader read the same way stays as it was.
        const was = bySegment[c.index];
        if (was.length === 1 && sameFigure(was[0], q)) continue;
        replaced.set(c.index, [q]);
        continue;
      }
      // Prose in a cell ("$1.2 million est."): its money figures take the table's scale.
      if (scale === 1 || count) continue;
      const was = bySegment[c.index];
      if (!was.some((q) => q.kind === 'money' && q.scale === 1 && q.scaleText === '' && !q.vague)) continue;
      replaced.set(c.index, was.map((q) => (q.kind === 'money' && q.scale === 1 && q.scaleText === '' && !q.vague ? rescaled(q, scale) : q)));
    }
  }
}

/** What a bare number is ("6,943", "39"): its column's kind, else what its row label or the table's scale says; null when nothing says. */
function bareKind(
  p: ParsedCell,
  label: string,
  column: CellKind | null,
  perShare: boolean,
  count: boolean,
  unit: StatedUnit | null,
  tableCurrency: string | null,
): CellKind | null {
  if (column !== null) return count && column === 'money' ? null : column;
  if (count) return null;
  if (perShare) return tableCurrency || unit?.currency ? 'money' : null;
  if (PERCENT_LABEL.test(label)) return 'percent';
  if (RATE_LABEL.test(label) && p.number <= 100 && p.decimals <= 2 && !p.currency) {
    // "Gross margin | 5,054" under "(in millions)" is money; "Gross margin | 59" is a rate.
    if (p.number < 100) return 'percent';
  }
  return unit && (unit.currency || tableCurrency) ? 'money' : null;
}

function sameFigure(a: Quantity, b: Quantity): boolean {
  return a.kind === b.kind && a.value === b.value && a.span.start === b.span.start && a.span.end === b.span.end && a.unit === b.unit;
}

/**
 * A table cell's figure. The fields in the order every Quantity has them (quantity.ts's make),
 * with `scaleImplied` last.
 */
/** The unit a percent's or points' figure is read in (a money figure's is its currency). */
const UNIT_OF = { percent: '%', points: 'pp' } as const;

function cellQuantity(segment: Segment, index: number, p: ParsedCell, kind: CellKind, unit: string, scale: number): Quantity {
  const value = (p.negative ? -1 : 1) * p.number * scale;
  const q: Quantity = {
    kind: kind === 'points' ? 'percentagePoints' : kind,
    span: { start: segment.start + p.start, end: segment.start + p.end },
    text: segment.text.slice(p.start, p.end),
    value,
    low: value,
    high: value,
    isRange: false,
    unit,
    scale,
    scaleText: '',
    decimals: p.decimals,
    sign: p.negative ? '-' : p.plus ? '+' : null,
    qualifier: p.about ? 'about' : null,
    vague: false,
    words: false,
    segment: index,
    scaleImplied: scale !== 1,
  };
  if (p.about) q.qualifierSpan = { start: segment.start + p.lead, end: segment.start + p.qualifierEnd };
  return q;
}

/** A money figure of a scaled table written without a scale word ("$11,072" in millions). */
function rescaled(q: Quantity, scale: number): Quantity {
  const copy: Quantity = {
    kind: q.kind,
    span: q.span,
    text: q.text,
    value: q.value * scale,
    low: q.low * scale,
    high: q.high * scale,
    isRange: q.isRange,
    unit: q.unit,
    scale,
    scaleText: '',
    decimals: q.decimals,
    sign: q.sign,
    qualifier: q.qualifier,
    vague: q.vague,
    words: q.words,
    segment: q.segment,
    scaleImplied: true,
  };
  if (q.qualifierSpan) copy.qualifierSpan = q.qualifierSpan;
  return copy;
}

/**
 * A figure written as a table cell writes it ("$(134)", "(8)%", "6,943"), read on its own
 * with `like`'s kind, unit and scale where the text does not say them: for rereading a fix.
 */
export function readCellFigure(text: string, like: Quantity): Quantity | null {
  const p = parseCell(text);
  if (!p) return null;
  const likeKind: CellKind | null = like.kind === 'percentagePoints' ? 'points' : like.kind === 'money' || like.kind === 'percent' ? like.kind : null;
  const kind = statedKind(p) ?? likeKind;
  if (kind === null || (kind === 'money') !== (like.kind === 'money')) return null;
  const segment: Segment = { start: 0, end: text.length, text, kind: 'tableCell', block: 0 };
  return cellQuantity(segment, like.segment, p, kind, kind === 'money' ? (p.currency ?? like.unit) : UNIT_OF[kind], kind === 'money' && like.scaleImplied ? like.scale : 1);
}
