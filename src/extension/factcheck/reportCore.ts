// What the fact-check command and the preview plugin use from the core, in one module that
// is only required on first use (see lazy.ts), so activation does not load the analysis.
export { reportFromText } from '../../core/report/fromText';
export { renderHtml } from '../../core/report/html';
export { renderMarkdown } from '../../core/report/markdown';
export { claimcheckPreview } from '../../core/report/previewPlugin';
export type { PreviewOptions } from '../../core/report/previewPlugin';
export type { ReportModel } from '../../core/report/model';
export { bundledIndex } from '../../core/dataset/bundled';
