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
