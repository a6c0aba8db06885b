// The words around a number that say what it counts: currencies, count nouns, qualifiers.
import type { Qualifier } from '../../types';

/** Currency symbols written before the number. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'],
  ['＄', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['￥', 'CNY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
]);

/** Letters written against "$" or "¥": "US$2.5 billion", "HK$", "CN¥". Exact case. */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['US', 'USD'],
  ['HK', 'HKD'],
  ['A', 'AUD'],
  ['AU', 'AUD'],
  ['C', 'CAD'],
  ['CA', 'CAD'],
  ['S', 'SGD'],
  ['NT', 'TWD'],
  ['CN', 'CNY'],
  ['RMB', 'CNY'],
  ['JP', 'JPY'],
]);

/** ISO codes written as words before or after the number: "USD 500 million", "500 million USD". Exact case. */
export const CURRENCY_CODES: ReadonlyMap<string, string> = new Map([
  ['USD', 'USD'],
  ['EUR', 'EUR'],
  ['GBP', 'GBP'],
  ['CNY', 'CNY'],
  ['RMB', 'CNY'],
  ['JPY', 'JPY'],
  ['INR', 'INR'],
  ['KRW', 'KRW'],
  ['CHF', 'CHF'],
  ['CAD', 'CAD'],
  ['AUD', 'AUD'],
]);

/** Currency words after the number, lower-case: "500 million dollars". */
export const CURRENCY_WORDS: ReadonlyMap<string, string> = new Map([
  ['dollars', 'USD'],
  ['dollar', 'USD'],
  ['euros', 'EUR'],
  ['euro', 'EUR'],
  ['yuan', 'CNY'],
  ['renminbi', 'CNY'],
  ['yen', 'JPY'],
]);

/**
 * Count nouns, lower-case as written → the unit a count carries. Singular and plural give
 * the same unit, so rules can compare "1 million users" with "900 million user accounts".
 */
export const COUNT_NOUNS: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const plural = [
    'users',
    'people',
    'subscribers',
    'customers',
    'developers',
    'businesses',
    'employees',
    'gpus',
    'chips',
    'accelerators',
    'queries',
    'messages',
    'seats',
    'downloads',
    'visits',
    'visitors',
    'members',
    'workers',
    'staff',
    'enterprises',
    'companies',
    'organizations',
    'organisations',
    'tokens',
    'prompts',
    'requests',
    'servers',
    'tpus',
  ];
  for (const p of plural) m.set(p, p);
  const singular: [string, string][] = [
    ['user', 'users'],
    ['person', 'people'],
    ['subscriber', 'subscribers'],
    ['customer', 'customers'],
    ['developer', 'developers'],
    ['business', 'businesses'],
    ['employee', 'employees'],
    ['gpu', 'gpus'],
    ['chip', 'chips'],
    ['accelerator', 'accelerators'],
    ['query', 'queries'],
    ['message', 'messages'],
    ['seat', 'seats'],
    ['download', 'downloads'],
    ['visit', 'visits'],
    ['visitor', 'visitors'],
    ['member', 'members'],
    ['worker', 'workers'],
    ['enterprise', 'enterprises'],
    ['company', 'companies'],
    ['organization', 'organizations'],
    ['organisation', 'organisations'],
    ['token', 'tokens'],
    ['prompt', 'prompts'],
    ['request', 'requests'],
    ['server', 'servers'],
    ['tpu', 'tpus'],
    ['megawatt', 'mw'],
    ['megawatts', 'mw'],
    ['mw', 'mw'],
    ['gigawatt', 'gw'],
    ['gigawatts', 'gw'],
    ['gw', 'gw'],
  ];
  for (const [s, p] of singular) m.set(s, p);
  return m;
})();

/**
 * Qualifier phrases, lower-case words, longest first so "just under" wins over "under".
 * "approx." is matched as the word "approx" followed by a full stop.
 */
export const QUALIFIER_PHRASES: readonly [string[], Qualifier][] = [
  [['in', 'excess', 'of'], 'over'],
  [['no', 'less', 'than'], 'atLeast'],
  [['no', 'fewer', 'than'], 'atLeast'],
  [['no', 'more', 'than'], 'upTo'],
  [['as', 'much', 'as'], 'upTo'],
  [['as', 'many', 'as'], 'upTo'],
  [['just', 'shy', 'of'], 'nearly'],
  [['an', 'estimated'], 'about'],
  [['close', 'to'], 'nearly'],
  [['just', 'under'], 'nearly'],
  [['just', 'over'], 'over'],
  [['well', 'over'], 'over'],
  [['more', 'than'], 'over'],
  [['upwards', 'of'], 'over'],
  [['north', 'of'], 'over'],
  [['at', 'least'], 'atLeast'],
  [['less', 'than'], 'under'],
  [['fewer', 'than'], 'under'],
  [['up', 'to'], 'upTo'],
  [['at', 'most'], 'upTo'],
  [['about'], 'about'],
  [['approximately'], 'about'],
  [['approx'], 'about'],
  [['roughly'], 'about'],
  [['around'], 'about'],
  [['some'], 'about'],
  [['circa'], 'about'],
  [['estimated'], 'about'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['over'], 'over'],
  [['above'], 'over'],
  [['exceeding'], 'over'],
  [['exceeds'], 'over'],
  [['exceed'], 'over'],
  [['exceeded'], 'over'],
  // Verbs that put a figure as a threshold passed or neared ("Azure revenue surpassed $75
  // billion", "a run rate approaching $20 billion"): a bound, not the value.
  [['surpassed'], 'over'],
  [['surpasses'], 'over'],
  [['surpassing'], 'over'],
  [['surpass'], 'over'],
  [['topped'], 'over'],
  [['tops'], 'over'],
  [['topping'], 'over'],
  [['approaching'], 'nearly'],
  [['approached'], 'nearly'],
  [['nearing'], 'nearly'],
  [['under'], 'under'],
  [['below'], 'under'],
];

/** Single symbols that qualify the figure after them. */
export const QUALIFIER_SYMBOLS: ReadonlyMap<string, Qualifier> = new Map([
  ['~', 'about'],
  ['≈', 'about'],
  ['>', 'over'],
  ['≥', 'atLeast'],
  ['<', 'under'],
  ['≤', 'upTo'],
]);
