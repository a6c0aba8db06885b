// Whether a draft's figure and a dataset fact can be the same value: both sides read as
// intervals, the draft's by how the writer rounded and qualified it (tolerance.ts), the fact's
// by the precision and bound its source reported it with; and whether a thousandfold slip
// (million for billion) explains a difference.
import type { Quantity } from '../types';
import type { LoadedFact } from './lookup';
import { metricById } from './metrics';
import { isBounded, midpoint, negate, overlaps, scaleBy, statedInterval, type Interval } from '../tolerance';

export type Comparison = 'agrees' | 'disagrees' | 'scaleSlip' | 'unknown';

const SCALE_WORDS: [RegExp, number][] = [
  [/^(?:trillion|tn|t|万亿)$/i, 1e12],
  [/^(?:billion|bn|b|bln)$/i, 1e9],
  [/^亿$/, 1e8],
  [/^(?:million|mn|m|mln|mio)$/i, 1e6],
  [/^万$/, 1e4],
  [/^(?:thousand|k)$/i, 1e3],
];

/** The last number written in a fact's `reported` text, with its fraction digits and scale. */
function reportedPrecision(reported: string): { mantissa: number; decimals: number; scale: number } | null {
  const re = /(\d[\d,]*)(?:\.(\d+))?\s?(trillion|billion|million|thousand|bln|mln|mio|tn|bn|mn|万亿|亿|万|[tbmk])?(?![a-z])/gi;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(reported); m; m = re.exec(reported)) last = m;
  if (!last) return null;
  const digits = last[1].replace(/,/g, '') + (last[2] ? `.${last[2]}` : '');
  const mantissa = Number(digits);
  if (!Number.isFinite(mantissa)) return null;
  let scale = 1;
  if (last[3]) for (const [re2, s] of SCALE_WORDS) if (re2.test(last[3])) scale = s;
  return { mantissa, decimals: last[2]?.length ?? 0, scale };
}

/** Fraction digits the source wrote the fact with ("$13.1 billion" → 1), for writing it back. */
export function reportedDecimals(fact: LoadedFact): number {
  return reportedPrecision(fact.reported)?.decimals ?? 0;
}

export function magnitudeScale(v: number): number {
  const a = Math.abs(v);
  for (const s of [1e12, 1e9, 1e6]) if (a >= s) return s;
  return 1;
}

/**
 * The values consistent with a fact as its source reported it: "$13.1 billion" is
 * 13.05–13.15 billion, "more than 900 million" anything above 900 million, "about $600
 * billion" 550–650 billion. Built as a quantity so the draft's and the source's rounding
 * are read by the same rules. `ignoreBound` reads the bound's own figure ("more than 900
 * million" as 900 million, rounded as written).
 */
// Facts are immutable once loaded: each interval is read once (compare and the scale-slip
// check asked for it per reading and rule, re-running the precision pattern each time).
const factIntervalMemo = new WeakMap<LoadedFact, Interval>();
const factFigureIntervalMemo = new WeakMap<LoadedFact, Interval>();

export function factInterval(fact: LoadedFact, ignoreBound = false): Interval {
  const memo = ignoreBound ? factFigureIntervalMemo : factIntervalMemo;
  let i = memo.get(fact);
  if (!i) memo.set(fact, (i = readFactInterval(fact, ignoreBound)));
  return i;
}

function readFactInterval(fact: LoadedFact, ignoreBound: boolean): Interval {
  const isRange = fact.low !== undefined && fact.high !== undefined;
  const top = isRange ? (fact.high as number) : fact.value;
  let precision = reportedPrecision(fact.reported);
  // The reported text must actually state the value; otherwise read the value alone.
  if (precision && Math.abs(precision.mantissa * precision.scale - Math.abs(top)) > 1e-9 * Math.max(1, Math.abs(top))) {
    precision = null;
  }
  const scale = precision?.scale ?? magnitudeScale(top);
  const pseudo: Quantity = {
    kind: fact.unit === 'percent' ? 'percent' : fact.unit === 'USD' || fact.unit === 'EUR' || fact.unit === 'GBP' || fact.unit === 'CNY' || fact.unit === 'JPY' ? 'money' : 'count',
    span: { start: 0, end: 0 },
    text: fact.reported,
    value: fact.value,
    low: isRange ? (fact.low as number) : fact.value,
    high: isRange ? (fact.high as number) : fact.value,
    isRange,
    unit: fact.unit,
    scale,
    scaleText: '',
    decimals: precision?.decimals ?? 0,
    sign: null,
    qualifier: fact.bound === 'exact' || ignoreBound ? null : fact.bound,
    vague: false,
    words: false,
    segment: 0,
  };
  return statedInterval(pseudo);
}

export const CURRENCIES = new Set(['USD', 'EUR', 'GBP', 'CNY', 'JPY']);
const MEGAWATT_NOUNS = new Set(['mw', 'megawatts', 'megawatt']);

/**
 * A figure written in a smaller unit than the fact's (megawatts against gigawatt facts):
 * it may restate the fact ("1,900 megawatts"), but a figure that does not is far more
 * often about something smaller, one data center rather than the company's fleet ("data
 * centers consume 20-50 megawatts" in a paragraph about OpenAI). Such a figure can only
 * agree, never contradict or slip.
 */
function otherUnitFamily(q: Quantity, fact: LoadedFact): boolean {
  return q.kind === 'count' && fact.unit === 'GW' && MEGAWATT_NOUNS.has(q.unit.toLowerCase());
}

/**
 * The factor that puts the draft's figure in the fact's unit, or null when the units
 * cannot be compared (euros against dollars, percentage points against a percent).
 */
function unitFactor(q: Quantity, fact: LoadedFact): number | null {
  switch (q.kind) {
    case 'money':
      return CURRENCIES.has(fact.unit) && q.unit === fact.unit ? 1 : null;
    case 'percent':
      return fact.unit === 'percent' ? 1 : null;
    case 'count':
      return countFactor(q.unit.toLowerCase(), fact);
    default:
      return null;
  }
}

/** unitFactor for a count whose unit noun, lower-cased, is `noun` (lower-cased only here: a money unit such as "USD" made a copy per comparison). */
function countFactor(noun: string, fact: LoadedFact): number | null {
  if (fact.unit === 'GW') return noun === 'gw' || noun === 'gigawatts' || noun === 'gigawatt' ? 1 : MEGAWATT_NOUNS.has(noun) ? 1e-3 : null;
  // A count of users, GPUs or employees: written with one of its metric's nouns (metrics.ts), or none.
  const nouns = metricById(fact.metric)?.nouns;
  return nouns !== undefined && nouns.includes(noun) ? 1 : null;
}

/**
 * Whether two figures can be the same value. Rounding intervals that only touch do not
 * count: "$11 billion" (10.5–11.5) and "$10 billion" (9.5–10.5) share only 10.5 billion, a
 * value one writer would have rounded up and the other down, so they name different
 * figures. A single point (an exact value) still agrees when it sits on an end.
 */
function sameFigure(a: Interval, b: Interval): boolean {
  if (!overlaps(a, b)) return false;
  if (a.low === a.high || b.low === b.high) return true;
  return Math.min(a.high, b.high) > Math.max(a.low, b.low);
}

function draftInterval(q: Quantity, factor: number): Interval {
  const i = statedInterval(q);
  return factor === 1 ? i : scaleBy(i, factor);
}

const SCALES = [1e3, 1e6, 1e9, 1e12];

/**
 * The factor (1000 or 1/1000) by which the draft's figure, rescaled one step (million ↔
 * billion ↔ trillion), agrees with the fact; null when no such slip explains it. Only a
 * figure with a written scale and a finite tolerance can slip: "over $100 million" times a
 * thousand is not evidence of anything.
 */
export function scaleSlipFactor(q: Quantity, fact: LoadedFact): number | null {
  if (!maySlip(q)) return null;
  const factor = unitFactor(q, fact);
  if (factor === null || otherUnitFamily(q, fact)) return null;
  const target = factInterval(fact);
  if (sameFigure(draftInterval(q, factor), target)) return aboveByAThousand(q, fact, factor, target) ? 0.001 : null;
  return slipFactor(q, fact, factor, target);
}

/** Whether a figure can have slipped a scale at all: a written scale, a finite tolerance. */
function maySlip(q: Quantity): boolean {
  if (q.kind !== 'money' && q.kind !== 'count') return false;
  if (q.vague || !SCALES.includes(q.scale) || !q.scaleText) return false;
  return !q.qualifier || q.qualifier === 'about' || q.qualifier === 'nearly';
}

/** The two rescales a slip can be: a step up or down. */
const RESCALES = [1000, 0.001];

/**
 * scaleSlipFactor past its checks of the figure as written: `q` maySlip, `factor` puts it in
 * the fact's unit, and as written it is not the same figure as the fact's interval `target`
 * (compare knows all three by then, and need not work them out again).
 */
function slipFactor(q: Quantity, fact: LoadedFact, factor: number, target: Interval): number | null {
  // Against "at least $11.5 billion" any thousandfold larger figure would "agree", which
  // is no evidence; the rescaled figure must name the bound itself ("$11.5 million"), and
  // agree with the fact too: "$16.5 million" rescaled is $16.5 billion, which rounds to the
  // 17 of "over $17 billion" but is not over it, so the fix would be wrong again.
  const named = isBounded(target) ? target : factInterval(fact, true);
  if (!isBounded(named)) return null;
  for (let n = 0; n < RESCALES.length; n++) {
    const k = RESCALES[n];
    if (!SCALES.includes(q.scale * k)) continue;
    const rescaled = draftInterval(q, factor * k);
    if (sameFigure(rescaled, named) && sameFigure(rescaled, target)) return k;
  }
  return null;
}

/**
 * A figure a lower bound allows that is the bound's own digits a thousand times over: "800
 * billion" weekly users against "surpassed 800 million" is above it, and a slip of the scale
 * word. (Not below an upper bound: "$100 million" under "up to $100 billion" may be a part of it.)
 */
function aboveByAThousand(q: Quantity, fact: LoadedFact, factor: number, target: Interval): boolean {
  if (Number.isFinite(target.high) || !Number.isFinite(target.low) || !maySlip(q) || otherUnitFamily(q, fact)) return false;
  return slipFactor(q, fact, factor, target) === 0.001;
}

const FAR_APART = 50;

/**
 * Whether the figure agrees with the fact, given both sides' rounding and bounds;
 * 'scaleSlip' when it disagrees but a thousandfold rescale agrees; 'unknown' when the
 * two cannot be compared at all.
 */
export function compare(q: Quantity, fact: LoadedFact): Comparison {
  if (q.vague) return 'unknown';
  const factor = unitFactor(q, fact);
  if (factor === null) return 'unknown';
  const target = factInterval(fact);
  const draft = draftInterval(q, factor);
  if (sameFigure(draft, target)) return aboveByAThousand(q, fact, factor, target) ? 'scaleSlip' : 'agrees';
  if (otherUnitFamily(q, fact)) return 'unknown';
  // "a gross margin of 94%" against a reported -94%: the draft may carry the sign in
  // words ("negative", "a loss of"), which the figure itself does not show.
  if (isBounded(draft) && overlaps(negate(draft), target)) return 'unknown';
  // What scaleSlipFactor asks, less what is known here: a factor, one unit family, not the same figure.
  if (maySlip(q) && slipFactor(q, fact, factor, target) !== null) return 'scaleSlip';
  // Figures fifty times apart are rarely one figure misstated; far more often the claim
  // reader tied a per-user price or a small deal to a company-wide metric. Unknown.
  const a = Math.abs(midpoint(draft));
  const b = Math.abs(midpoint(target));
  if (a > 0 && b > 0 && Math.max(a / b, b / a) > FAR_APART) return 'unknown';
  return 'disagrees';
}

/** The interval of a draft figure in a fact's unit, for derivations. */
export function draftIntervalFor(q: Quantity, fact: LoadedFact): Interval {
  return draftInterval(q, unitFactor(q, fact) ?? 1);
}

