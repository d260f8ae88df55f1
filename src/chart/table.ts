import type { Chart, ChartRow } from '../model/answer.js';

/** One period of a stacked chart: its totals per panel and its segments. */
export interface PeriodSummary {
  label: string;
  totals: Map<string, number>;
  /** Per panel, the series and their counts, biggest first. */
  parts: Map<string, Array<{ series: string; count: number }>>;
  flagged: boolean;
}

/** The stacked chart's rows folded per period, in the chart's order. */
export function periods(chart: Chart): PeriodSummary[] {
  const flagged = new Set((chart.flags ?? []).map((f) => f.label));
  const out = new Map<string, PeriodSummary>();
  for (const r of chart.rows) {
    const p = out.get(r.label) ?? { label: r.label, totals: new Map(), parts: new Map(), flagged: flagged.has(r.label) };
    const panel = r.panel ?? chart.measure;
    p.totals.set(panel, (p.totals.get(panel) ?? 0) + r.count);
    if (r.series && r.count > 0) p.parts.set(panel, [...(p.parts.get(panel) ?? []), { series: r.series, count: r.count }]);
    out.set(r.label, p);
  }
  for (const p of out.values()) for (const list of p.parts.values()) list.sort((a, b) => b.count - a.count || a.series.localeCompare(b.series));
  return [...out.values()];
}

/** The panels of a stacked chart, in order of first appearance. */
export function panels(chart: Chart): string[] {
  return [...new Set(chart.rows.map((r) => r.panel ?? chart.measure))];
}

/**
 * The chart's numbers as lines of text: what the embed lists beside the image, the console
 * prints, and the fallback when no image could be drawn. Empty periods are left out here (the
 * image shows them as gaps).
 */
export function chartLines(chart: Chart): string[] {
  if (chart.kind === 'bars') return chart.rows.map((r, i) => `${r.label === 'others' ? '…' : `${i + 1}.`} ${r.label}: ${r.count}`);
  const names = panels(chart);
  return periods(chart)
    .filter((p) => [...p.totals.values()].some((n) => n > 0))
    .map((p) => {
      const main = names[0];
      const split = (p.parts.get(main) ?? []).map((s) => `${s.series} ${s.count}`).join(', ');
      const rest = names.slice(1).map((n) => counted(p.totals.get(n) ?? 0, n));
      return `${p.label}${p.flagged ? ' ⚠' : ''}: ${counted(p.totals.get(main) ?? 0, main)}${split ? ` (${split})` : ''}${rest.length ? `, ${rest.join(', ')}` : ''}`;
    });
}

/** A short description of the image for screen readers (Discord's alt text, at most ~1000 characters). */
export function altText(chart: Chart, max = 1000): string {
  const kind = chart.kind === 'bars' ? 'Horizontal bar chart' : `Stacked bar chart by outlet, panels: ${panels(chart).join(' and ')}`;
  let out = `${kind}. ${chart.title}.`;
  for (const line of chartLines(chart)) {
    if (out.length + line.length + 2 > max) return `${out} …`;
    out += ` ${line}.`;
  }
  return out;
}

/** A compact text bar chart for a terminal: one bar per row, scaled to `width` blocks. */
export function textBars(chart: Chart, width = 30): string[] {
  if (chart.kind === 'bars') return bars(chart.rows, width);
  const names = panels(chart);
  const list = periods(chart);
  const max = Math.max(1, ...list.map((p) => p.totals.get(names[0]) ?? 0));
  const pad = Math.max(...list.map((p) => p.label.length));
  return list.map((p) => {
    const n = p.totals.get(names[0]) ?? 0;
    const rest = names.slice(1).map((name) => counted(p.totals.get(name) ?? 0, name));
    return `${p.label.padEnd(pad)} ${block(n, max, width)} ${counted(n, names[0])}${rest.length ? `, ${rest.join(', ')}` : ''}${p.flagged ? '  ⚠ sources differ' : ''}`;
  });
}

function bars(rows: readonly ChartRow[], width: number): string[] {
  const max = Math.max(1, ...rows.map((r) => r.count));
  const labels = rows.map((r) => (r.label.length > 28 ? `${r.label.slice(0, 27)}…` : r.label));
  const pad = Math.max(...labels.map((l) => l.length));
  return rows.map((r, i) => `${labels[i].padEnd(pad)} ${block(r.count, max, width)} ${r.count}`);
}

/** Whole blocks plus one eighth-block step: a count of 1 among hundreds still shows. */
function block(n: number, max: number, width: number): string {
  const eighths = n > 0 ? Math.max(1, Math.round((n / max) * width * 8)) : 0;
  return '█'.repeat(Math.floor(eighths / 8)) + (eighths % 8 ? '▏▎▍▌▋▊▉'[(eighths % 8) - 1] : '');
}

/** "1 article", "3 articles": panel names are plural nouns. */
function counted(n: number, plural: string): string {
  return `${n} ${n === 1 ? plural.replace(/s$/, '') : plural}`;
}
