// sign: a direction that contradicts itself. "fell" next to "+20%"; a price that dropped
// from $20 to $15 shown as "+25%"; revenue that "rose" from $5 billion to $4 billion.
// The size of a change is percent-change's question; this rule only looks at which way.
import type { Claim, DirectionWord, Finding, Quantity, Relation } from '../types';
import { oppositeWord } from '../read/direction';
import { readMovements } from '../read/movements';
import { type Interval, interval, statedInterval, sub } from '../tolerance';
import type { Rule, RuleContext } from './rule';
import {
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
    'flipped when the size is right and the figures settle the direction; a direction word the figures ' +
    'contradict is turned around ("Down 32%" → "Up 32%"), preferred when the stated change has the figures\' ' +
    'size, offered otherwise; a word against a sign gets no fix, since either may be the mistake. "Improved" ' +
    'and "worsened" follow what they measure: a loss, a cost or cash burn that improved went down.',
  check(claim: Claim, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    for (const rel of claim.relations) if (rel.kind === 'change') checkChange(rel, out);
    for (const rel of claim.relations) {
      if (rel.kind !== 'direction') continue;
      const q = rel.quantity;
      if (rel.from) {
        // "$12.7 billion, up from $3.7 billion": the word against the two levels, unless a stated
        // change checked them. Only the direction is asked, so a bound counts for its direction
        // ("just under 30% …, down from a little over 32%"), as for a movement read without a relation.
        const m = joinedByChange(claim, rel.from, q) ? null : movement(rel.from, q, true);
        if (m && m.dir !== rel.word.direction) out.push(wordAgainstFigures(rel.word, rel.from, q, m.dir, false));
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

/**
 * Which way the figures go, when their rounding cannot blur it. `bounds`: a bound or a range
 * counts for its direction ("from over 32% to just under 30%" is a fall), where only the
 * direction is asked, never a size.
 */
function movement(from: Quantity, to: Quantity, bounds = false): { dir: 'up' | 'down'; a: Interval; b: Interval } | null {
  if (!usable(from) || !usable(to) || !comparable(from, to)) return null;
  let [a, b] = inputIntervalPair(from, to);
  if (bounds) {
    // A range's written ends ("from 1-2% to 3-4%" rises, though 2.4% and 2.5% round to both).
    a = from.isRange ? interval(Math.min(from.low, from.high), Math.max(from.low, from.high)) : (a ?? statedInterval(from));
    b = to.isRange ? interval(Math.min(to.low, to.high), Math.max(to.low, to.high)) : (b ?? statedInterval(to));
  }
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

/**
 * A direction word the two figures contradict. The fix turns the word around: preferred when
 * the change the writer states has the size the figures give (then only the word is wrong),
 * offered as an alternative when nothing states a size (the figures may be the mistake).
 */
function wordAgainstFigures(word: DirectionWord, from: Quantity, to: Quantity, dir: 'up' | 'down', sizeAgrees: boolean): Finding {
  const opposite = oppositeWord(word.text);
  const fix = opposite ? replaceWith(word.span, opposite, word.text) : null;
  const finding = makeFinding(signRule, {
    span: word.span,
    message: `“${word.text}” says ${word.direction}, but going from ${from.text} to ${to.text} is a ${dir === 'up' ? 'rise' : 'fall'}.`,
    derivation: `${short(to)} ${dir === 'up' ? '>' : '<'} ${short(from)}`,
    fix: sizeAgrees ? fix : null,
    related: [related(from, 'From'), related(to, 'To')],
  });
  if (!sizeAgrees && fix) finding.alternatives = [fix];
  return finding;
}

/** Whether a change stated without a sign has the size of the change from `from` to `to` (percent, points or amount). */
function sizeAgrees(stated: Quantity, from: Quantity, to: Quantity, m: { a: Interval; b: Interval }): boolean {
  if (stated.sign !== null || stated.kind === 'multiple' || !usable(stated)) return false;
  const own = signedStated(stated, 1);
  const flipped = signedStated(stated, -1);
  const fits = (i: Interval) => overlaps(own, i) || overlaps(flipped, i);
  if (stated.kind === 'percent' && m.a.low > 0 && fits(relativeChange(m.a, m.b))) return true;
  if ((stated.kind === 'percentagePoints' || stated.kind === 'percent') && from.kind === 'percent' && fits(sub(m.b, m.a))) return true;
  return stated.kind === from.kind && comparable(stated, from) && fits(sub(m.b, m.a));
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
  if (rel.direction && rel.direction.direction !== m.dir) out.push(wordAgainstFigures(rel.direction, from, to, m.dir, sizeAgrees(stated, from, to, m)));
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

/** Whether a stated change joins `a` to `b` (its own check then speaks for the pair). */
function joinedByChange(claim: Claim, a: Quantity, b: Quantity): boolean {
  for (const r of claim.relations) if (r.kind === 'change' && r.from === a && r.to === b) return true;
  return false;
}

/**
 * Whether a change whose direction word is checked already, a range, or a level's direction
 * read with its starting figure ("B, up from A") joins `a` and `b`.
 */
function covered(claim: Claim, a: Quantity, b: Quantity): boolean {
  // A loop, not some() with an arrow function: no closure per pair of figures.
  for (const r of claim.relations) {
    if (r.kind === 'change' && r.direction && ((r.from === a && r.to === b) || (r.from === b && r.to === a))) return true;
    if (r.kind === 'range' && ((r.low === a && r.high === b) || (r.low === b && r.high === a))) return true;
    if (r.kind === 'direction' && r.from && ((r.from === a && r.quantity === b) || (r.from === b && r.quantity === a))) return true;
  }
  return false;
}

/**
 * "revenue rose from $5 billion to $4 billion", "$12.7 billion, down from $3.7 billion" with no
 * stated change: only the word can be checked (read/movements.ts reads the pairs). Its findings
 * are added to `out`.
 */
function movementsWithoutChange(claim: Claim, ctx: RuleContext, out: Finding[]): void {
  if (claim.quantities.length < 2 || claim.table) return;
  const base = claim.span.start;
  // A pair the relations read with its direction is checked there: its words are not read again.
  for (const mv of readMovements(claim.text, base, claim.quantities, (a, b) => covered(claim, a, b))) {
    const m = movement(mv.from, mv.to, true);
    if (!m || m.dir === mv.word.direction) continue;
    out.push(wordAgainstFigures(mv.word, mv.from, mv.to, m.dir, false));
  }
}
