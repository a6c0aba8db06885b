// Everything in a report that comes from the draft or a dataset file is untrusted: a figure,
// a sentence, an outlet, a title, a URL. These are the only ways such text reaches the
// Markdown or HTML a report is made of.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content and for a quoted attribute value alike. */
export function escapeHtml(s: string): string {
  return String(s).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A URL that may become a link: absolute http or https only (no javascript:, data:,
 * vbscript:, relative or protocol-relative URLs), with no whitespace or control characters
 * that could make a browser read it differently. Null when it may not.
 */
export function safeUrl(url: string | undefined | null): string | null {
  if (typeof url !== 'string') return null;
  const u = url.trim();
  // Two plain tests, not one pattern: a host run followed by a path run of overlapping
  // classes backtracks quadratically on a long URL with a bad character at its end.
  const host = /^https?:\/\/([^\s/?#\\\u0000-\u001f\u007f])/i.exec(u);
  // eslint-disable-next-line no-control-regex
  if (!host || /[\s\u0000-\u001f\u007f]/.test(u)) return null;
  return u;
}

/**
 * Text inside a Markdown table cell or a line of prose: HTML is neutralised as entities
 * (a Markdown renderer would pass a raw tag through), Markdown markers are backslash
 * escaped, and line breaks become spaces so a cell stays in its row.
 */
export function escapeMarkdown(s: string): string {
  return String(s)
    .replace(/\r\n|\r|\n/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    // "$" too: GitHub and many renderers read "$13 billion … $5 billion" as inline math.
    .replace(/[\\`*_[\]|~$]/g, '\\$&')
    // What only means something at the start of a line: a heading, a list item, a quote.
    .replace(/^(\s*)([#+\-=>])(?=\s|$|#)/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** A Markdown link to an http(s) URL, or the escaped text alone when the URL may not be linked. */
export function markdownLink(text: string, url: string | undefined | null): string {
  const safe = safeUrl(url);
  const label = escapeMarkdown(text);
  if (!safe) return label;
  // Percent-encode what would end or break the destination: parentheses, angle brackets, pipes.
  const dest = safe.replace(/[()<>|\s`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${label}](${dest})`;
}
