// A figure marked inside the sentence it stands in, for the report's context quotes. The
// pieces are escaped separately so the mark itself is the only markup added.
export function highlighted(sentence: string, figure: string, at0: number, mark: (escaped: string) => string, escape: (s: string) => string): string {
  // The known position when it holds the figure, else its first occurrence.
  const at = figure && at0 >= 0 && sentence.startsWith(figure, at0) ? at0 : figure ? sentence.indexOf(figure) : -1;
  if (at < 0) return escape(sentence);
  return escape(sentence.slice(0, at)) + mark(escape(figure)) + escape(sentence.slice(at + figure.length));
}
