// dataset-mismatch, for a rate: a stated growth rate, multiple or share whose base the draft
// leaves out, and which the dataset's base does not give. "Revenue of $402.8 billion for 2025,
// implying 25% growth": the dataset's 2024 revenue, $350 billion, gives 15%. The reading, the
// base and the arithmetic are derivedRate.ts's; a rate that fits is said nothing about here
// (the hover shows the arithmetic).
import type { Claim, Finding } from '../types';
import type { DatasetIndex } from '../dataset/lookup';
import { derivedRates, type DerivedRate } from '../derivedRate';
import { citation, factFigure, factSubject, sourceRef } from '../dataset/citation';
import { describeValue, fixTo, related } from './util';

/**
 * The findings on the rates of `claim` that the dataset's bases contradict. `verdicts` are the
 * claim's dataset verdicts (by reading): a rate the dataset already speaks of as a figure of
 * its own gets no second finding.
 */
export function rateMismatches(claim: Claim, dataset: DatasetIndex, verdicts: readonly { kind: string }[]): Finding[] {
  let out: Finding[] | undefined;
  for (const d of derivedRates(claim, dataset)) {
    if (d.agrees) continue;
    const k = claim.readings.findIndex((r) => r.quantity === d.implied.rate);
    if (k >= 0 && verdicts[k] && verdicts[k].kind !== 'unknown') continue;
    (out ??= []).push(finding(d));
  }
  return out ?? NONE;
}
const NONE: Finding[] = [];

/** How the recomputed rate is said: "a rise of 15%", "1.3x", "40%" (of a whole). */
function recomputedWords(d: DerivedRate): string {
  const { rate } = d.implied;
  // The size only: the words around it ("a rise of", "a fall of") give the direction.
  const shown = describeValue({ ...rate, sign: null, qualifier: null }, Math.abs(d.point), d.fixText?.replace(/^[+\-−]/, '') ?? null);
  if (d.implied.base === 'whole' || rate.kind === 'multiple') return shown;
  return `a ${d.point >= 0 ? 'rise' : 'fall'} of ${shown}`;
}

function finding(d: DerivedRate): Finding {
  const { rate, amount, base } = d.implied;
  const fact = d.base;
  const link = base === 'whole' ? ' of' : rate.kind === 'multiple' ? '' : ' on';
  const what = `${amount.quantity.text} is ${recomputedWords(d)}${link} that`;
  return {
    ruleId: 'dataset-mismatch',
    severity: 'warning',
    span: { ...rate.span },
    message: `The dataset has ${factSubject(fact)} at ${factFigure(fact)} ${citation(fact)}; ${what}, not ${rate.text}.`,
    derivation: d.arithmetic,
    fix: fixTo(rate, d.fixText),
    related: [related(amount.quantity, base === 'whole' ? 'Part' : 'Amount')],
    sources: [sourceRef(fact)],
  };
}
