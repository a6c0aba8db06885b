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
  /** Where the words start (segmentBefore only: the caller checks no name covers them). */
  start?: number;
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
  // Already the segment ("Nvidia Data Center" carried to its "Data Center Revenue" row).
  if (company.toLowerCase().endsWith(` ${base.toLowerCase()}`)) return company;
  const forms = [base, base.endsWith('s') ? base.slice(0, -1) : `${base}s`];
  for (const w of forms) {
    const name = resolve(`${company} ${w}`);
    if (name && name !== company) return name;
  }
  return null;
}

/**
 * Metrics a business segment reports on its own: "cloud revenue", "data center operating
 * income". A company's capex or valuation has no segment ("AI infrastructure spending" is the
 * company's), so only these take segment words before them.
 */
export const SEGMENT_METRICS: ReadonlySet<string> = new Set(['revenue', 'operatingIncome', 'grossProfit', 'grossMargin', 'operatingMargin']);

/** Segment words only after a company's name: alone ("services revenue", "devices") they are as often the company's own. */
const ONLY_AFTER_A_NAME: ReadonlySet<string> = new Set(['services', 'infrastructure', 'applications', 'devices', 'subscriptions', 'semiconductors?', 'client', 'embedded']);

/**
 * The segment words that make a figure a segment's when no company is named before them.
 * Narrower than SEGMENT_WORDS: after a company's name "Google Services" is a segment.
 * "Software revenues" alone may be how a writer says the company's own revenue, but read as
 * the company's total it drew a false alarm in every Oracle release ("Software revenues were
 * down 3% … to $5.9 billion" once the company carries past the release's line heads): a
 * segment then, which the dataset does not hold, so silence.
 */
const SEGMENT_WORDS_ALONE = SEGMENT_WORDS.filter((w) => !ONLY_AFTER_A_NAME.has(w));

/** Segment words, then spaces, at the very end of the text before a metric word ("… while cloud ⟨revenue⟩"). */
const SEGMENT_BEFORE = new RegExp(`(?:^|[^\\p{L}&-])((?:(?:${SEGMENT_WORDS_ALONE.join('|')})\\s{1,3})+)$`, 'iu');

/**
 * The segment words written right before a metric word when no company name precedes them:
 * "cloud revenue", "Cloud Infrastructure Revenue" (a table's row), "data center revenue".
 * Such a figure is the segment's, not the company's total. `start` is the metric word's
 * offset in `text`; null when no segment word comes right before it or the metric is not one
 * a segment reports. (After a company's name, segmentAfter has read the same words.)
 */
export function segmentBefore(text: string, start: number, metric: string): SegmentWords | null {
  if (!SEGMENT_METRICS.has(metric)) return null;
  const from = Math.max(0, start - 60);
  const m = SEGMENT_BEFORE.exec(text.slice(from, start));
  if (!m) return null;
  const words = m[1].trim().replace(/\s+/g, ' ');
  return { words, start: start - m[1].length, end: start, named: words.split(' ').every((w) => /^[A-Z]/.test(w)) };
}

/** The noun that makes segment words a unit of a company: "the cloud infrastructure ⟨unit⟩". */
const UNIT_NOUN = /\b(?:segment|division|business|unit|arm)\b/gi;
/** "the cloud infrastructure ", "its data-center ", "the Services ": the words before a UNIT_NOUN (read on a short window). */
const SEGMENT_LEAD = new RegExp(`\\b(?:the|its|their)\\s{1,3}((?:(?:${SEGMENT_WORDS_ALONE.join('|')})\\s{1,3})+)$`, 'iu');

/**
 * The segments a sentence names by a noun phrase ("the cloud infrastructure unit", "its
 * data-center segment"), in order: read once per sentence, each figure takes the last one
 * before it (the caller checks that no company is named between it and the figure).
 */
export function segmentPhrases(text: string): SegmentWords[] {
  const out: SegmentWords[] = [];
  UNIT_NOUN.lastIndex = 0;
  for (let m = UNIT_NOUN.exec(text); m; m = UNIT_NOUN.exec(text)) {
    const from = Math.max(0, m.index - 60);
    const lead = SEGMENT_LEAD.exec(text.slice(from, m.index));
    if (!lead) continue;
    const words = lead[1].trim().replace(/\s+/g, ' ');
    out.push({ words, start: from + lead.index, end: m.index + m[0].length, named: true });
  }
  return out;
}
