// The dataset schema: one source of truth for the TypeScript types, for validating the
// bundled file in tests, and for the errors a writer sees on a broken dataset of their own.
import * as z from 'zod';
import { METRIC_IDS } from './metrics';

/** ISO publication date: a day ("2025-10-06") or, where only the month is known, a month ("2025-10"). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'must be an ISO date, YYYY-MM-DD or YYYY-MM');

/**
 * Period grammar (see Period in ../types.ts):
 *   "2025" · "H1 2025" · "Q3 2025" · "2025-10" · "2025-10-06" · "2025..2029" · "by 2030" (calendar)
 *   "FY2025" · "H1 FY2025" · "Q3 FY2025" (fiscal: the company's fiscal year, named by the
 *   calendar year it ends in, as its entity's fiscalYearEnd says)
 */
export const PERIOD_PATTERN = /^(?:\d{4}|(?:[HQ][1-4] )?FY\d{4}|H[12] \d{4}|Q[1-4] \d{4}|\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{4}\.\.\d{4}|by \d{4})$/;
export const PeriodString = z
  .string()
  .regex(PERIOD_PATTERN, 'must be a period: "2025", "H1 2025", "Q3 2025", "2025-10", "2025-10-06", "2025..2029", "by 2030", or fiscal "FY2025", "H1 FY2025", "Q3 FY2025"')
  // The pattern's one alternative for fiscal halves and quarters also admits "H3 FY2025".
  .refine((s) => !/^H[34] /.test(s), 'a half is H1 or H2');

/**
 * How close the source is to the figure: the company's filing with a regulator, the
 * company's own release or post, an established national or international news
 * organisation or wire, the specialist press, or an aggregator, mirror or summary site.
 */
export const Tier = z.enum(['filing', 'company', 'major', 'trade', 'secondary']);

export const Source = z
  .object({
    outlet: z.string().trim().min(1, 'names the outlet or publisher'),
    title: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    date: IsoDate,
    tier: Tier.optional(),
  })
  .strict()
  .refine((s) => s.title !== undefined || s.url !== undefined, {
    message: 'needs a title or a URL so a reader can find it',
    path: ['title'],
  });

export const Unit = z.enum(['USD', 'EUR', 'GBP', 'CNY', 'JPY', 'percent', 'users', 'GW', 'GPUs', 'employees']);

/**
 * How the figure was reported: exactly, approximately, or as a bound.
 * Mirrors the Qualifier of a quantity in prose, plus 'exact'.
 */
export const Bound = z.enum(['exact', 'about', 'nearly', 'over', 'atLeast', 'under', 'upTo']);

/**
 * What the figure is: a reported result, the company's guidance for a period, a
 * projection (the company's or its investors' internal forecast as reported), a target, or
 * someone else's estimate.
 */
export const Kind = z.enum(['actual', 'guidance', 'projection', 'target', 'estimate']);

/** The accounting a figure is stated on, where it matters (GAAP vs non-GAAP margins, cash vs accrual). */
export const Basis = z.enum(['gaap', 'non-gaap', 'cash', 'accrual']);

/**
 * Before kind existed, `basis` held actual/projection/target/estimate. Files written then
 * keep loading: such a basis is read as the fact's kind (see Fact's transform).
 */
const LEGACY_BASIS = z
  .enum(['actual', 'projection', 'target', 'estimate'])
  .describe('Deprecated here: write it as "kind". Still read as the kind, so older files load.');
const LEGACY_BASIS_VALUES: ReadonlySet<string> = new Set(LEGACY_BASIS.options);

export const Entity = z
  .object({
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Kind of entity, for the README's coverage table. */
    kind: z.enum(['company', 'product', 'project', 'model']).default('company'),
    /** For a product: the company behind it ("ChatGPT" → "OpenAI"). */
    parent: z.string().optional(),
    /**
     * The month ("01"–"12") the company's fiscal year ends in, when not December: its
     * "FY2026" ends in that month of 2026, and its fiscal periods are placed by it.
     */
    fiscalYearEnd: z.string().regex(/^(?:0[1-9]|1[0-2])$/, 'a month, "01" to "12"').optional(),
    /** The exact rule, for a reader ("52/53 weeks ending the last Sunday of January"). */
    fiscalYearNote: z.string().optional(),
  })
  .strict();

export const Fact = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'lower-case letters, digits, dots and hyphens'),
    entity: z.string().trim().min(1),
    metric: z.enum(METRIC_IDS as [string, ...string[]]),
    /** Canonical value: money in currency units (13100000000), percent as written (57), counts as counts. */
    value: z.number().finite(),
    /** For a reported range ("$10-12 billion"). */
    low: z.number().finite().optional(),
    high: z.number().finite().optional(),
    unit: Unit,
    bound: Bound.default('exact'),
    /** The figure as the source wrote it ("$13.1 billion", "more than 900 million"): its precision. */
    reported: z.string().trim().min(1),
    period: PeriodString,
    kind: Kind.optional(),
    /** gaap, non-gaap, cash or accrual; a legacy actual/projection/target/estimate is read as kind. */
    basis: z.union([Basis, LEGACY_BASIS]).optional(),
    source: Source,
    /**
     * Earlier reports of the same figure this one revises: a forecast and its outcome, a round
     * reported in talks and at its close, an upsized round. Never a new level of another time
     * (the next round's valuation, a stake after more shares were bought): the earlier level
     * stays true of its own time, and a writer quoting it is not out of date.
     */
    supersedes: z.array(z.string()).optional(),
    supersededBy: z.string().optional(),
    note: z.string().optional(),
  })
  .strict()
  .refine((f) => (f.low === undefined) === (f.high === undefined), {
    message: 'a range needs both low and high',
    path: ['high'],
  })
  .refine((f) => f.low === undefined || f.high === undefined || f.low <= f.high, {
    message: 'low must not be above high',
    path: ['low'],
  })
  .transform(({ kind, basis, ...rest }) => {
    // A legacy basis names the kind; a stated kind wins over it.
    const legacy = basis !== undefined && LEGACY_BASIS_VALUES.has(basis);
    const out: typeof rest & { kind: Kind; basis?: Basis } = { ...rest, kind: kind ?? (legacy ? (basis as Kind) : 'actual') };
    if (basis !== undefined && !legacy) out.basis = basis as Basis;
    return out;
  });

export const DatasetFile = z
  .object({
    $schema: z.string().optional(),
    /** What this file covers, for `claimcheck dataset list`. */
    description: z.string().optional(),
    entities: z.array(Entity).default([]),
    facts: z.array(Fact).default([]),
  })
  .strict();

export type Entity = z.infer<typeof Entity>;
export type Fact = z.infer<typeof Fact>;
export type DatasetFile = z.infer<typeof DatasetFile>;
export type Source = z.infer<typeof Source>;
export type Bound = z.infer<typeof Bound>;
export type Kind = z.infer<typeof Kind>;
export type Basis = z.infer<typeof Basis>;
export type Tier = z.infer<typeof Tier>;
export type Unit = z.infer<typeof Unit>;
