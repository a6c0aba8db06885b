// The fact-check sheet as one self-contained HTML page: inline CSS that follows VS Code's
// theme variables inside a webview and the system's light/dark preference elsewhere, no
// external resources, and a Content-Security-Policy that forbids everything else. The
// standalone page (export, CLI) has no script at all; the webview variant adds one inline
// script, allowed by its nonce, for the status/rule filters, links back to lines and the
// export buttons. Every piece of draft or dataset text goes through escapeHtml/safeUrl.
import { escapeHtml as esc, safeUrl } from './escape';
import { highlighted } from './highlight';
import { readingWords, ROLE_WORDS } from './markdown';
import { STATUS_BADGE, STATUS_LABEL, STATUS_ORDER, type ReportFigure, type ReportModel, type ReportSource } from './model';
import { REPORT_CSS } from './style';
import { renderChartSvg } from './svgChart';
import { WEBVIEW_SCRIPT } from './webviewScript';

export interface HtmlOptions {
  /** 'standalone' (default): no script. 'webview': filters, links to lines, export; needs a nonce. */
  variant?: 'standalone' | 'webview';
  /** Base64 nonce for the webview's style and script elements. */
  nonce?: string;
}

export function renderHtml(model: ReportModel, options: HtmlOptions = {}): string {
  const webview = options.variant === 'webview';
  const nonce = options.nonce ?? '';
  if (webview && !/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error('the webview report needs a nonce of at least 16 base64 characters');
  const csp = webview
    ? `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src data:; font-src 'none'`
    : `default-src 'none'; style-src 'unsafe-inline'; img-src data:`;
  const nonceAttr = webview ? ` nonce="${nonce}"` : '';

  const h: string[] = [];
  h.push('<!DOCTYPE html>', '<html lang="en">', '<head>', '<meta charset="utf-8">');
  h.push(`<meta http-equiv="Content-Security-Policy" content="${csp}">`);
  h.push('<meta name="viewport" content="width=device-width, initial-scale=1">');
  h.push(`<title>Fact-check: ${esc(model.title)}</title>`);
  h.push(`<style${nonceAttr}>${REPORT_CSS}</style>`, '</head>');
  h.push(`<body class="${webview ? 'webview' : 'standalone'}">`, '<main>');

  h.push('<header>');
  h.push(`<h1><span class="kicker">Fact-check</span> ${esc(model.title)}</h1>`);
  const meta: string[] = [];
  if (model.fileName) meta.push(`<span>${esc(model.fileName)}</span>`);
  if (model.generatedAt) meta.push(`<span>Generated ${esc(model.generatedAt)}</span>`);
  if (model.datasetLabel) meta.push(`<span>Dataset: ${esc(model.datasetLabel)}${model.datasetAsOf ? `, as of ${esc(model.datasetAsOf)}` : ''}</span>`);
  else if (model.datasetAsOf) meta.push(`<span>Dataset as of ${esc(model.datasetAsOf)}</span>`);
  meta.push(`<span>${model.figures.length} figure${model.figures.length === 1 ? '' : 's'}</span>`);
  h.push(`<p class="meta">${meta.join('<span class="dot">·</span>')}</p>`);
  if (model.skipped) h.push(`<p class="skipped"><strong>Not analysed:</strong> ${esc(model.skipped)}</p>`);

  h.push('<div class="summary" role="group" aria-label="Figures by status">');
  for (const s of STATUS_ORDER) {
    const inner = `<span class="badge s-${s}" aria-hidden="true">${STATUS_BADGE[s]}</span><span class="label">${STATUS_LABEL[s]}</span><span class="count">${model.counts[s]}</span>`;
    h.push(webview ? `<button type="button" class="chip s-${s}" data-status-filter="${s}" aria-pressed="true">${inner}</button>` : `<span class="chip s-${s}">${inner}</span>`);
  }
  h.push('</div>');
  if (webview) {
    h.push('<div class="toolbar">');
    h.push('<label>Rule <select id="rule-filter"><option value="">All figures</option>');
    for (const r of model.ruleIds) {
      const n = model.figures.filter((f) => f.ruleIds.includes(r)).length;
      h.push(`<option value="${esc(r)}">${esc(r)} (${n})</option>`);
    }
    h.push('</select></label>');
    h.push('<span class="shown" id="shown" aria-live="polite"></span>');
    h.push('<span class="spacer"></span>');
    h.push('<button type="button" class="action" data-export="md">Export Markdown…</button>');
    h.push('<button type="button" class="action" data-export="html">Export HTML…</button>');
    h.push('</div>');
  }
  h.push('</header>');

  if (model.charts.length) {
    h.push('<section class="charts" aria-label="Figures over time">');
    model.charts.forEach((c, i) => {
      h.push(`<figure class="chart-card"><figcaption>${esc(c.entity)} — ${esc(c.metricLabel)}</figcaption>${renderChartSvg(c, `chart-${i}`)}</figure>`);
    });
    h.push('</section>');
  }

  if (model.figures.length) {
    h.push('<table class="figures">');
    h.push('<thead><tr><th class="num">#</th><th>Line</th><th>Figure</th><th>Reading</th><th>Status</th><th>Why, and what it rests on</th></tr></thead>');
    h.push('<tbody>');
    for (const f of model.figures) h.push(figureRow(f, webview));
    h.push('</tbody></table>');
    if (webview) h.push('<p class="empty" id="none-shown" hidden>No figure matches the filters.</p>');
  } else {
    h.push('<p class="empty">No figures were found in this draft.</p>');
  }

  if (model.otherFindings.length) {
    h.push('<section class="other"><h2>Other findings</h2><ul>');
    for (const f of model.otherFindings) {
      h.push(`<li>${lineRef(f.location.line, f.location.column, f.location.start, f.location.end, webview)} <span class="rule">${esc(f.ruleId)}</span> ${esc(f.message)}${f.derivation ? ` <code>${esc(f.derivation)}</code>` : ''}</li>`);
    }
    h.push('</ul></section>');
  }

  h.push('<section class="signoff"><h2>Sign-off</h2>');
  h.push('<p><span class="box" aria-hidden="true"></span> Every contradicted figure corrected or justified</p>');
  h.push('<p><span class="box" aria-hidden="true"></span> Every figure not verified checked by hand against a source</p>');
  h.push('<p class="sign"><span>Checked by</span><span class="blank"></span><span>Date</span><span class="blank short"></span></p>');
  h.push('</section>');

  h.push('</main>');
  if (webview) h.push(`<script${nonceAttr}>${WEBVIEW_SCRIPT}</script>`);
  h.push('</body>', '</html>', '');
  return h.join('\n');
}

function figureRow(f: ReportFigure, webview: boolean): string {
  const rules = f.ruleIds.join(' ');
  const cells: string[] = [];
  cells.push(`<td class="num">${f.index}</td>`);
  cells.push(`<td class="loc">${lineRef(f.location.line, f.location.column, f.location.start, f.location.end, webview)}</td>`);
  cells.push(`<td class="figure"><span class="fig s-${f.status}">${esc(f.text)}</span><div class="value">${esc(f.value)}</div></td>`);
  const relations = f.reading.relations.length ? `<ul class="relations">${f.reading.relations.map((r) => `<li>${esc(r)}</li>`).join('')}</ul>` : '';
  cells.push(`<td class="reading">${esc(readingWords(f))}${relations}</td>`);
  cells.push(`<td class="status"><span class="badge s-${f.status}" aria-hidden="true">${STATUS_BADGE[f.status]}</span> ${STATUS_LABEL[f.status]}</td>`);
  cells.push(`<td class="detail">${details(f)}</td>`);
  return `<tr id="fig-${f.index}" data-status="${f.status}" data-rules="${esc(rules)}">${cells.join('')}</tr>`;
}

function details(f: ReportFigure): string {
  const out: string[] = [];
  // A finding's message is the reason; say it once.
  if (!f.findings.some((x) => x.message === f.reason)) out.push(`<p class="reason">${esc(f.reason)}</p>`);
  for (const x of f.findings) {
    const fix = x.fix !== null ? `<div class="fix">Suggested: <span class="fig">${esc(x.fix)}</span></div>` : '';
    const rel = x.related.map((r) => `<div class="related">${r.uri ? `${esc(r.uri)} ` : ''}line ${r.line}: ${esc(r.message)}</div>`).join('');
    out.push(`<div class="finding sev-${x.severity}"><span class="rule">${esc(x.ruleId)}</span> ${esc(x.message)}${x.derivation ? `<code class="derivation">${esc(x.derivation)}</code>` : ''}${fix}${rel}</div>`);
  }
  if (f.recalculations.length) {
    out.push('<ul class="recalcs">');
    for (const r of f.recalculations) out.push(`<li>${esc(r.label)}: <strong>${esc(r.value)}</strong> <code>${esc(r.derivation)}</code></li>`);
    out.push('</ul>');
  }
  if (f.sources.length) {
    out.push('<ul class="sources">');
    for (const s of f.sources) out.push(`<li>${sourceHtml(s)}</li>`);
    out.push('</ul>');
  }
  if (f.sentence) out.push(`<blockquote>${highlighted(f.sentence, f.bare, f.sentenceAt, (x) => `<mark>${x}</mark>`, esc)}</blockquote>`);
  return out.join('');
}

function sourceHtml(s: ReportSource): string {
  const label = `${esc(s.outlet)}${s.title ? `, “${esc(s.title)}”` : ''}`;
  const href = safeUrl(s.url);
  const link = href ? `<a href="${esc(href)}" rel="noopener noreferrer">${label}</a>` : label;
  const origin = s.origin && s.origin !== 'bundled' ? ` <span class="muted">(from ${esc(s.origin)})</span>` : '';
  return `<span class="role role-${s.role}">${ROLE_WORDS[s.role]}</span> ${esc(s.subject)}: <strong>${esc(s.reported)}</strong> — ${link}, ${esc(s.date)}${origin}`;
}

function lineRef(line: number, column: number, start: number, end: number, webview: boolean): string {
  const label = `${line}:${column}`;
  return webview ? `<a href="#" class="goto" data-start="${start}" data-end="${end}" title="Show line ${line} in the draft">${label}</a>` : `<span class="goto">${label}</span>`;
}
