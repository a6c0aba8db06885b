// impossible: figures no arithmetic can reach. A reduction of more than 100% ("cut costs by
// 120%") would leave less than nothing; a part cannot be more than 100% of its whole; a
// valuation or a number of users cannot be negative.
import type { Claim, DirectionWord, Finding, Quantity } from '../types';
import { statedInterval } from '../tolerance';
import type { Rule, RuleContext } from './rule';
import { APPROXIMATORS, makeFinding, trailingWords, trimmed } from './util';

export const impossibleRule: Rule = {
  id: 'impossible',
  defaultSeverity: 'error',
  summary: 'A figure that cannot be: a reduction over 100%, a share over 100% of a whole, a negative count or valuation.',
  docs:
    'Reports figures that no data can produce: a reduction of more than 100% ("cut costs by 120%", "fell ' +
    '150%") on something that cannot go below zero, a part stated as more than 100% of its whole ("accounts ' +
    'for 120% of the market"), and a negative valuation or count of users. Profit, income, margins and ' +
    'losses can change sign, so a fall of over 100% in them is left alone. No fix: the right figure is not ' +
    'known, only that this one is wrong.',
  check(claim: Claim, ctx: RuleContext): Finding[] {
    const out: Finding[] = [];
    // Asked only of a figure that could be impossible otherwise (a pattern over the sentence).
    let canGoNegative: boolean | undefined;

    for (const rel of claim.relations) {
      // A level's direction ("fell from 150% to 120%") states no reduction by its figure.
      if (rel.kind !== 'direction' || rel.word.direction !== 'down' || rel.from) continue;
      const q = rel.quantity;
      if (q.kind !== 'percent' || q.sign === '+' || q.vague || statesChange(claim, q)) continue;
      if (!above100(q) || (canGoNegative ??= signedMetric(claim))) continue;
      out.push(
        makeFinding(impossibleRule, {
          span: q.span,
          message: `A reduction of ${q.text} would take it below zero; a reduction cannot exceed 100%.`,
          derivation: `100% − ${trimmed(Math.abs(q.value), 1)}% = ${trimmed(100 - Math.abs(q.value), 1)}% of the original`,
          related: [{ span: rel.word.span, message: `Direction word: ${rel.word.text}` }],
        }),
      );
    }

    // A reduction the claim reader did not pair with its verb ("The company cut costs by 120%").
    for (const q of claim.quantities) {
      if (q.kind !== 'percent' || q.sign === '+' || q.vague || !above100(q) || hasDirection(claim, q) || statesChange(claim, q)) continue;
      if ((canGoNegative ??= signedMetric(claim))) continue;
      const word = reductionWordNear(ctx.text, q, claim);
      if (!word) continue;
      out.push(
        makeFinding(impossibleRule, {
          span: q.span,
          message: `A reduction of ${q.text} would take it below zero; a reduction cannot exceed 100%.`,
          derivation: `100% − ${trimmed(Math.abs(q.value), 1)}% = ${trimmed(100 - Math.abs(q.value), 1)}% of the original`,
          related: [{ span: word.span, message: `Direction word: ${word.text}` }],
        }),
      );
    }

    for (const rel of claim.relations) {
      if (rel.kind !== 'shareOfWhole') continue;
      const q = rel.rate;
      if (q.kind !== 'percent' || q.vague || !above100(q) || costOfRevenue(claim, ctx, q)) continue;
      out.push(
        makeFinding(impossibleRule, {
          span: q.span,
          message: `A part cannot be ${q.text} of its whole; a share is at most 100%.`,
          derivation: `${q.text} > 100%`,
        }),
      );
    }

    // Read only for a claim with a negative figure (most have none).
    let changeTable: boolean | undefined;
    for (const r of claim.readings) {
      const q = r.quantity;
      if (q.sign !== '-' || q.vague || statesChange(claim, q) || hasDirection(claim, q)) continue;
      if ((changeTable ??= !!claim.table && claim.table.header.some((h) => CHANGE_HEADER.test(h)))) continue;
      const valuation = q.kind === 'money' && r.metric !== null && LEVEL_MONEY.has(r.metric);
      if (!valuation && q.kind !== 'count') continue;
      const last = trailingWords(ctx.text.slice(Math.max(0, q.span.start - 30), q.span.start), 1)[0];
      if (last && CHANGE_BEFORE.has(last.lower)) continue;
      out.push(
        makeFinding(impossibleRule, {
          span: q.span,
          message: valuation ? `A valuation cannot be negative: ${q.text}.` : `A count cannot be negative: ${q.text}${q.unit ? ` ${q.unit}` : ''}.`,
          derivation: `${q.text} < 0`,
        }),
      );
    }
    return out;
  },
};

// A claim has a relation or two: a loop over them per figure asked about costs less than a
// Set of the figures made for every claim with a relation.

/** Whether `q` is the stated figure of one of the claim's changes. */
function statesChange(claim: Claim, q: Quantity): boolean {
  for (const rel of claim.relations) if (rel.kind === 'change' && rel.stated === q) return true;
  return false;
}

/** Whether `q` is the figure of one of the claim's direction words. */
function hasDirection(claim: Claim, q: Quantity): boolean {
  for (const rel of claim.relations) if (rel.kind === 'direction' && rel.quantity === q && !rel.from) return true;
  return false;
}

/** Money levels that cannot be below zero. */
const LEVEL_MONEY = new Set(['valuation', 'ipoValuation', 'fundingRound', 'investment', 'computeCommitment', 'computeDeal']);
/** Metrics that can change sign: a fall of over 100% in them is a swing, not an impossibility. */
const SIGNED_METRICS = new Set(['netIncome', 'netLoss', 'operatingLoss', 'cumulativeLoss', 'grossMargin', 'operatingMargin', 'computeMargin']);
const SIGNED_WORDS = /\b(?:profits?|income|earnings|margins?|loss(?:es)?|cash flow|ebitda|deficit|balance|surplus|net)\b/i;
const CHANGE_HEADER = /\b(?:change|chg|growth|yoy|y\/y|q\/q|delta|diff(?:erence)?|vs\.?)\b|Δ|[+±]/i;
/** A word right before a signed figure that makes it a change, not a level ("changed by -5 million"). */
const CHANGE_BEFORE = new Set(['change', 'changed', 'swing', 'swung', 'net', 'by', 'of', 'down', 'fell', 'dropped', 'declined', 'lost', 'shed', 'cut']);

function signedMetric(claim: Claim): boolean {
  return claim.readings.some((r) => r.metric !== null && SIGNED_METRICS.has(r.metric)) || SIGNED_WORDS.test(claim.text);
}

/** Wholly above 100%, after the writer's rounding and qualifier ("over 100%" is; "about 100%" is not). */
function above100(q: Quantity): boolean {
  // Both ends written below 100 in size: the interval's lower end (or, negated, its upper
  // end) is below 100 too, whatever the rounding and qualifier. No interval for most figures.
  if (Math.abs(q.low) < 100 && Math.abs(q.high) < 100) return false;
  const i = statedInterval(q);
  const v = q.sign === '-' ? { low: -i.high, lowOpen: i.highOpen } : { low: i.low, lowOpen: i.lowOpen };
  return v.low > 100 || (v.low === 100 && !!v.lowOpen);
}

/** "compute costs represent 120% of revenue": costs can exceed revenue, so that is no share of a whole. */
function costOfRevenue(claim: Claim, ctx: RuleContext, q: Quantity): boolean {
  const after = ctx.text.slice(q.span.end, q.span.end + 40);
  return /^\s+of\s+(?:(?:its|their|the|annual|total)\s+)*(?:revenue|revenues|sales|income|earnings|gdp|budget)\b/i.test(after) &&
    /\b(?:costs?|spend(?:ing)?|spent|expenses?|loss(?:es)?|burn|capex|debt|liabilit(?:y|ies)|compensation)\b/i.test(claim.text);
}

const REDUCTION_VERBS = new Set(
  'cut cuts cutting reduce reduced reduces reducing slash slashed slashes slashing lowered lowers lowering fell falls dropped drops declined declines decreased decreases shrank shrunk shrinks plunged plunges tumbled sank lost loses'.split(' '),
);
/** "a 120% reduction", "a 150% drop in costs". */
const NOUN_AFTER = /^\s*(?:year[- ]over[- ]year\s+|annual\s+)?(reduction|drop|decline|decrease|cut|fall|plunge)\b/i;

function reductionWordNear(text: string, q: Quantity, claim: Claim): DirectionWord | null {
  const lead = q.qualifierSpan && q.qualifierSpan.start < q.span.start ? q.qualifierSpan.start : q.span.start;
  const from = Math.max(claim.span.start, lead - 50);
  // "cut costs by 120%", "fell 150%", "slashed prices by nearly 120%": the verb, up to three
  // words, "by", an approximator, then the figure. The nearest verb wins.
  const words = trailingWords(text.slice(from, lead), 6);
  let i = words.length - 1;
  while (i >= 0 && APPROXIMATORS.has(words[i].lower)) i--;
  if (i >= 0 && words[i].lower === 'by') i--;
  for (let k = i; k >= 0 && k >= i - 3; k--) {
    if (REDUCTION_VERBS.has(words[k].lower)) {
      const start = from + words[k].start;
      return { text: words[k].text, span: { start, end: start + words[k].text.length }, direction: 'down' };
    }
  }
  const after = text.slice(q.span.end, Math.min(claim.span.end, q.span.end + 40));
  const n = NOUN_AFTER.exec(after);
  if (n) {
    const start = q.span.end + n[0].length - n[1].length;
    return { text: n[1], span: { start, end: start + n[1].length }, direction: 'down' };
  }
  return null;
}
