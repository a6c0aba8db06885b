import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePeriodString } from '../../src/core/read/periods/period';
import { periodLabel, periodLabelOf, subjectWithPeriod } from '../../src/core/read/periods/periodLabel';

const p = (s: string) => {
  const out = parsePeriodString(s);
  assert.ok(out, s);
  return out;
};

test('periodLabel: a period as a writer says it, never the canonical "2025-10"', () => {
  assert.equal(periodLabelOf('2025'), '2025');
  assert.equal(periodLabelOf('FY2025'), 'fiscal 2025');
  assert.equal(periodLabelOf('H1 2025'), 'H1 2025');
  assert.equal(periodLabelOf('Q3 2025'), 'Q3 2025');
  assert.equal(periodLabelOf('2025-10'), 'October 2025');
  assert.equal(periodLabelOf('2025-10-06'), '6 October 2025');
  assert.equal(periodLabelOf('2025..2029'), '2025–2029');
  assert.equal(periodLabelOf('by 2030'), 'by 2030');
  assert.equal(periodLabel(p('2026-02')), 'February 2026');
});

test('subjectWithPeriod: a flow takes its period before the label, a level after it, a target "by" its year', () => {
  assert.equal(subjectWithPeriod('OpenAI', 'revenue', p('2025'), true), "OpenAI's 2025 revenue");
  assert.equal(subjectWithPeriod('OpenAI', 'revenue target', p('by 2030'), true), "OpenAI's revenue target by 2030");
  assert.equal(subjectWithPeriod('OpenAI', 'cumulative losses', p('2025..2029'), true), "OpenAI's cumulative losses over 2025–2029");
  assert.equal(subjectWithPeriod('ChatGPT', 'weekly active users', p('2025-10'), false), "ChatGPT's weekly active users as of October 2025");
  assert.equal(subjectWithPeriod('ChatGPT', 'weekly active users', p('2025-10'), false, false), "ChatGPT's weekly active users in October 2025");
  assert.equal(subjectWithPeriod('Anthropic', 'gross margin', p('2024'), false), "Anthropic's gross margin in 2024");
  assert.equal(subjectWithPeriod('Meta Platforms', 'valuation', null, false), "Meta Platforms' valuation");
});
