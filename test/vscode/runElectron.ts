// Runs the same in-host suite with @vscode/test-electron, wherever a desktop VS Code can
// be downloaded (not on these machines: see test/vscode/workbench.test.ts for the
// server + Chromium runner used here). Both trust modes, like the server runner.
//   node --import tsx test/vscode/runElectron.ts
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests } from '@vscode/test-electron';
import { ROOT, SUITE_OUT, buildExtension, buildSuite } from './build';

async function main(): Promise<void> {
  await buildExtension();
  await buildSuite();
  for (const trusted of [true, false]) {
    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ws-'));
    fs.cpSync(path.join(ROOT, 'test', 'vscode', 'fixtures', 'workspace'), workspace, { recursive: true });
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-user-'));
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify({ 'security.workspace.trust.enabled': !trusted, 'workbench.startupEditor': 'none' }));
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: SUITE_OUT,
      launchArgs: [workspace, '--disable-extensions', `--user-data-dir=${userData}`],
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
