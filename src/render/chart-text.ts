import type { Answer } from '../model/answer.js';
import { textBars } from '../chart/table.js';

/** A profile's facts and a chart as a compact text bar chart, for the terminal. */
export function chartText(answer: Answer): string[] {
  const lines: string[] = [];
  const p = answer.profile;
  if (p) {
    if (p.descriptions.length) lines.push(`Described as: ${p.descriptions.slice(0, 6).join('; ')}`);
    if (p.outlets.length) lines.push(`Outlets: ${p.outlets.join(', ')}`);
  }
  if (answer.chart) {
    lines.push('', `${answer.chart.title} (${answer.chart.measure})`, ...textBars(answer.chart));
    for (const f of answer.chart.flags ?? []) lines.push(`⚠ ${f.label}: ${f.note}`);
  }
  if (p && answer.results.length) lines.push('', `Most-carried quotations (by how many articles carry them):`);
  return lines;
}
