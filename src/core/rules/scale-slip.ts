// scale-slip: million written for billion (or billion for trillion, and back). The figure
// disagrees with the dataset, but the same digits a thousand times larger or smaller agree:
// almost certainly a slip of the scale word, so the fix keeps the writer's digits.
import type { Claim, Finding, Fix, Quantity } from '../types';
import type { Rule, RuleContext } from './rule';
import { formatLike, formatRangeLike } from '../format';
import { claimVerdicts } from '../dataset/match';
import { citation, factFigure, factSubject, sourceRef } from '../dataset/citation';
import { metricLabel } from '../dataset/metrics';
import { undatedSlip, type UndatedSlip } from '../dataset/undatedSlip';
import type { LoadedFact } from '../dataset/lookup';

// Scale words in the spelling families writers use, from thousand to trillion; a slip is
// fixed within the writer's own family ("$4.3m" → "$4.3bn", "$13.1 million" → "$13.1 billion").
const FAMILIES: readonly (readonly string[])[] = [
  ['thousand', 'million', 'billion', 'trillion'],
  ['K', 'M', 'B', 'T'],
  ['k', 'm', 'bn', 'tn'],
  ['k', 'mn', 'bn', 'tn'],
  ['k', 'm', 'b', 't'],
  ['k', 'mln', 'bln', 'trn'],
];

function matchCase(word: string, like: string): string {
  if (like === like.toUpperCase()) return word.toUpperCase();
  if (like[0] === like[0].toUpperCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}

/** The writer's scale word one step up (factor 1000) or down; null when none fits. */
function shiftedScaleWord(scaleText: string, factor: number): string | null {
  const step = factor > 1 ? 1 : -1;
  for (const family of FAMILIES) {
    const isWords = family[0] === 'thousand';
    const i = isWords ? family.indexOf(scaleText.toLowerCase()) : family.indexOf(scaleText);
    if (i < 0 || !family[i + step]) continue;
    return isWords ? matchCase(family[i + step], scaleText) : family[i + step];
  }
  return null;
}

/**
 * `text` with every `word` that follows a digit (directly or after one space) and ends at
 * a word boundary replaced by `to`: "$10 billion-$12 billion" → both ends. A plain scan,
 * no pattern built from the writer's text.
 */
function replaceScaleWord(text: string, word: string, to: string): string {
  if (!word) return text;
  let out = '';
  let from = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    const before = text[i - 1] === ' ' ? text[i - 2] : text[i - 1];
    const after = text[i + word.length];
    const digitBefore = before !== undefined && before >= '0' && before <= '9';
    const letterAfter = after !== undefined && /\p{L}/u.test(after);
    if (!digitBefore || letterAfter) continue;
    out += text.slice(from, i) + to;
    from = i + word.length;
  }
  return out + text.slice(from);
}

/** The figure with its scale word moved one step, digits and everything else as written. */
function rescaled(q: Quantity, factor: number): string {
  const word = shiftedScaleWord(q.scaleText, factor);
  if (word) {
    const out = replaceScaleWord(q.text, q.scaleText, word);
    if (out !== q.text) return out;
  }
  return q.isRange ? formatRangeLike(q, q.low * factor, q.high * factor) : formatLike(q, q.value * factor);
}

/** Whether the rescaled figure is the fact's own figure, whatever its style ("$157 billion" and "$157bn"). */
function sameFigure(q: Quantity, factor: number, text: string, fact: LoadedFact): boolean {
  if (text.replace(/\s+/g, ' ').toLowerCase() === factFigure(fact).replace(/\s+/g, ' ').toLowerCase()) return true;
  if (fact.bound !== 'exact' || fact.low !== undefined || q.isRange) return false;
  const v = q.value * factor;
  return Math.abs(v - fact.value) <= 1e-9 * Math.abs(fact.value);
}

function check(claim: Claim, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const verdicts = claimVerdicts(claim, ctx.dataset, ctx.claims);
  for (let i = 0; i < verdicts.length; i++) {
    const verdict = verdicts[i];
    const q = claim.readings[i].quantity;
    if (verdict.kind === 'scaleSlip') out.push(slipFinding(q, verdict.fact, verdict.factor, null));
    else if (verdict.kind === 'unknown' && ctx.date) {
      // A figure with no period of its own, against the facts reported just before the article.
      const undated = undatedSlip(claim.readings[i], claim, ctx.dataset, ctx.date);
      if (undated) out.push(slipFinding(q, undated.fact, undated.factor, { slip: undated, dateIso: ctx.date.iso }));
    }
  }
  return out;
}

/**
 * The finding for a figure `factor` off `fact`. A slip in a figure that names no period
 * (`undated`, dataset/undatedSlip.ts) is a warning, since its period is the article's date's
 * guess, with the fix the digits make certain; its message says which fact and why.
 */
function slipFinding(q: Quantity, fact: LoadedFact, factor: number, undated: { slip: UndatedSlip; dateIso: string } | null): Finding {
  const text = rescaled(q, factor);
  const fix: Fix | null = text && text !== q.text ? { span: { ...q.span }, text, title: `Replace with ${text}` } : null;
  const way = factor > 1 ? 'a thousand times too small' : 'a thousand times too large';
  const arithmetic = `${q.text} ${factor > 1 ? '× 1,000' : '÷ 1,000'} = ${text}, ${sameFigure(q, factor, text, fact) ? "the dataset's figure" : `which fits the dataset's ${factFigure(fact)}`}`;
  let message = `${q.text} is ${way}: the dataset has ${factSubject(fact)} at ${factFigure(fact)} ${citation(fact)}.`;
  let derivation = `${arithmetic}.`;
  if (undated) {
    const why = undated.slip.period ? "the period of this section's heading" : `the latest before this article's date (${undated.dateIso})`;
    message = `${q.text} looks ${way}: it names no period of its own, and the dataset has ${factSubject(fact)}, ${why}, at ${factFigure(fact)} ${citation(fact)}, the same digits at another scale.`;
    derivation = `${arithmetic}; no ${metricLabel(fact.metric)} figure of ${fact.entity} in the dataset is ${q.text}.`;
  }
  return { ruleId: 'scale-slip', severity: undated ? 'warning' : 'error', span: { ...q.span }, message, derivation, fix, related: [], sources: [sourceRef(fact)] };
}

export const scaleSlip: Rule = {
  id: 'scale-slip',
  defaultSeverity: 'error',
  summary: 'Million written for billion (or billion for trillion): the figure is off by a factor of a thousand.',
  docs:
    'Flags a figure that disagrees with the dataset but agrees once its scale word moves one step ' +
    '(thousand, million, billion, trillion). Example: "OpenAI\'s 2025 revenue of $13.1 million" where the dataset has ' +
    '$13.1 billion. The fix keeps the writer\'s digits and style and changes only the scale ("$13.1 billion"). ' +
    'Figures with an open bound ("over $100 million") are not checked for a slip; against a dataset bound ("$11.5 billion or more") ' +
    'a rescaled figure counts only when it names the bound itself ("$11.5 million").',
  check,
};
