// Figures written the way a finance writer writes them: "$13.1 billion", "+30%",
// "12 percentage points". A fix must read as if the writer had typed it, so `formatLike`
// copies the style of the figure it replaces (currency prefix, "billion" vs "B" vs "bn",
// spacing, explicit sign, decimals) and only changes the number and, when the value
// needs it, the scale.
import type { Quantity } from './types';
import { SMALL_NUMBER_WORDS } from './read/figures/numberWords';
import { digitValue } from './read/figures/tokens';

const CURRENCY_PREFIX: Record<string, string> = {
  USD: '$',
  EUR: '€',
  GBP: '£',
  JPY: '¥',
  CNY: '¥',
  INR: '₹',
  KRW: '₩',
};

/** Inserts thousands separators into a plain digit string (no sign, no fraction). */
function groupThousands(intPart: string): string {
  let out = '';
  const n = intPart.length;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 === 0) out += ',';
    out += intPart[i];
  }
  return out;
}

/** Whether rounding `m` to `d` fraction digits loses nothing (up to float noise). */
function expresses(m: number, d: number): boolean {
  const f = Math.pow(10, d);
  return Math.abs(Math.round(m * f) / f - m) <= 1e-9 * Math.max(1, Math.abs(m));
}

/**
 * Fraction digits for `m`: the writer's own when they express it exactly, else the fewest
 * up to `max` that do, else `max`. A non-zero value never rounds to zero.
 */
function chooseDecimals(m: number, writer: number | null, max: number): number {
  if (writer !== null && writer >= 0 && expresses(m, writer)) return writer;
  for (let d = 0; d <= max; d++) if (expresses(m, d)) return d;
  let d = max;
  while (d < 8 && m !== 0 && Math.abs(m) < Math.pow(10, -d)) d++;
  return d;
}

/** |m| with `d` decimals, optionally grouped: 1250 → "1,250". Non-finite → "". */
export function formatNumber(m: number, d: number, group = true): string {
  if (!Number.isFinite(m)) return '';
  const fixed = Math.abs(m).toFixed(Math.max(0, Math.min(20, d)));
  if (fixed.includes('e')) return fixed;
  const dot = fixed.indexOf('.');
  const intPart = dot < 0 ? fixed : fixed.slice(0, dot);
  const frac = dot < 0 ? '' : fixed.slice(dot);
  return (group ? groupThousands(intPart) : intPart) + frac;
}

// ---------------------------------------------------------------------------
// Scale families: how a writer spells thousand/million/billion/trillion.

type Family = [number, string][];

const WORDS: Family = [
  [1e3, 'thousand'],
  [1e6, 'million'],
  [1e9, 'billion'],
  [1e12, 'trillion'],
];
const UPPER: Family = [
  [1e3, 'K'],
  [1e6, 'M'],
  [1e9, 'B'],
  [1e12, 'T'],
];
const LOWER_BN: Family = [
  [1e3, 'k'],
  [1e6, 'm'],
  [1e9, 'bn'],
  [1e12, 'tn'],
];
const LOWER_MN: Family = [
  [1e3, 'k'],
  [1e6, 'mn'],
  [1e9, 'bn'],
  [1e12, 'tn'],
];
const LOWER_B: Family = [
  [1e3, 'k'],
  [1e6, 'm'],
  [1e9, 'b'],
  [1e12, 't'],
];
const CJK: Family = [
  [1e4, '万'],
  [1e8, '亿'],
  [1e12, '万亿'],
];

function familyOf(scaleText: string): Family {
  const lower = scaleText.toLowerCase();
  if (lower === 'thousand' || lower === 'million' || lower === 'billion' || lower === 'trillion') return WORDS;
  if (scaleText === '万' || scaleText === '亿' || scaleText === '万亿') return CJK;
  if (scaleText === 'K' || scaleText === 'M' || scaleText === 'B' || scaleText === 'T') return UPPER;
  if (scaleText === 'mn') return LOWER_MN;
  if (scaleText === 'b' || scaleText === 't') return LOWER_B;
  if (scaleText === 'k' || scaleText === 'm' || scaleText === 'bn' || scaleText === 'tn') return LOWER_BN;
  return WORDS;
}

function capitalise(word: string, like: string): string {
  if (like.length > 0 && like[0] !== like[0].toLowerCase() && /^[a-z]/.test(word)) {
    return like === like.toUpperCase() && like.length > 1 ? word.toUpperCase() : word[0].toUpperCase() + word.slice(1);
  }
  return word;
}

/**
 * The scale to write `value` with. The largest of the family the value reaches, except:
 * "thousand" only when the writer used it; a writer's deliberate "$1,250 million" or
 * "$0.5 billion" keeps its scale while the number stays readable in it.
 */
function pickScale(value: number, family: Family, templateScale: number, templateMantissa: number): number {
  const v = Math.abs(value);
  const ts = family.some(([s]) => s === templateScale) ? templateScale : 0;
  if (ts > 0) {
    const m = v / ts;
    if (Math.abs(templateMantissa) >= 1000 && m >= 1 && m < 1e6) return ts;
    if (Math.abs(templateMantissa) < 1 && templateMantissa !== 0 && m >= 0.1 && m < 1000) return ts;
  }
  let chosen = 1;
  for (const [s] of family) {
    if (s === 1e3 && family === WORDS && templateScale !== 1e3) continue;
    if (s === 1e3 && family !== WORDS && family !== CJK && templateScale !== 1e3) continue;
    if (v >= s) chosen = s;
  }
  return chosen;
}

function scaleName(family: Family, scale: number, like: string): string {
  for (const [s, name] of family) if (s === scale) return capitalise(name, like);
  return '';
}

// ---------------------------------------------------------------------------
// Plain formatters, for messages and derivations.

export interface MoneyStyle {
  /** Currency as written before the number ("$", "US$", "€", "USD "). */
  prefix?: string;
  /** Written after the number and scale (" dollars", "美元"). */
  suffix?: string;
  /** A scale word in the family to use ("billion", "B", "bn", "亿"). */
  scaleLike?: string;
  /** Space between number and scale; default: a space for words, none for letters. */
  space?: boolean;
  decimals?: number;
}

export function formatMoney(value: number, currency = 'USD', style: MoneyStyle = {}): string {
  if (!Number.isFinite(value)) return '';
  const prefix = style.prefix ?? CURRENCY_PREFIX[currency] ?? `${currency} `;
  const family = familyOf(style.scaleLike ?? 'billion');
  const scale = pickScale(value, family, 0, 0);
  const m = value / scale;
  const d = style.decimals ?? chooseDecimals(m, null, scale === 1 && Math.abs(m) < 100 && !Number.isInteger(m) ? 2 : 2);
  const name = scale === 1 ? '' : scaleName(family, scale, style.scaleLike ?? '');
  const isWord = /^[a-z]{4,}$/i.test(name);
  const space = name === '' ? '' : (style.space ?? isWord) ? ' ' : '';
  const sign = value < 0 ? '-' : '';
  return `${sign}${prefix}${formatNumber(m, d, family !== CJK)}${space}${name}${style.suffix ?? ''}`;
}

export interface PercentStyle {
  /** Write "+" on a positive value. */
  sign?: boolean;
  decimals?: number;
  /** Minus as the writer wrote it ("-" or "−"). */
  minus?: string;
  suffix?: string;
}

function signed(value: number, explicit: boolean, minus = '-'): string {
  if (value < 0) return minus;
  if (value > 0 && explicit) return '+';
  return '';
}

function percentMaxDecimals(m: number): number {
  return Math.abs(m) >= 10 ? 1 : 2;
}

export function formatPercent(value: number, style: PercentStyle = {}): string {
  if (!Number.isFinite(value)) return '';
  const d = style.decimals ?? chooseDecimals(value, null, percentMaxDecimals(value));
  return `${signed(value, !!style.sign, style.minus)}${formatNumber(value, d)}${style.suffix ?? '%'}`;
}

/**
 * Percentage points, in the suffix style of the writer: "12 percentage points" by default,
 * "12pp" when `suffixLike` is "pp", " pts" → "12 pts". A single point is singular.
 */
export function formatPoints(value: number, suffixLike = ' percentage points', sign = false): string {
  if (!Number.isFinite(value)) return '';
  const d = chooseDecimals(value, null, percentMaxDecimals(value));
  return `${signed(value, sign)}${formatNumber(value, d)}${pointsSuffix(suffixLike, value)}`;
}

/** A points figure's suffix that says basis points: " basis points", "bps", " bp". */
const BASIS_POINTS = /\b(?:basis\s{1,3}points?|bps?)\s{0,3}$/i;

function pointsSuffix(suffix: string, value: number): string {
  const one = Math.abs(value) === 1;
  if (/points$/i.test(suffix) && one) return suffix.slice(0, -1);
  if (/point$/i.test(suffix) && !one) return suffix + 's';
  return suffix;
}

export function formatMultiple(value: number, suffix = 'x'): string {
  if (!Number.isFinite(value)) return '';
  const d = chooseDecimals(value, null, 2);
  return `${formatNumber(value, d)}${suffix}`;
}

/** A count: "12 million", "120,000", with the noun when given ("12 million subscribers"). */
export function formatCount(value: number, noun = ''): string {
  if (!Number.isFinite(value)) return '';
  const scale = pickScale(value, WORDS, 0, 0);
  const m = value / scale;
  const d = chooseDecimals(m, null, 2);
  const name = scale === 1 ? '' : ` ${scaleName(WORDS, scale, '')}`;
  const sign = value < 0 ? '-' : '';
  return `${sign}${formatNumber(m, d)}${name}${noun ? ` ${noun}` : ''}`;
}

// ---------------------------------------------------------------------------
// formatLike: a replacement for template.span in the writer's own style.

interface Shape {
  /** Everything before the number, without the sign: "$", "US$", "USD ", "€". */
  prefix: string;
  /** The sign character as written ("+", "-", "−") or "". */
  signChar: string;
  /** The last number as written ("13.1", "1,250", "5000"). */
  number: string;
  /** Between the number and the scale: " " or "". */
  space: string;
  scaleText: string;
  /** After the scale: "%", " percent", "pp", " percentage points", "x", " dollars", "美元". */
  suffix: string;
}

const SIGN_CHARS = '+-−';

/** Splits a figure written with digits (any script) into its parts; null when it has none (words). */
function shapeOf(q: Quantity): Shape | null {
  const t = q.text;
  let lastDigit = -1;
  for (let i = t.length - 1; i >= 0; i--) {
    if (digitValue(t.charCodeAt(i)) >= 0) {
      lastDigit = i;
      break;
    }
  }
  if (lastDigit < 0) return null;
  let start = lastDigit;
  while (start > 0) {
    const c = t[start - 1];
    if (digitValue(t.charCodeAt(start - 1)) >= 0 || c === ',' || c === '.') start--;
    else break;
  }
  while (start < lastDigit && (t[start] === ',' || t[start] === '.')) start++;
  let firstDigit = -1;
  for (let i = 0; i < t.length; i++) {
    if (digitValue(t.charCodeAt(i)) >= 0) {
      firstDigit = i;
      break;
    }
  }
  let prefix = t.slice(0, firstDigit);
  let signChar = '';
  if (prefix.length > 0 && SIGN_CHARS.includes(prefix[0])) {
    signChar = prefix[0];
    prefix = prefix.slice(1);
  }
  // A sign right before the digits ("$-5") belongs to the number, not the currency.
  if (prefix.length > 0 && SIGN_CHARS.includes(prefix[prefix.length - 1])) {
    signChar = signChar || prefix[prefix.length - 1];
    prefix = prefix.slice(0, -1);
  }
  const number = t.slice(start, lastDigit + 1);
  const rest = t.slice(lastDigit + 1);
  let space = '';
  let scaleText = '';
  let suffix = rest;
  if (q.scaleText) {
    // Whatever joins number and scale: a space, nothing, or the hyphen of "$5-billion".
    let gap = 0;
    while (gap < rest.length && (rest[gap] === ' ' || rest[gap] === '-' || rest[gap] === '\u00a0')) gap++;
    const trimmed = rest.slice(gap);
    if (trimmed.startsWith(q.scaleText)) {
      space = rest.slice(0, rest.length - trimmed.length);
      scaleText = q.scaleText;
      suffix = trimmed.slice(q.scaleText.length);
    }
  }
  return { prefix, signChar, number, space, scaleText, suffix };
}

function wordFor(n: number): string | null {
  if (!Number.isInteger(n) || n < 0 || n >= SMALL_NUMBER_WORDS.length) return null;
  return SMALL_NUMBER_WORDS[n];
}

/** A figure the writer spelled out ("five percent", "twice", "ten times", "fourfold"). */
function formatWordsLike(q: Quantity, value: number): string {
  const lower = q.text.toLowerCase();
  const cap = (s: string): string => (q.text[0] && q.text[0] !== q.text[0].toLowerCase() ? s[0].toUpperCase() + s.slice(1) : s);
  const word = wordFor(value);
  switch (q.kind) {
    case 'percent': {
      const suffix = lower.endsWith('per cent') ? ' per cent' : ' percent';
      return cap(`${word ?? formatNumber(value, chooseDecimals(value, null, percentMaxDecimals(value)))}${suffix}`);
    }
    case 'multiple': {
      if (value === 2 && lower === 'twice') return q.text;
      if (lower.endsWith('fold')) {
        return cap(word ? `${word}fold` : `${formatNumber(value, chooseDecimals(value, null, 2))}-fold`);
      }
      if (value === 2) return cap('twice');
      return cap(`${word ?? formatNumber(value, chooseDecimals(value, null, 2))} times`);
    }
    case 'percentagePoints':
      return `${word ?? formatNumber(value, chooseDecimals(value, null, percentMaxDecimals(value)))}${pointsSuffix(' percentage points', value)}`;
    default: {
      // "a billion users" → "1.2 billion"; money keeps its currency word when it had one.
      const scale = pickScale(value, WORDS, 0, 0);
      const m = Math.abs(value) / scale;
      const num = scale === 1 ? (word ?? formatNumber(m, chooseDecimals(m, null, 2))) : `${formatNumber(m, chooseDecimals(m, null, 2))} ${scaleName(WORDS, scale, '')}`;
      const tail = q.kind === 'money' && /dollars$/i.test(q.text) ? ' dollars' : '';
      return cap(`${value < 0 ? '-' : ''}${num}${tail}`);
    }
  }
}

/**
 * The text to put in place of `template.span` so that it states `value` the way the writer
 * wrote the template. `value` is in the template's units (currency units for money, percent
 * as written for percent and pp, the factor for a multiple, the number for a count).
 * Never returns NaN or "Infinity": a non-finite value gives back the template text.
 */
export function formatLike(template: Quantity, value: number): string {
  if (!Number.isFinite(value) || template.vague) return template.text;
  const shape = shapeOf(template);
  if (!shape) return formatWordsLike(template, value);

  const explicitSign = template.sign !== null;
  const minus = shape.signChar === '−' ? '−' : '-';
  const sign = value < 0 ? minus : value > 0 && explicitSign ? '+' : '';
  const tScale = template.scale > 0 ? template.scale : 1;
  const tMantissa = template.isRange ? template.high / tScale : template.value / tScale;
  const groupDigits = shape.number.includes(',') || !/\d{4}/.test(shape.number);

  // A table's accounting style: "$(134)" and "(8)%" are negative, written in brackets.
  if (ACCOUNTING.test(template.text)) return accountingLike(template, value);
  // "$18,015" in a table "(Dollars in millions)": the number stays in the table's scale.
  if (template.scaleImplied && template.scale > 1) return impliedScaleLike(template, shape, sign, value);

  if (template.kind === 'money' || template.kind === 'count') {
    const family = familyOf(template.scaleText);
    // A count with a unit such as GW keeps scale 1 ("1.2 GW"); figures without a scale word
    // gain one only when they are large enough to need it.
    let scale: number;
    if (tScale === 1 && template.scaleText === '') {
      scale = Math.abs(value) >= 1e6 && template.kind === 'money' ? pickScale(value, WORDS, 0, 0) : 1;
    } else {
      scale = pickScale(value, family, tScale, tMantissa);
    }
    const m = Math.abs(value) / scale;
    // The writer's decimals belong to the writer's scale: "1.4万亿" → "6000亿", not "6000.0亿".
    const writerDecimals = scale === tScale ? template.decimals : null;
    const max = Math.max(2, writerDecimals ?? 0);
    const d = chooseDecimals(m, writerDecimals, max);
    let scaleText = '';
    let space = '';
    if (scale !== 1) {
      if (template.scaleText) {
        scaleText = scaleName(family, scale, template.scaleText);
        space = shape.space;
      } else {
        scaleText = scaleName(WORDS, scale, '');
        space = ' ';
      }
    }
    const cjk = family === CJK && scale !== 1;
    return `${sign}${shape.prefix}${formatNumber(m, d, groupDigits && !cjk)}${space}${scaleText}${shape.suffix}`;
  }

  // percent, percentage points, multiples: no scale, only the number changes. Basis points
  // ("460 basis points", read as 4.6 percentage points) are written back in basis points.
  if (template.kind === 'percentagePoints' && BASIS_POINTS.test(shape.suffix)) {
    const bp = Math.abs(value) * 100;
    return `${sign}${shape.prefix}${formatNumber(bp, chooseDecimals(bp, Math.max(0, template.decimals - 2), 1), groupDigits)}${shape.space}${shape.scaleText}${pointsSuffix(shape.suffix, bp)}`;
  }
  const m = Math.abs(value);
  const max = template.kind === 'multiple' ? 2 : percentMaxDecimals(m);
  const d = chooseDecimals(m, template.decimals, Math.max(max, 0));
  const suffix = template.kind === 'percentagePoints' ? pointsSuffix(shape.suffix, value) : shape.suffix;
  return `${sign}${shape.prefix}${formatNumber(m, d, groupDigits)}${shape.space}${shape.scaleText}${suffix}`;
}

/** A figure in accounting brackets: "$(134)", "(8)%", "(4,095)", "(8%)". */
const ACCOUNTING = /^[^\d(]*\(\s*[^()]*\d[^()]*\)[^()]*$/;

/** `value` in the style of an accounting template: in brackets when negative, without them when not. */
function accountingLike(template: Quantity, value: number): string {
  const open = template.text.indexOf('(');
  const close = template.text.lastIndexOf(')');
  const inner = template.text.slice(open + 1, close);
  const plain: Quantity = { ...template, text: `${template.text.slice(0, open)}${inner}${template.text.slice(close + 1)}`, sign: null };
  const written = formatLike(plain, Math.abs(value));
  if (value >= 0) return written;
  // Brackets around the number only ("$(134)", "(8)%"), or around it with its unit ("(8%)").
  const around = inner.trim();
  const m = /\d[\d,.]{0,40}/.exec(written);
  if (!m) return written;
  const wraps = /%$/.test(around) ? /\d[\d,.]{0,40}\s{0,3}%/.exec(written) ?? m : m;
  return `${written.slice(0, wraps.index)}(${wraps[0]})${written.slice(wraps.index + wraps[0].length)}`;
}

/** A table cell written without the table's scale ("$18,015" in millions): the number in that scale. */
function impliedScaleLike(template: Quantity, shape: Shape, sign: string, value: number): string {
  const m = Math.abs(value) / template.scale;
  const d = chooseDecimals(m, template.decimals, Math.max(2, template.decimals));
  const group = shape.number.includes(',') || !/\d{4}/.test(shape.number) || m >= 1e4;
  return `${sign}${shape.prefix}${formatNumber(m, d, group)}${shape.suffix}`;
}

/** A range in the template's style, one scale for both ends: "$7-10 billion". */
export function formatRangeLike(template: Quantity, low: number, high: number): string {
  if (!Number.isFinite(low) || !Number.isFinite(high)) return template.text;
  const single: Quantity = { ...template, isRange: false, value: high, low: high, high };
  const highText = formatLike(single, high);
  const shape = shapeOf(single);
  if (!shape) return `${formatLike(single, low)} to ${highText}`;
  // Write the low end in the scale the high end chose, without prefix or suffix.
  const hs = shapeOf({ ...single, text: highText, scaleText: '' });
  const highNumber = hs ? hs.number : '';
  const highValueInText = Number(highNumber.replace(/,/g, ''));
  const scale = highValueInText > 0 ? Math.abs(high) / highValueInText : 1;
  const lm = Math.abs(low) / (Number.isFinite(scale) && scale > 0 ? scale : 1);
  const d = chooseDecimals(lm, template.decimals, Math.max(2, template.decimals));
  const dash = template.text.includes('–') ? '–' : '-';
  const idx = hs ? highText.lastIndexOf(highNumber) : -1;
  if (idx < 0) return `${formatLike(single, low)}${dash}${highText}`;
  return `${highText.slice(0, idx)}${formatNumber(lm, d, !highNumber.match(/^\d{4}/))}${dash}${highText.slice(idx)}`;
}

// ---------------------------------------------------------------------------
// describe: the reading shown on hover.

const QUALIFIER_WORDS: Record<string, string> = {
  about: 'about',
  nearly: 'nearly',
  over: 'more than',
  atLeast: 'at least',
  under: 'less than',
  upTo: 'up to',
};

function plain(value: number): string {
  if (!Number.isFinite(value) || Math.abs(value) >= 1e21) return String(value);
  const d = chooseDecimals(value, null, 6);
  return (value < 0 ? '-' : '') + formatNumber(value, d);
}

/** A short human reading of a quantity for hovers: "USD 1.4 trillion (1,400,000,000,000)". */
export function describe(q: Quantity): string {
  const qual = q.qualifier ? `${QUALIFIER_WORDS[q.qualifier]} ` : '';
  if (q.vague) return `${q.text} (vague: recognised, not checked)`;
  const both = (f: (v: number) => string): string => (q.isRange ? `${f(q.low)}–${f(q.high)}` : f(q.value));
  switch (q.kind) {
    case 'money': {
      const family = WORDS;
      const scale = pickScale(q.isRange ? Math.max(Math.abs(q.low), Math.abs(q.high)) : q.value, family, 0, 0);
      const name = scale === 1 ? '' : ` ${scaleName(family, scale, '')}`;
      const short = both((v) => plain(v / scale));
      return `${qual}${q.unit} ${short}${name} (${both(plain)})`;
    }
    case 'percent':
      return `${qual}${both((v) => plain(v))}%`;
    case 'percentagePoints':
      return `${qual}${both((v) => plain(v))} percentage points`;
    case 'multiple':
      return `${qual}${both((v) => plain(v))}×`;
    case 'count': {
      const unit = q.unit === 'gw' || q.unit === 'mw' ? q.unit.toUpperCase() : q.unit === 'gpus' ? 'GPUs' : q.unit;
      return `${qual}${both(plain)}${unit ? ` ${unit}` : ''}`;
    }
    default:
      return q.text;
  }
}
