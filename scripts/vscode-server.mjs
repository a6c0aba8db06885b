#!/usr/bin/env node
// A real VS Code on machines that cannot download a desktop build: the npm package
// `code-server` ships VS Code's own server (the Node extension host and the web workbench).
// We run VS Code's server-main.js directly (the code-server wrapper refuses development
// flags) and drive the workbench with Debian's Chromium through playwright-core.
//
//   node scripts/vscode-server.mjs setup            install into ~/.cache/claimcheck (cached, idempotent)
//   node scripts/vscode-server.mjs start [folder]   start a server and print the workbench URL
//
// The functions are exported for the node:test driver (test/vscode/workbench.test.ts) and
// the screenshot script, so CI on a clean clone installs through the same code.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/**
 * Where the server is installed: $CLAIMCHECK_VSCODE_CACHE, else the user's cache folder
 * (~/.cache/claimcheck, outside the clone, so CI reruns on fresh clones reuse it). An
 * install already made inside the clone (.vscode-test/, the earlier place) is used as is.
 */
function cacheDir() {
  const name = `code-server-${CODE_SERVER_VERSION}`;
  if (process.env.CLAIMCHECK_VSCODE_CACHE) return path.resolve(process.env.CLAIMCHECK_VSCODE_CACHE, name);
  const user = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'claimcheck', name);
  const legacy = path.join(ROOT, '.vscode-test', name);
  if (!fs.existsSync(path.join(user, '.setup-complete')) && fs.existsSync(path.join(legacy, '.setup-complete'))) return legacy;
  return user;
}
export const CACHE = cacheDir();
export const VSCODE_DIR = path.join(CACHE, 'node_modules', 'code-server', 'lib', 'vscode');
export const SERVER_MAIN = path.join(VSCODE_DIR, 'out', 'server-main.js');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const MARKER = path.join(CACHE, '.setup-complete');
const APT_PACKAGES = ['chromium', 'ripgrep', 'libkrb5-dev', 'pkg-config'];

function log(msg) {
  process.stderr.write(`[vscode-server] ${msg}\n`);
}

function run(cmd, args, cwd) {
  log(`${cwd}$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { cwd, stdio: ['ignore', 2, 2], env: { ...process.env, npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' } });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal}) in ${cwd}`);
}

function which(bin) {
  const r = spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

/** The system tools the server needs; apt-get runs only when one is missing. */
function ensureSystemPackages() {
  const missing = [];
  if (!fs.existsSync(CHROMIUM)) missing.push('chromium');
  if (!which('rg')) missing.push('ripgrep');
  if (!which('pkg-config')) missing.push('pkg-config');
  if (!which('krb5-config') && !fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push('libkrb5-dev');
  if (!missing.length) return;
  log(`missing system packages: ${missing.join(', ')}; installing ${APT_PACKAGES.join(' ')}`);
  const sudo = process.getuid && process.getuid() !== 0 ? ['sudo'] : [];
  const apt = (args) => (sudo.length ? run('sudo', ['apt-get', ...args], ROOT) : run('apt-get', args, ROOT));
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', ...APT_PACKAGES]);
}

export function isInstalled() {
  return fs.existsSync(MARKER) && fs.existsSync(SERVER_MAIN) && fs.existsSync(CHROMIUM);
}

/** Installs VS Code's server into the cache. Safe to call again: finished work is skipped. */
export function setup({ force = false } = {}) {
  if (!force && isInstalled()) {
    log(`already installed: ${CACHE}`);
    return;
  }
  ensureSystemPackages();
  fs.mkdirSync(CACHE, { recursive: true });
  const pkgJson = path.join(CACHE, 'package.json');
  if (!fs.existsSync(pkgJson)) fs.writeFileSync(pkgJson, JSON.stringify({ name: 'vscode-test-cache', private: true }, null, 2));
  if (!fs.existsSync(SERVER_MAIN)) {
    // --ignore-scripts: code-server's postinstall downloads ripgrep from GitHub, unreachable here.
    run('npm', ['install', '--no-save', '--ignore-scripts', `code-server@${CODE_SERVER_VERSION}`], CACHE);
  }
  const vsModules = path.join(VSCODE_DIR, 'node_modules');
  if (!fs.existsSync(path.join(vsModules, '.claimcheck-deps'))) {
    run('npm', ['install', '--omit=dev', '--ignore-scripts'], VSCODE_DIR);
    // Native modules built with the machine's compiler. node-pty is left out: it fails to
    // build here and only terminals need it.
    run('npm', ['rebuild', '@parcel/watcher', '@vscode/spdlog', 'native-watchdog', '@vscode/deviceid', 'kerberos'], VSCODE_DIR);
    fs.writeFileSync(path.join(vsModules, '.claimcheck-deps'), 'ok\n');
  }
  const rgTarget = path.join(vsModules, '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rgTarget)) {
    const rg = which('rg');
    if (!rg) throw new Error('ripgrep (rg) not found on PATH');
    fs.mkdirSync(path.dirname(rgTarget), { recursive: true });
    fs.copyFileSync(rg, rgTarget);
    fs.chmodSync(rgTarget, 0o755);
  }
  const asar = path.join(VSCODE_DIR, 'node_modules.asar');
  if (!fs.existsSync(asar)) fs.symlinkSync('node_modules', asar);
  const extDir = path.join(VSCODE_DIR, 'extensions');
  if (!fs.existsSync(path.join(extDir, 'node_modules', '.claimcheck-deps'))) {
    run('npm', ['install', '--omit=dev'], extDir);
    fs.mkdirSync(path.join(extDir, 'node_modules'), { recursive: true });
    fs.writeFileSync(path.join(extDir, 'node_modules', '.claimcheck-deps'), 'ok\n');
  }
  fs.writeFileSync(MARKER, `${new Date().toISOString()}\n`);
  log('VS Code server ready');
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh user-data and extensions directory, with settings that keep the welcome page away. */
export function makeProfile(settings = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-vscode-'));
  const userDir = path.join(dir, 'user-data', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.mkdirSync(path.join(dir, 'extensions'), { recursive: true });
  fs.writeFileSync(
    path.join(userDir, 'settings.json'),
    JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'update.mode': 'none', ...settings }, null, 2),
  );
  return { dir, userDataDir: path.join(dir, 'user-data'), extensionsDir: path.join(dir, 'extensions') };
}

/** Installs a .vsix into a profile's extensions directory (the server installs and exits). */
export function installVsix(profile, vsix) {
  execFileSync(process.execPath, [SERVER_MAIN, '--extensions-dir', profile.extensionsDir, '--user-data-dir', profile.userDataDir, '--accept-server-license-terms', '--install-extension', vsix, '--force'], { stdio: 'inherit' });
}

/**
 * Starts server-main.js on a free port; resolves once it listens. The caller stops it with
 * `server.stop()` (kills the process group it started, nothing else).
 */
export async function startServer(profile, { logFile } = {}) {
  const port = await freePort();
  const args = [SERVER_MAIN, '--host', '127.0.0.1', '--port', String(port), '--without-connection-token', '--accept-server-license-terms', '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir, '--disable-telemetry'];
  const out = logFile ? fs.openSync(logFile, 'a') : 'ignore';
  const child = spawn(process.execPath, args, { stdio: ['ignore', out, out], detached: true, env: { ...process.env, VSCODE_CLI: undefined } });
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) {
      try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
    }
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`VS Code server exited early (code ${child.exitCode})${logFile ? `; see ${logFile}` : ''}`);
    if (await canConnect(port)) return { port, child, stop, remote: `vscode-remote://127.0.0.1:${port}`, base: `http://127.0.0.1:${port}` };
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error('VS Code server did not start listening within 60 s');
}

function canConnect(port) {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    s.on('connect', () => { s.destroy(); resolve(true); });
    s.on('error', () => resolve(false));
  });
}

/** The workbench URL; `payload` carries development options as VS Code's browser tests pass them. */
export function workbenchUrl(server, folder, payload) {
  const q = new URLSearchParams();
  q.set('folder', `${server.remote}${folder}`);
  if (payload) q.set('payload', JSON.stringify(payload));
  return `${server.base}/?${q.toString()}`;
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'];

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

async function main() {
  const [cmd, ...rest] = process.argv.slice(2);
  if (cmd === 'setup') {
    setup({ force: rest.includes('--force') });
  } else if (cmd === 'start') {
    setup();
    const folder = path.resolve(rest[0] || path.join(ROOT, 'samples'));
    const profile = makeProfile();
    const server = await startServer(profile);
    process.stdout.write(`${workbenchUrl(server, folder)}\n`);
    process.on('SIGINT', () => { server.stop(); process.exit(0); });
  } else {
    process.stderr.write('usage: node scripts/vscode-server.mjs setup [--force] | start [folder]\n');
    process.exit(2);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => { process.stderr.write(`${e.stack || e}\n`); process.exit(1); });
}
