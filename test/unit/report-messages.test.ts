// The report webview's messages: only a well-formed reveal or export request is acted on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseMessage } from '../../src/extension/factcheck/messages';
import { makeNonce } from '../../src/extension/factcheck/nonce';
import { renderHtml } from '../../src/core/report/html';
import { buildReport } from '../../src/core/report/model';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';

test('reveal and export are accepted only in their exact shapes', () => {
  assert.deepEqual(parseMessage({ type: 'reveal', start: 3, end: 9 }), { type: 'reveal', start: 3, end: 9 });
  assert.deepEqual(parseMessage({ type: 'export', format: 'html' }), { type: 'export', format: 'html' });
  for (const bad of [
    null,
    'reveal',
    { type: 'reveal', start: '3', end: 9 },
    { type: 'reveal', start: -1, end: 9 },
    { type: 'reveal', start: 9, end: 3 },
    { type: 'reveal', start: 1.5, end: 3 },
    { type: 'reveal', start: Infinity, end: Infinity },
    { type: 'export', format: 'pdf' },
    { type: 'export', format: '../../x' },
    { type: 'run', command: 'workbench.action.terminal.new' },
  ]) {
    assert.equal(parseMessage(bad), null, JSON.stringify(bad));
  }
});

test('nonces are fresh and accepted by the webview renderer', () => {
  const a = makeNonce();
  const b = makeNonce();
  assert.notEqual(a, b);
  assert.match(a, /^[A-Za-z0-9+/=]{24}$/);
  const html = renderHtml(buildReport('', { claims: [], quantities: [], findings: [] }, { dataset: EMPTY_INDEX }), { variant: 'webview', nonce: a });
  assert.match(html, new RegExp(`<script nonce="${a.replace(/[+/=]/g, '\\$&')}">`));
});
