// Builds what the real-VS-Code runs load: the extension (dist/extension.js, as
// esbuild.config.mjs builds it, with inline source maps) and the in-host suite
// (out/vscode-suite/index.js). `vscode` stays external in both: the host provides it.
import * as esbuild from 'esbuild';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const SUITE_OUT = path.join(ROOT, 'out', 'vscode-suite', 'index.js');

const common: esbuild.BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  logLevel: 'silent',
  external: ['vscode'],
  absWorkingDir: ROOT,
};

export async function buildExtension(): Promise<void> {
  await esbuild.build({ ...common, entryPoints: ['src/extension/index.ts'], outfile: 'dist/extension.js' });
}

export async function buildSuite(): Promise<void> {
  await esbuild.build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: SUITE_OUT });
}
