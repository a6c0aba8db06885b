// scale-slip: million written for billion (or billion for trillion, and back). The figure
// disagrees with the dataset, but the same digits a thousand times larger or smaller agree:
// almost certainly a slip of the scale word, so the fix keeps the writer's digits.
import type { Claim, Finding, Fix, Quantity } from '../types';
import type { Rule, RuleContext } from './rule';
import { formatLike, formatRangeLike } from '../format';
import { assessCached, citation, factSubject, sourceRef } from '../dataset/match';

function rescaled(q: Quantity, factor: number): string {
  return q.isRange ? formatRangeLike(q, q.low * factor, q.high * factor) : formatLike(q, q.value * factor);
}

function check(claim: Claim, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const reading of claim.readings) {
    const verdict = assessCached(reading, ctx.dataset, { sentence: claim.text });
    if (verdict.kind !== 'scaleSlip') continue;
    const { fact, factor } = verdict;
    const q = reading.quantity;
    const text = rescaled(q, factor);
    const fix: Fix | null = text && text !== q.text ? { span: { ...q.span }, text, title: `Replace with ${text}` } : null;
    const way = factor > 1 ? 'a thousand times too small' : 'a thousand times too large';
    out.push({
      ruleId: 'scale-slip',
      severity: 'error',
      span: { ...q.span },
      message: `${q.text} is ${way}: the dataset has ${factSubject(fact)} at ${fact.reported} ${citation(fact)}.`,
      derivation: `${q.text} ${factor > 1 ? '× 1,000' : '÷ 1,000'} = ${text}, which agrees with ${fact.reported}.`,
      fix,
      related: [],
      sources: [sourceRef(fact)],
    });
  }
  return out;
}

export const scaleSlip: Rule = {
  id: 'scale-slip',
  defaultSeverity: 'error',
  summary: 'Million written for billion (or billion for trillion): the figure is off by a factor of a thousand.',
  docs:
    'Flags a figure that disagrees with the dataset but agrees once its scale word moves one step ' +
    '(thousand, million, billion, trillion). Example: "OpenAI\'s 2025 revenue of $13.1 million" where the dataset has ' +
    '$13.1 billion. The fix keeps the writer\'s digits and style and changes only the scale ("$13.1 billion"). ' +
    'Figures with an open bound ("over $100 million") are not checked for a slip.',
  check,
};
