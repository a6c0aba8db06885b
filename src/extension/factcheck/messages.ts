// The messages the report page may post to the extension. The page is ours, but its
// content is the draft's: anything not exactly one of these shapes is ignored.
export type PageMessage = { type: 'reveal'; start: number; end: number } | { type: 'export'; format: 'md' | 'html' };

export function parseMessage(m: unknown): PageMessage | null {
  if (!m || typeof m !== 'object') return null;
  const o = m as Record<string, unknown>;
  if (o.type === 'reveal') {
    const { start, end } = o;
    if (typeof start !== 'number' || typeof end !== 'number') return null;
    if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end < start) return null;
    return { type: 'reveal', start, end };
  }
  if (o.type === 'export' && (o.format === 'md' || o.format === 'html')) return { type: 'export', format: o.format };
  return null;
}
