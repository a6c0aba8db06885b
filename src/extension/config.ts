// The claimcheck.* settings, read fresh each time (VS Code caches them; reading is cheap).
import * as vscode from 'vscode';
import type { RuleId, RuleLevel } from '../core/types';
import { parseDateSetting } from '../core/read/documentDate';

export interface Settings {
  enable: boolean;
  rules: Partial<Record<RuleId, RuleLevel>>;
  datasets: string[];
  languages: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** How the "cite the source" fix writes a source. */
  citationStyle: 'link' | 'footnote';
  /** claimcheck.documentDate: the date drafts are read as of ("now", "this year"); undefined when unset or not a date. */
  documentDate: string | undefined;
}

const LEVELS = new Set(['off', 'info', 'warning', 'error']);

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration('claimcheck', scope);
  const rules: Partial<Record<RuleId, RuleLevel>> = {};
  const raw = c.get<Record<string, unknown>>('rules') ?? {};
  for (const [id, level] of Object.entries(raw)) {
    if (typeof level === 'string' && LEVELS.has(level)) rules[id as RuleId] = level as RuleLevel;
  }
  const strings = (key: string, fallback: string[]): string[] => {
    const v = c.get<unknown>(key);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : fallback;
  };
  const max = c.get<number>('maxFileSize');
  return {
    enable: c.get<boolean>('enable') ?? true,
    rules,
    datasets: strings('datasets', []),
    languages: strings('languages', ['markdown']),
    include: strings('include', ['**/*.md', '**/*.markdown', '**/*.mdx', '**/*.qmd', '**/*.Rmd', '**/*.rmd']),
    exclude: strings('exclude', ['**/node_modules/**']),
    maxFileSize: typeof max === 'number' && max > 0 ? max : 2_000_000,
    citationStyle: c.get<string>('citationStyle') === 'footnote' ? 'footnote' : 'link',
    documentDate: settingDate(c.get<unknown>('documentDate')),
  };
}

/** The documentDate setting as an ISO date; an empty or malformed value is no date (the Settings editor flags it by the setting's pattern). */
function settingDate(v: unknown): string | undefined {
  return typeof v === 'string' ? (parseDateSetting(v) ?? undefined) : undefined;
}

/** Why a document was not checked: its size against the limit, in the words the output and status bar use. */
export function overSizeLimit(length: number, maxFileSize: number): string {
  return `${length.toLocaleString('en-US')} characters, over claimcheck.maxFileSize (${maxFileSize.toLocaleString('en-US')})`;
}
