// A figure inside a block quote is someone else's words: it gets its finding, but no fix
// that fix-all, a preferred quick fix or a CLI fixer would apply. The fix is offered by
// hand only, titled as a change to quoted text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../src/core/analyze';

const SLIP = 'Revenue went from $1 billion to $5 billion, up 40%.';

function at(text: string, nth: number) {
  const f = analyze(text).findings.filter((x) => x.ruleId === 'percent-change');
  assert.ok(f[nth], `no percent-change finding #${nth}`);
  return f[nth];
}

test('outside a quote the certain fix stays; inside one it becomes a hand-applied "Change quoted text to …"', () => {
  const text = `${SLIP}\n\n> ${SLIP}\n\n${SLIP}\n`;
  assert.equal(at(text, 0).fix?.text, '400%');
  const quoted = at(text, 1);
  assert.equal(quoted.fix, null);
  assert.deepEqual(quoted.alternatives?.map((a) => [a.title, a.text]), [['Change quoted text to 400%', '400%']]);
  assert.equal(at(text, 2).fix?.text, '400%');
});

test('a quote in a list item, and a lazy continuation line of a quote, are quoted too; a blank line ends the quote', () => {
  assert.equal(at(`- > ${SLIP}\n`, 0).fix, null);
  assert.equal(at(`> Someone said:\n${SLIP}\n`, 0).fix, null);
  assert.equal(at(`> Someone said.\n\n${SLIP}\n`, 0).fix?.text, '400%');
});

test('CRLF and lone CR line ends read quotes as LF does', () => {
  for (const eol of ['\r\n', '\r']) {
    const text = `${SLIP}${eol}${eol}> ${SLIP}${eol}> more${eol}${eol}${SLIP}${eol}`;
    assert.deepEqual([0, 1, 2].map((i) => at(text, i).fix?.text ?? null), ['400%', null, '400%'], JSON.stringify(eol));
  }
});
