import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES, ruleById } from '../../src/core/rules/index';

test('every rule is registered once, with a summary and a docs paragraph', () => {
  const ids = RULES.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const id of ['percent-change', 'percentage-points', 'share-of', 'cagr', 'table-total', 'range-order', 'sign', 'impossible']) {
    const rule = ruleById(id);
    assert.ok(rule, id);
    assert.ok(rule.check || rule.checkDocument, `${id} checks something`);
    assert.ok(rule.summary.length > 20 && rule.summary.length < 160, `${id} summary`);
    assert.ok(rule.docs.length > 150, `${id} docs`);
    assert.match(rule.docs, /Example|"/, `${id} docs give an example`);
  }
  assert.equal(ruleById('no-such-rule'), undefined);
});

test('severities: wrong arithmetic warns, impossible figures and reversed ranges are errors', () => {
  for (const id of ['percent-change', 'percentage-points', 'share-of', 'cagr', 'table-total', 'sign']) assert.equal(ruleById(id)?.defaultSeverity, 'warning', id);
  for (const id of ['impossible', 'range-order']) assert.equal(ruleById(id)?.defaultSeverity, 'error', id);
});
