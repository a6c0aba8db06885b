// The Node API: `import { analyze, loadDataset } from 'claimcheck'`. Built to dist/api.js
// (everything bundled: no run-time dependencies) with its types in dist/types (tsc, from
// tsconfig.api.json). The CLI, the extension and the language server use these same functions.
import { loadDatasets, type LoadedDatasets } from './core/dataset/load';

export { analyze, analyzeStreaming, createAnalyzer } from './core/analyze';
export type { AnalyzeOptions } from './core/analyze';
export { loadDatasets } from './core/dataset/load';
export type { DatasetProblem, LoadedDatasets } from './core/dataset/load';
export { bundledIndex } from './core/dataset/bundled';
export type { DatasetIndex, LoadedFact } from './core/dataset/lookup';
export { RULES } from './core/rules';
export { parseProjectConfig, ProjectConfigs, loadProjectConfig, resolveFor } from './core/config';
export type { ProjectConfig, ResolvedConfig, ConfigProblem } from './core/config';
export { citableAt, citeSourceEdits, fixAllEdits, applyEdits } from './core/editor/actions';
export type { Citable, CitationStyle, TextEdit } from './core/editor/actions';
export type { AnalyzeResult, Claim, Finding, Fix, Quantity, RuleId, RuleLevel, Severity, SourceRef, Span } from './core/types';

/**
 * The bundled dataset with one dataset file of your own over it (its facts add to and
 * override the bundled ones by id). `text` is the file's JSON; problems come back with
 * line and column, and the valid entries load anyway.
 */
export function loadDataset(text: string, origin = 'dataset.json'): LoadedDatasets {
  return loadDatasets([{ origin, text }]);
}
