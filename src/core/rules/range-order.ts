// range-order: a range whose low end is above its high end ("between $9 billion and $2
// billion", "$12-10 billion"). Usually a typo, sometimes two figures swapped in editing.
// "from $9 billion to $2 billion" is a movement, not a range, and is never reported here.
import type { Claim, Finding, Fix, Quantity } from '../types';
import { directionOf } from '../read/direction';
import type { Rule } from './rule';
import { APPROXIMATORS, comparable, makeFinding, related, replaceWith, short, trailingWords, usable } from './util';

export const rangeOrderRule: Rule = {
  id: 'range-order',
  defaultSeverity: 'error',
  summary: 'A range whose low end is written above its high end.',
  docs:
    'A range is written low end first: "$10-12 billion", "between $2 billion and $9 billion". A range ' +
    'whose first end is the larger ("$12-10 billion", "between $9 billion and $2 billion") is reported; ' +
    '"from $9 billion to $2 billion" describes a fall and is left alone. Fix: the two ends swapped.',
  check(claim: Claim, ctx): Finding[] {
    const out: Finding[] = [];
    for (const q of claim.quantities) {
      if (!q.isRange || !usable(q) || !(q.low > q.high) || startsWithYear(q)) continue;
      if (isMovement(ctx.text, q) && !movesToRange(claim, q, ctx.text)) continue;
      const swapped = swapEnds(q.text);
      out.push(
        makeFinding(rangeOrderRule, {
          span: q.span,
          message: `The range ${q.text} puts its high end first${swapped ? `; it reads ${swapped} the right way round` : ''}.`,
          derivation: `${short({ ...q, isRange: false, value: q.low })} > ${short({ ...q, isRange: false, value: q.high })}`,
          fix: swapped ? replaceWith(q.span, swapped, q.text) : null,
        }),
      );
    }
    for (const rel of claim.relations) {
      if (rel.kind !== 'range') continue;
      const { low, high } = rel;
      if (!usable(low) || !usable(high) || !comparable(low, high)) continue;
      if (!(Math.min(low.low, low.high) > Math.max(high.low, high.high))) continue;
      // The claim reader only pairs "from A to B" as a range after a cue ("ranging from"), so
      // only a direction word before it says movement here.
      if (high.span.start < low.span.end || isMovement(ctx.text, low, false)) continue;
      const span = { start: low.span.start, end: high.span.end };
      const middle = ctx.text.slice(low.span.end, high.span.start);
      const current = ctx.text.slice(span.start, span.end);
      const swapped = swapRelationEnds(low, high, middle);
      const fix: Fix | null = swapped !== null && middle.length <= 20 ? replaceWith(span, swapped, current) : null;
      out.push(
        makeFinding(rangeOrderRule, {
          span,
          message: `The range puts ${low.text}, its high end, before ${high.text}.`,
          derivation: `${short(low)} > ${short(high)}`,
          fix,
          related: [related(low, 'First end'), related(high, 'Second end')],
        }),
      );
    }
    return out;
  },
};

/**
 * "between $9 billion and $2 billion" → "$2 billion and $9 billion". When both ends share a
 * scale, only the numbers trade places: an end may have borrowed the other's scale word
 * ("between $1 and $0.1 million" means $1 million), and moving whole texts would move the
 * word with it ("$0.1 million and $1", still backwards). Null when unsure.
 */
function swapRelationEnds(low: Quantity, high: Quantity, middle: string): string | null {
  if (low.scale !== high.scale) {
    // An end with no scale word would borrow the other's once it comes first ("$2 and $1
    // million"), so the swap is only certain when both ends name their scale.
    return low.scaleText && high.scaleText ? `${high.text}${middle}${low.text}` : null;
  }
  const a = [...low.text.matchAll(NUMBER)];
  const b = [...high.text.matchAll(NUMBER)];
  if (a.length !== 1 || b.length !== 1) return null;
  const put = (text: string, m: RegExpMatchArray, n: string) => text.slice(0, m.index!) + n + text.slice(m.index! + m[0].length);
  return `${put(low.text, a[0], b[0][0])}${middle}${put(high.text, b[0], a[0][0])}`;
}

/** Whether the figure is the start of a movement ("fell from $9 billion to $2 billion", "dropped $9-2 billion"). */
function isMovement(text: string, q: Quantity, fromMeansMovement = true): boolean {
  const start = q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
  const words = trailingWords(text.slice(Math.max(0, start - 40), start), 3);
  let i = words.length - 1;
  while (i >= 0 && APPROXIMATORS.has(words[i].lower)) i--;
  if (i >= 0 && words[i].lower === 'from') {
    if (fromMeansMovement) return true;
    i--;
  }
  return i >= 0 && directionOf(words[i].text) !== null;
}

/**
 * "raising the outlook from $750 million-$1.0 billion to $900 million-$1.1 billion": the
 * movement is from one range to another, and each is still written low end first.
 */
function movesToRange(claim: Claim, q: Quantity, text: string): boolean {
  const i = claim.quantities.indexOf(q);
  const next = i >= 0 ? claim.quantities[i + 1] : undefined;
  return !!next && next.isRange && next.kind === q.kind && /^\s+to\s+$/i.test(text.slice(q.span.end, next.span.start));
}

/**
 * "from 52% in October 2024 to 70%": a year read as the first end of a range is a date, not
 * a figure; no writer means a range from 2024 down to 70.
 */
function startsWithYear(q: Quantity): boolean {
  const m = /^\s*(\d{4})\b/.exec(q.text);
  return !!m && !/[.,]/.test(q.text.slice(m.index + m[0].length, m.index + m[0].length + 1)) && +m[1] >= 1900 && +m[1] <= 2100;
}

const NUMBER = /\d[\d,]*(?:\.\d+)?/g;
/** Where the two ends of a range meet: a dash or " to ". */
function findSeparator(between: string): { index: number; length: number } | null {
  for (const dash of ['-', '–', '—']) {
    const at = between.indexOf(dash);
    if (at >= 0) {
      let a = at;
      let b = at + 1;
      while (a > 0 && between[a - 1] === ' ') a--;
      while (b < between.length && between[b] === ' ') b++;
      return { index: a, length: b - a };
    }
  }
  const to = between.toLowerCase().indexOf(' to ');
  return to >= 0 ? { index: to, length: 4 } : null;
}

/** "$12-10 billion" → "$10-12 billion"; "$1.2 billion-$900 million" → "$900 million-$1.2 billion". Null when unsure. */
export function swapEnds(text: string): string | null {
  const nums = [...text.matchAll(NUMBER)];
  if (nums.length !== 2) return null;
  const [n1, n2] = nums;
  const n1End = n1.index! + n1[0].length;
  const between = text.slice(n1End, n2.index!);
  const sep = findSeparator(between);
  if (!sep) return null;
  const leftTail = between.slice(0, sep.index);
  if (leftTail.trim() === '') {
    // One scale for both ends: swap the numbers only.
    return text.slice(0, n1.index!) + n2[0] + between + n1[0] + text.slice(n2.index! + n2[0].length);
  }
  // Each end has its own scale: swap the ends whole.
  const sepStart = n1End + sep.index;
  const sepEnd = sepStart + sep.length;
  return text.slice(sepEnd) + text.slice(sepStart, sepEnd) + text.slice(0, sepStart);
}
