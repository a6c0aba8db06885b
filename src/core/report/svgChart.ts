// A small grouped bar chart as inline SVG: for each period, the draft's figure beside the
// dataset's. Colours come from CSS classes (the page's light/dark and VS Code theme
// variables), never style attributes, so the webview's nonce-only CSP allows it. All text
// is escaped; numbers are formatted here.
import type { ReportChart } from './charts';
import { escapeHtml as esc } from './escape';

const WIDTH = 420;
const HEIGHT = 200;
const PAD = { top: 30, right: 12, bottom: 24, left: 52 };

export function renderChartSvg(chart: ReportChart, id: string): string {
  const values: number[] = [];
  for (const p of chart.points) {
    for (const d of p.draft) values.push(d.value);
    if (p.dataset) values.push(p.dataset.value);
  }
  const finite = values.filter((v) => Number.isFinite(v));
  const max = Math.max(0, ...finite);
  const min = Math.min(0, ...finite);
  const span = max - min || 1;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const y = (v: number): number => PAD.top + plotH - ((v - min) / span) * plotH;
  const band = plotW / Math.max(1, chart.points.length);
  const barW = Math.min(40, band / 2.6);
  // Below this width a value label would run into its neighbour; the bar's tooltip still has it.
  const labelled = barW >= 30;

  const title = `${chart.entity} — ${chart.metricLabel}: the draft's figures beside the dataset's`;
  const parts: string[] = [];
  parts.push(`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${esc(id)}-t" xmlns="http://www.w3.org/2000/svg">`);
  parts.push(`<title id="${esc(id)}-t">${esc(title)}</title>`);
  // Grid lines at zero, half and the top, labelled in the chart's unit.
  for (const v of [min, (min + max) / 2, max]) {
    const yy = y(v).toFixed(1);
    parts.push(`<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${yy}" y2="${yy}"/>`);
    parts.push(`<text class="axis" x="${PAD.left - 6}" y="${yy}" text-anchor="end" dominant-baseline="middle">${esc(shortValue(v, chart))}</text>`);
  }
  chart.points.forEach((p, i) => {
    const cx = PAD.left + band * i + band / 2;
    const draft = p.draft[0];
    const bars: { cls: string; value: number; tip: string; x: number }[] = [];
    if (draft) bars.push({ cls: 'bar-draft', value: draft.value, tip: `Draft, ${p.label}: ${p.draft.map((d) => d.text).join(', ')}`, x: p.dataset ? cx - barW - 1 : cx - barW / 2 });
    if (p.dataset) bars.push({ cls: 'bar-data', value: p.dataset.value, tip: `Dataset, ${p.label}: ${p.dataset.reported} (${p.dataset.outlet}, ${p.dataset.date})`, x: draft ? cx + 1 : cx - barW / 2 });
    // Equal figures get one label over the pair, so agreement reads at a glance.
    const same = bars.length === 2 && shortValue(bars[0].value, chart) === shortValue(bars[1].value, chart);
    for (const b of bars) {
      const top = Math.min(y(b.value), y(0));
      const h = Math.max(1, Math.abs(y(b.value) - y(0)));
      parts.push(`<rect class="${b.cls}" x="${b.x.toFixed(1)}" y="${top.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}"><title>${esc(b.tip)}</title></rect>`);
      if (!labelled || (same && b !== bars[0])) continue;
      const lx = same ? cx : b.x + barW / 2;
      const ly = (same ? Math.min(y(bars[0].value), y(bars[1].value), y(0)) : top) - 4;
      parts.push(`<text class="value" x="${lx.toFixed(1)}" y="${ly.toFixed(1)}" text-anchor="middle">${esc(shortValue(b.value, chart))}</text>`);
    }
    parts.push(`<text class="axis" x="${cx.toFixed(1)}" y="${HEIGHT - PAD.bottom + 16}" text-anchor="middle">${esc(p.label)}</text>`);
  });
  // Legend.
  const ly = 11;
  const lx = WIDTH - PAD.right - 124;
  parts.push(`<rect class="bar-draft" x="${lx}" y="${ly - 9}" width="10" height="10"/><text class="axis" x="${lx + 14}" y="${ly}">Draft</text>`);
  parts.push(`<rect class="bar-data" x="${lx + 60}" y="${ly - 9}" width="10" height="10"/><text class="axis" x="${lx + 74}" y="${ly}">Dataset</text>`);
  parts.push('</svg>');
  return parts.join('');
}

const SYMBOLS: Record<string, string> = { USD: '$', EUR: '€', GBP: '£', JPY: '¥', CNY: 'CN¥' };

/** "$13.1B", "57%", "800M": axis and bar labels, where a full "13.1 billion" will not fit. */
export function shortValue(v: number, chart: Pick<ReportChart, 'unit' | 'currency'>): string {
  if (!Number.isFinite(v)) return '';
  if (chart.unit === 'percent') return `${trim(v)}%`;
  const a = Math.abs(v);
  const [div, suffix] = a >= 1e12 ? [1e12, 'T'] : a >= 1e9 ? [1e9, 'B'] : a >= 1e6 ? [1e6, 'M'] : a >= 1e3 ? [1e3, 'K'] : [1, ''];
  const num = `${trim(v / div)}${suffix}`;
  if (chart.unit !== 'money') return num;
  const sym = SYMBOLS[chart.currency ?? 'USD'];
  return sym ? (v < 0 ? `-${sym}${num.slice(1)}` : `${sym}${num}`) : `${num} ${chart.currency}`;
}

function trim(x: number): string {
  const r = Math.round(x * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}
