// The leftmost match of a pattern that opens with a word and runs to the end of the text
// before a figure ("fell by about" before "20%"): the direction-before phrasing.
//
// An unanchored search retries the whole pattern at every character of the text. This one
// tries only where a run of letters and hyphens can start: a match from inside a run implies
// one from the run's start, so the other starts cannot be leftmost. The result is the one
// `pattern.exec(pre)` gives.

/**
 * `pattern` must open with `[\p{L}-]+`, end with `$`, and match only letters, hyphens, white
 * space, "." and "~" (the qualifiers' "approx." and "~"): such a match cannot start before the
 * last other ASCII character of `pre`. Its sticky copy is made once per pattern.
 */
export function wordPhraseBefore(pattern: RegExp): (pre: string) => RegExpExecArray | null {
  const sticky = new RegExp(pattern.source, pattern.flags.includes('y') ? pattern.flags : pattern.flags + 'y');
  return (pre) => {
    // Most figures have a digit, "$" or "," a few words before them: no start before it can match.
    let from = 0;
    for (let i = pre.length - 1; i >= 0; i--) {
      if (!mayStandInMatch(pre.charCodeAt(i))) {
        from = i + 1;
        break;
      }
    }
    let prevInRun = false; // the character before `from`, if any, is no letter or hyphen
    for (let i = from; i < pre.length; i++) {
      const c = pre.charCodeAt(i);
      const inRun = isAsciiLetterOrHyphen(c);
      // Non-ASCII characters are all tried (a case-folded letter, an astral letter), except low
      // surrogates, which never start a code point.
      if (c >= 128 ? c < 0xdc00 || c > 0xdfff : inRun && !prevInRun) {
        sticky.lastIndex = i;
        const m = sticky.exec(pre);
        if (m) return m;
      }
      prevInRun = inRun;
    }
    return null;
  };
}

/** Whether a code unit may stand inside such a match: any non-ASCII one (a letter, "ſ", a space), an ASCII letter, "-", white space, "." or "~". */
function mayStandInMatch(c: number): boolean {
  return c >= 128 || isAsciiLetterOrHyphen(c) || c === 32 || (c >= 9 && c <= 13) || c === 46 || c === 126;
}

/** An ASCII letter or "-": what [\p{L}-] takes below 128. */
function isAsciiLetterOrHyphen(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
}
