// A draft's text to its fact-check model in one call, for the CLI and the extension's
// report command; the preview plugin keeps its own incremental analyzer.
import type { AnalyzeResult } from '../types';
import { analyze } from '../analyze';
import { buildReport, type ReportModel, type ReportOptions } from './model';

export function reportFromText(text: string, options: ReportOptions & { maxLength?: number; result?: AnalyzeResult }): ReportModel {
  const result = options.result ?? analyze(text, { dataset: options.dataset, rules: options.rules, maxLength: options.maxLength });
  return buildReport(text, result, options);
}
