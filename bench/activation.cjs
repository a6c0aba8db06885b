// Measures the extension's activation outside VS Code: module load of dist/extension.js
// plus activate(), with `vscode` replaced by a stub in which every property is a callable
// proxy. It times our own code paths; the editor's own cost is not in it. It then times
// the require of dist/core.js, the part deferred to the first check.
const Module = require('node:module');
const { performance } = require('node:perf_hooks');
const path = require('node:path');

function stub(name) {
  const fn = function () {};
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined; // not a thenable
      if (prop === Symbol.toPrimitive) return () => name;
      if (prop === Symbol.iterator) return function* () {};
      if (prop === 'length') return 0;
      return stub(`${name}.${String(prop)}`);
    },
    apply() {
      return stub(`${name}()`);
    },
    construct() {
      return stub(`new ${name}`);
    },
  });
}

const originalResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'vscode') return 'vscode';
  return originalResolve.call(this, request, ...rest);
};
// esbuild's interop copies the module's own keys onto an object that inherits from the
// module's prototype; a catch-all prototype keeps every `vscode.X` lookup answered.
const catchAll = new Proxy({}, { get: (_t, prop) => (prop === '__esModule' || prop === 'then' ? undefined : stub(`vscode.${String(prop)}`)) });
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: Object.create(catchAll) };

const file = path.resolve(process.argv[2] || 'dist/extension.js');
const t0 = performance.now();
const ext = require(file);
const t1 = performance.now();
const context = stub('context');
Promise.resolve(ext.activate(context)).then(
  () => {
    const t2 = performance.now();
    // What the first check adds: dist/core.js, which the thin bundle defers (absent when
    // the extension is one file; then there is nothing left to load).
    const core = path.join(path.dirname(file), 'core.js');
    let coreLoadMs = 0;
    if (require('node:fs').existsSync(core) && !require.cache[core]) {
      const t3 = performance.now();
      require(core);
      coreLoadMs = performance.now() - t3;
    }
    process.stdout.write(JSON.stringify({ loadMs: t1 - t0, activateMs: t2 - t1, totalMs: t2 - t0, coreLoadMs }) + '\n');
  },
  (e) => {
    process.stdout.write(JSON.stringify({ error: String(e && e.message) }) + '\n');
  },
);
