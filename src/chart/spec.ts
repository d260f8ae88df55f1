import type { TopLevelSpec } from 'vega-lite';
import type { Chart, ChartRow } from '../model/answer.js';

/** Discord shows embed images up to about this size without scaling them up or cropping. */
export const CHART_WIDTH = 800;
export const CHART_HEIGHT = 450;
export const FONT_FAMILY = 'DejaVu Sans';

/**
 * Okabe & Ito's palette, safe for the common kinds of colour blindness; yellow, hard to read on
 * a light card, comes last. "others" and empty series are drawn in grey.
 */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#D55E00', '#56B4E9', '#CC79A7', '#000000', '#F0E442'];
export const GREY = '#8C8C8C';
const OTHER_SERIES = 'other outlets';

/**
 * The image is a light card with dark text: it reads the same on Discord's dark and light
 * themes, where a transparent background would leave dark text on a dark theme.
 */
export const CARD = { background: '#F2F3F5', text: '#1F2328', grid: '#D0D4DA', flag: '#000000' } as const;

const config = {
  font: FONT_FAMILY,
  background: CARD.background,
  padding: 16,
  title: { fontSize: 18, color: CARD.text, anchor: 'start', offset: 12 },
  axis: {
    labelColor: CARD.text,
    titleColor: CARD.text,
    labelFontSize: 12,
    titleFontSize: 12,
    gridColor: CARD.grid,
    domainColor: CARD.grid,
    tickColor: CARD.grid,
  },
  legend: { labelColor: CARD.text, titleColor: CARD.text, labelFontSize: 12, titleFontSize: 12, labelLimit: 160 },
  header: { labelColor: CARD.text, labelFontSize: 13, labelFontWeight: 'bold' },
  view: { stroke: null },
} as const;

/** A Vega-Lite description of the chart: horizontal bars, or bars per period stacked by series. */
export function chartSpec(chart: Chart): TopLevelSpec {
  return chart.kind === 'bars' ? barSpec(chart) : stackedSpec(chart);
}

function barSpec(chart: Chart): TopLevelSpec {
  const labels = chart.rows.map((r) => r.label);
  const colours = chart.rows.map((r) => (r.label === 'others' ? GREY : PALETTE[0]));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    width: CHART_WIDTH - 2 * config.padding,
    height: CHART_HEIGHT - 2 * config.padding,
    autosize: { type: 'fit', contains: 'padding' },
    config,
    data: { values: chart.rows.map((r) => ({ label: r.label, count: r.count })) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: labels, title: null, axis: { labelLimit: 220 } },
      // Room past the longest bar for its count label.
      x: { field: 'count', type: 'quantitative', title: chart.measure, scale: { domain: [0, headroom(chart.rows)] }, axis: { tickMinStep: 1, format: 'd' } },
    },
    layer: [
      { mark: { type: 'bar' }, encoding: { color: { field: 'label', type: 'nominal', scale: { domain: labels, range: colours }, legend: null } } },
      { mark: { type: 'text', align: 'left', dx: 4, color: CARD.text, fontSize: 12 }, encoding: { text: { field: 'count', type: 'quantitative' } } },
    ],
  };
}

/** Panels stacked top to bottom (articles, then quotations), sharing the periods along x. */
function stackedSpec(chart: Chart): TopLevelSpec {
  const periods = [...new Set(chart.rows.map((r) => r.label))];
  const panels = [...new Set(chart.rows.map((r) => r.panel ?? chart.measure))];
  const ranked = seriesOrder(chart.rows);
  // More outlets than the palette has colours: the smallest share one grey segment.
  const kept = new Set(ranked.slice(0, PALETTE.length - 1));
  const series = ranked.length > PALETTE.length ? [...kept, OTHER_SERIES] : ranked;
  const seriesOf = (s: string): string => (series === ranked || kept.has(s) ? s : OTHER_SERIES);
  const flagged = [...new Set((chart.flags ?? []).map((f) => f.label))];
  const values = chart.rows
    .filter((r) => r.count > 0 && r.series)
    .map((r) => ({ period: r.label, series: seriesOf(r.series ?? ''), panel: r.panel ?? chart.measure, count: r.count }));
  const legendRoom = series.length ? 190 : 0;
  const cellHeight = Math.floor((CHART_HEIGHT - 2 * config.padding - 60 - panels.length * 28) / panels.length);
  const x = {
    field: 'period',
    type: 'ordinal' as const,
    scale: { domain: periods },
    title: null,
    axis: { labelAngle: periods.length > 8 ? -45 : 0, labelOverlap: true },
  };
  const panel = (name: string, first: boolean, last: boolean) => ({
    width: CHART_WIDTH - 2 * config.padding - 70 - legendRoom,
    height: cellHeight,
    title: { text: name, fontSize: 13, anchor: 'start' as const, offset: 4 },
    layer: [
      {
        data: { values: values.filter((v) => v.panel === name) },
        mark: { type: 'bar' as const },
        encoding: {
          x: last ? x : { ...x, axis: { ...x.axis, labels: false, ticks: false } },
          y: { field: 'count', type: 'quantitative' as const, stack: 'zero' as const, title: null, axis: { tickMinStep: 1, format: 'd' } },
          color: {
            field: 'series',
            type: 'nominal' as const,
            scale: { domain: series, range: series.map((s, i) => (s === OTHER_SERIES ? GREY : PALETTE[i])) },
            title: 'outlet',
          },
          order: { field: 'series', sort: 'ascending' as const },
        },
      },
      ...(flagged.length
        ? [
            {
              data: { values: flagged.map((period) => ({ period, note: '⚠ differ' })) },
              mark: { type: 'rule' as const, color: CARD.flag, strokeDash: [4, 3], strokeWidth: 1.5 },
              encoding: { x },
            },
            {
              data: { values: first ? flagged.map((period) => ({ period, note: '⚠ sources differ' })) : [] },
              mark: { type: 'text' as const, color: CARD.flag, dy: -4, baseline: 'bottom' as const, fontSize: 11, y: 0 },
              encoding: { x, text: { field: 'note' } },
            },
          ]
        : []),
    ],
  });
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: chart.title,
    config,
    vconcat: panels.map((name, i) => panel(name, i === 0, i === panels.length - 1)),
    resolve: { scale: { y: 'independent' } },
  } as TopLevelSpec;
}

/** Series by their total, biggest first, so the palette's clearest colours go to the biggest outlets. */
function seriesOrder(rows: readonly ChartRow[]): string[] {
  const totals = new Map<string, number>();
  for (const r of rows) if (r.series && r.count > 0) totals.set(r.series, (totals.get(r.series) ?? 0) + r.count);
  return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([s]) => s);
}

function headroom(rows: readonly ChartRow[]): number {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return max + Math.max(1, Math.ceil(max * 0.08));
}
