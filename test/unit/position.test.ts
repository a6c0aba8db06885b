import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineMap, positionAt } from '../../src/core/position';

test('LF text: first line, later lines, end of text', () => {
  const text = 'ab\ncd\n';
  const m = lineMap(text);
  assert.deepEqual(m.position(0), { line: 1, column: 1 });
  assert.deepEqual(m.position(2), { line: 1, column: 3 }); // the newline itself
  assert.deepEqual(m.position(3), { line: 2, column: 1 });
  assert.deepEqual(m.position(6), { line: 3, column: 1 });
  assert.equal(m.lineCount, 3);
});

test('CRLF counts as one line break, lone CR as a line break too', () => {
  const crlf = 'a\r\nb';
  assert.deepEqual(positionAt(crlf, 3), { line: 2, column: 1 });
  const cr = 'a\rb\rc';
  assert.deepEqual(positionAt(cr, 4), { line: 3, column: 1 });
  const mixed = 'a\r\n\rb\nc';
  // lines: "a", "", "b", "c"
  assert.deepEqual(positionAt(mixed, 4), { line: 3, column: 1 });
  assert.deepEqual(positionAt(mixed, 6), { line: 4, column: 1 });
});

test('columns count UTF-16 code units (an astral character counts two)', () => {
  const text = '😀 $5';
  assert.deepEqual(positionAt(text, text.indexOf('$')), { line: 1, column: 4 });
});

test('offset() inverts position() and clamps to the line content', () => {
  const text = 'first\r\nsecond line\nthird';
  const m = lineMap(text);
  for (let o = 0; o <= text.length; o++) {
    const p = m.position(o);
    if (text[o] === '\n' && text[o - 1] === '\r') continue; // inside a CRLF pair
    assert.equal(m.offset(p.line, p.column), o, `offset ${o}`);
  }
  assert.equal(m.offset(1, 99), 5); // clamped before the \r\n
  assert.equal(m.offset(99, 1), text.indexOf('third'));
});

test('out-of-range and non-finite offsets are clamped, never NaN', () => {
  const m = lineMap('abc');
  assert.deepEqual(m.position(-5), { line: 1, column: 1 });
  assert.deepEqual(m.position(100), { line: 1, column: 4 });
  assert.deepEqual(m.position(Number.NaN), { line: 1, column: 1 });
  assert.deepEqual(lineMap('').position(0), { line: 1, column: 1 });
});
