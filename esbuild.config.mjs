// Bundles the extension and the CLI; `vscode` is provided by the editor and stays external.
//
// The extension is cut in three so that activation parses only what it runs (issue 5: the
// one-file bundle was 0.9 MB and cost ~90 ms to load before activate() ran a line of it):
//   dist/extension.js   the VS Code adapter only (settings, diagnostics, hovers, commands)
//   dist/core.js        src/extension/core.ts and factcheck/reportCore.ts: the analysis core,
//                       the report, the bundled dataset, zod, markdown-it; one file, so the
//                       two share one dataset index. Required by lazyCore.ts on the first
//                       check, or by factcheck/lazy.ts on the first report or preview
//   dist/compromise.js  compromise (351 KB), required by entityNlp.ts only when a sentence
//                       needs it
// Each `require` stays a run-time require of the sibling file, so the three must ship together
// (.vscodeignore keeps dist/*.js). The CLI stays one file (dist/cli.js, with its shebang) but
// leaves compromise to dist/compromise.js too: most runs never need it, so they skip its parse.
// The language server (`claimcheck lsp --stdio`) is dist/lsp.js, required by the CLI only for
// that command; dist/api.js is the Node API (`require('claimcheck')`), its types in dist/types.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = !process.argv.includes('--dev');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'inline',
  minify: production,
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose factory requires its own files at run time,
  // which a bundle cannot follow; its ES module build bundles whole.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
  // jsonc-parser's "main" is a UMD build that requires its parts at run time, which a
  // bundle cannot resolve: take its ES module build instead.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
};

/** Turns the listed imports into run-time requires of sibling files in dist/. */
function siblings(map) {
  const filter = new RegExp(`^(${Object.keys(map).map((k) => k.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
  return {
    name: 'siblings',
    setup(build) {
      build.onResolve({ filter }, (args) => {
        const to = map[args.path];
        // './core' and './reportCore' are the deferred core only where the lazy loaders ask for them.
        if (args.path === './core' && !/[\\/]src[\\/]extension[\\/]lazyCore\.ts$/.test(args.importer)) return undefined;
        if (args.path === './reportCore' && !/[\\/]src[\\/]extension[\\/]factcheck[\\/]lazy\.ts$/.test(args.importer)) return undefined;
        return { path: to, external: true };
      });
    },
  };
}

const builds = [
  {
    ...common,
    entryPoints: ['src/extension/index.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
    plugins: [siblings({ './core': './core.js', './reportCore': './core.js', compromise: './compromise.js' })],
  },
  {
    ...common,
    stdin: {
      contents: "module.exports = { ...require('./src/extension/core.ts'), ...require('./src/extension/factcheck/reportCore.ts') };",
      resolveDir: '.',
      sourcefile: 'core-entry.js',
    },
    outfile: 'dist/core.js',
    external: ['vscode'],
    plugins: [siblings({ compromise: './compromise.js' })],
  },
  {
    ...common,
    stdin: { contents: "module.exports = require('compromise');", resolveDir: '.', sourcefile: 'compromise-entry.js' },
    outfile: 'dist/compromise.js',
  },
  {
    ...common,
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    banner: { js: '#!/usr/bin/env node' },
    plugins: [siblings({ compromise: './compromise.js', '../lsp/server': './lsp.js' })],
  },
  {
    ...common,
    entryPoints: ['src/api.ts'],
    outfile: 'dist/api.js',
    plugins: [siblings({ compromise: './compromise.js' })],
  },
  {
    ...common,
    entryPoints: ['src/lsp/server.ts'],
    outfile: 'dist/lsp.js',
    plugins: [siblings({ compromise: './compromise.js' })],
  },
];

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
