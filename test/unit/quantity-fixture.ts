// A Quantity built by hand for tests of code that takes one (formatting, tolerance),
// without going through the reader: the defaults are a plain, exact US-dollar figure.
import type { Quantity } from '../../src/core/types';

export function quantity(over: Partial<Quantity> = {}): Quantity {
  const value = over.value ?? 0;
  const text = over.text ?? '';
  return {
    kind: 'money',
    span: { start: 0, end: Math.max(1, text.length) },
    text,
    value,
    low: over.low ?? value,
    high: over.high ?? value,
    isRange: false,
    unit: 'USD',
    scale: 1,
    scaleText: '',
    decimals: 0,
    sign: null,
    qualifier: null,
    vague: false,
    words: false,
    segment: 0,
    ...over,
  };
}
