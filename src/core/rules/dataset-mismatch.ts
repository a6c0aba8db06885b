// dataset-mismatch: a figure that disagrees with the bundled (or the writer's) dataset.
// Only the latest unrevised fact for the same entity, metric and period counts; a figure
// the dataset does not cover, or covers only loosely, gets nothing (unknown is not wrong).
// A rate whose base the draft leaves out is recomputed from the dataset's (rateFromDataset.ts).
import type { Claim, Finding, Fix } from '../types';
import type { Rule, RuleContext } from './rule';
import { formatLike } from '../format';
import { readQuantities } from '../read/figures/quantity';
import { isBounded } from '../tolerance';
import { claimVerdicts } from '../dataset/match';
import { compare, draftIntervalFor, factInterval, reportedDecimals } from '../dataset/compare';
import { citation, factFigure, factSubject, intervalWords, sourceRef } from '../dataset/citation';
import type { LoadedFact } from '../dataset/lookup';
import type { Quantity } from '../types';
import { rateMismatches } from './rateFromDataset';

/** The dataset figure in the writer's style, when that replacement is certain and reads true. */
function fixFor(q: Quantity, fact: LoadedFact): Fix | null {
  // A bound or a range in the dataset names no single figure to write.
  if (fact.low !== undefined || (fact.bound !== 'exact' && fact.bound !== 'about')) return null;
  // The writer's own bound ("over $20 billion") would turn a corrected figure into a new claim.
  if (q.qualifier && q.qualifier !== 'about') return null;
  if (q.words) return null;
  // The writer's style, the source's precision: "$45.5B" becomes "$500B", not "$500.0B".
  const template: Quantity = { ...q, decimals: reportedDecimals(fact) };
  const text = q.isRange ? formatLike({ ...template, isRange: false, value: q.high, low: q.high }, fact.value) : formatLike(template, fact.value);
  if (!text || text === q.text) return null;
  // Only offer it if the replacement, read back by the tokenizer with its own rounding,
  // agrees with the fact (a count's noun sits outside its span, so it is read with it).
  const again = readQuantities(q.kind === 'count' && q.unit ? `${text} ${q.unit}` : text).find((r) => r.kind === q.kind);
  if (!again || compare({ ...again, qualifier: q.qualifier }, fact) !== 'agrees') return null;
  return { span: { ...q.span }, text, title: `Replace with ${text}` };
}

/**
 * The figure as the writer wrote it, for a message: with the qualifier before it ("over $20
 * billion") and a count's noun after it ("60 gigawatts", not a bare "60"), from the claim's text.
 */
function written(q: Quantity, claim: Claim): string {
  const base = claim.span.start;
  if (q.span.start < base || q.span.end > claim.span.end) return q.text;
  const from = q.qualifierSpan && q.qualifierSpan.start < q.span.start && q.qualifierSpan.start >= base ? q.qualifierSpan.start : q.span.start;
  let text = claim.text.slice(from - base, q.span.end - base);
  if (q.kind === 'count' && q.unit) {
    // The word right after the figure, when it is the noun the unit was read from.
    const after = claim.text.slice(q.span.end - base, Math.min(claim.text.length, q.span.end - base + 24));
    const gap = after[0] === ' ' || after[0] === '-' ? 1 : 0;
    let end = gap;
    while (end < after.length && /\p{L}/u.test(after[end])) end++;
    const noun = after.slice(gap, end);
    const unit = q.unit.toLowerCase();
    if (noun && end < after.length && (noun.toLowerCase() === unit || UNIT_SPELLINGS[unit]?.has(noun.toLowerCase()))) text += after.slice(0, end);
  }
  return text || q.text;
}

/** Spellings the quantity reader folds into one unit. */
const UNIT_SPELLINGS: Record<string, ReadonlySet<string>> = {
  gw: new Set(['gigawatt', 'gigawatts']),
  mw: new Set(['megawatt', 'megawatts']),
};

/**
 * Why the two cannot be the same figure, saying only what the message does not: the range
 * each side's rounding allows, and on which side of the dataset the draft falls.
 * "$11 billion covers $10.5 billion to $11.5 billion, all below the dataset's figure of
 * $13.1 billion ($13.05 billion to $13.15 billion)."
 */
function derivationFor(q: Quantity, fact: LoadedFact, figure: string): string {
  const draft = draftIntervalFor(q, fact);
  const target = factInterval(fact);
  const side = draft.high <= target.low ? 'below' : 'above';
  const factText = factFigure(fact);
  const targetWords = intervalWords(target, fact.unit);
  // A bound ("$11.5 billion or more") says its own range; a rounded figure gets it spelled out.
  const factPart = !isBounded(target) || targetWords.toLowerCase() === factText.toLowerCase() ? factText : `${factText} (${targetWords})`;
  if (!isBounded(draft)) return `${figure} stays ${side} the dataset's figure of ${factPart}.`;
  return `${figure} covers ${intervalWords(draft, fact.unit)}, all ${side} the dataset's figure of ${factPart}.`;
}

function check(claim: Claim, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const verdicts = claimVerdicts(claim, ctx.dataset, ctx.claims);
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i];
    if (verdict.kind !== 'mismatch') continue;
    const reading = claim.readings[i];
    const { fact } = verdict;
    const q = reading.quantity;
    out.push({
      ruleId: 'dataset-mismatch',
      severity: 'warning',
      span: { ...q.span },
      message: `The dataset has ${factSubject(fact)} at ${factFigure(fact)} ${citation(fact)}; the draft says ${written(q, claim)}.`,
      derivation: derivationFor(q, fact, written(q, claim)),
      fix: verdict.certain ? fixFor(q, fact) : null,
      related: [],
      sources: [fact, ...verdict.others].map(sourceRef),
    });
  }
  // A growth rate, multiple or share set against a base the dataset holds.
  for (const f of rateMismatches(claim, ctx.dataset, verdicts)) out.push(f);
  return out;
}

export const datasetMismatch: Rule = {
  id: 'dataset-mismatch',
  defaultSeverity: 'warning',
  summary: 'A figure disagrees with the sourced dataset for the same entity, metric and period, or a rate with the base the dataset holds.',
  docs:
    'Compares each figure whose entity, metric and period the draft names with the latest unrevised figure in the dataset, ' +
    'allowing for how both sides rounded and for qualifiers such as "about" or "more than". ' +
    'Example: "OpenAI brought in $12 billion in revenue in 2025" against the $13.1 billion reported in February 2026. ' +
    'The message names the dataset figure, its outlet, title and date; the fix writes the dataset figure in the draft\'s style ' +
    '("$13.1 billion") when exactly one fact covers exactly that period. A figure stated as what happened is checked against ' +
    'the actual, never against a forecast the actual replaced. A figure the dataset does not cover is never reported. ' +
    'A growth rate, multiple or share whose base the draft leaves out is recomputed from the base the dataset holds: the ' +
    'same period a year before ("up 14% year over year", or plain growth for a year), the company\'s previous valuation ' +
    '("a 91% jump from its last round"), or the parent company\'s figure for a segment ("47% of the total"). Example: ' +
    '"Alphabet reported revenue of $402.8 billion for 2025, implying 25% growth" against 2024 revenue of $350 billion: ' +
    '$402.8B ÷ $350B − 1 = 15%. Only when the entity, metric and period are written in the sentence, the figure is stated ' +
    'as what happened, the base is an actual on the same basis, and nothing near the rate names another base ' +
    '("sequentially", "since 2023", "in constant currency"); both sides\' rounding is allowed for. A rate that fits is ' +
    'shown in the hover with its arithmetic and source; one that does not is reported, with the recomputed rate as the fix.',
  check,
};
