// What the fact-check report and the preview need from the rest of the extension: the
// dataset in use (the bundled one plus the workspace's claimcheck.datasets files, which
// the controller loads and watches) and its label. Both fall back to the bundled dataset
// so the report works even before the controller is wired to pass them.
import type * as vscode from 'vscode';
import type { DatasetIndex } from '../../core/dataset/lookup';
import type { AnalyzeResult } from '../../core/types';
import { reportCore } from './lazy';

export interface FactCheckDeps {
  /** Undefined while the controller is not up: the bundled dataset is used. */
  dataset?: () => DatasetIndex | undefined;
  datasetLabel?: () => string | undefined;
  /**
   * The diagnostics' own analysis of the document's current version, when there is one: the
   * report then shows exactly what the Problems panel shows, workspace-wide
   * cross-references included. Without it the report analyses the text itself.
   */
  analysis?: (doc: vscode.TextDocument) => AnalyzeResult | undefined;
  /** Where errors go (the claimcheck output channel). */
  logError?: (context: string, e: unknown) => void;
}

export function datasetOf(deps: FactCheckDeps): DatasetIndex {
  return deps.dataset?.() ?? reportCore().bundledIndex();
}

export function datasetLabelOf(deps: FactCheckDeps): string {
  return deps.datasetLabel?.() ?? 'bundled';
}
