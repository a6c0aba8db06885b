// The JSON output: ESLint's result shape (filePath, messages with 1-based line/column)
// so existing tools can read it, plus each message's derivation and sources and the
// file's figures under "claims", each with its reading (entity, metric, period, relations).
// Written file by file and element by element, with the
// bytes `JSON.stringify(all, null, 2)` of the whole array would give: the 10 MB draft's
// output is 59 MB of text, and holding it (and an object per figure) at once dominated
// the CLI's memory. "claims" comes before "messages" because the figures are printed
// block by block while the file is checked, and the findings are known only at its end.
import type { Finding, Quantity } from '../core/types';
import type { FigureReading } from '../core/readingOf';
import { ChunkedWriter, prettyAt, pushArray, StreamedArray } from './chunks';
import { otherFileLocations, regionOf, type FileContext, type OutputFormat } from './results';

function message(file: FileContext, f: Finding): object {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    ...regionOf(file, f.span),
    // `range` (document offsets of the replaced text) is what ESLint's own fixes carry.
    fix: f.fix ? { text: f.fix.text, range: [f.fix.span.start, f.fix.span.end] } : null,
    derivation: f.derivation,
    sources: f.sources,
  };
}

// One figure's element, printed by hand at the depth of the claims array's elements: the
// 10 MB draft has 212,000 figures, and an object plus JSON.stringify and re-indenting for
// each made enough garbage to add ~250 MB to the CLI's peak memory. The bytes are those
// JSON.stringify gives (a property whose value is undefined is left out, as it does).
const CLAIM_PAD = '  '.repeat(4);
const CLAIM_END = `\n${'  '.repeat(3)}}`;

function field(key: string, value: string | number | null | undefined): string {
  return value === undefined ? '' : `,\n${CLAIM_PAD}"${key}": ${JSON.stringify(value)}`;
}

function claim(file: FileContext, q: Quantity, reading: FigureReading | undefined): string {
  const r = regionOf(file, q.span);
  return (
    `{\n${CLAIM_PAD}"line": ${r.line},\n${CLAIM_PAD}"column": ${r.column},\n${CLAIM_PAD}"endLine": ${r.endLine},\n${CLAIM_PAD}"endColumn": ${r.endColumn}` +
    `${field('text', q.text)}${field('kind', q.kind)}${field('value', Number.isFinite(q.value) ? q.value : null)}${field('unit', q.unit)}${field('qualifier', q.qualifier)}` +
    `${readingFields(reading)}${CLAIM_END}`
  );
}

// The figure's reading (readingOf.ts): entity, metric, period and relations, printed as
// JSON.stringify prints them at this depth. Most figures have no relation and print `[]`.
const PERIOD_PAD = `${CLAIM_PAD}  `;

const REL_PAD = `${CLAIM_PAD}  `;
const KEY_PAD = `${REL_PAD}  `;
const INDEX_PAD = `${KEY_PAD}  `;

/** The relations array as JSON.stringify prints it at the depth of a figure's fields. */
function relationsText(relations: readonly FigureReading['relations'][number][]): string {
  let out = '[';
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i];
    let indices = '[]';
    if (r.with.length) {
      indices = '[';
      for (let k = 0; k < r.with.length; k++) indices += `${k ? ',' : ''}\n${INDEX_PAD}${r.with[k]}`;
      indices += `\n${KEY_PAD}]`;
    }
    out +=
      `${i ? ',' : ''}\n${REL_PAD}{\n${KEY_PAD}"kind": ${JSON.stringify(r.kind)},\n${KEY_PAD}"with": ${indices},` +
      `\n${KEY_PAD}"stated": ${JSON.stringify(r.stated)},\n${KEY_PAD}"computed": ${JSON.stringify(r.computed)}\n${REL_PAD}}`;
  }
  return `${out}\n${CLAIM_PAD}]`;
}

function readingFields(reading: FigureReading | undefined): string {
  const period = reading?.period;
  const periodText = period
    ? `{\n${PERIOD_PAD}"label": ${JSON.stringify(period.label)},\n${PERIOD_PAD}"fiscal": ${period.fiscal},\n${PERIOD_PAD}"kind": ${JSON.stringify(period.kind)}\n${CLAIM_PAD}}`
    : 'null';
  const relations = reading?.relations.length ? relationsText(reading.relations) : '[]';
  return `${field('entity', reading?.entity ?? null)}${field('metric', reading?.metric ?? null)},\n${CLAIM_PAD}"period": ${periodText},\n${CLAIM_PAD}"relations": ${relations}`;
}

/** The JSON array of files, streamed to `write`. */
export function jsonOutput(write: (text: string) => void): OutputFormat {
  const out = new ChunkedWriter(write);
  // Each file is an element of the top-level array (depth 1): its keys at depth 2.
  let count = 0;
  let claims = new StreamedArray(out, 2);
  return {
    begin(file) {
      out.push(`${count++ ? ',' : '['}\n  {\n    "filePath": ${prettyAt(file.path, 0)},\n    "claims": `);
      claims = new StreamedArray(out, 2);
    },
    figures(file, figures, readings) {
      for (let i = 0; i < figures.length; i++) claims.push(claim(file, figures[i], readings[i]));
    },
    file(file) {
      claims.end();
      out.push(',\n    "messages": ');
      pushArray(out, file.findings, 2, (f) => message(file, f));
      out.push('\n  }');
      // Out before the next file is read, so a reader sees progress and nothing waits in memory.
      out.flush();
    },
    // A file with conflicts against other files gets one more entry after all files were
    // read, with those messages only; each names the other file in "related".
    crossFile(file, contextOf) {
      out.push(`${count++ ? ',' : '['}\n  {\n    "filePath": ${prettyAt(file.path, 0)},\n    "claims": [],\n    "messages": `);
      pushArray(out, file.findings, 2, (f) => ({
        ...message(file, f),
        related: otherFileLocations(f, contextOf).map((o) => ({ filePath: o.file.path, line: o.region.line, column: o.region.column, message: o.message })),
      }));
      out.push('\n  }');
      out.flush();
    },
    end() {
      out.push(count ? '\n]\n' : '[]\n');
      out.flush();
    },
  };
}
