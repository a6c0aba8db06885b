// Runs the in-host suite (test/vscode/suite) inside a real VS Code: VS Code's own server
// (from the code-server npm package, installed and cached by scripts/vscode-server.mjs)
// with the web workbench in headless Chromium. Each in-host case is reported as its own
// node:test subtest, so CI's summary counts them.
//
// Two runs: one with workspace trust switched off (the workspace is trusted) and one with
// trust on, where the test workbench refuses the trust dialog (restricted mode).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ROOT, SUITE_OUT, buildExtension, buildSuite } from './build';

const RUN_TIMEOUT_MS = 4 * 60_000;
const RESULTS_FILE = '.claimcheck-test-results.json';
const FIXTURE = path.join(ROOT, 'test', 'vscode', 'fixtures', 'workspace');

interface SuiteResults {
  mode: string;
  passed: number;
  failed: number;
  results: { name: string; ok: boolean; skipped?: string; error?: string }[];
}

type VscodeServer = typeof import('../../scripts/vscode-server.mjs');
let vs: VscodeServer;
const cleanups: (() => void | Promise<void>)[] = [];

before(async () => {
  vs = await import('../../scripts/vscode-server.mjs');
  if (!vs.isInstalled()) vs.setup();
  await buildExtension();
  await buildSuite();
}, { timeout: 15 * 60_000 });

after(async () => {
  for (const c of cleanups.splice(0).reverse()) {
    try {
      await c();
    } catch {
      // keep cleaning up the rest
    }
  }
});

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true });
  for (const e of fs.readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, e.name);
    const b = path.join(to, e.name);
    if (e.isDirectory()) copyDir(a, b);
    else fs.copyFileSync(a, b);
  }
}

async function runSuite(trusted: boolean): Promise<{ results: SuiteResults | null; log: string[] }> {
  const profile = vs.makeProfile({ 'security.workspace.trust.enabled': !trusted });
  cleanups.push(() => fs.rmSync(profile.dir, { recursive: true, force: true }));
  // A fresh copy of the workspace: the suite edits documents and the dataset file.
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ws-'));
  cleanups.push(() => fs.rmSync(workspace, { recursive: true, force: true }));
  copyDir(FIXTURE, workspace);
  const logFile = path.join(profile.dir, 'server.log');
  const server = await vs.startServer(profile, { logFile });
  cleanups.push(() => server.stop());
  const browser = await vs.launchBrowser();
  cleanups.push(() => browser.close());
  const page = await browser.newPage();
  const log: string[] = [];
  page.on('console', (m) => {
    const t = m.text();
    if (t.includes('[claimcheck-suite]') || m.type() === 'error') log.push(t.slice(0, 500));
  });
  const url = vs.workbenchUrl(server, workspace, [
    ['extensionDevelopmentPath', `${server.remote}${ROOT}`],
    ['extensionTestsPath', `${server.remote}${SUITE_OUT}`],
    ['skipWelcome', 'true'],
  ]);
  await page.goto(url);
  const resultsPath = path.join(workspace, RESULTS_FILE);
  const deadline = Date.now() + RUN_TIMEOUT_MS;
  while (Date.now() < deadline && !fs.existsSync(resultsPath)) await new Promise((r) => setTimeout(r, 500));
  let results: SuiteResults | null = null;
  if (fs.existsSync(resultsPath)) {
    // The file may be observed mid-write: retry parsing briefly.
    for (let i = 0; i < 10 && !results; i++) {
      try {
        results = JSON.parse(fs.readFileSync(resultsPath, 'utf8')) as SuiteResults;
      } catch {
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  }
  await browser.close().catch(() => undefined);
  server.stop();
  if (!results) {
    const serverLog = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
    log.push(`server log tail:\n${serverLog}`);
  }
  return { results, log };
}

for (const trusted of [true, false]) {
  const mode = trusted ? 'trusted' : 'restricted';
  test(`claimcheck in a real VS Code workbench (${mode} workspace)`, { timeout: RUN_TIMEOUT_MS + 120_000 }, async (t) => {
    const { results, log } = await runSuite(trusted);
    assert.ok(results, `the in-host suite wrote no results within ${RUN_TIMEOUT_MS / 1000} s.\n${log.join('\n')}`);
    assert.equal(results.mode, mode, 'the workbench ran in the intended trust mode');
    assert.ok(results.results.length > 0, 'the in-host suite ran cases');
    for (const r of results.results) {
      await t.test(r.name, { skip: r.skipped }, () => {
        if (!r.ok) assert.fail(r.error ?? 'failed');
      });
    }
  });
}
