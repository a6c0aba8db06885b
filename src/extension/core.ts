// Everything the extension uses from the analysis core, in one module that index.ts never
// imports statically: `loadCore()` requires it on first use, so activation does not pay
// for the core, the bundled dataset, zod or compromise (esbuild keeps a required module
// lazily initialised inside the bundle).
export { createAnalyzer } from '../core/analyze';
// For bench/run.ts, which measures the shipped bundle: the extension itself uses createAnalyzer.
export { analyze, analyzeStreaming } from '../core/analyze';
export type { AnalyzeOptions } from '../core/analyze';
export { RULES } from '../core/rules';
export { derive } from '../core/derive';
export type { Recalculation } from '../core/derive';
export { bundledParts, bundledIndex } from '../core/dataset/bundled';
export { newestSourceDate } from '../core/dataset/stats';
export { loadDatasets } from '../core/dataset/load';
export type { DatasetProblem } from '../core/dataset/load';
export { describe } from '../core/format';
export { lineMap } from '../core/position';
export { crossFileConflicts } from '../core/crossFile';
export { figureAt, figureReading } from '../core/figureAt';
export { NOTHING_READ, readingFacts, relationWords } from '../core/readingOf';
export type { FigureAt } from '../core/figureAt';
export { metricLabel } from '../core/dataset/metrics';
export { periodLabel, periodLabelOf } from '../core/read/periods/periodLabel';
export { matchFacts } from '../core/dataset/match';
// "Add figure to dataset": jsonc-parser loads with the core, not on activation.
export { EMPTY_DATASET, factInsertion } from './datasetEdit';
export { ProjectConfigs, relativeTo, toSlashes } from '../core/config';
export type { ResolvedConfig, ConfigProblem } from '../core/config';
export { prose } from '../core/mdx';
export { hoverMarkdown } from '../core/editor/hover';
export { FIX_ALL_TITLE, citableAt, citationTitle, citeSourceEdits, disableCommentEdit, fixAllEdits } from '../core/editor/actions';
export { rewritePercentUnit } from '../core/editor/percentRewrite';
