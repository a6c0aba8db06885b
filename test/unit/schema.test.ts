import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatasetFile } from '../../src/core/dataset/schema';

test('an empty dataset file is valid', () => {
  assert.equal(DatasetFile.safeParse({}).success, true);
});
