// Every regular expression in src/ (core, CLI and extension) must run in linear time, checked by a
// ReDoS analyser rather than by eye. Two nets, because neither catches everything alone:
//
//  1. Static: the TypeScript parser finds every regex literal and every `new RegExp(...)`
//     in src/core/** and src/cli/**; a pattern made of string literals, templates and
//     module-level constants is folded to its text and checked, named by file:line.
//  2. Run time: RegExp is swapped for a recording subclass before the code is loaded,
//     the pipeline runs on the samples and on figure-dense text, and every pattern that
//     was actually built (the entity alternation from the dataset, the metric words,
//     the per-figure patterns in read/relations/phrasings.ts) is checked, named by the file:line that
//     built it. A `new RegExp` site the static pass cannot fold must show up here, so
//     no site goes unchecked.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import ts from 'typescript';
import { isSafePattern } from 'redos-detector';

const ROOT = path.resolve(__dirname, '../..');
const SCANNED = ['src/core', 'src/cli', 'src/extension'];

interface Site {
  where: string;
  pattern: string;
  flags: string;
}

function listTs(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(full));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out.sort();
}

const UNKNOWN = Symbol('unknown');
type Folded = string | typeof UNKNOWN;

/** Folds an expression to a string when it is built only from literals and module constants. */
function makeFolder(sf: ts.SourceFile): (e: ts.Expression) => Folded {
  const consts = new Map<string, ts.Expression>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) consts.set(d.name.text, d.initializer);
  }
  const folding = new Set<string>();
  const fold = (e: ts.Expression): Folded => {
    if (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) return fold(e.expression);
    if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return e.text;
    if (ts.isRegularExpressionLiteral(e)) return UNKNOWN; // a literal's `.source` is handled below
    if (ts.isTemplateExpression(e)) {
      let s = e.head.text;
      for (const span of e.templateSpans) {
        const v = fold(span.expression);
        if (v === UNKNOWN) return UNKNOWN;
        s += v + span.literal.text;
      }
      return s;
    }
    if (ts.isTaggedTemplateExpression(e) && e.tag.getText(sf) === 'String.raw') {
      const t = e.template;
      if (ts.isNoSubstitutionTemplateLiteral(t)) return t.rawText ?? t.text;
      let s = t.head.rawText ?? t.head.text;
      for (const span of t.templateSpans) {
        const v = fold(span.expression);
        if (v === UNKNOWN) return UNKNOWN;
        s += v + (span.literal.rawText ?? span.literal.text);
      }
      return s;
    }
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const a = fold(e.left);
      const b = fold(e.right);
      return a === UNKNOWN || b === UNKNOWN ? UNKNOWN : a + b;
    }
    if (ts.isPropertyAccessExpression(e) && e.name.text === 'source') {
      let target: ts.Expression = e.expression;
      if (ts.isIdentifier(target) && consts.has(target.text)) target = consts.get(target.text) as ts.Expression;
      if (ts.isRegularExpressionLiteral(target)) return literalParts(target.text).pattern;
      return UNKNOWN;
    }
    if (ts.isIdentifier(e) && consts.has(e.text) && !folding.has(e.text)) {
      folding.add(e.text);
      try {
        return fold(consts.get(e.text) as ts.Expression);
      } finally {
        folding.delete(e.text);
      }
    }
    return UNKNOWN;
  };
  return fold;
}

function literalParts(text: string): { pattern: string; flags: string } {
  const last = text.lastIndexOf('/');
  return { pattern: text.slice(1, last), flags: text.slice(last + 1) };
}

/** Every regex site in the scanned folders: folded ones with their text, the rest as dynamic. */
function collectStatic(): { sites: Site[]; dynamic: string[] } {
  const sites: Site[] = [];
  const dynamic: string[] = [];
  for (const dir of SCANNED) {
    for (const file of listTs(path.join(ROOT, dir))) {
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
      const fold = makeFolder(sf);
      const where = (n: ts.Node): string => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
      const visit = (n: ts.Node): void => {
        if (ts.isRegularExpressionLiteral(n)) {
          sites.push({ where: where(n), ...literalParts(n.text) });
        } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
          const args = n.arguments ?? [];
          const pattern = args[0] ? fold(args[0]) : '';
          const flags = args[1] ? fold(args[1]) : '';
          if (pattern === UNKNOWN || flags === UNKNOWN) dynamic.push(where(n));
          else sites.push({ where: where(n), pattern, flags });
        }
        ts.forEachChild(n, visit);
      };
      visit(sf);
    }
  }
  return { sites, dynamic };
}

/** Whether the pattern has a quantifier without an upper bound (`*`, `+`, `{n,}`) outside a class. */
export function hasUnboundedQuantifier(pattern: string): boolean {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '*' || c === '+') return true;
    else if (c === '{' && /^\{\d+,\}/.test(pattern.slice(i, i + 12))) return true;
  }
  return false;
}

/** The analyser's step budget: deterministic, unlike its time-out. */
const MAX_STEPS = 2000;

/**
 * null when the pattern is linear: either it has no unbounded quantifier (each match
 * attempt explores a bounded number of paths, so a scan is linear), or redos-detector
 * finds no ambiguity within its step budget. Otherwise why it is unproven.
 * The analyser refuses case-insensitive together with unicode: an `iu` pattern is
 * checked in unicode mode, where its classes are exact.
 */
function verdict(pattern: string, flags: string): string | null {
  if (!hasUnboundedQuantifier(pattern)) return null;
  try {
    const unicode = flags.includes('u') || flags.includes('v');
    const r = isSafePattern(pattern, {
      caseInsensitive: flags.includes('i') && !unicode,
      unicode,
      dotAll: flags.includes('s'),
      multiLine: flags.includes('m'),
      maxSteps: MAX_STEPS,
    });
    if (r.safe) return null;
    return `${r.error ?? 'unsafe'} (score ${r.score.infinite ? 'infinite' : r.score.value})`;
  } catch (e) {
    return `the analyser could not read it (${e instanceof Error ? e.message : String(e)})`;
  }
}

const statics = collectStatic();

// ---------------------------------------------------------------------------
// Run time: what the code builds, and how long the texts are that each pattern runs on.

/** Inputs up to this length cost a bounded amount whatever the pattern: the pipeline's windows (60–80 characters before or between figures) fit well inside it. */
const WINDOW = 200;

const NativeRegExp = RegExp;
const nativeExec = NativeRegExp.prototype.exec;
const built: Site[] = [];
/** Per pattern (flags/source): the longest input it was run on, and how often it ran. */
const inputs = new Map<string, { longest: number; runs: number }>();
let inHook = false;

/** The first stack frame inside the scanned folders, as file:line. */
function caller(stack: string | undefined): string {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /\((.*):(\d+):\d+\)$|at (.*):(\d+):\d+$/.exec(line.trim());
    const file = m ? (m[1] ?? m[3]) : undefined;
    const ln = m ? (m[2] ?? m[4]) : undefined;
    if (!file) continue;
    const rel = path.relative(ROOT, file.replace(/^file:\/\//, '')).split(path.sep).join('/');
    if (SCANNED.some((d) => rel.startsWith(`${d}/`))) return `${rel}:${ln}`;
  }
  return '(outside src)';
}

function recordBuilt(re: RegExp, args: unknown[]): RegExp {
  // A pattern given as text was built at run time; copying a RegExp copies a checked one.
  if (typeof args[0] === 'string' && !inHook) {
    inHook = true;
    try {
      built.push({ where: caller(new Error().stack), pattern: re.source, flags: re.flags });
    } finally {
      inHook = false;
    }
  }
  return re;
}

/**
 * Stands in for the global RegExp. A Proxy, not a subclass: its instances are plain
 * RegExps, so the code under test behaves exactly as it does without it (a subclass
 * changed what markdown-it made of tables).
 */
const RecordingRegExp = new Proxy(NativeRegExp, {
  construct: (target, args) => recordBuilt(Reflect.construct(target, args) as RegExp, args),
  apply: (target, self, args) => recordBuilt(Reflect.apply(target, self, args) as RegExp, args),
});

function recordingExec(this: RegExp, s: string): RegExpExecArray | null {
  if (!inHook) {
    const key = `${this.flags}/${this.source}`;
    const seen = inputs.get(key) ?? { longest: 0, runs: 0 };
    // A sticky or global scan starts at lastIndex: what it can read is the rest.
    const len = String(s).length - (this.global || this.sticky ? this.lastIndex : 0);
    seen.longest = Math.max(seen.longest, len);
    seen.runs++;
    inputs.set(key, seen);
  }
  return nativeExec.call(this, s);
}

/** Hostile text: long runs that a careless pattern would read end to end. */
function hostileCorpus(): string[] {
  const phrase = 'from an estimated an estimated $1 billion to   about about $2 billion, up 100% a year ';
  return [
    FIGURE_DENSE.join('\n\n'),
    // One sentence of 20,000 characters: no full stop for a sentence splitter to cut at.
    phrase.repeat(Math.ceil(20_000 / phrase.length)),
    `Revenue rose ${' '.repeat(20_000)}from $1 billion${'\t'.repeat(5_000)} to $2 billion.`,
    `OpenAI ${'a'.repeat(20_000)} $5 billion ${'-'.repeat(5_000)} 40% ${'x1'.repeat(5_000)}.`,
    `${'<!-- claimcheck-disable '.repeat(500)} $3 billion ${'[^'.repeat(2_000)} ${'*'.repeat(5_000)}`,
    `| a | b |\n|---|---|\n| ${'$1B '.repeat(2_000)} | ${'9'.repeat(5_000)} |\n| Total | ${'%'.repeat(3_000)} |`,
    `# ${'#'.repeat(3_000)} heading $4 billion ${' '.repeat(3_000)}#`,
    `${'from '.repeat(4_000)}$1 billion ${'to '.repeat(4_000)}$2 billion ${'of '.repeat(4_000)}50%.`,
    `In ${'2025 '.repeat(3_000)} Q3 ${'FY2025-'.repeat(1_000)} the company ${'rose by '.repeat(2_000)} 25%.`,
  ];
}

function runPipeline(): Promise<void> {
  return (async () => {
    // Loaded only now, so module-level `new RegExp` calls are recorded too.
    const { analyze } = await import('../../src/core/analyze');
    const { globToRegExp } = await import('../../src/cli/glob');
    const samples = fs.readdirSync(path.join(ROOT, 'samples')).filter((f) => f.endsWith('.md'));
    for (const f of samples) analyze(fs.readFileSync(path.join(ROOT, 'samples', f), 'utf8'));
    for (const text of hostileCorpus()) analyze(text);
    for (const g of ['**/*.md', 'drafts/{a,b}/*.markdown', 'notes/[!x]?.md', '**/2025-*/**/*.mdx']) globToRegExp(g);
  })();
}

const FIGURE_DENSE = [
  'OpenAI revenue went from $3.7 billion in 2024 to $13 billion in 2025, a 251% increase, growing 250% a year.',
  "Anthropic's run rate rose from $1 billion to $5 billion, up 400%; its share fell 5 percentage points to 32%.",
  'Between $40 billion and $50 billion; fell sharply by 20% to $8bn; accounts for 45% of the $1.4 trillion total.',
  'Microsoft owns 27% of the company, a stake of about $135 billion. Nvidia revenue grew 114% to $130.5 billion in FY2025.',
  '| Company | 2024 | 2025 |\n|---|---|---|\n| OpenAI | $3.7B | $13B |\n| Anthropic | $1B | $5B |\n| Total | $4.7B | $18B |',
  'ChatGPT has 800 million weekly active users; xAI raised $20 billion at a $230 billion valuation in Q3 2025, H1 2026 and by 2030.',
  'Compute commitments of $1.4 trillion over 2025..2033, roughly 1,400 percent of revenue, a 10x multiple, doubled, tripled.',
  'Spending was cut by 120% <!-- claimcheck-disable-next-line sign --> and margins fell from 40% to 38%, a 2 pp drop.',
  // Prose totals (read/proseTotals.ts) and direction words with their figures (read/movements.ts).
  'OpenAI will receive $10 billion, $7.5 billion from SoftBank, and $2.5 billion from others, with the rest later. The round is $40 billion, of which $10 billion now and the remaining $30 billion later. Net income was $20 billion, or $1.86 per share, and $2 billion from others.',
  'Net sales increased 10% to $187.8 billion, compared with $170.0 billion in fourth quarter 2023.\nAWS segment sales increased 19% to $28.8 billion, compared with $24.2 billion in fourth quarter 2023.\nNorth America segment sales were $115.6 billion, compared with $105.5 billion in fourth quarter 2023.',
  'Q1 Cloud Revenue (IaaS plus SaaS) $7.2 billion\nQ1 Cloud Infrastructure (IaaS) Revenue $3.3 billion\nQ1 Cloud Application (SaaS) Revenue $3.8 billion',
  'Its share fell to 7.3% from 7.7% a year earlier, $12.7 billion this year, down from $3.7 billion, and $100 billion, which could grow to $500 billion; the loss improved to $2 billion, compared with $3 billion in 2024.',
];

/**
 * Patterns that scan whole segments and that redos-detector cannot settle within its
 * budget (large word alternations exhaust it; it also counts the scan's own restarts
 * as backtracking). Each was read and found linear for the reason given; an entry names
 * its file and the start of its pattern, and only covers that pattern.
 */
const REVIEWED: { file: string; starts: string; why: string }[] = [
  { file: 'src/core/markdown.ts', starts: '`+|<!--|<[A-Za-z/]', why: 'alternatives are literals, bounded runs ({0,1000}, {1,100}) or a last single-character run (`+, \\*+) that nothing follows, so no attempt gives characters back past 1,000' },
  { file: 'src/core/markdown.ts', starts: '<!--\\s*claimcheck-', why: 'an attempt starts only at "<!--"; its \\s* reads the whitespace after it (runs after different "<!--" do not overlap) and the rest is bounded ({0,500})' },
  { file: 'src/core/markdown.ts', starts: '^(?![^|]*\\|)\\p{L}[^\\r\\n]*', why: 'anchored, one attempt; [^\\r\\n]* cannot cross a line break, so the lines split one way only and a failed attempt gives each character back once' },
  { file: 'src/core/read/periodReading.ts', starts: '\\b(?:last|previous|prior|past|next', why: 'every \\s+ and \\w+ sits between a listed word and a literal or a listed word, classes that do not overlap it; an attempt starts only at a listed word' },
  { file: 'src/core/rules/cross-reference.ts', starts: '\\b(?:project(?:ed|ion|ions)?', why: 'a word list between \\b and \\b with no unbounded run spanning words; an attempt reads at most one listed word' },
  { file: 'src/core/read/periods/period.ts', starts: '(?<![\\p{L}\\p{N}$€£¥_.,\\-–/])(?:first|last|past', why: 'the one unbounded run (\\w+) is fenced by literal spaces and starts after a listed word; attempts start only at such words' },
  { file: 'src/core/read/tableClaims.ts', starts: '^[^\\p{L}\\p{N}]*(?:grand\\s+)?', why: 'anchored, one attempt; the run of non-letters cannot take the letter that every alternative after it starts with, so it splits one way only' },
  { file: 'src/core/read/relations/phrasings.ts', starts: ',\\s*([\\p{L}]+)\\s+from', why: 'runs only on the gap between two figures, which read/relations/read.ts measures first and refuses past 70 characters' },
  { file: 'src/core/read/relations/phrasings.ts', starts: '^[^;:]*?\\bfrom\\s+', why: 'runs only on the gap between two figures, which read/relations/read.ts measures first and refuses past 70 characters' },
  { file: 'src/core/read/relations/phrasings.ts', starts: '^\\s+(?:[\\p{L}-]+\\s+)?from\\s+', why: 'runs only on the gap after a rate, refused past 30 characters before it is tested' },
  { file: 'src/core/dataset/jsonPositions.ts', starts: '-?(?:0|[1-9]\\d*)', why: 'sticky: one attempt at the reader\'s position; the digit runs are separated by "." and "e", which they cannot take, so each splits one way only' },
  { file: 'src/core/editor/percentRewrite.ts', starts: '^(.*?\\d)(\\s*)', why: 'anchored, one attempt, on one figure\'s text (a percentage as the tokenizer read it, tens of characters): the lazy run stops at the last digit before the unit' },
  { file: 'src/core/editor/actions.ts', starts: '\\[\\^claimcheck-(\\d+)\\]', why: 'each attempt starts at the literal "[^claimcheck-"; its one run (\\d+) is followed by "]", which it cannot take, so it splits one way only' },
  { file: 'src/core/read/metricWords.ts', starts: '(?<![\\p{L}\\p{N}_])(?:', why: 'each [\\s-]+ joins two literal words (the metric synonyms, escaped); an attempt starts only at a listed word not preceded by a letter' },
];

function reviewedReason(site: Site): string | undefined {
  const file = site.where.replace(/:\d+$/, '');
  return REVIEWED.find((r) => r.file === file && site.pattern.startsWith(r.starts))?.why;
}

test('patterns: every regex the core and the CLI hold or build is linear, or only ever reads a short window', async () => {
  (globalThis as { RegExp: RegExpConstructor }).RegExp = RecordingRegExp;
  NativeRegExp.prototype.exec = recordingExec;
  try {
    await runPipeline();
  } finally {
    NativeRegExp.prototype.exec = nativeExec;
    (globalThis as { RegExp: RegExpConstructor }).RegExp = NativeRegExp;
  }
  assert.ok(built.length > 0 && inputs.size > 0, 'nothing was recorded: the RegExp swap did not take');

  const problems: string[] = [];
  const verdicts = new Map<string, string | null>();
  const report: string[] = [];
  for (const s of [...statics.sites, ...built]) {
    const key = `${s.flags}/${s.pattern}`;
    if (!verdicts.has(key)) verdicts.set(key, verdict(s.pattern, s.flags));
    const why = verdicts.get(key);
    if (!why) continue;
    const seen = inputs.get(key);
    const shown = `${s.where}: /${s.pattern.length > 120 ? `${s.pattern.slice(0, 120)}…` : s.pattern}/${s.flags}`;
    report.push(`${shown} ${why}; ${seen ? `ran ${seen.runs}×, longest input ${seen.longest}` : 'never ran'}`);
    if (seen && seen.longest > WINDOW && !reviewedReason(s)) problems.push(`${shown} is not proven linear (${why}) and ran on ${seen.longest} characters`);
  }
  if (process.env.REDOS_REPORT) {
    // For the README's reliability table: how each distinct pattern was settled.
    const tally = { sites: statics.sites.length, dynamicSites: statics.dynamic.length, built: built.length, distinct: verdicts.size, bounded: 0, analyser: 0, window: 0, reviewed: 0, neverRan: 0 };
    const counted = new Set<string>();
    for (const s of [...statics.sites, ...built]) {
      const key = `${s.flags}/${s.pattern}`;
      if (counted.has(key)) continue;
      counted.add(key);
      const seen = inputs.get(key);
      if (!hasUnboundedQuantifier(s.pattern)) tally.bounded++;
      else if (!verdicts.get(key)) tally.analyser++;
      else if (reviewedReason(s) && seen && seen.longest > WINDOW) tally.reviewed++;
      else if (seen) tally.window++;
      else tally.neverRan++;
    }
    fs.writeFileSync(process.env.REDOS_REPORT, `${JSON.stringify(tally)}\n${[...new Set(report)].join('\n')}\n`);
  }
  assert.deepEqual([...new Set(problems)], []);
});

test('every new RegExp the static pass could not fold was built during the run, so it was checked', () => {
  const seenAt = new Set(built.map((r) => r.where));
  assert.deepEqual(statics.dynamic.filter((w) => !seenAt.has(w)), []);
});

test('every regex written in src/ is proven linear, reviewed, or seen to run only on short windows, whether or not analyze() runs it', () => {
  // Runs after the test above, which recorded what the pipeline built and ran.
  const windowOnly = (key: string): boolean => {
    const seen = inputs.get(key);
    return !!seen && seen.longest <= WINDOW;
  };
  const builtAt = new Map<string, string[]>();
  for (const b of built) builtAt.set(b.where, [...(builtAt.get(b.where) ?? []), `${b.flags}/${b.pattern}`]);
  const uncovered: string[] = [];
  for (const s of statics.sites) {
    const why = verdict(s.pattern, s.flags);
    if (!why || reviewedReason(s)) continue;
    const key = `${s.flags}/${s.pattern}`;
    // A folded site whose run-time build (same file and line) ran only on short windows.
    if (windowOnly(key) || (builtAt.get(s.where) ?? []).some(windowOnly)) continue;
    uncovered.push(`${s.where}: /${s.pattern.slice(0, 80)}/${s.flags} (${why})`);
  }
  assert.deepEqual(uncovered, []);
});
