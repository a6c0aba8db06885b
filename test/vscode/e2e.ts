// End to end, as a writer sees it: package the extension as a .vsix, install it into the
// real VS Code server, open a sample draft in the web workbench in headless Chromium, and
// check the squiggles, the Problems panel, a hover, the fact-check report and the preview
// badges. With --screenshots it also saves media/screenshot-{workbench,squiggles,hover,
// problems,report,preview}.png for the README.
//   node --import tsx test/vscode/e2e.ts [--screenshots] [--sample openai-2025-in-numbers.md]
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { ROOT } from './build';

const TIMEOUT_MS = 120_000;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function packageVsix(): string {
  const { version, name } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string; name: string };
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const out = path.join(ROOT, 'out', `${name}-${version}.vsix`);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const vsce = path.join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  execFileSync(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--no-rewrite-relative-links', '-o', out], { cwd: ROOT, stdio: 'inherit' });
  return out;
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const v = await probe().catch(() => null);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function openFile(page: Page, file: string): Promise<void> {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(file);
  await waitFor('the file in quick open', async () => (await page.locator('.quick-input-list .monaco-list-row').count()) > 0);
  await page.keyboard.press('Enter');
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await waitFor(`"${title}" in the command palette`, async () => (await page.locator('.quick-input-list .monaco-list-row').count()) > 0);
  await page.keyboard.press('Enter');
}

async function main(): Promise<void> {
  const screenshots = process.argv.includes('--screenshots');
  const sample = arg('--sample') ?? 'openai-2025-in-numbers.md';
  const vs = await import('../../scripts/vscode-server.mjs');
  vs.setup();
  const vsix = packageVsix();
  const profile = vs.makeProfile({ 'security.workspace.trust.enabled': false, 'workbench.colorTheme': 'Default Light Modern', 'editor.fontSize': 14, 'editor.minimap.enabled': false, 'window.commandCenter': false, 'workbench.tips.enabled': false, 'editor.hover.delay': 100, 'editor.wordWrap': 'on', 'chat.commandCenter.enabled': false, 'workbench.layoutControl.enabled': false });
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-e2e-'));
  fs.cpSync(path.join(ROOT, 'samples'), workspace, { recursive: true });
  vs.installVsix(profile, vsix);
  const server = await vs.startServer(profile, { logFile: path.join(profile.dir, 'server.log') });
  const browser = await vs.launchBrowser();
  const failures: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 760 } });
    await page.goto(vs.workbenchUrl(server, workspace));
    await page.waitForSelector('.monaco-workbench', { timeout: TIMEOUT_MS });
    await waitFor('the explorer', async () => (await page.locator('.explorer-folders-view').count()) > 0);
    await openFile(page, sample);
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: TIMEOUT_MS });
    const squiggles = page.locator('.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info');
    const count = await waitFor('squiggles in the editor', async () => (await squiggles.count()) || null).catch(() => 0);
    console.log(`squiggles visible: ${count}`);
    if (!count) failures.push('no claimcheck squiggles in the editor');
    // Close the sidebar: more room for the draft.
    await page.keyboard.press('Control+B');
    await page.waitForTimeout(500);
    if (screenshots) await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-squiggles.png') });

    // Hover the first squiggle.
    if (count) {
      const box = await squiggles.first().boundingBox();
      if (box) {
        await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2 - 4);
        const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
        const text = await waitFor('the hover', async () => ((await hover.count()) ? await hover.first().innerText() : null), 20_000).catch(() => '');
        console.log(`hover: ${text.slice(0, 300).replace(/\n/g, ' | ')}`);
        if (!/claimcheck/.test(text)) failures.push('the hover over a squiggle does not show claimcheck');
        if (screenshots) await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-hover.png') });
        await page.mouse.move(1270, 8);
      }
    }

    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    const problems = await waitFor('rows in the Problems panel', async () => (await rows.count()) || null, 30_000).catch(() => 0);
    const panelText = problems ? await page.locator('.markers-panel').innerText() : '';
    console.log(`problems rows: ${problems}`);
    if (!/claimcheck/.test(panelText)) failures.push('the Problems panel shows no claimcheck finding');
    if (screenshots) await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-problems.png') });
    // All three at once for the top of the README: squiggles, the Problems panel, a hover.
    if (screenshots && count) {
      const box = await squiggles.first().boundingBox();
      if (box) {
        await page.mouse.move(box.x + Math.min(box.width / 2, 12), box.y + box.height / 2 - 4);
        await waitFor('the hover', async () => (await page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').count()) > 0, 20_000).catch(() => false);
        await page.waitForTimeout(500);
        await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-workbench.png') });
        await page.mouse.move(1270, 8);
      }
    }
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');

    // The fact-check report beside the draft: rows for the figures, in a webview frame.
    await runCommand(page, 'claimcheck: Fact-check report');
    const reportRows = await waitFor('rows in the fact-check report', async () => {
      for (const f of page.frames()) {
        const n = await f.locator('tr[data-status]').count().catch(() => 0);
        if (n) return n;
      }
      return null;
    }, 60_000).catch(() => 0);
    console.log(`report rows: ${reportRows}`);
    if (!reportRows) failures.push('the fact-check report shows no figure');
    await page.waitForTimeout(1000);
    if (screenshots) await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-report.png') });

    // The built-in preview with claimcheck's badges.
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, sample);
    await page.waitForSelector('.monaco-editor .view-lines', { timeout: TIMEOUT_MS });
    await runCommand(page, 'Markdown: Open Preview to the Side');
    const badges = await waitFor('badges in the preview', async () => {
      for (const f of page.frames()) {
        const n = await f.locator('.claimcheck-badge').count().catch(() => 0);
        if (n) return n;
      }
      return null;
    }, 60_000).catch(() => 0);
    console.log(`preview badges: ${badges}`);
    if (!badges) failures.push('the Markdown preview shows no claimcheck badge');
    await page.waitForTimeout(1000);
    if (screenshots) await page.screenshot({ path: path.join(ROOT, 'media', 'screenshot-preview.png') });
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    fs.rmSync(profile.dir, { recursive: true, force: true });
    fs.rmSync(workspace, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`e2e failed:\n- ${failures.join('\n- ')}`);
    process.exit(1);
  }
  console.log('e2e passed');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
