// One reading of the date a writer sets for their drafts: the CLI's --date and the
// `claimcheck.documentDate` setting accept the same strings (parseDateSetting), and the
// setting's pattern in package.json, which the Settings editor checks, says the same.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseDateSetting } from '../../src/core/read/documentDate';
import { parseArgs, UsageError } from '../../src/cli/args';

const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const settingPattern = new RegExp(manifest.contributes.configuration.properties['claimcheck.documentDate'].pattern);

test('a set date is a day or a month, its month and day with one digit or two', () => {
  const valid: [string, string][] = [
    ['2025-10-06', '2025-10-06'],
    ['2025-1-5', '2025-01-05'],
    ['2025-01-5', '2025-01-05'],
    ['2025-10', '2025-10-01'],
    ['2025-9', '2025-09-01'],
  ];
  for (const [s, iso] of valid) assert.equal(parseDateSetting(s), iso, s);
  for (const s of ['', '2025-13-01', '2025-00-10', '2025-10-32', '2025-10-0', '10/06/2025', 'yesterday', '2025', ' 2025-10-06', '2025-10-06T09:00']) {
    assert.equal(parseDateSetting(s), null, s);
  }
});

test('the setting’s pattern accepts exactly the dates the CLI accepts (and empty)', () => {
  assert.equal(settingPattern.test(''), true);
  const part = fc.oneof(fc.integer({ min: 0, max: 40 }).map(String), fc.integer({ min: 0, max: 40 }).map((n) => String(n).padStart(2, '0')));
  const dateLike = fc.tuple(fc.integer({ min: 1000, max: 9999 }), part, fc.option(part)).map(([y, m, d]) => (d === null ? `${y}-${m}` : `${y}-${m}-${d}`));
  fc.assert(
    fc.property(fc.oneof(dateLike, fc.string()), (s) => {
      if (s === '') return;
      assert.equal(settingPattern.test(s), parseDateSetting(s) !== null, JSON.stringify(s));
    }),
    { numRuns: 3000 },
  );
});

test('--date takes a one-digit month and day, and writes the date as ISO', () => {
  const dateOf = (argv: string[]) => {
    const a = parseArgs(argv);
    return a.command === 'check' ? a.documentDate : undefined;
  };
  assert.equal(dateOf(['--date', '2025-1-5', 'x.md']), '2025-01-05');
  assert.equal(dateOf(['--date', '2025-10', 'x.md']), '2025-10-01');
  assert.throws(() => parseArgs(['--date', '2025-13', 'x.md']), UsageError);
});
