// The date a document was written on, which "now", "this year" or "last quarter" mean
// relative to. In order of trust:
//   1. the caller's word (AnalyzeOptions.documentDate: a CMS, the eval, a config file);
//   2. the front matter's `date:` (Jekyll, Hugo, Astro and most static sites write one);
//   3. a dateline at the top of the article ("SAN FRANCISCO, Oct 6, 2025 (Reuters) -",
//      "Oct. 6, 2025 —"), as wire copy pasted into a draft starts.
// Never today's date: a draft read a year from now must mean what it meant when written.
// Without any of the three the relative words stay unresolved, as they always were.

/** A calendar date (month and day may be unknown when the source gave only a year and month). */
export interface DocumentDate {
  year: number;
  month: number;
  day: number;
  /** "2025-10-06": the form the cache key and the hover show. */
  iso: string;
}

/** The front matter at the very start of a Markdown text: its `title:` and `date:` lines, as written. */
export interface FrontMatter {
  title?: string;
  date?: string;
}

/** How far into the document a front matter or a dateline may be looked for (characters). */
const HEAD = 4000;

/** ISO dates as front matter and callers write them: 2025-10-06, 2025-10, 2025-10-06T09:00:00Z. */
const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$/;

/**
 * A date a writer sets for their drafts (the CLI's --date, the `claimcheck.documentDate`
 * setting): a day, YYYY-MM-DD, or a month, YYYY-MM, the month and day with one digit or two
 * (years 1900–2199, as parseDocumentDate reads them).
 * The setting's `pattern` in package.json is this pattern with "empty" added (a test holds the
 * two together): the Settings editor accepts what the CLI does.
 */
export const DATE_SETTING = /^(?:19|20|21)\d{2}-(?:0?[1-9]|1[0-2])(?:-(?:0?[1-9]|[12]\d|3[01]))?$/;

/** A date set by the writer (DATE_SETTING) as ISO ("2025-1-5" → "2025-01-05", "2025-10" → "2025-10-01"); null when it is none. */
export function parseDateSetting(s: string): string | null {
  return DATE_SETTING.test(s) ? (parseDocumentDate(s)?.iso ?? null) : null;
}

/** A date string (ISO, or as a dateline writes it) as a DocumentDate; null when it is no date. */
export function parseDocumentDate(s: string | undefined | null): DocumentDate | null {
  if (typeof s !== 'string') return null;
  const t = s.trim().replace(/^["']|["']$/g, '');
  const iso = ISO_DATE.exec(t);
  if (iso) return dateOf(Number(iso[1]), Number(iso[2]), iso[3] ? Number(iso[3]) : 1);
  const written = WRITTEN_DATE.exec(t);
  return written ? writtenDate(written) : null;
}

function dateOf(year: number, month: number, day: number): DocumentDate | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  return { year, month, day, iso: `${year}-${pad2(month)}-${pad2(day)}` };
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The front matter's `title:` and `date:`, read the way blocks.ts skips it (a `---` line first, up to a `---` or `...` line). */
export function readFrontMatter(text: string): FrontMatter {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  // Line by line, no pattern over the whole head: the reader stays linear on any input.
  const lines = head.split('\n');
  if (lines.length < 2 || lines[0].replace(/^\uFEFF/, '').trimEnd() !== '---') return {};
  const out: FrontMatter = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i].trimEnd();
    if (line === '---' || line === '...') return out;
    const kv = /^(title|date)[ \t]*:[ \t]*/i.exec(line);
    if (!kv) continue;
    const key = kv[1].toLowerCase() as keyof FrontMatter;
    if (out[key] === undefined) out[key] = unquote(line.slice(kv[0].length).trim());
  }
  // Never closed: not front matter (blocks.ts reads it as text).
  return {};
}

/** A YAML scalar's text: "…" and '…' lose their quotes (and "…" its escapes). */
function unquote(v: string): string {
  if (v.startsWith('"') && v.endsWith('"') && v.length >= 2) {
    try {
      return JSON.parse(v) as string;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (v.startsWith("'") && v.endsWith("'") && v.length >= 2) return v.slice(1, -1).replace(/''/g, "'");
  return v;
}

// Month names as datelines write them: "Oct", "Oct.", "October", "Sept.".
const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** "Oct. 6, 2025", "October 6 2025". */
const WRITTEN_DATE = new RegExp(`^${MONTH_WORD}\\s{1,3}(\\d{1,2}),?\\s{1,3}(\\d{4})$`, 'i');
/**
 * A dateline: at the start of a line, an optional place in capitals and a comma, then a
 * written date with its year, then a dash or an agency in brackets: "SAN FRANCISCO, Oct 6,
 * 2025 (Reuters) -", "Oct. 6, 2025 —". A dateline without a year ("Oct 6 (Reuters)") gives
 * no year to resolve "this year" against, so it is not read.
 */
const DATELINE = new RegExp(
  `^[ \\t]*(?:\\*\\*)?(?:[A-Z][A-Z .'-]{1,40},[ \\t]{1,3})?${MONTH_WORD}[ \\t]{1,3}(\\d{1,2}),?[ \\t]{1,3}(\\d{4})(?:\\*\\*)?[ \\t]*(?:\\([A-Za-z .]{2,30}\\)[ \\t]*)?[-–—]`,
  'i',
);

function writtenDate(m: RegExpExecArray): DocumentDate | null {
  const month = MONTHS[m[1].toLowerCase().slice(0, m[1].toLowerCase().startsWith('sept') ? 4 : 3)];
  return month ? dateOf(Number(m[3]), month, Number(m[2])) : null;
}

/** How many lines from the top a dateline may stand on, and how much of each is looked at. */
const DATELINE_LINES = 40;
const DATELINE_REACH = 160;

/** A dateline near the top of the text (after any front matter), or null. */
export function readDateline(text: string): DocumentDate | null {
  const head = text.length > HEAD ? text.slice(0, HEAD) : text;
  // Each line's start on its own: a short window for the pattern, whatever the text holds.
  const lines = head.split('\n', DATELINE_LINES);
  for (const line of lines) {
    const m = DATELINE.exec(line.slice(0, DATELINE_REACH));
    if (m) return writtenDate(m);
  }
  return null;
}

/** The document's date: the caller's, else the front matter's, else a dateline's; null when none is given. */
export function documentDateOf(text: string, given?: string, front: FrontMatter = readFrontMatter(text)): DocumentDate | null {
  return parseDocumentDate(given) ?? parseDocumentDate(front.date) ?? readDateline(text);
}
