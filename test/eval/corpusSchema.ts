// The labeled corpus's line shapes. Each article is one JSONL file in test/corpus/articles/:
// one `article` line, then its `passage` lines, then `figure` and `relation` lines. Figures are
// located by their text and its occurrence in the passage, not by offsets, so a label survives
// an edit of the passage around it. See test/corpus/README.md for what each field means.
import * as z from 'zod';

/** Outlet forms, so the corpus can show it covers more than one way of writing. */
export const FORMS = ['wire', 'business', 'trade', 'newsletter', 'analyst', 'release', 'filing', 'blog', 'magazine', 'broadcast'] as const;

export const KINDS = ['actual', 'guidance', 'projection', 'target', 'estimate'] as const;

/**
 * Metric ids beyond the dataset's vocabulary (src/core/dataset/metrics.ts) that writers use
 * and that must not be confused with a neighbour (eps is not netIncome, backlog is not revenue).
 * A figure labeled with one of these, or with "other", is expected to be read as no dataset
 * metric until the vocabulary grows to include it.
 */
export const EXTRA_METRICS = [
  'eps', 'operatingIncome', 'operatingExpenses', 'grossProfit', 'ebitda', 'freeCashFlow', 'operatingCashFlow',
  'backlog', 'rpo', 'bookings', 'marketCap', 'sharePrice', 'stockMove', 'buyback', 'dividend', 'debt', 'cash',
  'costOfRevenue', 'rndSpend', 'customers', 'tokens', 'price', 'marketSize', 'spending', 'other',
] as const;

/** Period labels: calendar "2025", "H1 2025", "Q3 2025", "2025-10", "2025-10-06" (as of), "2025..2029" (over years), "by 2030"; fiscal "FY2026", "H1 FY2026", "Q2 FY2026"; trailing twelve months to a month "TTM 2025-06". */
export const PERIOD_LABEL = /^(?:\d{4}|H[12] \d{4}|Q[1-4] \d{4}|\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{4}\.\.\d{4}|by \d{4}|FY\d{4}|H[12] FY\d{4}|Q[1-4] FY\d{4}|TTM \d{4}-(?:0[1-9]|1[0-2]))$/;

export const ArticleLine = z.object({
  type: z.literal('article'),
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  outlet: z.string().min(1),
  title: z.string().min(1),
  url: z.url(),
  /** Publication date, ISO day. */
  date: z.string().regex(/^202[4-6]-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a day in 2024–2026, YYYY-MM-DD'),
  form: z.enum(FORMS),
  /** Who labeled it and who checked the labels a second time (a name or a session label). */
  labeled: z.string().min(1),
  checked: z.string().min(1),
}).strict();

export const PassageLine = z.object({
  type: z.literal('passage'),
  id: z.string().regex(/^p\d+$/),
  /** Markdown: a few sentences or one table, quoted as published (a heading line may precede it). */
  text: z.string().min(1),
}).strict();

export const Period = z.object({
  label: z.string().regex(PERIOD_LABEL).nullable(),
  fiscal: z.boolean(),
  kind: z.enum(KINDS),
}).strict();

export const FigureLine = z.object({
  type: z.literal('figure'),
  id: z.string().regex(/^f\d+$/),
  passage: z.string().regex(/^p\d+$/),
  /** The figure exactly as written: currency sign, number, scale word, %, "percentage points", "bps", "x"; no qualifier, no count noun. */
  text: z.string().min(1),
  /** Which occurrence of `text` in the passage, 1-based. */
  occurrence: z.number().int().min(1),
  /** Money in currency units (4.67e10), percent and points as written (56), multiples as the factor, counts as the count. For a range, the midpoint. */
  value: z.number().finite(),
  low: z.number().finite().optional(),
  high: z.number().finite().optional(),
  unit: z.enum(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'KRW', 'INR', 'TWD', 'CAD', '%', 'pp', 'bp', 'x', 'count', 'GW', 'MW']),
  /** The qualifier as a reader takes it, or null for a plain figure. */
  qualifier: z.enum(['about', 'nearly', 'over', 'atLeast', 'under', 'upTo']).nullable().default(null),
  /** The dataset's entity name where the dataset has it ("Nvidia", "Nvidia Data Center", "ChatGPT"), else the organisation's usual name; null when the figure is about no one organisation. */
  entity: z.string().min(1).nullable(),
  /** A dataset metric id, one of EXTRA_METRICS, or null when the figure measures nothing nameable (a bare ratio). */
  metric: z.string().min(1).nullable(),
  period: Period,
  note: z.string().optional(),
}).strict();

const Ref = z.string().regex(/^f\d+$/);

export const RELATION_ROLES = {
  /** A change between two figures stated as a percent, a multiple ("doubled", "3x") or an amount. */
  change: { from: Ref, to: Ref, stated: Ref },
  /** A change between two percentages stated in percentage points or basis points. */
  points: { from: Ref, to: Ref, stated: Ref },
  /** A part stated as a share of a whole: part = rate × whole. */
  share: { part: Ref, whole: Ref, rate: Ref },
  /** Parts that add up to a stated total (a table's total row, "of which", "split between"). */
  total: { parts: z.array(Ref).min(2), total: Ref },
  /** A growth rate per year between two figures `years` apart. */
  cagr: { from: Ref, to: Ref, rate: Ref, years: z.number().positive() },
  /** A range written as two figures ("between $10 billion and $12 billion"). */
  range: { low: Ref, high: Ref },
  /** A direction word on a change ("fell 12%", "a 20% jump"); `from` and `to` when the passage gives them. */
  direction: { figure: Ref, word: z.string().min(1), direction: z.enum(['up', 'down']), from: Ref.optional(), to: Ref.optional() },
} as const;

export type RelationKind = keyof typeof RELATION_ROLES;
export const RELATION_KINDS = Object.keys(RELATION_ROLES) as RelationKind[];

export const RelationLine = z.discriminatedUnion('kind', RELATION_KINDS.map((kind) =>
  z.object({
    type: z.literal('relation'),
    id: z.string().regex(/^r\d+$/),
    passage: z.string().regex(/^p\d+$/),
    kind: z.literal(kind),
    roles: z.object(RELATION_ROLES[kind]).strict(),
    /** Whether the published arithmetic holds within the writer's rounding; false marks a real mistake in print. */
    holds: z.boolean(),
    note: z.string().optional(),
  }).strict(),
) as unknown as [z.ZodObject, ...z.ZodObject[]]);

export type ArticleLine = z.infer<typeof ArticleLine>;
export type PassageLine = z.infer<typeof PassageLine>;
export type FigureLine = z.infer<typeof FigureLine>;
export interface RelationLine {
  type: 'relation';
  id: string;
  passage: string;
  kind: RelationKind;
  roles: Record<string, string | string[] | number | undefined>;
  holds: boolean;
  note?: string;
}
