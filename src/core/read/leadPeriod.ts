// The period an article of results reports on, from its lead, for the paragraphs after it.
//
// Results coverage names the quarter once, at the top ("Intel has reported better-than-expected
// Q3 results", "Meta Platforms reported third-quarter 2025 revenue of $51.24 billion"), and
// then goes on for paragraphs without it: "Net income was $4.1bn, or 90 cents per share".
// A heading or the headline does the same job when it names the quarter (context.ts); when
// neither does, the lead's reporting sentence dates the article as a headline would: every
// figure that names no time of its own, as a guess shown in the hover and never compared.
//
// Precision: only a quarter (a reporting period, not a year of history), only in a
// sentence that says results are reported (REPORT_WORDS), only in the first paragraphs with
// figures (analyze.ts), and only until a sentence names another time (which carries on in
// its paragraph as any period does). A figure of another company than the lead's keeps no
// such period (claim.ts).
import type { Period } from '../types';
import type { YearlessPart } from './periods/period';

/** Words of a sentence that reports results: the lead whose period the article is about. */
const REPORT_WORDS = /\b(?:reported|reports|posted|posts|announced|announces|results|earnings)\b/i;

/**
 * The kinds of period a lead may give its article: a quarter, as results are reported. Not a
 * half ("OpenAI during the first half of 2025 collected $4.3 billion", in a news article whose
 * other figures are of its month) nor a year.
 */
const LEAD_KINDS = new Set<Period['kind']>(['quarter']);

/**
 * What a lead sentence says the article reports on: a quarter it names (`period`), or one it
 * names without a year that only the document's date can place (`part`: a lead paragraph
 * without figures is read without the date, and analyze.ts places it, as a headline's).
 */
export interface LeadReport {
  period?: Period;
  part?: YearlessPart;
}

/**
 * The reporting period a sentence of results names, or null: `named` is the period the
 * sentence names for what follows it (its last that is no comparison's base: claim.ts), and
 * must have been read in this sentence (`start`..`end`, document offsets), perhaps with the year
 * the document's date gives it ("Q3 results", "the quarter ended September 30"); `part`, the last quarter it names
 * without a year when nothing placed it.
 */
export function reportPeriod(text: string, named: Period | null, part: YearlessPart | undefined, start: number, end: number): LeadReport | null {
  if (named && LEAD_KINDS.has(named.kind) && (!named.inferred || named.inferred === 'dateYear') && named.span && named.span.start >= start && named.span.end <= end) {
    if (!REPORT_WORDS.test(text)) return null;
    const { span: _span, ...rest } = named;
    // A quarter placed by the date stays marked so (its year is the date's guess); one the writer dated is the lead's.
    return { period: { ...rest, inferred: named.inferred === 'dateYear' ? 'dateYear' : 'lead' } };
  }
  if (!named && part && part.kind === 'quarter' && !part.fiscal && REPORT_WORDS.test(text)) return { part: { kind: part.kind, part: part.part, span: { start: 0, end: 0 } } };
  return null;
}
