// The report's stylesheet, inlined into the page. Colours are VS Code theme variables with
// fallbacks: inside a webview the editor's theme wins; in a browser the fallbacks follow
// prefers-color-scheme. No url(), no @import, no web fonts: the page loads nothing.
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --fg: var(--vscode-foreground, #1f2328);
  --bg: var(--vscode-editor-background, #ffffff);
  --muted: var(--vscode-descriptionForeground, #59636e);
  --border: var(--vscode-panel-border, #d1d9e0);
  --row: var(--vscode-list-hoverBackground, #f6f8fa);
  --link: var(--vscode-textLink-foreground, #0969da);
  --code-bg: var(--vscode-textCodeBlock-background, #f6f8fa);
  --button-bg: var(--vscode-button-secondaryBackground, #eaeef2);
  --button-fg: var(--vscode-button-secondaryForeground, #1f2328);
  --input-bg: var(--vscode-dropdown-background, #ffffff);
  --input-fg: var(--vscode-dropdown-foreground, #1f2328);
  --focus: var(--vscode-focusBorder, #0969da);
  --red: var(--vscode-charts-red, #cf222e);
  --green: var(--vscode-charts-green, #1a7f37);
  --blue: var(--vscode-charts-blue, #0969da);
  --yellow: var(--vscode-charts-yellow, #9a6700);
  --purple: var(--vscode-charts-purple, #8250df);
  --grey: var(--vscode-disabledForeground, #6e7781);
  --font: var(--vscode-font-family, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  --mono: var(--vscode-editor-font-family, ui-monospace, "SF Mono", Menlo, Consolas, monospace);
}
@media (prefers-color-scheme: dark) {
  :root {
    --fg: var(--vscode-foreground, #e6edf3);
    --bg: var(--vscode-editor-background, #0d1117);
    --muted: var(--vscode-descriptionForeground, #9198a1);
    --border: var(--vscode-panel-border, #3d444d);
    --row: var(--vscode-list-hoverBackground, #151b23);
    --link: var(--vscode-textLink-foreground, #4493f8);
    --code-bg: var(--vscode-textCodeBlock-background, #151b23);
    --button-bg: var(--vscode-button-secondaryBackground, #212830);
    --button-fg: var(--vscode-button-secondaryForeground, #e6edf3);
    --input-bg: var(--vscode-dropdown-background, #0d1117);
    --input-fg: var(--vscode-dropdown-foreground, #e6edf3);
    --red: var(--vscode-charts-red, #f85149);
    --green: var(--vscode-charts-green, #3fb950);
    --blue: var(--vscode-charts-blue, #4493f8);
    --yellow: var(--vscode-charts-yellow, #d29922);
    --purple: var(--vscode-charts-purple, #ab7df8);
    --grey: var(--vscode-disabledForeground, #9198a1);
  }
}
* { box-sizing: border-box; }
html { background: var(--bg); color: var(--fg); }
body { margin: 0; font: 14px/1.5 var(--font); background: var(--bg); color: var(--fg); }
body.webview { font-size: var(--vscode-font-size, 13px); }
main { max-width: 1180px; margin: 0 auto; padding: 20px 24px 40px; }
h1 { font-size: 1.55em; line-height: 1.25; margin: 0 0 4px; font-weight: 600; }
h1 .kicker { display: block; font-size: 0.5em; letter-spacing: 0.08em; text-transform: uppercase; color: var(--muted); font-weight: 600; }
h2 { font-size: 1.1em; margin: 28px 0 8px; }
a { color: var(--link); text-decoration: none; }
a:hover { text-decoration: underline; }
a:focus-visible, button:focus-visible, select:focus-visible { outline: 1px solid var(--focus); outline-offset: 1px; }
code { font-family: var(--mono); font-size: 0.9em; background: var(--code-bg); padding: 1px 5px; border-radius: 4px; }
.meta { color: var(--muted); margin: 0 0 12px; }
.meta .dot { margin: 0 6px; }
.muted { color: var(--muted); }
.skipped { border-left: 3px solid var(--yellow); padding: 4px 10px; }

.summary { display: flex; flex-wrap: wrap; gap: 8px; margin: 8px 0; }
.chip { display: inline-flex; align-items: center; gap: 6px; padding: 4px 10px 4px 6px; border: 1px solid var(--border); border-radius: 999px; background: transparent; color: var(--fg); font: inherit; }
button.chip { cursor: pointer; }
button.chip[aria-pressed="false"] { opacity: 0.45; }
button.chip[aria-pressed="false"] .label { text-decoration: line-through; }
.chip .count { font-weight: 600; font-variant-numeric: tabular-nums; }

.badge { display: inline-flex; align-items: center; justify-content: center; min-width: 1.35em; height: 1.35em; border-radius: 999px; font-size: 0.85em; font-weight: 700; color: #fff; background: var(--grey); line-height: 1; }
.badge.s-contradicted { background: var(--red); }
.badge.s-agrees { background: var(--green); }
.badge.s-follows { background: var(--blue); }
.badge.s-info { background: var(--purple); }
.badge.s-unknown { background: var(--grey); }

.toolbar { display: flex; flex-wrap: wrap; align-items: center; gap: 10px; margin: 10px 0 4px; }
.toolbar .spacer { flex: 1; }
.toolbar select { font: inherit; background: var(--input-bg); color: var(--input-fg); border: 1px solid var(--border); border-radius: 4px; padding: 2px 6px; margin-left: 4px; }
.toolbar .shown { color: var(--muted); }
button.action { font: inherit; cursor: pointer; padding: 4px 10px; border-radius: 4px; border: 1px solid var(--border); background: var(--button-bg); color: var(--button-fg); }

.charts { display: flex; flex-wrap: wrap; gap: 16px; margin: 16px 0 8px; }
.chart-card { margin: 0; padding: 10px 12px 6px; border: 1px solid var(--border); border-radius: 8px; }
.chart-card figcaption { font-weight: 600; margin-bottom: 4px; }
svg.chart { display: block; max-width: 100%; height: auto; }
svg.chart .grid { stroke: var(--border); stroke-width: 1; }
svg.chart .axis { fill: var(--muted); font-size: 11px; font-family: var(--font); }
svg.chart .value { fill: var(--fg); font-size: 10.5px; font-family: var(--font); font-weight: 600; }
svg.chart .bar-draft { fill: var(--blue); }
svg.chart .bar-data { fill: var(--green); opacity: 0.85; }

table.figures { width: 100%; border-collapse: collapse; margin-top: 16px; }
table.figures th { text-align: left; font-weight: 600; color: var(--muted); font-size: 0.85em; text-transform: uppercase; letter-spacing: 0.04em; border-bottom: 1px solid var(--border); padding: 6px 8px; }
table.figures td { vertical-align: top; border-bottom: 1px solid var(--border); padding: 8px; }
table.figures tr:hover td { background: var(--row); }
td.num, th.num { text-align: right; color: var(--muted); font-variant-numeric: tabular-nums; width: 2.5em; }
td.loc { white-space: nowrap; font-family: var(--mono); font-size: 0.9em; }
td.figure { white-space: nowrap; }
td.figure .value { color: var(--muted); font-size: 0.85em; white-space: normal; max-width: 16em; }
td.status { white-space: nowrap; }
td.detail { min-width: 22em; }
.fig { font-weight: 600; border-bottom: 2px solid var(--grey); padding: 0 1px; }
.fig.s-contradicted { border-color: var(--red); }
.fig.s-agrees { border-color: var(--green); }
.fig.s-follows { border-color: var(--blue); }
.fig.s-info { border-color: var(--purple); }
.reason { margin: 0 0 4px; }
.finding { margin: 0 0 6px; padding-left: 8px; border-left: 3px solid var(--grey); }
.finding.sev-error, .finding.sev-warning { border-color: var(--red); }
.finding.sev-info { border-color: var(--purple); }
.finding code.derivation { display: block; width: fit-content; margin-top: 3px; }
.fix { margin-top: 3px; }
.related { color: var(--muted); font-size: 0.9em; }
.rule { font-family: var(--mono); font-size: 0.8em; color: var(--muted); border: 1px solid var(--border); border-radius: 4px; padding: 0 4px; margin-right: 2px; }
ul.recalcs, ul.sources { margin: 4px 0; padding-left: 18px; }
ul.recalcs li, ul.sources li { margin: 2px 0; }
.role { font-size: 0.75em; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); }
.role-agrees { color: var(--green); }
.role-differs { color: var(--red); }
.role-superseded, .role-revision { color: var(--purple); }
blockquote { margin: 6px 0 0; padding: 2px 10px; border-left: 3px solid var(--border); color: var(--muted); font-size: 0.9em; }
blockquote mark { background: color-mix(in srgb, var(--yellow) 22%, transparent); color: var(--fg); padding: 0 2px; border-radius: 3px; }
.empty { color: var(--muted); font-style: italic; }
.other ul { padding-left: 18px; }

.signoff { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--border); }
.signoff p { display: flex; align-items: center; gap: 8px; margin: 6px 0; }
.signoff .box { display: inline-block; width: 14px; height: 14px; border: 1.5px solid var(--muted); border-radius: 3px; }
.signoff .sign { gap: 10px; margin-top: 18px; }
.signoff .blank { display: inline-block; width: 16em; border-bottom: 1px solid var(--muted); height: 1.2em; }
.signoff .blank.short { width: 8em; }

@media print {
  .toolbar, button.chip[aria-pressed="false"] { display: none; }
  tr[hidden] { display: none; }
  a { color: inherit; }
}
`;
