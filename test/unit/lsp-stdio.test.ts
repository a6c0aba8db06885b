// The language server as an editor drives it: spawn `claimcheck lsp --stdio`, initialize,
// open a draft, receive publishDiagnostics, change it, hover, ask for code actions
// (quick fix, cite the source, fix-all), then shutdown and exit. The framing
// (Content-Length headers) is written by hand here, as an editor's client would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { tempTree } from './cli-helpers';

const MAIN = path.join(__dirname, '..', '..', 'src', 'cli', 'main.ts');

interface Message {
  id?: number;
  method?: string;
  params?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  result?: any; // eslint-disable-line @typescript-eslint/no-explicit-any
  error?: { message: string };
}

class Client {
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting: { match: (m: Message) => boolean; resolve: (m: Message) => void }[] = [];
  readonly seen: Message[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const headerEnd = this.buffer.indexOf('\r\n\r\n');
        if (headerEnd < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
        if (this.buffer.length < headerEnd + 4 + length) return;
        const body = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message;
        this.buffer = this.buffer.subarray(headerEnd + 4 + length);
        this.receive(body);
      }
    });
    this.exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));
  }

  private receive(m: Message): void {
    // Requests from the server (registerCapability, refresh): answer them as a client does.
    if (m.method && m.id !== undefined) this.write({ id: m.id, result: null });
    this.seen.push(m);
    for (let i = 0; i < this.waiting.length; i++) {
      if (this.waiting[i].match(m)) {
        this.waiting.splice(i, 1)[0].resolve(m);
        return;
      }
    }
  }

  private write(m: object): void {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...m }), 'utf8');
    this.child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.child.stdin.write(body);
  }

  wait(what: string, match: (m: Message) => boolean, ms = 20_000): Promise<Message> {
    const already = this.seen.find(match);
    if (already) {
      this.seen.splice(this.seen.indexOf(already), 1);
      return Promise.resolve(already);
    }
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
      this.waiting.push({ match, resolve: (m) => (clearTimeout(timer), this.seen.splice(this.seen.indexOf(m), 1), resolve(m)) });
    });
  }

  async request(method: string, params: unknown): Promise<any> { // eslint-disable-line @typescript-eslint/no-explicit-any
    const id = this.nextId++;
    this.write({ id, method, params });
    const reply = await this.wait(`the reply to ${method}`, (m) => m.id === id && !m.method);
    if (reply.error) throw new Error(reply.error.message);
    return reply.result;
  }

  notify(method: string, params: unknown): void {
    this.write({ method, params });
  }

  diagnostics(uri: string, version: number): Promise<Message> {
    return this.wait(`diagnostics for version ${version}`, (m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri && m.params.version === version);
  }
}

const ROOT = path.join(__dirname, '..', '..');

/** The server runs from the repository (where tsx resolves); documents are found by their URIs. */
function start(): Client {
  return new Client(spawn(process.execPath, ['--import', 'tsx', MAIN, 'lsp', '--stdio'], { cwd: ROOT, stdio: 'pipe' }));
}

const DRAFT = "# Money\n\nRevenue rose from $1 billion to $5 billion, a 500% increase.\n\nOpenAI's revenue in 2025 was $13.1 billion.\n";

test('the language server over stdio: diagnostics, change, hover, code actions, shutdown, exit', { timeout: 60_000 }, async () => {
  const root = tempTree({ '.claimcheck.jsonc': '{ "citationStyle": "footnote", "rules": { "percent-change": "error" } }', 'post.md': DRAFT });
  const uri = pathToFileURL(path.join(root, 'post.md')).href;
  const client = start();
  try {
    const init = await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(root).href, capabilities: {} });
    assert.equal(init.serverInfo.name, 'claimcheck');
    assert.ok(init.capabilities.hoverProvider);
    assert.ok(init.capabilities.codeActionProvider.codeActionKinds.includes('source.fixAll.claimcheck'));
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });

    const first = await client.diagnostics(uri, 1);
    const pc = first.params.diagnostics.find((d: { code: string }) => d.code === 'percent-change');
    assert.ok(pc, JSON.stringify(first.params.diagnostics));
    assert.equal(pc.severity, 1, 'the project file made percent-change an error');
    assert.deepEqual(pc.range, { start: { line: 2, character: 46 }, end: { line: 2, character: 50 } });
    assert.equal(pc.source, 'claimcheck');

    // Quick fixes for the diagnostic: the certain fix first and preferred, then "disable".
    const actions = await client.request('textDocument/codeAction', { textDocument: { uri }, range: pc.range, context: { diagnostics: [pc] } });
    const preferred = actions.find((a: { isPreferred?: boolean }) => a.isPreferred);
    assert.equal(preferred.edit.changes[uri][0].newText, '400%');
    assert.ok(actions.some((a: { title: string }) => a.title === 'Disable percent-change for this line'));

    // Hover on the figure the dataset confirms; its cite-source action writes a footnote (project file).
    const at = { line: 4, character: 31 };
    const hover = await client.request('textDocument/hover', { textDocument: { uri }, position: at });
    assert.match(hover.contents.value, /\*\*claimcheck\*\* · `\$13\.1 billion`/);
    assert.match(hover.contents.value, /\*\*Dataset\*\*/);
    const cite = (await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })).find((a: { title: string }) => a.title.startsWith('Cite the source'));
    assert.ok(cite, 'a cite-source action on a confirmed figure');
    assert.ok(!cite.isPreferred);
    const citeEdits = cite.edit.changes[uri];
    assert.equal(citeEdits[0].newText, '[^claimcheck-1]');
    assert.match(citeEdits[1].newText, /^\n\[\^claimcheck-1\]: .+, \d{4}-\d{2}-\d{2}, <https?:\/\/.+>\n$/);

    // Fix-all: the certain fixes only, never the citation.
    const fixAll = await client.request('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll.claimcheck'] } });
    assert.equal(fixAll.length, 1);
    assert.deepEqual(fixAll[0].edit.changes[uri].map((e: { newText: string }) => e.newText), ['400%']);

    // An edit: the corrected sentence has no percent-change finding.
    client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: pc.range, text: '400%' }],
    });
    const second = await client.diagnostics(uri, 2);
    assert.ok(!second.params.diagnostics.some((d: { code: string }) => d.code === 'percent-change'), JSON.stringify(second.params.diagnostics));

    assert.equal(await client.request('shutdown', null), null);
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
  } finally {
    client.child.kill();
  }
});

test('pull diagnostics when the client supports them; a broken project file is reported with its place', { timeout: 60_000 }, async () => {
  const root = tempTree({ '.claimcheck.jsonc': '{\n  "rules": { "sign": "loud" }\n}\n', 'post.md': DRAFT });
  const uri = pathToFileURL(path.join(root, 'post.md')).href;
  const client = start();
  try {
    const init = await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: { textDocument: { diagnostic: {} } } });
    assert.ok(init.capabilities.diagnosticProvider);
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const report = await client.request('textDocument/diagnostic', { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    assert.ok(report.items.some((d: { code: string }) => d.code === 'percent-change'));
    const broken = report.items.find((d: { code: string }) => d.code === 'project-file');
    assert.match(broken.message, /\.claimcheck\.jsonc:2:22: rules\.sign: Invalid option/);
    assert.ok(!client.seen.some((m) => m.method === 'textDocument/publishDiagnostics'), 'no push when the client pulls');
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
  } finally {
    client.child.kill();
  }
});

test('claimcheck lsp needs --stdio, and says so', async () => {
  const { run } = await import('./cli-helpers');
  const r = run(['lsp']);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /lsp needs --stdio/);
  assert.match(run(['lsp', '--help']).stdout, /Usage: claimcheck lsp --stdio/);
});

test('an edited project file applies at the next check, without file watching', { timeout: 60_000 }, async () => {
  const fs = await import('node:fs');
  const root = tempTree({ '.claimcheck.jsonc': '{ "rules": { "percent-change": "error" } }', 'post.md': DRAFT });
  const uri = pathToFileURL(path.join(root, 'post.md')).href;
  const client = start();
  try {
    await client.request('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    client.notify('initialized', {});
    client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: DRAFT } });
    const first = await client.diagnostics(uri, 1);
    assert.ok(first.params.diagnostics.some((d: { code: string; severity: number }) => d.code === 'percent-change' && d.severity === 1));
    fs.writeFileSync(path.join(root, '.claimcheck.jsonc'), '{ "rules": { "percent-change": "off" } }\n');
    client.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${DRAFT}\nMore text.\n` }] });
    const second = await client.diagnostics(uri, 2);
    assert.ok(!second.params.diagnostics.some((d: { code: string }) => d.code === 'percent-change'), JSON.stringify(second.params.diagnostics));
    await client.request('shutdown', null);
    client.notify('exit', null);
    assert.equal(await client.exited, 0);
  } finally {
    client.child.kill();
  }
});
