// The pre-commit hook and the GitHub Action point at things that exist: the bin, the
// build script, the SARIF format, and the Markdown flavours the CLI reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { MARKDOWN_EXTENSIONS } from '../../src/cli/files';

const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));

test('.pre-commit-hooks.yaml runs the package bin on every Markdown flavour the CLI reads', () => {
  const hooks = fs.readFileSync('.pre-commit-hooks.yaml', 'utf8');
  const entry = /entry: (\S+)/.exec(hooks)?.[1];
  assert.ok(entry && pkg.bin[entry], `entry ${entry} is a bin of the package`);
  assert.match(hooks, /language: node/);
  assert.ok(pkg.scripts.prepack, 'pre-commit packs the repository: prepack builds dist/');
  const files = new RegExp(/files: (.+)/.exec(hooks)![1].trim());
  for (const ext of MARKDOWN_EXTENSIONS) assert.ok(files.test(`a${ext}`) || files.test(`a${ext.replace('rmd', 'Rmd')}`), ext);
});

test('action.yml is a composite action that builds, runs the CLI with SARIF output and uploads it', () => {
  const action = fs.readFileSync('action.yml', 'utf8');
  assert.match(action, /using: composite/);
  assert.match(action, /uses: actions\/setup-node@v4/);
  assert.match(action, /npm run build/);
  assert.match(action, /dist\/cli\.js" --format sarif/);
  assert.match(action, /uses: github\/codeql-action\/upload-sarif@v3/);
  // Inputs reach the shell through env, not by ${{ }} inside the script.
  const runBlock = action.slice(action.indexOf('- name: Run claimcheck'), action.indexOf('- name: Upload SARIF'));
  assert.doesNotMatch(runBlock.slice(runBlock.indexOf('run: |')), /\$\{\{/);
});

test('the .vsix keeps every image the README shows, and neither package takes test/corpus', async () => {
  const picomatch = (await import('picomatch')).default;
  const kept = fs.readFileSync('.vscodeignore', 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const inVsix = picomatch(kept);
  const images = [...fs.readFileSync('README.md', 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
  assert.ok(images.length > 0);
  for (const img of images) {
    assert.doesNotMatch(img, /^https?:/, `${img}: relative, so it renders from the package`);
    assert.ok(fs.existsSync(img), img);
    assert.ok(inVsix(img), `${img} is packaged in the .vsix`);
  }
  assert.ok(!inVsix('test/corpus/x.md'));
  // npm: .npmignore drops everything, then keeps a list (package.json "files" would make vsce refuse to package).
  assert.equal(pkg.files, undefined);
  const npmKept = fs.readFileSync('.npmignore', 'utf8').split('\n').filter((l) => l.startsWith('!'));
  assert.ok(fs.readFileSync('.npmignore', 'utf8').split('\n').includes('/*'));
  for (const l of npmKept) assert.doesNotMatch(l, /test|corpus|src/, l);
});
