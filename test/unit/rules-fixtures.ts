// Hand-built Quantities and Claims for the rule tests, so each rule is tested against the
// contract in types.ts on its own, whatever the tokenizer and claim reader do. Only the
// figure forms the tests use are read here; this is not a second tokenizer.
import type { Claim, DirectionWord, Quantity, Qualifier, Relation } from '../../src/core/types';
import type { RuleContext } from '../../src/core/rules/rule';
import { EMPTY_INDEX } from '../../src/core/dataset/lookup';

const SCALES: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  million: 1e6,
  thousand: 1e3,
  T: 1e12,
  tn: 1e12,
  B: 1e9,
  bn: 1e9,
  M: 1e6,
  m: 1e6,
  mn: 1e6,
  K: 1e3,
  k: 1e3,
};

const CURRENCIES: Record<string, string> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP' };

export interface QOptions {
  /** Which occurrence of `figure` in `doc` (0-based). */
  nth?: number;
  qualifier?: Qualifier;
  /** For a count: its noun ('users'). */
  unit?: string;
  kind?: Quantity['kind'];
}

/** The Quantity for `figure` as it appears in `doc` ("$5 billion", "+23%", "$2-3 billion", "12pp", "5x"). */
export function q(doc: string, figure: string, opts: QOptions = {}): Quantity {
  let at = -1;
  for (let i = 0; i <= (opts.nth ?? 0); i++) {
    at = doc.indexOf(figure, at + 1);
    if (at < 0) throw new Error(`"${figure}" not found in the test document`);
  }
  const m = /^([+\-−])?(US\$|\$|€|£)?(\d[\d,]*(?:\.\d+)?)(?:(?:\s*[-–]\s*|\s+to\s+)(?:\$|€|£)?(\d[\d,]*(?:\.\d+)?))?(?:\s?(trillion|billion|million|thousand|tn|bn|mn|T|B|M|m|K|k)\b)?\s*(%|pp|percentage points|points|x)?(.*)$/.exec(
    figure,
  );
  if (!m) throw new Error(`cannot read "${figure}"`);
  const [, sign, cur, n1, n2, scaleText = '', suffix = ''] = m;
  const scale = scaleText ? SCALES[scaleText] : 1;
  const num = (s: string): number => Number(s.replace(/,/g, ''));
  const dec = (s: string): number => (s.includes('.') ? s.split('.')[1].length : 0);
  const neg = sign === '-' || sign === '−' ? -1 : 1;
  const low = neg * num(n1) * scale;
  const high = n2 !== undefined ? neg * num(n2) * scale : low;
  let kind: Quantity['kind'] = opts.kind ?? 'count';
  let unit = opts.unit ?? '';
  if (!opts.kind) {
    if (cur) kind = 'money';
    else if (suffix === '%') kind = 'percent';
    else if (suffix === 'x') kind = 'multiple';
    else if (suffix) kind = 'percentagePoints';
  }
  if (kind === 'money') unit = CURRENCIES[cur ?? '$'] ?? 'USD';
  if (kind === 'percent') unit = '%';
  if (kind === 'percentagePoints') unit = 'pp';
  if (kind === 'multiple') unit = 'x';
  const quantity: Quantity = {
    kind,
    span: { start: at, end: at + figure.length },
    text: figure,
    value: (low + high) / 2,
    low,
    high,
    isRange: n2 !== undefined,
    unit,
    scale,
    scaleText,
    decimals: dec(n2 ?? n1),
    sign: sign === '+' ? '+' : sign ? '-' : null,
    qualifier: opts.qualifier ?? null,
    vague: false,
    words: false,
    segment: 0,
  };
  if (opts.qualifier) {
    // The qualifier is the word(s) right before the figure; its span ends at the figure.
    const before = doc.slice(0, at);
    const w = /(~|(?:about|over|more than|at least|under|up to|nearly|roughly)\s+)$/.exec(before);
    if (w) quantity.qualifierSpan = { start: at - w[0].length, end: at - (w[0].length - w[0].trimEnd().length) };
  }
  return quantity;
}

export function word(doc: string, text: string, direction: 'up' | 'down'): DirectionWord {
  const at = doc.indexOf(text);
  if (at < 0) throw new Error(`"${text}" not found`);
  return { text, span: { start: at, end: at + text.length }, direction };
}

/** A one-sentence claim over the whole document. */
export function claim(doc: string, quantities: Quantity[], relations: Relation[], table?: Claim['table']): Claim {
  return {
    span: { start: 0, end: doc.length },
    text: doc,
    block: 0,
    quantities,
    readings: quantities.map((quantity) => ({ quantity, entity: null, metric: null, period: null })),
    relations,
    table,
  };
}

export function ctx(doc: string, claims: Claim[]): RuleContext {
  return { claims, dataset: EMPTY_INDEX, text: doc };
}

/** The document with a fix's replacement applied. */
export function applyFix(doc: string, fix: { span: { start: number; end: number }; text: string }): string {
  return doc.slice(0, fix.span.start) + fix.text + doc.slice(fix.span.end);
}
