// The evaluation of one split: reading, relations, planted mistakes, false alarms and dataset
// coverage, tallied over its articles. run.ts prints it; the floor test asserts on it.
import type { AnalyzeOptions } from '../../src/core/analyze';
import { bundledIndex } from '../../src/core/dataset/bundled';
import { claimVerdicts } from '../../src/core/dataset/match';
import type { Finding, RuleId } from '../../src/core/types';
import { checkMutation, type MutationOutcome } from './checkMutation';
import type { CorpusArticle, Split } from './corpus';
import { RELATION_KINDS, type RelationKind } from './corpusSchema';
import { coveringFact } from './coverage';
import { articleDocument, overlap, type ArticleDocument } from './document';
import { mutationsOf } from './mutations';
import { emptyReadingTally, scoreReading, ASPECTS, type Aspect, type ReadingMiss } from './scoreReading';
import { emptyRelationTally, scoreRelations, type RelationMiss } from './scoreRelations';
import { readDocument, type ToolReading } from './toolReading';

export interface MutationTally {
  made: number;
  caught: number;
  wrongFix: number;
  missed: number;
  noisy: number;
}

export interface Example {
  article: string;
  text: string;
}

export interface SplitReport {
  articles: number;
  outlets: number;
  words: number;
  figures: number;
  relations: number;
  reading: Record<Aspect, number>;
  relationRecall: number;
  relationPrecision: number;
  relationsByKind: Record<RelationKind, { labeled: number; found: number; read: number; right: number }>;
  mutationRecall: Partial<Record<RuleId, number>>;
  mutations: Partial<Record<RuleId, MutationTally>>;
  falseAlarms: number;
  falseAlarmsPerKWords: number;
  notes: number;
  datasetCovered: number;
  datasetCompared: number;
  examples: {
    reading: Record<Aspect, ReadingMiss[]>;
    relationsMissed: Partial<Record<RelationKind, RelationMiss[]>>;
    relationsWrong: Partial<Record<RelationKind, RelationMiss[]>>;
    mutationsMissed: Partial<Record<RuleId, Example[]>>;
    falseAlarms: Example[];
  };
}

function ratio(n: number, d: number): number {
  return d === 0 ? 0 : Math.round((n / d) * 10000) / 10000;
}

/** Up to three examples, from different articles where there are enough. */
function firstThree<T extends { article: string }>(list: readonly T[]): T[] {
  const out: T[] = [];
  for (const x of list) if (out.length < 3 && !out.some((o) => o.article === x.article)) out.push(x);
  for (const x of list) if (out.length < 3 && !out.includes(x)) out.push(x);
  return out;
}

/** Findings on a figure that a labeled relation marks as a mistake in print are right, not false alarms. */
function mistakeSpans(doc: ArticleDocument) {
  const spans = [];
  for (const p of doc.article.passages) {
    for (const r of p.relations) {
      if (r.holds) continue;
      for (const v of Object.values(r.roles)) for (const id of Array.isArray(v) ? v : [v]) {
        const f = typeof id === 'string' ? doc.figures.get(id) : undefined;
        if (f) spans.push(f.span);
      }
    }
  }
  return spans;
}

function compared(doc: ArticleDocument, tool: ToolReading): { covered: number; compared: number } {
  let covered = 0;
  let comparedCount = 0;
  const dataset = bundledIndex();
  for (const f of doc.figures.values()) {
    if (!coveringFact(f.label)) continue;
    covered++;
    const claim = tool.result.claims.find((c) => c.quantities.some((q) => overlap(q.span, f.span) > 0));
    if (!claim) continue;
    const verdicts = claimVerdicts(claim, dataset, tool.result.claims.filter((c) => c.block === claim.block));
    const i = claim.readings.findIndex((r) => overlap(r.quantity.span, f.span) > 0);
    if (i >= 0 && verdicts[i] && verdicts[i].kind !== 'unknown') comparedCount++;
  }
  return { covered, compared: comparedCount };
}

export function evaluate(articles: readonly CorpusArticle[], split: Split, options: { mutations?: boolean; allAlarms?: boolean; allExamples?: boolean } = {}): SplitReport {
  // Every miss, not three, when a contributor works through a family on the dev split.
  const three = <T extends { article: string }>(list: readonly T[]): T[] => (options.allExamples ? [...list] : firstThree(list));
  const mine = articles.filter((a) => a.split === split);
  const reading = emptyReadingTally();
  const relations = emptyRelationTally();
  const mutations: Partial<Record<RuleId, MutationTally>> = {};
  const mutationMisses: Partial<Record<RuleId, Example[]>> = {};
  const falseAlarmExamples: Example[] = [];
  let words = 0;
  let falseAlarms = 0;
  let notes = 0;
  let covered = 0;
  let comparedCount = 0;

  for (const article of mine) {
    const doc = articleDocument(article);
    const analyzeOptions = { documentDate: article.meta.date } as AnalyzeOptions;
    const tool = readDocument(doc.text, analyzeOptions);
    words += doc.words;
    scoreReading(doc, tool, reading);
    scoreRelations(doc, tool, relations);
    const c = compared(doc, tool);
    covered += c.covered;
    comparedCount += c.compared;

    const mistakes = mistakeSpans(doc);
    const alarms = (f: Finding) => !mistakes.some((s) => overlap(s, f.span) > 0);
    for (const f of tool.result.findings) {
      if (!alarms(f)) continue;
      if (f.severity === 'info') notes++;
      else {
        falseAlarms++;
        falseAlarmExamples.push({ article: article.meta.id, text: `${f.ruleId} on "${doc.text.slice(f.span.start, f.span.end)}": ${f.message}` });
      }
    }

    if (options.mutations === false) continue;
    for (const m of mutationsOf(doc)) {
      const tally = (mutations[m.rule] ??= { made: 0, caught: 0, wrongFix: 0, missed: 0, noisy: 0 });
      const outcome: MutationOutcome = checkMutation(doc, tool.result.findings, m, analyzeOptions);
      tally.made++;
      tally[outcome]++;
      if (outcome === 'missed' || outcome === 'wrongFix') {
        (mutationMisses[m.rule] ??= []).push({
          article: article.meta.id,
          text: `${m.family}: "${doc.text.slice(m.edit.span.start, m.edit.span.end)}" → "${m.edit.text}" (${outcome === 'missed' ? 'not flagged' : 'flagged, wrong or no fix'})`,
        });
      }
    }
  }

  const sum = (r: Record<RelationKind, number>) => RELATION_KINDS.reduce((n, k) => n + r[k], 0);
  const mutationRecall: Partial<Record<RuleId, number>> = {};
  for (const [rule, t] of Object.entries(mutations) as [RuleId, MutationTally][]) mutationRecall[rule] = ratio(t.caught, t.made - t.noisy);
  const examplesBy = <K extends string, T extends { article: string }>(list: readonly (T & { kind: K })[]) => {
    const out: Partial<Record<K, T[]>> = {};
    for (const x of list) (out[x.kind] ??= []).push(x);
    for (const k of Object.keys(out) as K[]) out[k] = three(out[k] ?? []);
    return out;
  };

  return {
    articles: mine.length,
    outlets: new Set(mine.map((a) => a.meta.outlet)).size,
    words,
    figures: reading.figures,
    relations: sum(relations.labeled),
    reading: Object.fromEntries(ASPECTS.map((a) => [a, ratio(reading.right[a], reading.figures)])) as Record<Aspect, number>,
    relationRecall: ratio(sum(relations.found), sum(relations.labeled)),
    relationPrecision: ratio(sum(relations.right), sum(relations.read)),
    relationsByKind: Object.fromEntries(RELATION_KINDS.map((k) => [k, { labeled: relations.labeled[k], found: relations.found[k], read: relations.read[k], right: relations.right[k] }])) as SplitReport['relationsByKind'],
    mutationRecall,
    mutations,
    falseAlarms,
    falseAlarmsPerKWords: words ? Math.round((falseAlarms / words) * 1000 * 100) / 100 : 0,
    notes,
    datasetCovered: covered,
    datasetCompared: ratio(comparedCount, covered),
    examples: {
      reading: Object.fromEntries(ASPECTS.map((a) => [a, three(reading.misses.filter((m) => m.aspect === a))])) as Record<Aspect, ReadingMiss[]>,
      relationsMissed: examplesBy(relations.missed),
      relationsWrong: examplesBy(relations.wrong),
      mutationsMissed: Object.fromEntries(Object.entries(mutationMisses).map(([k, v]) => [k, three(v ?? [])])),
      falseAlarms: options.allAlarms || options.allExamples ? falseAlarmExamples : three(falseAlarmExamples),
    },
  };
}
