// A company's business segment named right after the company: "Google Services revenues",
// "Oracle Cloud Infrastructure", "Nvidia's data center revenue", "Broadcom's AI semiconductor
// business". A segment's figures are not its company's: the figure belongs to the segment, which
// is the dataset entity of that name when there is one ("Nvidia Data Center", "Google Cloud"),
// else no dataset entity at all (never the company).

/**
 * Words that name a segment after a company's name. A table a newcomer can extend: one
 * alternative per segment word, multi-word ones first.
 */
const SEGMENT_WORDS = [
  'intelligent cloud', 'personal computing', 'productivity and business processes', 'reality labs', 'family of apps',
  'other bets', 'data[\\s-]cent(?:er|re)s?', 'ai semiconductors?', 'cloud infrastructure', 'cloud applications',
  'cloud', 'services', 'infrastructure', 'applications', 'search', 'gaming', 'automotive', 'devices', 'subscriptions',
  'advertising', 'ads', 'semiconductors?', 'networking', 'client', 'embedded', 'foundry', 'software',
];

/** Right after a name: "'s" perhaps, then segment words, then perhaps "segment", "division"… */
const SEGMENT_AFTER = new RegExp(
  `^(?:['’]s)?\\s{1,3}((?:(?:${SEGMENT_WORDS.join('|')})(?:\\s{1,3}|$|(?=[^\\p{L}])))+)((?:segment|division|business|unit|group)\\b)?`,
  'iu',
);

export interface SegmentWords {
  /** The segment's words as written, spaces collapsed ("Services", "data center"). */
  words: string;
  /** Where they end, as an offset into the text (past "segment" or "division" when one follows). */
  end: number;
  /** Written as a name ("Google Services", "Oracle Cloud Infrastructure"), or followed by "segment", "division", "business"…: a segment for sure. */
  named: boolean;
}

/**
 * The segment words right after offset `end` of `text`, or null. Lower-case words that are not
 * followed by "segment" or the like are a segment only if a metric follows (the caller's test):
 * "Nvidia's data center revenue" is the segment's, "OpenAI's data centers will draw 10 gigawatts" the company's.
 */
export function segmentAfter(text: string, end: number): SegmentWords | null {
  const m = SEGMENT_AFTER.exec(text.slice(end, end + 60));
  if (!m) return null;
  const words = m[1].trim().replace(/\s+/g, ' ');
  if (!words) return null;
  const named = m[2] !== undefined || words.split(' ').every((w) => /^[A-Z]/.test(w));
  return { words, end: end + m[0].length, named };
}

/**
 * The dataset entity a company's segment is ("Nvidia" + "data center" → "Nvidia Data Center"),
 * trying the words as written and their singular or plural; null when the dataset has none.
 */
export function segmentEntity(company: string, words: string, resolve: (name: string) => string | null): string | null {
  const base = words.replace(/-/g, ' ');
  const forms = [base, base.endsWith('s') ? base.slice(0, -1) : `${base}s`];
  for (const w of forms) {
    const name = resolve(`${company} ${w}`);
    if (name && name !== company) return name;
  }
  return null;
}

/**
 * Words before a metric that make it an account, a basis or a period, not a part of the
 * business: "Q2 Total Revenue", "GAAP net income", "annual sales", "record quarterly revenue".
 */
const ACCOUNT_WORDS = new Set([
  'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'total', 'totals', 'gaap', 'non-gaap', 'net', 'gross', 'operating', 'adjusted', 'diluted',
  'quarterly', 'annual', 'annualized', 'fiscal', 'full-year', 'full', 'year', 'half', 'quarter', 'first', 'second', 'third', 'fourth',
  'first-quarter', 'second-quarter', 'third-quarter', 'fourth-quarter', 'record', 'consolidated', 'overall', 'company', 'group',
  'the', 'its', 'their', 'our', 'a', 'an', 'reported', 'organic', 'sequential', 'combined',
]);

/** A segment word a figure's metric may follow ("Cloud revenues", "data center revenue"): SEGMENT_WORDS, whole. */
const SEGMENT_WORD_RUN = new RegExp(`^(?:${SEGMENT_WORDS.join('|')})$`, 'iu');
/** Up to four words right before a metric word (and perhaps a parenthesis: "Cloud Infrastructure (IaaS) Revenue"). */
const WORDS_BEFORE = /((?:[\p{L}][\p{L}\p{N}&-]*\s{1,3}){1,4})(?:\([^()]{1,20}\)\s{1,3})?$/u;

/**
 * The part of the business named right before a metric word at `metricStart` of `text`, when
 * the company itself is not named there: "Cloud revenues were up 34%", "Q2 Cloud Infrastructure
 * (IaaS) Revenue $4.1 billion", "YouTube revenue … exceeded $60 billion". Null for an account or
 * a period ("Q2 Total Revenue", "GAAP net income") and for plain words ("revenue"). `from` is
 * where the words may start (past the name of the entity, when it stands before them).
 * Capitalised words alone count only before a lower-case metric word: in a title-case line
 * head ("Nvidia Reports Record Revenue") every word is capitalised.
 */
export function segmentBefore(text: string, metricStart: number, from: number): string | null {
  const leadStart = Math.max(from, metricStart - 60);
  const m = WORDS_BEFORE.exec(text.slice(leadStart, metricStart));
  if (!m) return null;
  const words = m[1].trim().split(/\s+/);
  // The first word of the sentence is capitalised whatever it is ("Strong revenue growth").
  const opensSentence = text.slice(0, leadStart + m.index).trim() === '';
  const lowerMetric = /^\p{Ll}/u.test(text.slice(metricStart, metricStart + 1));
  // From the metric word back: segment words (or proper names) up to an account word or a plain lower-case word.
  let start = words.length;
  let segment = false;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (ACCOUNT_WORDS.has(w.toLowerCase())) break;
    if (i > 0 && SEGMENT_WORD_RUN.test(`${words[i - 1]} ${w}`) && !ACCOUNT_WORDS.has(words[i - 1].toLowerCase())) {
      segment = true;
      start = --i;
      continue;
    }
    if (SEGMENT_WORD_RUN.test(w)) {
      segment = true;
      start = i;
      continue;
    }
    // A capitalised word of no segment: a product's or a segment's name ("YouTube", "Fusion Cloud ERP").
    const properName = /^\p{Lu}/u.test(w) && (!(opensSentence && i === 0) || /\p{Lu}/u.test(w.slice(1)));
    if (!properName) break;
    start = i;
  }
  if (start === words.length || (!segment && !lowerMetric)) return null;
  return words.slice(start).join(' ');
}
