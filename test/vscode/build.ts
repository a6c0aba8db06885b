// Builds what the real-VS-Code runs load: the extension (as esbuild.config.mjs builds
// it, with inline source maps) and the in-host suite
// (out/vscode-suite/index.js). `vscode` stays external in both: the host provides it.
import { spawnSync } from 'child_process';
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

/** Builds, turning esbuild's failure into a message that names the files and lines. */
async function build(options: esbuild.BuildOptions): Promise<void> {
  try {
    await esbuild.build(options);
  } catch (e) {
    const errors = (e as { errors?: esbuild.Message[] }).errors ?? [];
    if (!errors.length) throw e;
    const lines = errors.slice(0, 10).map((m) => `${m.location ? `${m.location.file}:${m.location.line}:${m.location.column}: ` : ''}${m.text}`);
    throw new Error(`esbuild could not build ${String(options.outfile)}:\n${lines.join('\n')}`);
  }
}

/**
 * The extension exactly as it ships (esbuild.config.mjs splits it into dist/extension.js,
 * dist/core.js and dist/compromise.js), with source maps (--dev) for readable stacks.
 */
export async function buildExtension(): Promise<void> {
  const r = spawnSync(process.execPath, ['esbuild.config.mjs', '--dev'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`node esbuild.config.mjs --dev failed (exit ${r.status ?? r.signal}):\n${(r.stderr || r.stdout).slice(-3000)}`);
}

export async function buildSuite(): Promise<void> {
  await build({ ...common, entryPoints: ['test/vscode/suite/index.ts'], outfile: SUITE_OUT });
}
