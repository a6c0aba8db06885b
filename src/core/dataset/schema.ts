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
 *   "2025" · "FY2025" · "H1 2025" · "Q3 2025" · "2025-10" · "2025-10-06" · "2025..2029" · "by 2030"
 */
export const PERIOD_PATTERN = /^(?:\d{4}|FY\d{4}|H[12] \d{4}|Q[1-4] \d{4}|\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|\d{4}\.\.\d{4}|by \d{4})$/;
export const PeriodString = z
  .string()
  .regex(PERIOD_PATTERN, 'must be a period: "2025", "FY2025", "H1 2025", "Q3 2025", "2025-10", "2025-10-06", "2025..2029" or "by 2030"');

export const Source = z
  .object({
    outlet: z.string().trim().min(1, 'names the outlet or publisher'),
    title: z.string().trim().min(1).optional(),
    url: z.url().optional(),
    date: IsoDate,
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

export const Basis = z.enum(['actual', 'projection', 'target', 'estimate']);

export const Entity = z
  .object({
    name: z.string().trim().min(1),
    aliases: z.array(z.string().trim().min(1)).default([]),
    /** Kind of entity, for the README's coverage table. */
    kind: z.enum(['company', 'product', 'project', 'model']).default('company'),
    /** For a product: the company behind it ("ChatGPT" → "OpenAI"). */
    parent: z.string().optional(),
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
    basis: Basis.default('actual'),
    source: Source,
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
export type Unit = z.infer<typeof Unit>;
