// The time of a figure whose sentence names none, from the day the article was written.
//
// News states a level as of when it is written: "OpenAI is valued at $500bn", "Mistral AI has
// secured €1.7 billion in funding", "Of ChatGPT's 800 million users, only 40m pay": the
// valuation, the round, the user count of the article's month. A market move is of a day:
// "Advanced Micro Devices shares surged 6 per cent on Wednesday" is the Wednesday of the
// article's week, "IREN shares were trading higher by 23.26% premarket" the article's day.
//
// Only what is plainly now is dated: a level the vocabulary knows as one that holds at a
// moment (POINT_IN_TIME_METRICS), stated as what happened (no forecast, no "would value"), in a
// sentence that names no time of its own, and with no word that puts it before the article
// ("previously valued at", "its initial round", "had raised", "recently valued at"). Flows
// (revenue, a loss) are not: "revenue of $13 billion" with no period is of no month.
//
// The period has no span (no word of the draft names it) and says where it came from:
// 'documentMonth' (the hover: "month from the document's date") or 'documentDay'. Like "now",
// a month is a good guess the dataset rules warn on but never fix (dataset/match.ts). A day
// named for one move dates the next moves of its paragraph ("Microsoft rose 0.36% while Dell
// gained 4.28%": claim.ts keeps it), and a move whose sentence names no time is of its day
// even when a quarter was carried to it from results coverage around it.
import type { Period, Reading, Span } from '../types';
import type { DocumentDate } from './documentDate';
import { datePeriod, monthPeriod } from './periods/period';
import { WEEKDAY, weekdayBefore } from './periods/bareDates';

/**
 * Levels news reports as of the day it is written. Not here on purpose: an investment (often
 * an earlier one recalled: "Amazon has invested $8 billion in Anthropic"), a GPU count or
 * capacity (of a site built or planned at any time), revenue run rates (dated by the writer
 * when they are news: "surpassed $20 billion in 2025").
 */
export const POINT_IN_TIME_METRICS: ReadonlySet<string> = new Set([
  'valuation',
  'fundingRound',
  'ownershipStake',
  'weeklyActiveUsers',
  'monthlyActiveUsers',
  'paidSubscribers',
]);

/**
 * Words that put a level before the article, or make it one of several times: the level is
 * then left undated. "at the time of the merger announcement" is the news itself: not here.
 */
const EARLIER_WORDS =
  /\b(?:previous(?:ly)?|earlier|once|initial(?:ly)?|first|last|prior|before|ago|former(?:ly)?|recent(?:ly)?|back\s{1,3}in|had\s{1,3}(?:been|raised|valued|secured)|was\s{1,3}then|then|at\s{1,3}the\s{1,3}(?:start|end|beginning)|started|began|since|founded|up\s{1,3}from|down\s{1,3}from|compared|versus|vs\.?)\b/i;

/**
 * Words of a merger: "consolidated SpaceX with xAI …, with a valuation of about USD 1.25
 * trillion" values the company the two make, whoever the nearest name is.
 */
const MERGER_WORDS = /\b(?:merger|merged|merging|combined|combination|consolidat(?:ed|es|ing|ion))\b/i;

/**
 * Reported speech shifts the tense back without moving the time: "Scale AI said on Tuesday it
 * had raised $1 billion" is the round of this week. The "had" after a verb of saying is read
 * as "has" before EARLIER_WORDS looks for a pluperfect.
 */
const BACKSHIFT = /\b((?:said|says|announced|told\s{1,3}\w{1,20})\s{1,3}(?:on\s{1,3}\w{1,12}\s{1,3})?(?:that\s{1,3})?(?:it|they|the\s{1,3}company))\s{1,3}had\b/gi;

/** "$18 billion worth of interest", "$10 billion worth of shares": worth as a measure of something else. */
const WORTH_OF = /^\s{0,2}worth\s{1,3}of\b/i;

/** Words that name a market move: a share price, a stock, a market value, an index. */
const MARKET_WORDS = /\b(?:shares?|stocks?|market\s{1,3}(?:value|cap(?:itali[sz]ation)?)|Nasdaq|S&P\s{0,2}500|Dow\s{1,3}Jones|index)\b/i;

/** A ticker and its move in brackets, as finance sites print them: "(CRWV 0.72%)", "(NVDA -1.2%)". */
const TICKER_BOX = /\([A-Z]{1,5}\s{1,2}[-+−]?$/;

/** Words that put a market move before the article's week: "since January", "a year ago" ("at last check Monday" is today). */
const EARLIER_MOVE = /\b(?:ago|previous(?:ly)?|earlier|since|last\s{1,3}(?:week|month|year|quarter))\b/i;

/** Words that put a market move on the article's own day: "premarket", "today", "at last check". */
const TODAY_WORDS = /\b(?:today|premarket|pre-market|after-hours|at\s{1,3}last\s{1,3}check|intraday)\b/i;

/**
 * The period a figure with none takes from the document's date: the month for a level of
 * POINT_IN_TIME_METRICS, the day for a market move dated by a weekday or "today"; null
 * otherwise. `sentence` is the figure's sentence (at document offset `base`), which the caller
 * has found to name no time (no period, no yearless part, no relative word); `oneEntity`: the
 * sentence names at most one entity, so the reading's cannot be a neighbour's.
 */
export function documentPeriod(sentence: string, base: number, reading: Reading, date: DocumentDate, oneEntity: boolean): Period | null {
  if (reading.period || reading.earlier || (reading.kind && reading.kind !== 'actual')) return null;
  if (reading.quantity.vague || reading.quantity.isRange) return null;
  if (reading.metric && POINT_IN_TIME_METRICS.has(reading.metric)) {
    if (EARLIER_WORDS.test(sentence.replace(BACKSHIFT, '$1 has'))) return null;
    const crowded = !oneEntity || MERGER_WORDS.test(sentence);
    if (!nearFigure(reading, reading.metricSpan) || (crowded && !nearFigure(reading, reading.entitySpan))) return null;
    // "some $18 billion worth of interest": an amount of something, no company's worth.
    const end = reading.quantity.span.end - base;
    if (WORTH_OF.test(sentence.slice(end, end + 16))) return null;
    const p = monthPeriod(date.year, date.month);
    p.inferred = 'documentMonth';
    return p;
  }
  return marketDay(sentence, base, reading, date);
}

/**
 * The day of a market move whose sentence names no time, though a period was carried to it
 * from its paragraph or section: "Despite the performance, shares dropped 2.6% in recent
 * after-hours trading" in results coverage moved on the article's day, not in the quarter.
 */
export function marketDayOverCarried(sentence: string, base: number, reading: Reading, date: DocumentDate): Period | null {
  if (reading.earlier || (reading.kind && reading.kind !== 'actual') || reading.quantity.vague || reading.quantity.isRange) return null;
  return marketDay(sentence, base, reading, date);
}

/**
 * How far from the figure the words that name its metric and entity may stand for the figure to
 * be dated: "The round, which was announced on Tuesday, values Mistral AI at 5.8 billion euros"
 * reads "round" as the metric of a figure it is no round of, and "xAI in one of the biggest
 * transactions in history, with a valuation of about USD 1.25 trillion" makes xAI the owner of
 * a merged company's value (the entity counts only when the sentence names several, or a
 * merger, whose value is the two companies'). A reading that far reached is left undated (and
 * so unchecked).
 */
const NEAR = 48;

/** Whether `span` (a mention the reading took its metric or entity from) is absent, or within NEAR characters of the figure. */
function nearFigure(reading: Reading, span: Span | undefined): boolean {
  if (!span) return true;
  const q = reading.quantity.span;
  return span.end <= q.start ? q.start - span.end <= NEAR : span.start - q.end <= NEAR;
}

/** Verbs of a market move right before its figure: "Microsoft rose 0.36%", "Dell gained 4.28%", "or 0.4%" after "rose 24.49 points". */
const MOVE_BEFORE = /\b(?:rose|fell|gained|lost|jumped|climbed|dropped|declined|slipped|soared|surged|plunged|plummeted|tumbled|sank|added|shed|rallied|up|down)\s{1,3}(?:by\s{1,3})?(?:about\s{1,3}|nearly\s{1,3}|more\s{1,3}than\s{1,3})?$|\bpoints,\s{1,3}or\s{1,3}$/i;

/**
 * The day a market move takes from the sentence before it in its paragraph, which dated one by
 * a weekday ("IREN shares were trading higher by 23.26% premarket at last check Monday.
 * Microsoft rose 0.36% while Dell gained 4.28%."): a percent right after a verb of a move, in
 * a sentence that names no time of its own (the caller checks that). Null otherwise.
 */
export function carriedMarketDay(sentence: string, base: number, reading: Reading, day: Period): Period | null {
  if (reading.period || reading.metric || reading.quantity.kind !== 'percent' || (reading.kind && reading.kind !== 'actual')) return null;
  const at = reading.quantity.span.start - base;
  if (!MOVE_BEFORE.test(sentence.slice(Math.max(0, at - 40), at))) return null;
  const { span: _span, ...rest } = day;
  return rest;
}

/** A market move's day: a weekday in its sentence ("on Monday"), or the article's day ("premarket", "today"). */
function marketDay(sentence: string, base: number, reading: Reading, date: DocumentDate): Period | null {
  // A percent move or a money swing in market value, of no metric the vocabulary knows.
  if (reading.metric || (reading.quantity.kind !== 'percent' && reading.quantity.kind !== 'money')) return null;
  // "Shares of CoreWeave (CRWV 0.72%) are soaring": a ticker box, the move as the page was saved.
  const at = reading.quantity.span.start - base;
  if (TICKER_BOX.test(sentence.slice(Math.max(0, at - 10), at))) return null;
  if (!MARKET_WORDS.test(sentence) || EARLIER_MOVE.test(sentence)) return null;
  const weekday = WEEKDAY.exec(sentence);
  let p: Period | null = null;
  if (weekday) p = weekdayBefore(weekday[1], date);
  else if (TODAY_WORDS.test(sentence)) p = datePeriod(date.year, date.month, date.day);
  if (p) p.inferred = 'documentDay';
  return p;
}
