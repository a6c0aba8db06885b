// The built-in Markdown preview's hook (contributes "markdown.markdownItPlugins": true):
// VS Code calls extendMarkdownIt(md) on the object activate() returns. Settings are read
// on every render, so turning claimcheck.preview.enable off takes effect on the next one.
// In restricted (untrusted) mode the plugin is skipped.
import * as vscode from 'vscode';
import type MarkdownIt from 'markdown-it';
import type { RuleId, RuleLevel } from '../../core/types';
import { readSettings } from '../config';
import { datasetOf, type FactCheckDeps } from './deps';
import { reportCore } from './lazy';

export function previewEnabled(): boolean {
  const c = vscode.workspace.getConfiguration('claimcheck');
  return c.get<boolean>('enable') !== false && c.get<boolean>('preview.enable') !== false;
}

export function extendMarkdownIt(md: MarkdownIt, deps: FactCheckDeps = {}): MarkdownIt {
  try {
    // The same rule levels object while settings stay the same, so the plugin's analyzer
    // (keyed by it) keeps its block cache between renders.
    let lastRules: { key: string; value: Partial<Record<RuleId, RuleLevel>> } | undefined;
    const stableRules = (value: Partial<Record<RuleId, RuleLevel>>): Partial<Record<RuleId, RuleLevel>> => {
      const key = JSON.stringify(value);
      if (!lastRules || lastRules.key !== key) lastRules = { key, value };
      return lastRules.value;
    };
    return reportCore().claimcheckPreview(md, () => {
      // Restricted mode: an untrusted draft is not analysed for the preview at all; the
      // preview shows markdown-it's rendering unchanged.
      if (!previewEnabled() || !vscode.workspace.isTrusted) return undefined;
      const settings = readSettings();
      return { enable: true, dataset: datasetOf(deps), rules: stableRules(settings.rules), maxLength: settings.maxFileSize };
    });
  } catch (e) {
    deps.logError?.('adding the claimcheck preview plugin', e);
    return md;
  }
}
