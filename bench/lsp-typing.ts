// Developer measurement, not part of `npm run bench`: what a keystroke costs through the
// language server, against the extension's in-process re-check. A 1 MB draft is opened in
// `claimcheck lsp --stdio` (dist/cli.js; run `npm run build` first); then, 21 times, one
// sentence is inserted at a paragraph break as an incremental change, and the time from
// sending the change to receiving its diagnostics is taken. The same edits go through an
// in-process analyzer (what the extension does). Both medians are printed.
//   node --import tsx bench/lsp-typing.ts [draft.md]
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnalyzer } from '../src/core/analyze';
import { bundledIndex } from '../src/core/dataset/bundled';
import { DEBOUNCE_MS } from '../src/lsp/server';

const file = resolve(process.argv[2] ?? 'bench/corpus/draft-1000000.md');
const text = readFileSync(file, 'utf8');
const uri = pathToFileURL(file).href;

/** One insertion per run, at a paragraph break spread through the text (as bench/run.ts edits). */
function edits(): { at: number; insert: string; doc: string }[] {
  let doc = text;
  const out: { at: number; insert: string; doc: string }[] = [];
  for (let i = 0; i < 21; i++) {
    const at = doc.indexOf('\n\n', Math.floor((doc.length * ((i % 21) + 1)) / 23)) + 2;
    const insert = `Revenue grew ${i + 10}% to $${i + 3} billion in 2025. `;
    doc = doc.slice(0, at) + insert + doc.slice(at);
    out.push({ at, insert, doc });
  }
  return out;
}

function positionAt(doc: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = doc.indexOf('\n'); i >= 0 && i < offset; i = doc.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, character: offset - start };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

async function throughServer(): Promise<number[]> {
  const child = spawn(process.execPath, [resolve('dist/cli.js'), 'lsp', '--stdio']);
  let buffer = Buffer.alloc(0);
  const waiting: ((m: { method?: string; params?: { version?: number } }) => boolean)[] = [];
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      const message = JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8'));
      buffer = buffer.subarray(end + 4 + length);
      for (let i = 0; i < waiting.length; i++) if (waiting[i](message)) waiting.splice(i--, 1);
    }
  });
  const send = (m: object) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const until = (test: (m: { id?: number; method?: string; params?: { uri?: string; version?: number } }) => boolean) =>
    new Promise<void>((done) => waiting.push((m) => (test(m) ? (done(), true) : false)));
  const diagnosticsFor = (version: number) => until((m) => m.method === 'textDocument/publishDiagnostics' && m.params?.uri === uri && m.params?.version === version);
  send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  await until((m) => m.id === 1);
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  await diagnosticsFor(1);
  const times: number[] = [];
  let previous = text;
  let version = 1;
  for (const e of edits()) {
    const pos = positionAt(previous, e.at);
    version++;
    const t0 = performance.now();
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ range: { start: pos, end: pos }, text: e.insert }] } });
    await diagnosticsFor(version);
    times.push(performance.now() - t0);
    previous = e.doc;
  }
  send({ id: 2, method: 'shutdown' });
  await until((m) => m.id === 2);
  send({ method: 'exit' });
  return times;
}

function inProcess(): number[] {
  const analyzer = createAnalyzer({ dataset: bundledIndex() });
  analyzer.analyze(text);
  return edits().map((e) => {
    const t0 = performance.now();
    analyzer.analyze(e.doc);
    return performance.now() - t0;
  });
}

void (async () => {
  const server = await throughServer();
  const local = inProcess();
  process.stdout.write(
    `one-paragraph edit on ${(text.length / 1e6).toFixed(1)} MB: in-process re-check median ${median(local.slice(1)).toFixed(1)} ms; ` +
      `through the language server (change sent → diagnostics received) median ${median(server.slice(1)).toFixed(1)} ms, ` +
      `of which ${DEBOUNCE_MS} ms is the server's debounce\n`,
  );
})();
