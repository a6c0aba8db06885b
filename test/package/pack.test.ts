// The npm package as someone installs it: `npm pack` (which builds through prepack), the
// tarball installed into an empty folder with `npm install --prefer-offline` (its one
// dependency, zod, for the types, comes from the npm cache or registry; the code is bundled), then the bin, the
// language server and the typed Node API run from there. Quoted articles (test/corpus) and
// sources never ship. Run: npm run test:package (part of npm test).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let tmp = '';
let tarball = '';
let files: string[] = [];
let app = '';

before(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-pack-'));
  const out = execFileSync(NPM, ['pack', '--json', '--pack-destination', tmp], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const info = JSON.parse(out.slice(out.indexOf('['))) as { filename: string; files: { path: string }[] }[];
  tarball = path.join(tmp, path.basename(info[0].filename));
  files = info[0].files.map((f) => f.path);
  app = path.join(tmp, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, version: '1.0.0' }));
  // From the npm cache when it holds zod (--prefer-offline), else the registry: no other network.
  execFileSync(NPM, ['install', '--prefer-offline', '--no-audit', '--no-fund', tarball], { cwd: app, stdio: 'pipe' });
}, { timeout: 240_000 });

after(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

test('the tarball holds the built CLI, server, API and types, and no sources, tests or quoted articles', () => {
  for (const f of ['dist/cli.js', 'dist/lsp.js', 'dist/api.js', 'dist/compromise.js', 'dist/types/api.d.ts', 'package.json', 'README.md', 'LICENSE']) assert.ok(files.includes(f), f);
  assert.deepEqual(files.filter((f) => /^(src|test|bench|samples|scripts)\//.test(f) || f.includes('corpus')), []);
  assert.ok(!files.includes('dist/extension.js'), 'the VS Code bundle ships in the .vsix, not on npm');
});

test('the installed bin checks a draft and reads its project file', () => {
  fs.writeFileSync(path.join(app, 'draft.md'), 'Revenue rose from $1 billion to $5 billion, a 500% increase.\n');
  const bin = path.join(app, 'node_modules', '.bin', process.platform === 'win32' ? 'claimcheck.cmd' : 'claimcheck');
  const r = spawnSync(bin, ['draft.md'], { cwd: app, encoding: 'utf8' });
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /percent-change/);
  fs.writeFileSync(path.join(app, '.claimcheck.jsonc'), '{ "rules": { "percent-change": "off" }, }\n');
  const quiet = spawnSync(bin, ['draft.md'], { cwd: app, encoding: 'utf8' });
  assert.equal(quiet.status, 0, quiet.stdout + quiet.stderr);
  fs.rmSync(path.join(app, '.claimcheck.jsonc'));
  assert.match(spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout, /^\d+\.\d+\.\d+/);
});

test('the installed language server answers initialize over stdio', { timeout: 30_000 }, async () => {
  const child = spawn(process.execPath, [path.join(app, 'node_modules', 'claimcheck', 'dist', 'cli.js'), 'lsp', '--stdio'], { stdio: 'pipe' });
  const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
  child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  const reply = await new Promise<string>((resolve, reject) => {
    let got = '';
    child.stdout.on('data', (c: Buffer) => {
      got += c.toString('utf8');
      if (got.includes('"serverInfo"')) resolve(got);
    });
    child.on('exit', () => reject(new Error(`server exited: ${got}`)));
  });
  child.kill();
  assert.match(reply, /"name":"claimcheck"/);
});

test('the Node API: require and import, analyze and loadDataset', () => {
  const script = `
    const { analyze, loadDataset, RULES } = require('claimcheck');
    const r = analyze("Revenue rose from $1 billion to $5 billion, a 500% increase.");
    const mine = loadDataset(JSON.stringify({ facts: [] }), 'mine.json');
    import('claimcheck').then((m) => {
      console.log(JSON.stringify({ rules: r.findings.map((f) => f.ruleId), problems: mine.problems.length, count: RULES.length, esm: typeof m.analyze }));
    });`;
  const out = execFileSync(process.execPath, ['-e', script], { cwd: app, encoding: 'utf8' });
  const got = JSON.parse(out);
  assert.deepEqual(got.rules, ['percent-change']);
  assert.equal(got.count, 12);
  assert.equal(got.esm, 'function');
});

test('the Node API is typed: a TypeScript consumer typechecks against the installed package', () => {
  fs.writeFileSync(
    path.join(app, 'consumer.ts'),
    `import { analyze, loadDataset, type Finding } from 'claimcheck';\nconst f: Finding[] = analyze('x', { dataset: loadDataset('{"facts": []}').index }).findings;\nexport const n: number = f.length;\n`,
  );
  const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--skipLibCheck', 'false', 'consumer.ts'], { cwd: app, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stdout + r.stderr);
});
