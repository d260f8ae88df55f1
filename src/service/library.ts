import { CorpusError } from '../corpus/load.js';
import { ImportRefused, importArticle, type FetchPolicy, type ImportInput } from '../corpus/import/index.js';
import { type CorpusLibrary, DuplicateStory, LibraryError, type LibraryEntry, type Written } from '../corpus/library.js';
import type { Article } from '../model/article.js';
import type { ExtractResult } from '../runtime/workers.js';
import type { IndexCounts, ReindexReport } from './reports.js';

/** n of N articles extracted so far in a reindex. */
export type ReindexProgress = (done: number, total: number) => void;

/** How an /addsource is getting on, for a face to show while it works. */
export type AddProgress =
  | { step: 'fetching'; source: string }
  | { step: 'fetched'; title: string; chars: number }
  | { step: 'written'; id: string; status: Written['status'] }
  | { step: 'extracting'; done: number; total: number }
  | { step: 'indexed'; counts: IndexCounts };

/** The article an /addsource put into the index, as every face reports it. */
export interface AddedArticle {
  id: string;
  title: string;
  date: string | null;
  outlet: string | null;
  url: string | null;
  quotes: number;
  facts: number;
  /** `updated`: the same URL was already in the corpus; `unchanged`: and its article had not changed. */
  status: Written['status'];
}

export type AddReport =
  | { ok: true; added: AddedArticle; warnings: string[]; notice?: string }
  | { ok: false; refused: string; code: string; warnings: string[] };

export type RemoveReport = { ok: true; removed: LibraryEntry; notice?: string } | { ok: false; refused: string; code: string };

/** What adding and removing need from the service. */
export interface LibraryHost {
  /** Null when the service does not read a corpus folder (nothing to write into). */
  library: CorpusLibrary | null;
  policy: FetchPolicy;
  /** A reindex that waits for one already running instead of reporting busy. */
  reindex(progress?: ReindexProgress): Promise<ReindexReport>;
  /** The indexed article with this id and what was found in it, or undefined when it is not indexed. */
  indexed(id: string): AddedArticle | undefined;
  /** Why the live index left this corpus file out (its load or extraction warning), if it says. */
  whyLeftOut(file: string): string | undefined;
}

export const NOT_A_FOLDER = 'This bot reads its articles from a source other than a corpus folder, so articles cannot be added or removed from here.';

/**
 * Fetches or reads the source, writes the article into the corpus folder, and reindexes. Until the
 * new index is live the previous one answers; a refused source writes nothing, and an article
 * that cannot be indexed is taken out of the folder again, so nothing changes.
 */
export async function addSource(host: LibraryHost, input: ImportInput, onProgress: (p: AddProgress) => void = () => undefined): Promise<AddReport> {
  const [report] = await addSources(host, [input], onProgress);
  return report;
}

/**
 * Several sources with one reindex (a feed poll's new items, `cli add a b c`): each is fetched and
 * written in turn, a refused one reported on its own, then the folder is reindexed once for all
 * that were written. One that the new index lacks is taken out of the folder again and the index
 * rebuilt once more without it. Reports come back in the order of `inputs`.
 */
export async function addSources(
  host: LibraryHost,
  inputs: readonly ImportInput[],
  onProgress: (p: AddProgress) => void = () => undefined,
): Promise<AddReport[]> {
  const { library } = host;
  if (!library) return inputs.map(() => ({ ok: false, refused: NOT_A_FOLDER, code: 'not-a-folder', warnings: [] }));
  const steps: Array<AddReport | { written: Written; warnings: string[] }> = [];
  for (const input of inputs) steps.push(await fetchAndWrite(host, library, input, onProgress));
  const writes = steps.filter((s): s is { written: Written; warnings: string[] } => 'written' in s);
  if (writes.length === 0) return steps as AddReport[];
  const report = await host.reindex((done, total) => onProgress({ step: 'extracting', done, total }));
  const indexed = writes.map((s) => (report.ok ? host.indexed(s.written.id) : undefined));
  const left = writes.filter((_, k) => !indexed[k]).map((s) => s.written);
  // When none of them made it in, the folder ends as it began; otherwise the others stay.
  const after = left.length === writes.length ? 'The corpus is unchanged.' : 'It was taken out of the corpus again.';
  let w = 0;
  const reports = steps.map((s): AddReport => {
    if (!('written' in s)) return s;
    const added = indexed[w++];
    if (added) return { ok: true, added: { ...added, status: s.written.status }, warnings: s.warnings, notice: report.notice };
    const why = report.ok ? (host.whyLeftOut(s.written.file) ?? 'it was not in the new index') : (report.error ?? 'the reindex failed');
    return { ok: false, refused: `The article could not be indexed: ${why}. ${after}`, code: 'not-indexed', warnings: s.warnings };
  });
  for (const written of left) await library.undo(written);
  // The index that just went live holds what was taken out again (or a failed update of it): rebuild it from the restored folder.
  const counts = left.length && report.ok ? (await host.reindex()).counts : report.counts;
  if (left.length < writes.length && report.ok) onProgress({ step: 'indexed', counts });
  return reports;
}

/** Imports one source and writes it into the folder, or says why not (nothing written). */
async function fetchAndWrite(
  host: LibraryHost,
  library: CorpusLibrary,
  input: ImportInput,
  onProgress: (p: AddProgress) => void,
): Promise<AddReport | { written: Written; warnings: string[] }> {
  onProgress({ step: 'fetching', source: input.kind === 'url' ? input.url : input.name });
  try {
    const imported = await importArticle(input, host.policy);
    onProgress({ step: 'fetched', title: imported.title, chars: imported.text.length });
    const written = await library.write(imported);
    onProgress({ step: 'written', id: written.id, status: written.status });
    return { written, warnings: imported.warnings };
  } catch (err) {
    if (err instanceof ImportRefused) return { ok: false, refused: err.reason, code: err.code, warnings: [] };
    if (err instanceof LibraryError) return { ok: false, refused: err.message, code: err instanceof DuplicateStory ? 'duplicate' : 'library', warnings: [] };
    // The corpus folder itself is gone or unreadable: said as it is, nothing was written.
    if (err instanceof CorpusError) return { ok: false, refused: err.message, code: 'library', warnings: [] };
    throw err;
  }
}

/** Deletes the article's files from the corpus folder and reindexes. */
export async function removeSource(host: LibraryHost, id: string): Promise<RemoveReport> {
  const { library } = host;
  if (!library) return { ok: false, refused: NOT_A_FOLDER, code: 'not-a-folder' };
  let removed: LibraryEntry;
  try {
    removed = await library.remove(id.trim());
  } catch (err) {
    if (err instanceof LibraryError) return { ok: false, refused: err.message, code: 'not-found' };
    if (err instanceof CorpusError) return { ok: false, refused: err.message, code: 'library' };
    throw err;
  }
  const report = await host.reindex();
  const notice = report.ok
    ? report.notice
    : `The files are removed, but the reindex failed (${report.error}); the previous index answers, with this article, until the next reindex.`;
  return { ok: true, removed, notice };
}

/** Counts extraction results as they come back: the same work, one article per call so each is counted when done. */
export function countingExtract(extract: Extract, progress: ReindexProgress): Extract {
  return async (articles) => {
    let done = 0;
    progress(0, articles.length);
    return Promise.all(
      articles.map(async (article) => {
        const [result] = await extract([article]);
        progress(++done, articles.length);
        return result;
      }),
    );
  };
}

type Extract = (articles: Article[]) => Promise<readonly ExtractResult[]>;
