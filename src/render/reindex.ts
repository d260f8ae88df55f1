import type { ReindexReport } from '../service/coverage.js';

const signed = (n: number): string => (n > 0 ? `+${n}` : `${n}`);

/** A reindex report as plain text lines, for the console, the CLI and logs. */
export function renderReindex(r: ReindexReport): string {
  if (r.busy) return r.error ?? 'A reindex is already running.';
  const lines: string[] = [];
  if (!r.ok) lines.push(`Reindex failed: ${r.error ?? 'unknown error'}`, 'The previous index is still answering.');
  else {
    const c = r.counts;
    const d = r.delta;
    lines.push(`Reindexed in ${(r.durationMs / 1000).toFixed(1)} s: ${c.articles} articles, ${c.quotes} quotes, ${c.facts} facts, ${c.speakers} speakers.`);
    lines.push(`Change: articles ${signed(d.articles)}, quotes ${signed(d.quotes)}, facts ${signed(d.facts)}.`);
    if (d.added.length) lines.push(`Added: ${d.added.join(', ')}`);
    if (d.changed.length) lines.push(`Changed: ${d.changed.join(', ')}`);
    if (d.removed.length) lines.push(`Removed: ${d.removed.join(', ')}`);
  }
  if (r.notice) lines.push(`Note: ${r.notice}`);
  if (r.warnings.length) {
    lines.push(`Skipped ${r.warnings.length} file(s):`);
    for (const w of r.warnings) lines.push(`  - ${w.file}: ${w.reason}`);
  }
  return lines.join('\n');
}
