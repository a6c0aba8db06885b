// Quantities + sentences → claims: one claim per prose sentence that has a figure, one per
// table body row, each figure with its reading (entity, metric, period, kind of statement)
// and the relations between the figures (read/relations/, read/proseTotals.ts, tableClaims.ts).
//
// The entity a paragraph is about is carried from sentence to sentence and across blocks
// (a heading "## Anthropic" sets it) until a sentence turns to a rival; the period is
// carried within a paragraph, never into a sentence that says "last year" or another time
// we cannot place, and a yearless "first half" is placed in the year around it. A heading's
// (or the headline's) period dates the figures of its section that name no time of their
// own (read/context.ts), as a guess the dataset rules warn on but never fix. With the
// document's date, "now", "this year" and "last quarter" are periods like any other
// (read/relativeTime.ts).
import type { Claim, Period, Quantity, Reading, Segment, Span } from '../types';
import type { DatasetIndex, EntityMention } from '../dataset/lookup';
import { splitSentences } from './sentences/sentence';
import { findPeriods, findYearlessParts, namesFiscal, placeYearless, ttmPeriod, yearPeriod, type YearlessPart } from './periods/period';
import { clauseBreaks } from './sentences/clause';
import { findMetricMentions } from './metricWords';
import { readingFor } from './readings';
import { COMPARED_FIGURE_BEFORE, isBasePeriod, periodFor, saysRelativeTime } from './periodReading';
import { OTHER_PARTY } from './entityReading';
import type { SentenceContext } from './sentenceContext';
import { exactCopy } from '../exactCopy';
import { readRelations } from './relations/read';
import { readTableClaims } from './tableClaims';
import { opensWithUnknownName, subjectOf } from './entityNlp';
import type { DocumentDate } from './documentDate';
import { mergePeriods, placeByDate, relativePeriods, saysNow } from './relativeTime';
import { bareDatePeriods } from './periods/bareDates';
import { carriedMarketDay, documentPeriod, marketDayOverCarried } from './documentMonth';
import { reportPeriod, type LeadReport } from './leadPeriod';
import { headingLevel, headingPart, headingPeriod, SectionPeriods, sectionPeriod } from './context';
import { readingKind } from './kind';
import { namesForward } from '../dataset/hedging';
import { withoutDetached } from './detached';
import { earlierMark, earlierPeriod, mayMarkEarlier, revisionPeriod } from './earlier';
import { readProseTotals } from './proseTotals';
import { readAcrossSentences } from './relations/acrossSentences';
import { fiscalYearEndOf, onCompanyCalendar } from './companyCalendar';

/** What one block hands to the next: the entity the text was last about. */
export interface ClaimCarry {
  entity: string | null;
  /** Carried in: the period of the section the block sits in (its heading's or the headline's). */
  section?: Period | null;
  /** Carried in: the document's date, which "now" and "last quarter" are read against. */
  date?: DocumentDate | null;
  /** Carried in: whether the article's reporting period is still looked for in its lead (read/leadPeriod.ts); unset: a block read alone, which looks. */
  findLead?: boolean;
  /** Carried out: the reporting period the block's lead sentence names, when one was looked for and found. */
  report?: LeadReport;
  /**
   * Carried out: the block's last heading, its level and the period it names (null for none),
   * or the quarter or half it names without a year, which the document's date places (context.ts sectionPeriod).
   */
  heading?: { level: number; period: Period | null; part: YearlessPart | null };
}

export interface ReadClaimsResult {
  claims: Claim[];
  carry: ClaimCarry;
}

/**
 * Claims of a document (or of a stretch of it: the segments and quantities must use the
 * same offsets as `text`). `quantities[i].segment` indexes `segments`.
 */
export function readClaims(text: string, segments: readonly Segment[], quantities: readonly Quantity[], dataset: DatasetIndex): Claim[] {
  return readClaimsCarrying(text, segments, quantities, dataset, { entity: null }).claims;
}

/** readClaims with the entity carried in from the blocks before, and out to the next. */
export function readClaimsCarrying(
  text: string,
  segments: readonly Segment[],
  quantities: readonly Quantity[],
  dataset: DatasetIndex,
  carryIn: ClaimCarry,
): ReadClaimsResult {
  const bySegment = groupBySegment(segments, quantities);
  const claims: Claim[] = [];
  // Within a block any entity carries; across blocks only a company (a product or model
  // carries its company): "like GPT-4" in one paragraph does not make the next about GPT-4.
  let entity = carryIn.entity;
  let acrossBlocks = carryIn.entity;
  const date = carryIn.date ?? null;
  const sections = new SectionPeriods(carryIn.section ?? null);
  let heading: ClaimCarry['heading'];
  let report: LeadReport | undefined;
  /** The day the paragraph's last market move was dated by (read/documentMonth.ts). */
  let marketDay: Period | null = null;
  let period: Period | null = null;
  let block = -1;
  const companyFor = companiesOf(dataset);

  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    if (seg.block !== block) {
      if (block !== -1) entity = acrossBlocks;
      block = seg.block;
      // A new block starts in its section's period (its heading's), if any.
      period = sections.current();
      marketDay = null;
    }
    if (seg.kind === 'heading') {
      const level = headingLevel(text, seg.start);
      heading = { level, period: headingPeriod(seg.text), part: headingPart(seg.text) };
      sections.enter(level, sectionPeriod(heading.period, heading.part, date));
    }
    if (seg.kind === 'tableCell') {
      // A table is one block: gather its cells and read it row by row.
      let j = i;
      const cells: { segment: Segment; quantities: Quantity[] }[] = [];
      while (j < segments.length && segments[j].kind === 'tableCell' && segments[j].cell?.table === seg.cell?.table && segments[j].block === seg.block) {
        cells.push({ segment: segments[j], quantities: bySegment[j] });
        j++;
      }
      for (const c of readTableClaims(text, cells, dataset, entity)) {
        const fiscal = sections.current()?.fiscal === true || namesFiscal(c.table ? `${c.text} ${c.table.header.join(' ')}` : c.text);
        for (const r of c.readings) {
          // As the company counts its quarters ("Q4 25" in a release about fiscal 2025).
          if (r.period) r.period = onCompanyCalendar(r.period, fiscalYearEndOf(dataset, r.entity ?? c.table?.whole ?? null), { date, fiscal });
          // A table row's figures are statements too: the same kinds as a sentence's.
          r.kind = readingKind(c, r);
        }
        claims.push(c);
      }
      i = j - 1;
      continue;
    }
    const segQuantities = bySegment[i];
    let next = 0; // both lists are in text order: one pass hands each sentence its figures
    for (const sentence of splitSentences(seg.text, seg.start)) {
      const sText = seg.text.slice(sentence.start - seg.start, sentence.end - seg.start);
      const from = next;
      // A figure across a sentence boundary goes with the sentence it starts in.
      while (next < segQuantities.length && segQuantities[next].span.start < sentence.end) next++;
      // A slice, at its length (kept with the claim): not an array grown by push().
      let keepSubject = false;
      const qs: Quantity[] = segQuantities.slice(from, next);
      const entities = dataset.findEntities(sText);
      // "Acme Robotics reported $7 billion": another organisation's figure, not the one named before.
      if (entities.length === 0 && opensWithUnknownName(sText)) entity = null;
      let periods = qs.length || TWO_DIGITS.test(sText) ? findPeriods(sText, sentence.start) : [];
      // "now", "this year", "last quarter", "in July", "on February 28": periods once the document's date is known.
      const bare = date && qs.length ? bareDatePeriods(sText, sentence.start, date) : NO_PERIODS;
      if (date) periods = mergePeriods(mergePeriods(periods, relativePeriods(sText, sentence.start, date)), bare);
      // "since 1992", "founded in 2015": the date of something else, no figure's period.
      if (periods.length) periods = withoutDetached(periods, sText, sentence.start);
      // "for the trailing twelve months" in a quarter's results: the twelve months to that quarter's end.
      if (qs.length && period) periods = withTrailingYear(periods, sText, sentence.start, period);
      // A part a written period already reads ("the fourth quarter results for fiscal 2025") is not a second one.
      const yearless = withoutOverlaps(findYearlessParts(sText, sentence.start), periods);
      // "last year" and the like: tested once per sentence (for the readings and for what carries on).
      let relativeTime: boolean | undefined;
      if (qs.length > 0) {
        // "now" without a date: not the period carried in (with one, "now" is among the periods).
        relativeTime = saysRelativeTime(sText) || (!date && saysNow(sText));
        const ctx: SentenceContext = {
          text: sText,
          base: sentence.start,
          entities,
          metrics: findMetricMentions(sText),
          periods,
          carriedEntity: entity,
          // "Revenue could hit $200 billion by 2030. A share sale values OpenAI at $500 billion.":
          // a target year carries only into a sentence that also speaks of what is expected.
          carriedPeriod: period?.kind === 'by' && !namesForward(sText) ? null : period,
          relativeTime,
          yearless,
          breaks: clauseBreaks(sText),
          figures: spansOf(qs),
          date,
          resolveEntity: dataset.resolveEntity,
          companyFor,
        };
        // Each figure's period, read once for the relations and the readings (a sentence that
        // names no time gives the relations none; the readings then ask periodFor themselves).
        // Loops, not map() with arrow functions: no closure and context per sentence.
        let periodOf: (Period | null)[] | null = null;
        if (periods.length || yearless.length) {
          periodOf = [];
          for (const q of qs) periodOf.push(periodFor(ctx, q));
        }
        let spanPeriod: Period | null = null;
        for (const p of periods) if (p.kind === 'span') { spanPeriod = p; break; }
        const { relations, changeFigures } = readRelations({ text: sText, base: sentence.start, quantities: qs }, periodOf, spanPeriod);
        // map() makes the list at its length (it is kept with the claim): no copy of a pushed one.
        const readings: Reading[] = qs.map((q, k) => readingFor(ctx, q, changeFigures.has(q), periodOf ? periodOf[k] : undefined));
        const claim: Claim = { span: sentence, text: sText, block: seg.block, quantities: qs, readings, relations };
        // Whether the article counts in fiscal periods here: its section or the sentence says so, or the period carried in is fiscal.
        const fiscal = sections.current()?.fiscal === true || period?.fiscal === true || namesFiscal(sText);
        // A sentence that names no time at all, and has none carried in: its levels may be the document's month's.
        const undated = periods.length === 0 && yearless.length === 0 && !relativeTime && !period;
        const mayHaveEarlier = mayMarkEarlier(sText);
        let dayNamed: Period | null = null;
        for (let k = 0; k < readings.length; k++) {
          const r = readings[k];
          // As the company counts: Oracle's "Q2" is its fiscal Q2, Alphabet's "fiscal 2025" the year 2025.
          // A figure of no entity the dataset knows ("Google Services revenues", a segment it does
          // not hold) counts as the company its sentence names.
          if (r.period) r.period = onCompanyCalendar(r.period, fiscalYearEndOf(dataset, r.entity ?? (entities.length ? entities[0].name : null)), { date, fiscal });
          // "up from $3.7 billion": the earlier value, of the period before the figure it is
          // compared with (the one before it), or of none we can tell.
          const earlier = mayHaveEarlier ? earlierMark(claim, r) : null;
          if (earlier) {
            r.earlier = earlier;
            const reference = k > 0 ? readings[k - 1].period : null;
            r.period = earlier === 'revision' ? revisionPeriod(r, reference) : earlierPeriod(claim, r, reference);
          }
          r.kind = readingKind(claim, r);
          // "cash burn of just 9% of revenue by 2027", "gross margins … to 77% by 2028", "will more
          // than double by 2028": a rate or multiple reached by a year is that year's (its kind,
          // a target or projection, was read from the "by" above and stays). A percent change
          // ("rise 165% by 2030") is a change up to that year, as written.
          if (r.period?.kind === 'by' && ((r.quantity.kind === 'percent' && !changeFigures.has(r.quantity)) || r.quantity.kind === 'multiple')) r.period = yearReachedBy(r.period);
          // "expects $8 billion, down from $8.5 billion previously": the earlier statement is of the same kind.
          if (r.earlier === 'revision' && r.kind === 'actual' && k > 0 && readings[k - 1].kind) r.kind = readings[k - 1].kind;
          // "Nvidia, which has invested $5bn in Intel", in an article on Intel's quarter: another company's figure, not of the report's period.
          if (r.period?.inferred === 'lead' && r.entity && carryIn.entity && companyFor(r.entity) !== companyFor(carryIn.entity)) r.period = null;
          // A market move in a sentence that names no time is of its day, whatever was carried to it.
          if (r.period && date && !periods.length && !yearless.length && !relativeTime && !within(r.period, sentence)) r.period = marketDayOverCarried(sText, sentence.start, r, date) ?? r.period;
          // "OpenAI is valued at $500bn" in a news article: the valuation of the article's month;
          // "Microsoft rose 0.36%" after a move dated "Monday": that Monday.
          if (!r.period && undated && date) {
            r.period = (marketDay && carriedMarketDay(sText, sentence.start, r, marketDay)) || documentPeriod(sText, sentence.start, r, date, !namesSeveral(entities));
            if (r.period?.inferred === 'documentDay') dayNamed = r.period;
          }
          // "made $13.1 billion in revenue and expects to double it in 2026": what happened, and a
          // year after a forward-looking word that belongs to the expectation, not to the figure.
          if (r.kind === 'actual' && r.period?.span && r.period.span.start > r.quantity.span.end && namesForward(sText.slice(r.quantity.span.end - sentence.start, r.period.span.start - sentence.start))) {
            r.period = null;
          }
        }
        // No dataset name: the organisation the sentence is about, for cross-references.
        if (entities.length === 0 && !entity) {
          const subject = subjectOf(sText);
          if (subject) for (const r of readings) r.subject = subject;
        }
        claims.push(claim);
        // "Bookings soared 112%, largely due to OpenAI's commitments to Azure.": the figures were
        // still the company's carried in, so the names after them (an object, a partner) do not
        // become the subject of the next sentence.
        if (entity && entities.length) for (const r of readings) if (r.entity === entity && !r.entitySpan) keepSubject = true;
        // A market move dated by a weekday dates the moves of the paragraph's next sentences; any other time ends it.
        marketDay = dayNamed ?? (undated ? marketDay : null);
      }
      if (entities.length && !keepSubject && !(entity && pronounSubject(sText, entities[0].start))) {
        entity = entities[0].name;
        // A paragraph that ends on several companies ("Nvidia will invest in OpenAI, Amazon…")
        // leaves the next paragraph's subject open: nothing carries then.
        // Only companies named as themselves count: "models like GPT-4" names no second company.
        acrossBlocks = namesSeveralCompanies(entities, companyFor) ? null : (companyFor(entity) ?? acrossBlocks);
      } else if (OTHER_PARTY.test(sText.slice(0, 40))) {
        // "Its closest rival made $5 billion. It grew 20%.": "it" is now the rival, whom we cannot name.
        entity = null;
      }
      // Guarded, not list[length - 1]: index -1 of an empty list is a named-property look-up
      // through the prototype chain in V8, not an array read (1% of the claim reader's time).
      const lastPart = yearless.length > 0 ? yearless[yearless.length - 1] : undefined;
      // The last period named that is not a comparison's base ("…, compared with $148.0 billion in second quarter 2024").
      const lastPeriod = periods.length > 0 ? (carriedFrom(periods, sText, sentence.start, bare) ?? undefined) : undefined;
      if (lastPart && (!lastPeriod || lastPeriod.span!.start < lastPart.span.start)) {
        // "In the first half alone, …": what follows speaks of that half, placed in the year around it if it can be.
        period = placeYearless(lastPart, lastPeriod ?? period) ?? (date ? placeByDate(lastPart, date) : null);
      } else if (lastPeriod) period = lastPeriod;
      // Only bases named ("Net sales increased 11% compared with 2023.") leave the time carried in as it is.
      // (Asked only when a time was carried in: there is none to end otherwise.)
      else if (period && periods.length === 0 && (relativeTime ?? (saysRelativeTime(sText) || (!date && saysNow(sText))))) period = null;
      // "Intel has reported better-than-expected Q3 results": the period the article reports on.
      if (carryIn.findLead !== false && !report) report = reportPeriod(sText, period, lastPart, sentence.start, sentence.end) ?? undefined;
    }
  }
  // Parts that add up to a whole stated in prose, within a sentence or across a paragraph.
  readProseTotals(claims);
  // Relations whose figures stand in neighbouring sentences of a paragraph (a stake, the deal's amount, the valuation).
  readAcrossSentences(claims);
  const carry: ClaimCarry = { entity: acrossBlocks };
  if (heading) carry.heading = heading;
  if (report) carry.report = report;
  return { claims: exactCopy(claims), carry };
}

/** Whether more than one distinct company is named as itself (counted without a Set per sentence). */
function namesSeveralCompanies(entities: readonly EntityMention[], companyFor: (name: string) => string | null): boolean {
  let first: string | null = null;
  for (const e of entities) {
    if (companyFor(e.name) !== e.name) continue;
    if (first === null) first = e.name;
    else if (e.name !== first) return true;
  }
  return false;
}

/**
 * A subject that points back before the sentence's first name: "To strengthen its financial
 * position, it is renegotiating partner revenue shares, cutting Microsoft's take …" is still
 * about the company carried in; Microsoft, named after it, is no new subject.
 */
const PRONOUN_SUBJECT = /(?:^|[,;:]\s{1,3})(?:it|they|the\s{1,3}(?:company|firm|startup|lab))\s{1,3}(?:is|are|was|were|has|have|had|will|would|also|now|still|[a-z]{2,20}(?:s|ed))\b/i;

/** Whether `sentence`, before offset `firstName` (its first entity mention), has a pronoun as its subject. */
function pronounSubject(sentence: string, firstName: number): boolean {
  return firstName > 3 && PRONOUN_SUBJECT.test(sentence.slice(0, firstName));
}

/** The year a "by 2028" names, as a year period with the same span and origin. */
function yearReachedBy(p: Period): Period {
  const y = yearPeriod(p.year, p.span);
  if (p.inferred) y.inferred = p.inferred;
  return y;
}

/** Whether a period was read in `sentence` (a carried or a section's period was not). */
function within(p: Period, sentence: Span): boolean {
  return !!p.span && p.span.start >= sentence.start && p.span.end <= sentence.end;
}

/** Whether a sentence names more than one entity (by name, not mention). */
function namesSeveral(entities: readonly EntityMention[]): boolean {
  for (const e of entities) if (e.name !== entities[0].name) return true;
  return false;
}

/** The figures' spans, in a list made at its length: one grown by push() takes room for 17 at its first item. */
function spansOf(qs: readonly Quantity[]): Span[] {
  return qs.map(spanOf);
}

function spanOf(q: Quantity): Span {
  return q.span;
}

/** The yearless parts that no written period overlaps. */
function withoutOverlaps(parts: YearlessPart[], periods: readonly Period[]): YearlessPart[] {
  if (parts.length === 0 || periods.length === 0) return parts;
  return parts.filter((y) => !periods.some((p) => p.span && p.span.start < y.span.end && y.span.start < p.span.end));
}

/** A comparison opened before a period and not closed by a full stop or semicolon. */
const COMPARISON_OPEN = /\b(?:compared\s(?:with|to)|versus|vs\.)\s[^;]{0,70}$/i;
/** A figure and a joining word right before a period: the period is that figure's ("$148.0 billion in second quarter 2024"). */
const FIGURE_THEN_JOINT = /\d(?:\.\d+)?\s*(?:[a-z]+\s+)?(?:in|for|during)\s+(?:the\s+)?$/i;

/**
 * The period a sentence hands to the next: the last it names that is not a comparison's base
 * ("Net sales increased 12% to $167.7 billion in the second quarter, compared with $148.0
 * billion in second quarter 2024." goes on about the second quarter of this year). Null when
 * every period it names is a base (the sentence's own time is then the one carried in).
 */
function carriedFrom(periods: readonly Period[], text: string, base: number, bare: readonly Period[]): Period | null {
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i];
    if (!p.span) return p;
    // "became the largest shareholder in August. Revenue reached $13.65bn": a month named
    // without its year dates an event of its sentence; the report goes on in its own time.
    if (bare.length && (p.kind === 'month' || p.kind === 'date') && bare.includes(p)) continue;
    const lead = text.slice(Math.max(0, p.span.start - base - 90), p.span.start - base);
    if (isBasePeriod(text, base, p.span)) continue;
    // "compared with $148.0 billion in second quarter 2024": the compared figure's period.
    if (FIGURE_THEN_JOINT.test(lead) && COMPARED_FIGURE_BEFORE.test(lead)) continue;
    // "compared with $10.4 billion, or $0.98 per diluted share, in first quarter 2024": still the comparison's.
    if (COMPARISON_OPEN.test(lead)) continue;
    return p;
  }
  return null;
}

/** "the trailing twelve months", "the last 12 months", "TTM", with no end date of their own. */
const TRAILING_YEAR = /\b(?:(?:the\s)?(?:trailing|last|past)\s(?:twelve|12)[\s-]months?\b(?!\s(?:ended|ending|to|through)\b)|TTM\b(?!\s\d))/gi;

/**
 * The sentence's periods with its undated trailing twelve months placed at the end of the
 * calendar quarter the text is about (`context`): Amazon's "$113.9 billion for the trailing
 * twelve months" in its Q1 2025 release is TTM 2025-03. Nothing is added in any other context.
 */
function withTrailingYear(periods: Period[], text: string, base: number, context: Period): Period[] {
  if (context.kind !== 'quarter' || context.fiscal || (text.indexOf('welve') < 0 && text.indexOf('12') < 0 && text.indexOf('TTM') < 0)) return periods;
  let out = periods;
  TRAILING_YEAR.lastIndex = 0;
  for (let m = TRAILING_YEAR.exec(text); m; m = TRAILING_YEAR.exec(text)) {
    const span = { start: base + m.index, end: base + m.index + m[0].length };
    if (out.some((p) => p.span && p.span.start < span.end && span.start < p.span.end)) continue;
    const ttm = ttmPeriod(context.year, (context.part ?? 1) * 3, span);
    if (context.inferred) ttm.inferred = context.inferred;
    out = [...out, ttm].sort((x, y) => x.span!.start - y.span!.start);
  }
  return out;
}

const NO_PERIODS: readonly Period[] = Object.freeze([]) as readonly Period[];

/** A run of two digits: the least a period needs. */
const TWO_DIGITS = /\d\d/;

/** The company an entity name stands for: itself, or a product's or model's parent; null if unknown. */
function companyOf(dataset: DatasetIndex, name: string): string | null {
  const e = dataset.entities.find((x) => x.name === name);
  if (!e) return null;
  if (e.kind === 'company') return e.name;
  return e.parent ? (dataset.resolveEntity(e.parent) ?? e.parent) : null;
}

// Per dataset (an index is immutable), each name's company found once, not by a scan of
// every entity for every sentence that names one.
const companyMemo = new WeakMap<DatasetIndex, Map<string, string | null>>();

function companiesOf(dataset: DatasetIndex): (name: string) => string | null {
  let memo = companyMemo.get(dataset);
  if (!memo) companyMemo.set(dataset, (memo = new Map()));
  const known = memo;
  return (name) => {
    let c = known.get(name);
    if (c === undefined) {
      c = companyOf(dataset, name);
      // Bounded by the names the dataset knows (findEntities only returns those).
      if (known.size < 10_000) known.set(name, c);
    }
    return c;
  };
}

/** Quantities per segment index, in text order; a quantity whose index does not fit is placed by offset. */
function groupBySegment(segments: readonly Segment[], quantities: readonly Quantity[]): Quantity[][] {
  // Most segments hold no figure: they share one empty list (read, never written).
  const out: Quantity[][] = new Array<Quantity[]>(segments.length).fill(NO_QUANTITIES);
  for (const q of quantities) {
    let idx = q.segment;
    const seg = segments[idx];
    if (!seg || q.span.start < seg.start || q.span.end > seg.end) idx = segmentAt(segments, q.span.start);
    if (idx >= 0) {
      if (out[idx] === NO_QUANTITIES) out[idx] = [q];
      else out[idx].push(q);
    }
  }
  for (const list of out) if (list.length > 1 && !inOrder(list)) list.sort(byStart);
  return out;
}

const NO_QUANTITIES = Object.freeze([]) as unknown as Quantity[];

function byStart(a: Quantity, b: Quantity): number {
  return a.span.start - b.span.start;
}

/** Already in text order (as the reader produces them): sorting would leave them as they are. */
function inOrder(list: readonly Quantity[]): boolean {
  for (let i = 1; i < list.length; i++) if (list[i - 1].span.start > list[i].span.start) return false;
  return true;
}

function segmentAt(segments: readonly Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
