// What a table says once about the units of its cells: "(Dollars in millions, except per share
// data)" in the corner, "Revenue ($M)" on a row, "Revenue (billion dollars)" over a column, or
// a caption line right above the table. Each form is one entry in a list below: to add one,
// add a line (and a row to the valid/invalid table in test/unit/table-units.test.ts).
import { CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS } from './figures/units';

/** A scale and, when the words say it, a currency: "(Dollars in millions)" → 1e6 USD. */
export interface StatedUnit {
  scale: number;
  currency: string | null;
}

const SCALE_WORDS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  m: 1e6,
  mm: 1e6,
  mn: 1e6,
  mil: 1e6,
  billion: 1e9,
  billions: 1e9,
  b: 1e9,
  bn: 1e9,
  trillion: 1e12,
  trillions: 1e12,
  tn: 1e12,
};

/** "$", "US$", "€", "USD": written before a scale letter, as in "($M)", "US$bn", "(€m)". */
const CURRENCY_MARK = String.raw`(US\$|HK\$|\$|€|£|¥|USD|EUR|GBP|JPY|CNY)`;
const SCALE_WORD = String.raw`(thousands?|millions?|billions?|trillions?)`;
const SCALE_LETTER = String.raw`(k|m|mm|mn|mil|b|bn|tn|thousands?|millions?|billions?)`;

/**
 * The ways a table states its scale. `scale` and `currency` name the capture group holding each
 * (0 = none: the currency then comes from a currency word elsewhere in the same cell, or from
 * the table's own money cells).
 */
const SCALE_FORMS: readonly { example: string; pattern: RegExp; scale: number; currency: number }[] = [
  { example: '(In millions)', pattern: new RegExp(String.raw`\bin\s+${SCALE_WORD}\b`, 'i'), scale: 1, currency: 0 },
  { example: '(thousands of dollars)', pattern: new RegExp(String.raw`\b${SCALE_WORD}\s+of\s+(?:U\.?S\.?\s+)?(dollars|euros|pounds|yuan|yen)\b`, 'i'), scale: 1, currency: 2 },
  { example: '(billion dollars)', pattern: new RegExp(String.raw`\(\s*(?:in\s+)?${SCALE_WORD}\s+(?:U\.?S\.?\s+)?(dollars|euros|pounds|yuan|yen)\s*\)`, 'i'), scale: 1, currency: 2 },
  { example: '($M), (€m), ($ in millions)', pattern: new RegExp(String.raw`\(\s*${CURRENCY_MARK}\s*(?:in\s+)?${SCALE_LETTER}\s*\)`, 'i'), scale: 2, currency: 1 },
  { example: 'US$bn, USD m', pattern: new RegExp(String.raw`(?:^|[\s(])${CURRENCY_MARK}\s?${SCALE_LETTER}(?![\p{L}\p{N}])`, 'iu'), scale: 2, currency: 1 },
];

const CURRENCY_WORD = /\b(dollars?|euros?|yuan|yen|pounds?)\b/i;

function currencyOf(mark: string): string | null {
  if (mark === 'HK$') return 'HKD';
  if (mark.endsWith('$')) return 'USD';
  const lower = mark.toLowerCase();
  if (lower.startsWith('pound')) return 'GBP';
  return CURRENCY_SYMBOLS.get(mark) ?? CURRENCY_CODES.get(mark.toUpperCase()) ?? CURRENCY_WORDS.get(lower) ?? null;
}

/** The scale (and currency) a header cell, row label or caption states; null when it states none. */
export function statedUnit(text: string): StatedUnit | null {
  if (text.length > 400 || !/[a-z$€£¥]/i.test(text)) return null;
  for (const form of SCALE_FORMS) {
    const m = form.pattern.exec(text);
    if (!m) continue;
    const scale = SCALE_WORDS[m[form.scale].toLowerCase()];
    if (scale === undefined) continue;
    let currency: string | null = null;
    if (form.currency) currency = currencyOf(m[form.currency]);
    else {
      const w = CURRENCY_WORD.exec(text);
      if (w) currency = currencyOf(w[1]);
    }
    return { scale, currency };
  }
  return null;
}

/**
 * Rows whose figures keep their own unit whatever the caption says ("except per share amounts"):
 * a per-share figure is never in millions. Written as the row label says it.
 */
export const PER_SHARE_ROW = /\bper\s{1,3}(?:(?:common|diluted|basic)\s{1,3})?share\b|\bper-share\b|\beps\b|\bearnings\s{1,3}per\b/i;

/**
 * A column header that says its figures are percentage points: "Change (points)", "Y/Y (pts)",
 * "Change (% pts)", "pp". Read before PERCENT_LABEL: "% pts" are points, not percents.
 */
export const POINTS_LABEL = /\b(?:percentage[\s-]points?|points?|ppts?|pts|pp)\b/i;

/** A row or column label that says its figures are percentages: "percent of revenue", "Growth (%)", "% Change". */
export const PERCENT_LABEL = /%|\bpercent(?:age)?s?\b|\bpct\b/i;

/** A row label that says its figures are rates, when they are small enough to be ("Gross margin", "Tax rate"). */
export const RATE_LABEL = /\bmargins?\b|\brate\b|\bratio\b|\bshare\b|\bmix\b/i;

/** A row label for a count, not money, even under "(In millions)": "Users", "Employees". */
export const COUNT_LABEL = /\b(?:users|subscribers|customers|employees|headcount|gpus|shares outstanding|downloads|visits)\b/i;
