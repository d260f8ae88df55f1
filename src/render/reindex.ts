import type { LoadWarning } from '../model/article.js';
import type { ReindexReport } from '../service/coverage.js';
import { isSidecarWarning } from '../corpus/load.js';

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
  lines.push(...warningLines(r.warnings));
  return lines.join('\n');
}

/**
 * Skipped article files, then warnings about sidecars (whose articles loaded), one line each under
 * a heading. Past `shown` lines the rest is a count, with where to see them all.
 */
export function warningLines(warnings: readonly LoadWarning[], shown = Infinity): string[] {
  const skipped = warnings.filter((w) => !isSidecarWarning(w));
  const sidecars = warnings.filter(isSidecarWarning);
  const lines: string[] = [];
  let listed = 0;
  const group = (heading: string, list: readonly LoadWarning[]): void => {
    const take = list.slice(0, Math.max(0, shown - listed));
    if (!take.length) return;
    lines.push(heading, ...take.map((w) => `  - ${w.file}: ${w.reason}`));
    listed += take.length;
  };
  group(`Skipped ${skipped.length} file(s):`, skipped);
  group(`Sidecar warnings (${sidecars.length}):`, sidecars);
  const more = warnings.length - listed;
  if (more > 0) lines.push(`  …and ${more} more; /reindex lists them all.`);
  return lines;
}
