// superseded: a figure that matches what a source once reported, since revised. Writers
// often quote the older figure on purpose (history, a quote), so this is information
// only, with both figures and both dates, and never a fix.
import type { Claim, Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { claimVerdicts } from '../dataset/match';
import { citation, factFigure, factSubject, sourceRef } from '../dataset/citation';

function check(claim: Claim, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const verdicts = claimVerdicts(claim, ctx.dataset, ctx.claims);
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i];
    if (verdict.kind !== 'superseded') continue;
    const reading = claim.readings[i];
    const { fact, current } = verdict;
    const q = reading.quantity;
    // Name the source's own wording only when it differs from the draft's ("roughly $9 billion").
    const same = q.text.replace(/\s+/g, ' ').toLowerCase() === factFigure(fact).replace(/\s+/g, ' ').toLowerCase();
    const then = `${q.text} matches ${factSubject(fact)} as first reported ${citation(fact, same ? undefined : factFigure(fact))}`;
    // A forecast is not "revised" by the outcome: the outcome is reported.
    const outcome = current && current.kind === 'actual' && fact.kind !== 'actual';
    const now = current
      ? `; ${outcome ? 'the actual has since been reported: the dataset has' : 'since revised, the dataset now has'} ${factSubject(current)} at ${factFigure(current)} ${citation(current)}.`
      : '; the dataset marks it as revised.';
    out.push({
      ruleId: 'superseded',
      severity: 'info',
      span: { ...q.span },
      message: then + now,
      derivation: current
        ? `${factFigure(fact)} (${fact.source.date}) → ${factFigure(current)} (${current.source.date})`
        : `${factFigure(fact)} (${fact.source.date}), revised`,
      fix: null,
      related: [],
      sources: current ? [sourceRef(fact), sourceRef(current)] : [sourceRef(fact)],
    });
  }
  return out;
}

export const superseded: Rule = {
  id: 'superseded',
  defaultSeverity: 'info',
  summary: 'A figure matches one that later reporting revised.',
  docs:
    'Notes a figure that agrees with a dataset figure later revised, naming both figures and both dates. ' +
    'Example: "$1.4 trillion in spending commitments", which OpenAI stated in November 2025 and later reporting ' +
    'put at about $600 billion through 2030. Information only and no fix: the draft may be quoting the history on purpose.',
  check,
};
