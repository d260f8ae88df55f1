import { lstat, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ImportRefused, type FetchPolicy, type ImportInput } from '../corpus/import/index.js';
import type { AddProgress, AddReport, RemoveReport } from '../service/library.js';
import type { CoverageService } from '../service/coverage.js';
import { renderJson } from '../render/json.js';
import { terminalProgress, type Progress } from './progress.js';

/**
 * `add <url|file>` and `remove <id>` for the command line and the console: what the argument
 * names, the work with its progress, and the result as text or as one JSON document.
 */

/** A web address (anything with a scheme, so `ftp://…` is refused by the importer with its reason), else a local file. */
export async function sourceInput(arg: string, policy: FetchPolicy): Promise<ImportInput> {
  const source = arg.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) return { kind: 'url', url: source };
  const st = await lstat(source).catch(() => null);
  if (!st) throw new ImportRefused(`${source} is neither a web address (http:// or https://) nor a file that exists.`, 'unreadable');
  if (!st.isFile()) throw new ImportRefused(`${source} is not a regular file.`, 'unreadable');
  if (st.size > policy.maxBytes)
    throw new ImportRefused(
      `${path.basename(source)} is ${(st.size / 1048576).toFixed(1)} MB; files over ${(policy.maxBytes / 1048576).toFixed(1)} MB are not accepted.`,
      'too-large',
    );
  return { kind: 'file', name: path.basename(source), bytes: await readFile(source) };
}

/** Adds one source, reporting each step to `progress`; a source refused before the import is reported like any refusal. */
export async function addFrom(service: CoverageService, arg: string, progress: Progress): Promise<AddReport> {
  let input: ImportInput;
  try {
    input = await sourceInput(arg, service.importPolicy);
  } catch (err) {
    if (err instanceof ImportRefused) return { ok: false, refused: err.reason, code: err.code, warnings: [] };
    throw err;
  }
  try {
    return await service.add(input, (p) => showStep(progress, p));
  } finally {
    progress.stop();
  }
}

function showStep(progress: Progress, p: AddProgress): void {
  if (p.step === 'extracting') progress.update(p.done, p.total, 'Extracting');
  else if (p.step === 'fetching') progress.note(`Fetching ${p.source}`);
  else if (p.step === 'written') progress.note(`Saved as ${p.id}${p.status === 'updated' ? ' (replacing the earlier version from the same link)' : ''}`);
}

/**
 * `add <source>...`: one source shows its steps; several show one bar over the sources, then one
 * over the extraction (all are written, then indexed together; a refused source leaves the others in). Prints the result as
 * text or one JSON document (`{"sources": [...]}` for several); exit code 1 when any was refused.
 */
export async function runAdd(service: CoverageService, sources: readonly string[], json: boolean, out: NodeJS.WritableStream): Promise<number> {
  const progress = terminalProgress();
  let reports: AddReport[];
  if (sources.length === 1) reports = [await addFrom(service, sources[0], progress)];
  else {
    try {
      reports = await addAllFrom(service, sources, progress);
    } finally {
      progress.stop();
    }
  }
  const doc = reports.length === 1 ? addJson(reports[0]) : { sources: reports.map(addJson) };
  out.write(`${json ? renderJson(doc) : reports.map(addText).join('\n\n')}\n`);
  return reports.every((r) => r.ok) ? 0 : 1;
}

/** Several sources with one reindex for all (service.addMany); one that cannot be read is refused on its own. */
async function addAllFrom(service: CoverageService, sources: readonly string[], progress: Progress): Promise<AddReport[]> {
  const reports: Array<AddReport | null> = [];
  const inputs: ImportInput[] = [];
  for (const source of sources) {
    try {
      inputs.push(await sourceInput(source, service.importPolicy));
      reports.push(null);
    } catch (err) {
      if (!(err instanceof ImportRefused)) throw err;
      reports.push({ ok: false, refused: err.reason, code: err.code, warnings: [] });
    }
  }
  // One count over every source named (those refused before the import are already done), then the extraction's.
  let imported = sources.length - inputs.length;
  let importing = true;
  const allImported = () => {
    if (importing) progress.update(sources.length, sources.length, 'Importing');
    importing = false;
  };
  progress.update(0, sources.length, 'Importing');
  const added = await service.addMany(inputs, (p) => {
    if (p.step === 'fetching') progress.update(imported++, sources.length, 'Importing');
    else if (p.step === 'extracting') {
      allImported();
      progress.update(p.done, p.total, 'Extracting');
    }
  });
  allImported();
  return reports.map((r) => r ?? (added.shift() as AddReport));
}

/** The one JSON document of `add --json`. */
export function addJson(report: AddReport): Record<string, unknown> {
  if (!report.ok) return { refused: report.refused, code: report.code, warnings: report.warnings };
  const { id, title, date, outlet, url, quotes, facts, status } = report.added;
  return { added: { id, title, date, outlet, url, quotes, facts }, status, warnings: report.warnings, ...(report.notice ? { notice: report.notice } : {}) };
}

/** The one JSON document of `remove --json`. */
export function removeJson(report: RemoveReport): Record<string, unknown> {
  if (!report.ok) return { refused: report.refused, code: report.code };
  return { removed: report.removed, ...(report.notice ? { notice: report.notice } : {}) };
}

export function addText(report: AddReport): string {
  if (!report.ok) return `Not added: ${report.refused}`;
  const a = report.added;
  const verb = a.status === 'added' ? 'Added' : a.status === 'updated' ? 'Updated' : 'Already up to date';
  const lines = [
    `${verb}: ${a.title}`,
    `  id      ${a.id}`,
    `  date    ${a.date ?? 'unknown'}`,
    `  outlet  ${a.outlet ?? 'unknown'}`,
    ...(a.url ? [`  link    ${a.url}`] : []),
    `  found   ${a.quotes} quotation${a.quotes === 1 ? '' : 's'}, ${a.facts} fact${a.facts === 1 ? '' : 's'}`,
    ...report.warnings.map((w) => `  note    ${w}`),
    ...(report.notice ? [`  note    ${report.notice}`] : []),
  ];
  return lines.join('\n');
}

export function removeText(report: RemoveReport): string {
  if (!report.ok) return `Not removed: ${report.refused}`;
  const r = report.removed;
  return [`Removed: ${r.title} (${r.id})`, ...(report.notice ? [`  note    ${report.notice}`] : [])].join('\n');
}
