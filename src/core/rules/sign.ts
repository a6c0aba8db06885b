// sign: a direction that contradicts itself. "fell" next to "+20%"; a price that dropped
// from $20 to $15 shown as "+25%"; revenue that "rose" from $5 billion to $4 billion.
// The size of a change is percent-change's question; this rule only looks at which way.
import type { Claim, DirectionWord, Finding, Quantity, Relation } from '../types';
import { directionOf } from '../direction';
import { type Interval, sub } from '../tolerance';
import type { Rule, RuleContext } from './rule';
import {
  APPROXIMATORS,
  compact,
  comparable,
  inputIntervalPair,
  makeFinding,
  overlaps,
  related,
  relativeChange,
  replaceWith,
  short,
  signedStated,
  trailingWords,
  usable,
} from './util';

type Change = Extract<Relation, { kind: 'change' }>;

export const signRule: Rule = {
  id: 'sign',
  defaultSeverity: 'warning',
  summary: 'A direction word or sign that contradicts the figures: "fell" with +20%, a fall shown as a rise.',
  docs:
    'Checks which way a change goes: the explicit sign of a stated change against the two figures it ' +
    'connects ("dropped from $20 to $15, +25%" is -25%), a direction word against the figures ("rose from ' +
    '$5 billion to $4 billion") and a direction word against an explicit sign ("fell +20%"). Fix: the sign ' +
    'flipped when the size is right and the figures settle the direction; a word against a sign gets no fix, ' +
    'since either may be the mistake.',
  check(claim: Claim, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const rel of claim.relations) if (rel.kind === 'change') checkChange(rel, out);
    for (const rel of claim.relations) {
      if (rel.kind !== 'direction') continue;
      const q = rel.quantity;
      if (rel.from) {
        // "$12.7 billion, up from $3.7 billion": the word against the two levels, unless a stated change checked them.
        const m = covered(claim, rel.from, q, 'change') ? null : movement(rel.from, q);
        if (m && m.dir !== rel.word.direction) out.push(wordAgainstFigures(rel.word, rel.from, q, m.dir));
        continue;
      }
      const s = q.sign === '+' ? 'up' : q.sign === '-' ? 'down' : null;
      if (!s || s === rel.word.direction || q.vague || statesChange(claim, q)) continue;
      out.push(
        makeFinding(signRule, {
          span: q.span,
          message: `“${rel.word.text}” says ${rel.word.direction}, but ${q.text} is written as a ${s === 'up' ? 'rise' : 'fall'}.`,
          derivation: `“${rel.word.text}” → ${rel.word.direction}; ${q.text} → ${s}`,
          related: [{ span: rel.word.span, message: `Direction word: ${rel.word.text}` }],
        }),
      );
    }
    movementsWithoutChange(claim, ctx, out);
    return out;
  },
};

/** Which way the figures go, when their rounding cannot blur it. */
function movement(from: Quantity, to: Quantity): { dir: 'up' | 'down'; a: Interval; b: Interval } | null {
  if (!usable(from) || !usable(to) || !comparable(from, to)) return null;
  const [a, b] = inputIntervalPair(from, to);
  if (!a || !b) return null;
  if (b.low > a.high) return { dir: 'up', a, b };
  if (b.high < a.low) return { dir: 'down', a, b };
  return null;
}

function flipSign(text: string): string | null {
  if (text.startsWith('+')) return `-${text.slice(1)}`;
  if (text.startsWith('-') || text.startsWith('−')) return `+${text.slice(1)}`;
  return null;
}

function wordAgainstFigures(word: DirectionWord, from: Quantity, to: Quantity, dir: 'up' | 'down'): Finding {
  return makeFinding(signRule, {
    span: word.span,
    message: `“${word.text}” says ${word.direction}, but going from ${from.text} to ${to.text} is a ${dir === 'up' ? 'rise' : 'fall'}.`,
    derivation: `${short(to)} ${dir === 'up' ? '>' : '<'} ${short(from)}`,
    related: [related(from, 'From'), related(to, 'To')],
  });
}

/** Whether `q` is the stated figure of one of the claim's changes (a loop: no Set per claim with a change). */
function statesChange(claim: Claim, q: Quantity): boolean {
  for (const rel of claim.relations) if (rel.kind === 'change' && rel.stated === q) return true;
  return false;
}

/** The findings about one change, added to `out` (no array per change, most of which find nothing). */
function checkChange(rel: Change, out: Finding[]): void {
  const { from, to, stated } = rel;
  const m = movement(from, to);
  if (!m) return;
  if (rel.direction && rel.direction.direction !== m.dir) out.push(wordAgainstFigures(rel.direction, from, to, m.dir));
  if (stated.sign === null || stated.kind === 'multiple' || !usable(stated)) return;
  const s = stated.sign === '+' ? 'up' : 'down';
  if (s === m.dir) return;
  // Only when the size is right: otherwise percent-change fixes size and sign together.
  const derived: { i: Interval; v: number; how: string }[] = [];
  const diff = to.value - from.value;
  if (stated.kind === 'percent' || (stated.kind === 'percentagePoints' && from.kind === 'percent')) {
    if (m.a.low > 0) {
      const p = (diff / from.value) * 100;
      derived.push({ i: relativeChange(m.a, m.b), v: p, how: `(${short(to)} − ${short(from)}) ÷ ${short(from)} = ${compact(p, 'percent', '%')}` });
    }
    if (from.kind === 'percent') derived.push({ i: sub(m.b, m.a), v: diff, how: `${short(to)} − ${short(from)} = ${compact(diff, 'percentagePoints', 'pp')}` });
  } else if (comparable(stated, from)) {
    derived.push({ i: sub(m.b, m.a), v: diff, how: `${short(to)} − ${short(from)} = ${compact(diff, stated.kind, stated.unit)}` });
  }
  const own = signedStated(stated, 1);
  const flipped = signedStated(stated, -1);
  const match = derived.find((d) => overlaps(flipped, d.i) && !overlaps(own, d.i));
  if (!match) return;
  const text = flipSign(stated.text);
  out.push(
    makeFinding(signRule, {
      span: stated.span,
      message: `Going from ${from.text} to ${to.text} is a ${m.dir === 'up' ? 'rise' : 'fall'}, so the change is ${text ?? 'of the other sign'}, not ${stated.text}.`,
      derivation: match.how,
      fix: text ? replaceWith(stated.span, text, stated.text) : null,
      related: [related(from, 'From'), related(to, 'To')],
    }),
  );
}

const ADVERBS = new Set(['sharply', 'steeply', 'slightly', 'significantly', 'dramatically', 'rapidly', 'further', 'again']);
/** Direction words that are not the verb of "… from A to B" ("growth from", "up from"). */
const NOT_VERBS = new Set(['growth', 'up', 'down', 'higher', 'lower']);

/** Between the two figures of "from A to B": "to", perhaps after a period, perhaps before a qualifier (exported for tests). */
export const TO_GAP = /^\s*(?:in\s+\S+\s+)?to\s+(?:about\s+|roughly\s+|around\s+|~)?$/i;

/**
 * Whether text[from, to) opens, after any spaces, with the "i" of "in" or the "t" of "to",
 * as TO_GAP needs: most gaps between two figures do not, and are then neither cut out of
 * the text nor matched. (Exported for tests.)
 */
export function startsInOrTo(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && isSpaceAt(text, i)) i++;
  if (i >= to) return false;
  const c = text.charCodeAt(i) | 0x20; // ASCII lower case: only "I"/"i" and "T"/"t" give these
  return c === 0x69 || c === 0x74;
}

const SPACE = /\s/;

/** `\s` at text[i], by code for ASCII (no one-character string per test). */
function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(text[i]);
}

/** Whether a change (or, unless `only` says so, a range or a level's direction) already joins `a` to `b`. */
function covered(claim: Claim, a: Quantity, b: Quantity, only?: 'change'): boolean {
  // A loop, not some() with an arrow function: no closure per pair of figures.
  for (const r of claim.relations) {
    if (r.kind === 'change' && r.from === a && r.to === b) return true;
    if (only) continue;
    if ((r.kind === 'range' && r.low === a && r.high === b) || (r.kind === 'direction' && r.from === a && r.quantity === b)) return true;
  }
  return false;
}

/**
 * "revenue rose from $5 billion to $4 billion" with no stated change: only the word can be
 * checked. Its findings are added to `out`.
 */
function movementsWithoutChange(claim: Claim, ctx: RuleContext, out: Finding[]): void {
  const qs = claim.quantities;
  for (let n = 0; n + 1 < qs.length; n++) {
    const a = qs[n];
    const b = qs[n + 1];
    if (a.isRange || b.isRange || covered(claim, a, b)) continue;
    const leadA = a.qualifierSpan && a.qualifierSpan.start < a.span.start ? a.qualifierSpan.start : a.span.start;
    const leadB = b.qualifierSpan && b.qualifierSpan.start < b.span.start ? b.qualifierSpan.start : b.span.start;
    if (!startsInOrTo(ctx.text, a.span.end, leadB) || !TO_GAP.test(ctx.text.slice(a.span.end, leadB))) continue;
    const from = Math.max(0, leadA - 50);
    const words = trailingWords(ctx.text.slice(from, leadA), 4);
    let i = words.length - 1;
    while (i >= 0 && APPROXIMATORS.has(words[i].lower)) i--;
    if (i < 1 || words[i].lower !== 'from') continue;
    i--;
    if (ADVERBS.has(words[i].lower)) i--;
    if (i < 0) continue;
    const verb = words[i];
    const dir = directionOf(verb.text);
    if (!dir || NOT_VERBS.has(verb.lower)) continue;
    const m = movement(a, b);
    if (!m || m.dir === dir) continue;
    const start = from + verb.start;
    out.push(wordAgainstFigures({ text: verb.text, span: { start, end: start + verb.text.length }, direction: dir }, a, b, m.dir));
  }
}
