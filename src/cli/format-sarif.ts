// SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: every rule with its
// help, every finding with its region (UTF-16 columns, as the run declares), related
// figures, dataset sources, and a SARIF fix when the corrected figure is certain.
// Types from @types/sarif (the OASIS schema as TypeScript): a misspelt or misplaced
// property in the log below is a compile error, not a log GitHub rejects.
import type { ArtifactLocation, Log, Notification, PhysicalLocation, Region as SarifRegion, ReportingDescriptor, Result } from 'sarif';
import type { Finding, Severity } from '../core/types';
import type { Rule } from '../core/rules/rule';
import { ChunkedWriter, prettyAt } from './chunks';
import { otherFileLocations, regionOf, type FileContext, type FileResult, type OutputFormat, type Region } from './results';

export interface SarifTool {
  version: string;
  informationUri?: string;
}

/** A run-level message: a skipped file, an unreadable path, a dataset problem. */
export interface SarifNotification {
  level: 'error' | 'warning' | 'note';
  message: string;
  uri?: string;
  line?: number;
  column?: number;
}

const SARIF_LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

/** A relative path as a URI reference: each segment percent-encoded, slashes kept. */
export function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** Relative paths resolve against the checkout root; a file outside it gets a file: URI. */
function artifact(path: string): ArtifactLocation {
  if (path.startsWith('/')) return { uri: `file://${toUri(path)}` };
  if (/^[A-Za-z]:\//.test(path)) return { uri: `file:///${toUri(path)}` };
  return { uri: toUri(path), uriBaseId: '%SRCROOT%' };
}

function sarifRegion(r: Region): SarifRegion {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

function physical(path: string, r: Region): PhysicalLocation {
  return { artifactLocation: artifact(path), region: sarifRegion(r) };
}

// A stable fingerprint of what a finding says about which figure, independent of the
// line it sits on, so code scanning follows an alert when text above it moves.
function fingerprint(file: FileResult, f: Finding): string {
  const s = `${f.ruleId}\u0000${file.path}\u0000${file.text.slice(f.span.start, f.span.end)}\u0000${f.message}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function result(file: FileResult, f: Finding, ruleIndex: number, contextOf?: (path: string) => FileContext | undefined): Result {
  const path = file.path;
  const text = f.derivation ? `${f.message} (${f.derivation})` : f.message;
  const out: Result = {
    ruleId: f.ruleId,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: SARIF_LEVEL[f.severity],
    message: { text },
    locations: [{ physicalLocation: physical(path, regionOf(file, f.span)) }],
    partialFingerprints: { 'claimcheckFigure/v1': fingerprint(file, f) },
  };
  const elsewhere = contextOf ? otherFileLocations(f, contextOf) : [];
  if (elsewhere.length) {
    // A conflict with another file: its figure, in that file.
    out.relatedLocations = elsewhere.map((o, id) => ({ id, message: { text: o.message }, physicalLocation: physical(o.file.path, o.region) }));
  } else if (f.related.length) {
    out.relatedLocations = f.related.map((r, id) => ({ id, message: { text: r.message }, physicalLocation: physical(path, regionOf(file, r.span)) }));
  }
  if (f.fix) {
    out.fixes = [
      {
        description: { text: f.fix.title },
        artifactChanges: [
          {
            artifactLocation: artifact(path),
            replacements: [{ deletedRegion: sarifRegion(regionOf(file, f.fix.span)), insertedContent: { text: f.fix.text } }],
          },
        ],
      },
    ];
  }
  if (f.sources.length) out.properties = { sources: f.sources };
  return out;
}

/**
 * The SARIF log. Each file's results are turned into text as soon as it is checked (the
 * analysis itself is then dropped); the log is written at the end, since the run's
 * notifications and artifacts, which come before the results, are known only then.
 * The bytes are those of `JSON.stringify(log, null, 2)`.
 */
export function sarifOutput(
  write: (text: string) => void,
  rules: readonly Rule[],
  tool: SarifTool,
  notificationsAtEnd: () => readonly SarifNotification[],
): OutputFormat {
  const ruleIndex = new Map(rules.map((r, i) => [r.id as string, i]));
  const paths: string[] = [];
  // Each result printed where it sits in the log: runs[0].results[i] is 4 levels deep.
  const printed: string[] = [];
  return {
    file(file) {
      paths.push(file.path);
      for (const f of file.findings) printed.push(`\n${'  '.repeat(4)}${prettyAt(result(file, f, ruleIndex.get(f.ruleId) ?? -1), 4)}`);
    },
    crossFile(file, contextOf) {
      for (const f of file.findings) printed.push(`\n${'  '.repeat(4)}${prettyAt(result(file, f, ruleIndex.get(f.ruleId) ?? -1, contextOf), 4)}`);
    },
    end() {
      const out = new ChunkedWriter(write);
      const log = skeleton(rules, tool, notificationsAtEnd(), paths);
      // `results` is the run's last property and comes after everything else the log
      // quotes (paths, messages), so its last occurrence is the placeholder.
      const at = log.lastIndexOf(RESULTS_PLACEHOLDER) + RESULTS_KEY.length;
      out.push(log.slice(0, at));
      if (printed.length === 0) out.push('[]');
      else {
        out.push('[');
        for (let i = 0; i < printed.length; i++) out.push(i ? `,${printed[i]}` : printed[i]);
        out.push(`\n${'  '.repeat(3)}]`);
      }
      out.push(log.slice(at + 2));
      out.push('\n');
      out.flush();
    },
  };
}

const RESULTS_KEY = '"results": ';
const RESULTS_PLACEHOLDER = `${RESULTS_KEY}[]`;

/** The log with an empty results array, pretty-printed. */
function skeleton(rules: readonly Rule[], tool: SarifTool, notifications: readonly SarifNotification[], paths: readonly string[]): string {
  const descriptors: ReportingDescriptor[] = rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase()),
    shortDescription: { text: r.summary },
    fullDescription: { text: r.docs },
    help: { text: `${r.summary}\n\n${r.docs}`, markdown: `**${r.summary}**\n\n${r.docs}` },
    defaultConfiguration: { level: SARIF_LEVEL[r.defaultSeverity] },
    properties: { tags: ['claimcheck', 'numbers'], precision: 'high' },
  }));
  const toolNotifications: Notification[] = notifications.map((n) => ({
    level: n.level,
    message: { text: n.message },
    ...(n.uri
      ? { locations: [{ physicalLocation: { artifactLocation: artifact(n.uri), ...(n.line ? { region: { startLine: n.line, startColumn: n.column ?? 1 } } : {}) } }] }
      : {}),
  }));
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            version: tool.version,
            semanticVersion: tool.version,
            ...(tool.informationUri ? { informationUri: tool.informationUri } : {}),
            rules: descriptors,
          },
        },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: !notifications.some((n) => n.level === 'error'),
            toolExecutionNotifications: toolNotifications,
          },
        ],
        artifacts: paths.map((p) => ({ location: artifact(p), mimeType: 'text/markdown' })),
        results: [],
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
