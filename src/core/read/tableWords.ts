// The words of a table's header row and first column that say how its cells relate: a Total
// row, a change column, a share column, a margin row, a section heading, a metric the
// vocabulary does not have. One list per question: to teach the reader a new form, add it
// to its list (and a row to the valid/invalid tables in test/unit/table-relations.test.ts).

/**
 * A row that adds up the rows above it: "Total", "Total net revenue", "Subtotal", "Combined",
 * "All segments", "Sum", "Consolidated" (alone: "Consolidated net income" is one line of a
 * statement), "Google Services total" (the word last; "Percent of total" is a share).
 * "All other" is a part, never the total.
 */
export const TOTAL_ROW =
  /^[^\p{L}\p{N}]{0,20}(?:(?:grand\s{1,3})?(?:total|totals|sub-?totals?|sum|combined|overall)\b|all\b(?!\s{1,3}others?\b)|consolidated\s{0,3}(?:totals?\s{0,3})?(?:\([^)]{0,30}\)\s{0,3})?[*:]{0,3}\s{0,3}$)|^[^|]{1,60}?(?<!\bof)\s(?:sub-?)?totals?\s{0,3}(?:\([^)]{0,30}\)\s{0,3})?[*:]{0,3}\s{0,3}$/iu;

/**
 * A column that adds up the columns to its left: the total word and nothing else ("Total",
 * "Consolidated", "Total ($M)"). "Total assets" or "Total cost" over a column names a metric of
 * its own, not the sum of the columns beside it.
 */
export const TOTAL_COLUMN = /^[^\p{L}\p{N}]{0,10}(?:grand\s{1,3})?(?:total|totals|consolidated|combined|overall|sum)\s{0,3}(?:\([^)]{0,30}\)\s{0,3})?[*:]{0,3}\s{0,3}$/iu;

/**
 * A column that states a change between two others: "Change", "% Change", "Y/Y", "YoY", "Q/Q",
 * "vs. prior year", "Q4 25 vs Q4 24", "Growth", "Δ".
 */
export const CHANGE_COLUMN =
  /\b(?:change|chg|growth|grew|yoy|y\/y|y-o-y|qoq|q\/q|sequential|increase|decrease|delta|diff(?:erence)?|vs\.?|versus|rise|drop|decline)\b|Δ|±|%\s{0,2}(?:chg|change)/i;

/**
 * A change column that names what it compares by the distance between the two periods: a year
 * ("Y/Y", "YoY", "Year-over-year", "vs. prior year") or a quarter ("Q/Q", "Sequential", "vs. prior
 * quarter"). The figure is of the latest column before it, against the column a year (or a
 * quarter) earlier.
 */
export const CHANGE_DISTANCE: readonly { distance: 'year' | 'quarter'; pattern: RegExp }[] = [
  { distance: 'year', pattern: /\b(?:y\/y|yoy|y-o-y|year[- ]over[- ]year|year[- ]on[- ]year|(?:vs\.?|versus|from|over)\s{1,3}(?:the\s{1,3})?(?:prior|previous|last)\s{1,3}year|(?:vs\.?|versus|from)\s{1,3}(?:a\s{1,3})?year[- ]ago)\b/i },
  { distance: 'quarter', pattern: /\b(?:q\/q|qoq|q-o-q|quarter[- ]over[- ]quarter|quarter[- ]on[- ]quarter|sequential(?:ly)?|(?:vs\.?|versus|from|over)\s{1,3}(?:the\s{1,3})?(?:prior|previous|last)\s{1,3}quarter)\b/i },
];

/** A rate per year, not a change between two columns: "CAGR", "annual growth". */
export const RATE_COLUMN = /\b(?:cagr|annual|a year|per year|annualized)\b/i;

/** A column of each row's share of the whole: "Share", "% of total", "Mix". */
export const SHARE_COLUMN = /\b(?:share|split|mix|portion|weight|% of|percent of)\b/i;

/** A column that says when each row is ("| Quarter | … |"): its cell's period is the row's, and its numbers are years, not figures. */
const PERIOD_COLUMN = /^[^\p{L}\p{N}]{0,3}(?:quarter|qtr|period|year|fiscal year|fy|half|month|date|as of|when)\b/iu;

/** "| Year |" says when each row is; "| FY 25 |" (with digits) is one period's column of figures. */
export function isPeriodColumn(header: string): boolean {
  return PERIOD_COLUMN.test(header) && !/\d/.test(header);
}

/** A cell with nothing in it: "", "—", "-", "0". */
export const EMPTY_CELL = /^[\s—–\-0]*$/;

/**
 * A row whose figures are a share of revenue, and which row is the part: "Operating income
 * margin" → "Operating income"; "Operating margin" → the row named "Operating income" or
 * "Income from operations"; "percent of revenue" → the row right above.
 */
export const MARGIN_ROW = /^[^\p{L}]*(.{0,60}?)\s{0,3}(?:margin|percent of (?:net\s)?revenues?|% of (?:net\s)?revenues?|as a % of (?:net\s)?revenues?)\s*$/iu;

/** The row every margin is a share of: "Revenue", "Net revenue", "Total revenues", "Net sales". */
export const REVENUE_ROW = /^[^\p{L}]{0,5}(?:total\s)?(?:net\s)?(?:revenues?|sales)\s{0,3}(?:\([^)]{0,20}\))?\s{0,3}$/iu;

/** What a margin's part may be named besides its own words: "Operating margin" is the margin of "Income from operations". */
export const MARGIN_PART_NAMES: Readonly<Record<string, readonly string[]>> = {
  operating: ['operating income', 'income from operations', 'operating profit'],
  gross: ['gross profit'],
  net: ['net income', 'net profit'],
  'net loss': ['net loss'],
};

/**
 * What a margin row may be a margin of when the margin cannot pass 100% of revenue: a profit
 * that is revenue less costs (gross profit, operating income, EBITDA), matched against the
 * margin's own words ("Gross margin" → "gross") or, for "percent of revenue", the row above's
 * name (lower case, without "($M)"; "adjusted", "non-GAAP" dropped). A net income margin may
 * pass 100% (a gain on an investment), a cost's "percent of revenue" too: neither is here.
 */
export const CAPPED_MARGIN_OF = /^(?:(?:non-gaap|gaap|adjusted|segment)\s{1,3}){0,3}(?:gross(?:\s{1,3}(?:profit|margin))?|operating(?:\s{1,3}(?:income|profit))?|income\s{1,3}from\s{1,3}operations|ebitda|ebit|contribution(?:\s{1,3}(?:profit|margin))?)$/;

/**
 * Row names of metrics the vocabulary (dataset/metrics.ts) does not have, though they hold
 * one of its words: "Gross profit" is no net income, "Operating income (loss)" no net loss,
 * "Free cash flow" in a results table no cash burn. Such a row's figures read no metric,
 * never a neighbour's.
 */
export const OTHER_METRIC_ROW =
  /\b(?:gross\s{1,3}profit|operating\s{1,3}income|income\s{1,3}from\s{1,3}operations|operating\s{1,3}expenses|costs\s{1,3}and\s{1,3}expenses|free\s{1,3}cash\s{1,3}flow|cash\s{1,3}flows?\s{1,3}from|ebitda|per\s{1,3}(?:common\s{1,3})?share|eps|interest\s{1,3}expense|provision\s{1,3}for|tax\s{1,3}rate|compensation|long-lived\s{1,3}assets)\b/i;

/**
 * A results table's column for a reporting period: "Three Months Ended June 30, 2025",
 * "Six Months Ended June 30, 2025", "Twelve Months Ended December 31, 2025", "Year Ended
 * December 31, 2023". Groups: the months (or "year"), the month it ends, the year.
 */
const PERIOD_ENDED = /\b(three|3|six|6|twelve|12|year|fiscal\s{1,3}year)(?:\s{1,3}months?)?\s{1,3}ended\s{1,3}([a-z]{3,9})\.?\s{1,3}\d{1,2},?\s{1,3}((?:19|20)\d\d)\b/i;

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * The period a "… Ended <date>" header names, when it is a calendar period: three months
 * ended on a quarter's last month is that quarter, six months ended June or December a half,
 * twelve months (or a year) ended December the year. Periods that end in other months are a
 * company's fiscal periods: null here (the dataset's fiscal calendars place them).
 */
export function periodEnded(header: string): { kind: 'quarter' | 'half' | 'year'; part: number; year: number } | null {
  if (header.length > 200) return null;
  const m = PERIOD_ENDED.exec(header);
  if (!m) return null;
  const lower = m[2].toLowerCase();
  const month = MONTHS.findIndex((name) => name.startsWith(lower)) + 1;
  if (month === 0) return null;
  const year = Number(m[3]);
  const length = m[1].toLowerCase();
  if ((length === 'three' || length === '3') && month % 3 === 0) return { kind: 'quarter', part: month / 3, year };
  if ((length === 'six' || length === '6') && month % 6 === 0) return { kind: 'half', part: month / 6, year };
  if (length !== 'three' && length !== '3' && length !== 'six' && length !== '6' && month === 12) return { kind: 'year', part: 0, year };
  return null;
}

/**
 * The lines of an income statement that add up without a Total row: gross profit (or a
 * money "Gross margin") is operating expenses plus operating income; without a gross line
 * and without a cost-of-revenue line, revenue is operating expenses (or "Costs and expenses")
 * plus operating income. Each entry: the row that is the sum, the rows that are its parts,
 * matched against the whole row name (lower case, without "($M)" or "(loss)").
 */
export const STATEMENT_IDENTITIES: readonly { name: string; total: RegExp; parts: readonly RegExp[]; unlessRow?: RegExp }[] = [
  {
    name: 'gross profit = operating expenses + operating income',
    total: /^(?:gross profit|gross margin)$/,
    parts: [/^(?:total )?operating expenses$/, /^(?:operating income|income from operations|operating loss)$/],
  },
  {
    name: 'revenue = costs and expenses + operating income',
    total: /^(?:total )?(?:net )?(?:revenues?|sales)$/,
    parts: [/^(?:total )?(?:operating expenses|costs and expenses)$/, /^(?:operating income|income from operations|operating loss)$/],
    unlessRow: /^(?:gross profit|gross margin|cost of (?:revenues?|sales|goods sold))$/,
  },
];
