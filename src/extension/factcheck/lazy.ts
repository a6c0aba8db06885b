// Requires ./reportCore on first use: the report, the preview plugin and the core behind
// them cost nothing until a report is opened or a preview rendered.
export type ReportCore = typeof import('./reportCore');

let core: ReportCore | undefined;

export function reportCore(): ReportCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (!core) core = require('./reportCore') as ReportCore;
  return core;
}
