// The shared vocabulary of the core pipeline:
//   Markdown text → Segment[] → Quantity[] → Claim[] → Finding[]
// Nothing here imports `vscode` or `fs`: the extension, the CLI, the tests and a web
// build all share these shapes. All offsets are UTF-16 code-unit offsets into the
// original document text, end exclusive, exactly as JavaScript string indices count.

export type Severity = 'error' | 'warning' | 'info';
/** A rule's configured level: a severity, or off. */
export type RuleLevel = Severity | 'off';

export interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------
// Segments (markdown.ts)

export interface TableCellRef {
  /** Index of the table in the document, 0-based. */
  table: number;
  /** Row index within the table, 0 = header row. */
  row: number;
  column: number;
  header: boolean;
}

/**
 * A run of prose or one table cell. `text` has exactly the length of the source slice
 * it came from (`text.length === end - start`): whatever is not prose inside it (inline
 * code, link destinations, autolinks, HTML tags and comments, emphasis markers) is
 * blanked to spaces, so an offset in `text` plus `start` is an offset in the document.
 */
export interface Segment {
  start: number;
  end: number;
  text: string;
  kind: 'prose' | 'heading' | 'tableCell';
  /** Index of the top-level block (paragraph, heading, list, table, quote) it belongs to. */
  block: number;
  cell?: TableCellRef;
}

// ---------------------------------------------------------------------------
// Quantities (quantity.ts)

export type QuantityKind = 'money' | 'percent' | 'percentagePoints' | 'multiple' | 'count';

/**
 * How a qualifier changes the comparison:
 * - about:   approximately, roughly, around, some, ~ (rounding tolerance widened)
 * - nearly:  nearly, almost, close to, just under (a little below, never above)
 * - over:    over, more than, above, exceed(s), upwards of, "1B+" (a strict lower bound)
 * - atLeast: at least, no less than (a lower bound, equality allowed)
 * - under:   under, less than, below (a strict upper bound)
 * - upTo:    up to, at most, as much as, no more than (an upper bound, equality allowed)
 */
export type Qualifier = 'about' | 'nearly' | 'over' | 'atLeast' | 'under' | 'upTo';

export interface Quantity {
  kind: QuantityKind;
  /** The figure as written: currency sign, number(s), scale word, %/percent/pp/x. Not the qualifier, not a count's noun. */
  span: Span;
  text: string;
  /**
   * Canonical value. money: currency units (1.4e12 for "$1.4 trillion"); percent and
   * percentagePoints: as written (57 for "57%"); multiple: the factor (10 for "10x",
   * 2 for "twice"); count: the number (8e8 for "800 million users").
   * For a range this is the midpoint; `low`/`high` are the ends.
   */
  value: number;
  low: number;
  high: number;
  isRange: boolean;
  /** 'USD', 'EUR', 'GBP', 'CNY', 'JPY', ... for money; '%' for percent; 'pp'; 'x'; for a count the noun lower-cased ('users', 'gpus') or ''. */
  unit: string;
  /** The multiplier the writer used: 1, 1e3, 1e6, 1e9, 1e12. */
  scale: number;
  /** The scale as written ('trillion', 'billion', 'B', 'bn', 'm', '亿', ''), so a fix keeps the style. */
  scaleText: string;
  /** Fraction digits written on the number (on the high end for a range): "13.1" → 1. */
  decimals: number;
  /** An explicit sign the writer wrote ("+25%", "-33%", "−33%"), else null. */
  sign: '+' | '-' | null;
  qualifier: Qualifier | null;
  qualifierSpan?: Span;
  /** "hundreds of billions", "billions of dollars": recognised, never checked. */
  vague: boolean;
  /** Written in words ("five percent", "twice", "fourfold"). */
  words: boolean;
  /** Index of the segment it was read from. */
  segment: number;
  /**
   * Set on a table cell's money figure whose scale the table states, not the figure
   * ("$18,015" under "(Dollars in millions)"): `value` is the real magnitude, `scale` the
   * table's, and a fix writes the number in that scale without a scale word ("$19,000").
   */
  scaleImplied?: boolean;
}

// ---------------------------------------------------------------------------
// Claims (claim.ts)

/**
 * A period as prose or the dataset states it. Grammar of the canonical string form
 * (`text` when produced by the dataset; see period.ts):
 *   "2025" calendar year · "FY2025" fiscal year · "H1 2025" · "Q3 2025" · "2025-10" month
 *   "2025-10-06" a point in time (as of) · "2025..2029" cumulative over years · "by 2030" a target year
 */
export interface Period {
  kind: 'year' | 'fiscalYear' | 'half' | 'quarter' | 'month' | 'date' | 'span' | 'by' | 'ttm';
  year: number;
  /** half 1–2, quarter 1–4, month 1–12 (also the last month of a 'ttm'), day of month for 'date' (with month). */
  part?: number;
  month?: number;
  day?: number;
  /** Last year of a 'span'. */
  toYear?: number;
  /**
   * A company's fiscal period ("FY2026", "Q3 FY2026", "H1 FY2026"), named by the calendar
   * year its fiscal year ends in; never the calendar period of the same number.
   */
  fiscal?: boolean;
  /** For a fiscal period, the month its fiscal year ends in (1–12), when known: places it in time. */
  fiscalYearEnd?: number;
  /**
   * "the quarter ended Oct. 26, 2025", "the six months to June 2025": the last month of a
   * quarter, half or fiscal year named by its end. Whose quarter it is depends on the
   * company's calendar (read/companyCalendar.ts); without one, only a calendar quarter's or
   * half's end month places it.
   */
  endsIn?: { year: number; month: number };
  /** Canonical string form, e.g. "H1 2025", "Q3 FY2026", "TTM 2025-06" (twelve months to June 2025). */
  canonical: string;
  /** Where it was read in the draft, when it came from the draft. */
  span?: Span;
  /**
   * Set when the writer did not name it next to the figure: "now", "last quarter" resolved
   * against the document's date ('documentDate': a good guess, the dataset rules warn, never
   * fix); a heading's or the headline's period carried into its section ('heading'), or a
   * quarter named without a year placed in the document date's year ('dateYear'): what the
   * text is about, shown in the hover, never compared (shownNotCompared in dataset/hedging.ts).
   * A level stated with no time at all in a news article ("OpenAI is valued at $500bn") is the
   * level of the document's month ('documentMonth'), a market move dated by a weekday or
   * "premarket" the document's day ('documentDay'): read/documentMonth.ts; both, like "now",
   * warn and never fix. The quarter a results article's lead reports on, carried to the
   * paragraphs after it ('lead': read/leadPeriod.ts), is shown and never compared, like a heading's.
   */
  inferred?: 'heading' | 'documentDate' | 'dateYear' | 'documentMonth' | 'documentDay' | 'lead';
  /**
   * A quarter or half placed by the document's date ('dateYear') that had not ended by then:
   * "revenue was $39 billion in the second quarter" written in May is last year's quarter or
   * a forecast, not this one's result. Never compared with the dataset (shownNotCompared).
   */
  unended?: boolean;
}

/** What one figure in a claim speaks of. */
export interface Reading {
  quantity: Quantity;
  /** Canonical entity name from the dataset ("OpenAI", "ChatGPT"), or null. */
  entity: string | null;
  entitySpan?: Span;
  /** Metric id from dataset/metrics.ts ("revenue", "cashBurn", "weeklyActiveUsers"), or null. */
  metric: string | null;
  metricSpan?: Span;
  /**
   * For a figure that states a change, a rate or a share ("revenues increased 16%", "40% of
   * its DRAM revenue"), which has no metric of its own: the metric it is a change or share
   * of. Shown as read; never compared with a fact of that metric (a 16% rise is no revenue).
   */
  ofMetric?: string;
  /** "non-GAAP gross margin", "GAAP net income": the basis the writer stated the figure on (read/basisWords.ts), when they did. */
  basis?: 'gaap' | 'non-gaap';
  period: Period | null;
  /**
   * The organisation the sentence is about when no dataset entity was found ("Mistral AI"),
   * from a language pass (claim.ts). Never compared with the dataset.
   */
  subject?: string;
  /**
   * The kind of statement (read/kind.ts): what happened (actual), what the company expects
   * (guidance), what others expect (projection), what someone aims at (target), or an
   * estimate of what happened. Compared only with dataset facts of the same kind.
   */
  kind?: StatementKindOf;
  /**
   * The writer marks the figure as an earlier value (read/earlier.ts): of the period before
   * ('before': "up from $3.7 billion") or an earlier statement for the same period
   * ('revision': "previously $8.5 billion", "an initial forecast of …"). Compared with the
   * earlier fact it agrees with, never reported as superseded.
   */
  earlier?: 'before' | 'revision';
}

export type StatementKindOf = 'actual' | 'guidance' | 'projection' | 'target' | 'estimate';

export type Relation =
  /** "went from A to B, a C increase": C should be the change from A to B. `stated` may be a percent, pp or multiple. */
  | { kind: 'change'; from: Quantity; to: Quantity; stated: Quantity; direction?: DirectionWord }
  /**
   * "X% of Y, about Z": Z should be X% of Y. `derived: 'rate'` when the writer worked out the
   * share from the two amounts (a table's share column or margin row): the rate is then checked.
   */
  | { kind: 'share'; rate: Quantity; whole: Quantity; result: Quantity; derived?: 'rate' }
  /** "from A in Y1 to B in Y2 ... growing R a year": R should connect A and B over (Y2 − Y1) years. */
  | { kind: 'cagr'; from: Quantity; to: Quantity; rate: Quantity; years: number }
  /**
   * A table's Total row: total should be the sum of the rows above it in the same column.
   * `shares`: a share column ("61%", "39%" over "100%"), whose percents do add up.
   * `prose`: parts the writer lists in prose ("$10 billion: $7.5 billion from SoftBank and $2.5
   * billion from others", a release's segments), read by read/proseTotals.ts.
   * `inclusive`: the parts are some of the whole ("including $30 billion from SoftBank"): only
   * a sum over the total is wrong.
   * `columns`: a Total column ("| North America | International | AWS | Consolidated |"), the
   * sum of the row's cells to its left.
   */
  | { kind: 'total'; rows: Quantity[]; total: Quantity; shares?: true; prose?: true; inclusive?: true; columns?: true }
  /** A range written low-high or "between A and B". */
  | { kind: 'range'; low: Quantity; high: Quantity }
  /**
   * A direction verb or noun next to a change figure ("fell 20%", "a +25% drop"), or governing
   * a level that moved from another (`from`: "$12.7 billion, up from $3.7 billion", "fell from 32% to 30%").
   */
  | { kind: 'direction'; word: DirectionWord; quantity: Quantity; from?: Quantity }
  /** A part stated as a share of a whole ("X accounts for 120% of Y"). */
  | { kind: 'shareOfWhole'; rate: Quantity };

export interface DirectionWord {
  text: string;
  span: Span;
  direction: 'up' | 'down';
}

export interface Claim {
  /** The sentence, or the table row, the claim was read from. */
  span: Span;
  text: string;
  block: number;
  quantities: Quantity[];
  readings: Reading[];
  relations: Relation[];
  /**
   * Set for a table row. `whole`: for a row a Total adds up, the company the prose before the
   * table was about, whose part the row is ("Semiconductor solutions"): its fiscal calendar
   * counts the row's periods when the row names no entity of its own.
   */
  table?: { table: number; row: number; isTotal: boolean; header: string[]; whole?: string };
}

// ---------------------------------------------------------------------------
// Findings (rules/*)

export type RuleId =
  | 'percent-change'
  | 'percentage-points'
  | 'share-of'
  | 'cagr'
  | 'table-total'
  | 'range-order'
  | 'sign'
  | 'impossible'
  | 'cross-reference'
  | 'dataset-mismatch'
  | 'scale-slip'
  | 'superseded';

/** A dataset figure a finding relied on, for the message, the hover and SARIF. */
export interface SourceRef {
  factId: string;
  entity: string;
  metric: string;
  period: string;
  /** The figure as reported ("$13.1 billion"). */
  reported: string;
  outlet: string;
  title?: string;
  url?: string;
  /** Publication date, ISO (YYYY-MM-DD or YYYY-MM). */
  date: string;
  /** The dataset file it came from: "bundled" or a path. */
  origin: string;
}

export interface Fix {
  /** Exactly the span it replaces (normally the figure's span, or its number). */
  span: Span;
  text: string;
  /** A short title for the code action ("Replace with 400%"). */
  title: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** The figure the finding is about. */
  span: Span;
  /** One sentence a writer understands. */
  message: string;
  /** The arithmetic behind it, one line ("($5B − $1B) ÷ $1B = 400%"). */
  derivation: string;
  /** Only when the corrected figure is certain. */
  fix: Fix | null;
  /** Extra fixes offered but not preferred (e.g. rewrite "%" as "percentage points"). */
  alternatives?: Fix[];
  /** Other figures the arithmetic used: the "from" and "to" of a change, the rows of a total. */
  related: {
    span: Span;
    message: string;
    /** Set when the related figure is in another document (workspace-wide cross-reference). */
    uri?: string;
  }[];
  sources: SourceRef[];
}

// ---------------------------------------------------------------------------
// Analysis (analyze.ts)

export interface AnalyzeResult {
  claims: Claim[];
  quantities: Quantity[];
  findings: Finding[];
  /** Set when the text was not analysed (too large, binary); says why in a sentence. */
  skipped?: string;
}

// ---------------------------------------------------------------------------
// Statements (what the whole-document rules read of a block)

/** A set of reals from `low` to `high`; an open end excludes that end. Infinite ends are allowed. */
export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** A figure that states one entity's metric for one period, as the consistency rules compare it. */
export interface Statement {
  reading: Reading;
  /** Which claim of its block (or of the claims given) it was read from: a claim's own figures are not compared. */
  claimIndex: number;
  /** entity, metric, period and unit: two statements with the same key speak of the same value. */
  key: string;
  /** The values the figure allows, its rounding read. */
  interval: Interval;
}

/** What a whole-document rule reads of a block: where it starts and its statements. */
export interface StatementBlock {
  readonly start: number;
  statements(): readonly Statement[];
}
