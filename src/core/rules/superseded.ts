// superseded: a figure that matches what a source once reported, since revised. Writers
// often quote the older figure on purpose (history, a quote), so this is information
// only, with both figures and both dates, and never a fix.
import type { Claim, Finding } from '../types';
import type { Rule, RuleContext } from './rule';
import { claimVerdicts } from '../dataset/match';
import { citation, factFigure, factSubject, sourceRef } from '../dataset/citation';
import { parseDocumentDate, type DocumentDate } from '../read/documentDate';
import { dayNumber } from '../read/periods/period';

function check(claim: Claim, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const verdicts = claimVerdicts(claim, ctx.dataset, ctx.claims);
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i];
    if (verdict.kind !== 'superseded') continue;
    const reading = claim.readings[i];
    const { fact, current } = verdict;
    // Revised after the article was written: when written, the figure was the reporting's own.
    if (current && ctx.date && revisedAfter(current.source.date, ctx.date)) continue;
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

/**
 * How long after a revision was first reported the dataset's page for it may be dated: a fact
 * is often sourced to a retelling days or weeks after the news (an article of 2026-02-03 that
 * reports xAI's $250 billion cites news the dataset's page, of 2026-02-20, retells).
 */
const RETELLING_DAYS = 45;

/** Whether a revision whose dataset source is dated `sourceDate` ("2026-06-01", "2026-05": its first day) was surely reported after the day `written`. */
function revisedAfter(sourceDate: string, written: DocumentDate): boolean {
  const source = parseDocumentDate(sourceDate);
  return !!source && dayNumber(source.year, source.month, source.day) - dayNumber(written.year, written.month, written.day) > RETELLING_DAYS;
}

export const superseded: Rule = {
  id: 'superseded',
  defaultSeverity: 'info',
  summary: 'A figure matches one that later reporting revised.',
  docs:
    'Notes a figure that agrees with a dataset figure later revised, naming both figures and both dates. ' +
    'Example: "$1.4 trillion in spending commitments", which OpenAI stated in November 2025 and later reporting ' +
    'put at about $600 billion through 2030. Information only and no fix: the draft may be quoting the history on purpose. ' +
    "When the document's date is known and the revision was reported after it, nothing is said: the figure was current when written.",
  check,
};
