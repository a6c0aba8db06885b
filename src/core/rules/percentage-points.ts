// percentage-points: a change between two percentages, where "%" (a relative change) and
// "percentage points" (a difference) are easy to confuse. A margin that widens from 40% to
// 52% grows by 12 percentage points, which is a 30% relative rise; "by 12%" mixes the two.
import type { Claim, Finding, Fix, Quantity, Relation } from '../types';
import { formatLike, formatPercent, formatPoints } from '../format';
import { type Interval, sub } from '../tolerance';
import type { Rule, RuleContext } from './rule';
import {
  type Render,
  agreeingText,
  compact,
  describeValue,
  fixTo,
  inputIntervalPair,
  relativeChange,
  makeFinding,
  overlaps,
  related,
  short,
  fitsEitherSign,
  usable,
  withoutSuffix,
  checkRelations,
} from './util';

type Change = Extract<Relation, { kind: 'change' }>;

export const percentagePointsRule: Rule = {
  id: 'percentage-points',
  defaultSeverity: 'warning',
  summary: 'A change between two percentages written as percent where it is percentage points, or the reverse.',
  docs:
    'Between two percentages, a difference is measured in percentage points and a relative change in ' +
    'percent. Example: "gross margin widened by 12% from 40% to 52%" — 52% − 40% is 12 percentage points, ' +
    'while the relative rise is 30%. When the stated figure matches the difference, the fix rewrites it as ' +
    '"12 percentage points" (or offers the relative "30%"); "+30pp" where the relative change fits is ' +
    'offered as "+30%". A stated figure that matches neither is reported with the two right values.',
  check(claim: Claim, ctx: RuleContext): Finding[] {
    return checkRelations(claim, 'change', checkChange, ctx.text);
  },
};

/** "12%" → "12 percentage points" in the writer's number style, keeping an explicit sign. */
const asPoints: Render = (t, v) => {
  const text = formatLike({ ...t, kind: 'percent' }, v);
  const bare = withoutSuffix(text, ['%', 'per cent', 'percent']);
  return bare === null ? text : `${bare} percentage points`;
};

/** "+30pp" → "+30%", the number written as the writer wrote it. */
const asPercent: Render = (t, v) => {
  const text = formatLike({ ...t, kind: 'percent' }, v);
  const bare = withoutSuffix(text, ['percentage points', 'percentage point', 'points', 'point', 'pts', 'pt', 'pp']);
  return bare === null ? text : `${bare}%`;
};

/** Whether `c` fits the interval `i` (none when there is no such change) with either sign. */
function fits(c: Quantity, i: Interval | null): boolean {
  return !!i && fitsEitherSign(c, i);
}

/** A change between two percentages worked out both ways: the difference in points and the relative change. */
interface Worked {
  pp: number;
  ppI: Interval;
  hasRel: boolean;
  relative: number;
  relI: Interval | null;
}

/** The change between two percentages, or null when this rule does not check it. */
function workOut(rel: Change): Worked | null {
  const { from, to, stated } = rel;
  if (from.kind !== 'percent' || to.kind !== 'percent') return null;
  if (stated.kind !== 'percent' && stated.kind !== 'percentagePoints') return null;
  if (!usable(from) || !usable(to) || !usable(stated)) return null;
  const [a, b] = inputIntervalPair(from, to);
  if (!a || !b) return null;
  const pp = to.value - from.value;
  const hasRel = a.low > 0;
  return { pp, ppI: sub(b, a), hasRel, relative: hasRel ? (pp / from.value) * 100 : NaN, relI: hasRel ? relativeChange(a, b) : null };
}

/**
 * What the two percentages give, in the stated figure's own terms and written as this rule
 * writes its fixes: the relative change for a percent, the difference for points. Null when
 * the rule does not check the change or the relative change has no base.
 */
export function computedPoints(rel: Change): string | null {
  const w = workOut(rel);
  if (!w) return null;
  const { stated } = rel;
  const value = stated.kind === 'percent' ? w.relative : w.pp;
  if (!Number.isFinite(value)) return null;
  const signed = stated.sign !== null ? value : Math.abs(value);
  const silent = (c: Quantity): boolean => (c.kind === 'percent' ? fits(c, w.relI) : c.kind === 'percentagePoints' && fits(c, w.ppI));
  return agreeingText(stated, signed, silent) ?? describeValue(stated, signed, null);
}

function checkChange(rel: Change): Finding | null {
  const w = workOut(rel);
  if (!w) return null;
  const { from, to, stated } = rel;
  const { pp, ppI, hasRel, relative, relI } = w;
  // Most changes fit: answer them before making the closures the message needs.
  // The sign rule reports a right size with the wrong sign, so either sign fits here.
  if (stated.kind === 'percent' ? fits(stated, relI) : fits(stated, ppI)) return null;
  // What would leave this rule silent: a percent that is the relative change, points that are the difference.
  const silent = (c: Quantity): boolean => (c.kind === 'percent' ? fits(c, relI) : c.kind === 'percentagePoints' && fits(c, ppI));

  const keepSign = (v: number): number => (stated.sign !== null ? v : Math.abs(v));
  const move = `A move from ${from.text} to ${to.text}`;
  const ppText = formatPoints(Math.abs(pp));
  const relText = hasRel ? formatPercent(Math.abs(relative)) : '';
  const derivation = hasRel
    ? `${short(to)} − ${short(from)} = ${compact(pp, 'percentagePoints', 'pp')}; (${short(to)} − ${short(from)}) ÷ ${short(from)} = ${compact(relative, 'percent', '%')}`
    : `${short(to)} − ${short(from)} = ${compact(pp, 'percentagePoints', 'pp')}`;
  const rel2 = [related(from, 'From'), related(to, 'To')];
  const alternatives = (...texts: (string | null)[]): Fix[] =>
    texts.map((t) => fixTo(stated, t)).filter((f): f is Fix => f !== null);

  if (stated.kind === 'percent') {
    if (fits(stated, ppI)) {
      return makeFinding(percentagePointsRule, {
        span: stated.span,
        message: `${move} is ${ppText}, not ${stated.text}; as a relative change it is ${relText}.`,
        derivation,
        fix: fixTo(stated, agreeingText(stated, keepSign(pp), silent, asPoints)),
        alternatives: hasRel ? alternatives(agreeingText(stated, keepSign(relative), silent)) : [],
        related: rel2,
      });
    }
    return makeFinding(percentagePointsRule, {
      span: stated.span,
      message: hasRel
        ? `${move} is ${ppText}, or a ${relText} relative change; ${stated.text} is neither.`
        : `${move} is ${ppText}; ${stated.text} does not follow.`,
      derivation,
      fix: null,
      related: rel2,
    });
  }

  // Stated in percentage points.
  const ppText2 = agreeingText(stated, keepSign(pp), silent);
  if (fits(stated, relI)) {
    return makeFinding(percentagePointsRule, {
      span: stated.span,
      message: `${move} is ${ppText}; ${stated.text} is the relative change, which is written ${relText}.`,
      derivation,
      fix: fixTo(stated, agreeingText(stated, keepSign(relative), silent, asPercent)),
      alternatives: alternatives(ppText2),
      related: rel2,
    });
  }
  return makeFinding(percentagePointsRule, {
    span: stated.span,
    message: `${move} is ${ppText}, not ${stated.text}.`,
    derivation,
    fix: fixTo(stated, ppText2),
    related: rel2,
  });
}
