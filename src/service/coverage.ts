import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { Corpus, LoadWarning } from '../model/article.js';
import type { Article } from '../model/article.js';
import { splitParagraphs } from '../corpus/load.js';
import { FolderSource, type CorpusSource } from '../corpus/source.js';
import { derivedFingerprint, extractorFingerprint } from '../index/fingerprint.js';
import { buildIndexData, corpusHash, openIndex, openIndexSliced, settleIndex, type CoverageIndex, type IndexData } from '../index/build.js';
import { Slicer, runSliced } from '../runtime/slices.js';
import { readSavedIndex, joinCorpus, writeSnapshot, SnapshotError, removeStaleTemps, type SavedIndex } from '../index/snapshot.js';
import { FactsUnreadable } from '../index/facts.js';
import { ExtractionPool, type ExtractResult } from '../runtime/workers.js';
import { prepareAsk } from '../answer/match.js';
import { context } from '../answer/context.js';
import { COMMAND_TABLE, answerCommand, type CommandSpec, type QueryName } from '../answer/commands.js';
import { cleanQuery } from '../answer/query.js';
import { shorten } from '../corpus/title.js';
import { quotedSpeakers } from '../answer/speakers.js';
import { CorpusLibrary } from '../corpus/library.js';
import { defaultPolicy, type FetchPolicy, type ImportInput } from '../corpus/import/index.js';
import {
  addSource,
  addSources,
  countingExtract,
  removeSource,
  type AddProgress,
  type AddReport,
  type AddedArticle,
  type LibraryHost,
  type RemoveReport,
  type ReindexProgress,
} from './library.js';
import type { IndexCounts, ReindexReport } from './reports.js';

export type { IndexCounts, ReindexReport, ReindexSteps } from './reports.js';

/** Where the articles come from: a corpus folder, or any other corpus source. */
export type ServiceOptions = ServiceSettings & ({ seedsDir: string; source?: undefined } | { source: CorpusSource; seedsDir?: undefined });

export interface ServiceSettings {
  /** Where the snapshot lives; null keeps the index in memory only. */
  indexPath: string | null;
  maxFileBytes?: number;
  /** Runs extraction; by default on the service's worker threads, never on the thread that answers. */
  extract?: (articles: Article[]) => Promise<readonly ExtractResult[]>;
  log?: (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;
  /** Limits for /addsource's fetches (issue 15); by default FETCH_ALLOW_PRIVATE from the environment and the standard caps. */
  importPolicy?: FetchPolicy;
  /** Replaces the in-process rebuild: a replica over a shared store reindexes through its job queue (src/replica/replica.ts). */
  rebuild?: () => Promise<ReindexReport>;
  /** Answers read from a shared store per query instead of the live index (a scoped replica, src/replica/scoped.ts). */
  remote?: RemoteAnswers;
}

/**
 * What a service answers from when it holds no whole index: each call reads what it needs (from
 * a shared store), so every face awaits the answer methods (answerAsync…) rather than the sync ones.
 */
export interface RemoteAnswers {
  answer(name: QueryName, args: readonly string[]): Promise<Answer>;
  context(recordId: string): Promise<AnswerResult | null>;
  suggest(kind: SuggestKind, prefix: string, limit: number): Promise<Choice[]>;
  counts(): IndexCounts;
  /** An article read for a recent answer (to title an "Also in" list), or undefined. */
  articleRef(id: string): SourceRef | undefined;
}

export type SuggestKind = 'quotes' | 'speakers' | 'articles';

export interface Choice {
  name: string;
  value: string;
}

/**
 * The one stateful object every face talks to: holds the live index, answers from it, and
 * rebuilds a new one beside it on reindex, swapping only when the build is complete.
 */
export class CoverageService {
  private live: CoverageIndex;
  private running: Promise<ReindexReport> | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** Work a start from a snapshot left for the background (see settleLater); a reindex or save waits for it. */
  private settling: Promise<boolean> = Promise.resolve(true);
  /** Writes added articles into the corpus folder; made on the first /addsource or /removesource. */
  private library: CorpusLibrary | null | undefined;
  private constructor(
    private readonly options: ServiceOptions,
    index: CoverageIndex,
    private readonly source: CorpusSource,
    private readonly pool: ExtractionPool,
    readonly startNotice?: string,
  ) {
    this.live = index;
  }

  /**
   * A service over an index built elsewhere (a version from a shared store): it answers from
   * `index` until `adopt` hands it a newer one, and reindexes with `settings.rebuild`.
   */
  static fromIndex(index: CoverageIndex, settings: ServiceSettings & { source: CorpusSource }): CoverageService {
    return new CoverageService({ ...settings, indexPath: null }, index, settings.source, new ExtractionPool());
  }

  /** Swaps in a complete newer index whole, as a reindex does; answers in flight finish on the old one. */
  adopt(index: CoverageIndex): void {
    this.live = index;
    this.settling = Promise.resolve(true);
    void runSliced(prepareAsk(index), new Slicer());
  }

  /** Loads the snapshot when it matches the corpus folder, else builds (and saves) a new index. */
  static async open(options: ServiceOptions): Promise<CoverageService> {
    const source = options.source ?? new FolderSource(options.seedsDir, { maxBytes: options.maxFileBytes });
    let notice: string | undefined;
    const damaged = (err: unknown): null => {
      notice = `${(err as Error).message} Rebuilding from the corpus.`;
      options.log?.('warn', notice);
      return null;
    };
    const readSaved = async (indexPath: string): Promise<SavedIndex | null> => {
      const stale = await removeStaleTemps(indexPath);
      if (stale.length) options.log?.('warn', 'removed unfinished snapshot files left by an interrupted save', { files: stale });
      return readSavedIndex(indexPath).catch(damaged);
    };
    // The folder is read while the snapshot file loads: neither waits for the other's I/O.
    const [corpus, saved] = await Promise.all([source.load(), options.indexPath ? readSaved(options.indexPath) : Promise.resolve(null)]);
    const snapshot = saved && tryJoin(saved, corpus.articles, options.indexPath ?? '', damaged);
    if (snapshot && snapshot.extractor !== extractorFingerprint()) {
      notice = 'The extraction code changed since the saved index was built; re-extracting every article.';
      options.log?.('info', notice);
    }
    try {
      return await CoverageService.start(options, source, corpus, snapshot, notice);
    } catch (err) {
      // Facts are parsed when first read (see settleLater): a slow open reads them all, and a
      // damaged one surfaces here, past the checks at read time.
      if (!(err instanceof SnapshotError || err instanceof FactsUnreadable) || !snapshot) throw err;
      damaged(err);
      return CoverageService.start(options, source, corpus, null, notice);
    }
  }

  private static async start(
    options: ServiceOptions,
    source: CorpusSource,
    corpus: Corpus,
    snapshot: IndexData | null,
    notice: string | undefined,
  ): Promise<CoverageService> {
    if (snapshot && snapshot.extractor === extractorFingerprint() && snapshot.corpusHash === corpusHash(corpus.articles)) {
      const index = openIndex({ ...snapshot, warnings: corpus.warnings });
      const service = new CoverageService(options, index, source, new ExtractionPool(), notice);
      service.settleLater();
      if (snapshot.derived?.code !== derivedFingerprint() || index.restoreNote) service.resave(index.restoreNote);
      // Only the service's own workers need warming; a caller that extracts its own way has none.
      if (!options.extract) warmUpLater(service.pool);
      return service;
    }
    const pool = new ExtractionPool();
    const data = await buildIndexData(corpus.articles, corpus.warnings, snapshot, options.extract ?? pool.extract).catch(async (err: unknown) => {
      await pool.close();
      throw err;
    });
    const service = new CoverageService(options, openIndex(data), source, pool, notice);
    await service.save(data, service.live).catch((err: Error) => service.logSaveFailure(err));
    return service;
  }

  /**
   * A snapshot whose saved start-up work was made by older search code (or that the search engine
   * refused, `reason`) opens slowly (the work is redone); saving it again, in the background,
   * makes the next start fast again.
   */
  private resave(reason?: string): void {
    const { data } = this.live;
    this.options.log?.('info', 'the saved index was made by older search code; saving it again for a faster next start', reason ? { reason } : undefined);
    this.save(data, this.live).catch((err: Error) => this.options.log?.('warn', err.message));
  }

  /**
   * A start from a snapshot answers before every article's facts are parsed (see
   * src/index/facts.ts); they are parsed here in slices beside answers, then the speaker
   * merge's name families are made (for a quick first reindex) and /ask's word caches built. An
   * /ask before it finishes builds what it still needs on the spot: no answer differs, it only waits.
   */
  private settleLater(): void {
    const index = this.live;
    const work = function* (): Generator<void, FactsUnreadable | null> {
      const unreadable = yield* settleIndex(index);
      if (unreadable) return unreadable;
      yield* prepareAsk(index);
      return null;
    };
    // Only a file that passed its checksum gets here, so only a bug: re-extract rather than trust it.
    const reextract = (err: Error): false => {
      this.options.log?.('error', 'could not finish reading the saved index; extracting every article again', { error: err.message });
      setImmediate(() => void this.reindex());
      return false;
    };
    this.settling = runSliced(work(), new Slicer()).then((unreadable) => (unreadable ? reextract(unreadable) : true), reextract);
  }

  /** Resolves once the background work of a start from a snapshot is done (see settleLater); false when it failed. */
  settled(): Promise<boolean> {
    return this.settling;
  }

  get index(): CoverageIndex {
    return this.live;
  }

  get reindexing(): boolean {
    return this.running !== null;
  }

  counts(index?: CoverageIndex): IndexCounts {
    if (!index && this.options.remote) return this.options.remote.counts();
    index ??= this.live;
    const x = index.extraction;
    // The store's count: reading the facts themselves would parse any not yet parsed (see settleLater).
    return { articles: index.data.articles.length, quotes: x.quotes.length, facts: index.facts.count, speakers: x.entities.length };
  }

  /** Any query command of the table, with its arguments in the table's order. */
  answer(name: QueryName, args: readonly string[]): Answer {
    return answerCommand(this.live, name, args);
  }

  /**
   * The answer every face awaits: from the live index (the embedded mode, the same as `answer`),
   * or read per query from a shared store (a scoped replica).
   */
  async answerAsync(name: QueryName, args: readonly string[]): Promise<Answer> {
    const remote = this.options.remote;
    return remote ? remote.answer(name, args) : this.answer(name, args);
  }

  /** Like answerAsync, but a command with a stepwise answer runs it in slices, so other interactions are answered in between. */
  async answerSliced(name: QueryName, args: readonly string[]): Promise<Answer> {
    const spec: CommandSpec = COMMAND_TABLE[name];
    if (this.options.remote || !spec.steps) return this.answerAsync(name, args);
    return runSliced(spec.steps(this.live, args), new Slicer());
  }

  /** An article by id, to title an "Also in" list: from the live index, or what a remote answer read. */
  articleRef(id: string): SourceRef | undefined {
    const remote = this.options.remote;
    if (remote) return remote.articleRef(id);
    const a = this.live.search.articles.get(id);
    return a ? { id: a.id, title: a.title, date: a.date, outlet: a.outlet } : undefined;
  }

  /** The "Show context" paragraph, from wherever answers come from (see answerAsync). */
  async contextAsync(recordId: string): Promise<AnswerResult | null> {
    const remote = this.options.remote;
    return remote ? remote.context(recordId) : this.context(recordId);
  }

  /** Autocomplete choices, from wherever answers come from (see answerAsync). */
  async suggestAsync(kind: SuggestKind, prefix: string, limit = 25): Promise<Choice[]> {
    const remote = this.options.remote;
    if (remote) return remote.suggest(kind, prefix, limit);
    if (kind === 'articles') return this.suggestArticles(prefix, limit);
    return kind === 'quotes' ? this.suggestQuotes(prefix, limit) : this.suggestSpeakers(prefix, limit);
  }

  whosaid(text: string): Answer {
    return this.answer('whosaid', [text]);
  }

  quote(topic: string, speaker?: string): Answer {
    return this.answer('quote', speaker ? [topic, speaker] : [topic]);
  }

  ask(question: string): Answer {
    return this.answer('ask', [question]);
  }

  sources(): Answer {
    return this.answer('sources', []);
  }

  help(): Answer {
    return this.answer('help', []);
  }

  /** The paragraph around a quote or fact ("Show context"); null when it is no longer indexed. */
  context(recordId: string): AnswerResult | null {
    return context(this.live, recordId);
  }

  /** Quotations whose words match what the user is typing (autocomplete). */
  suggestQuotes(prefix: string, limit = 25): Choice[] {
    const q = cleanQuery(prefix);
    const hits = q.ok ? this.live.search.findQuotes({ text: q.text.slice(0, 100), mode: 'phrase', limit }) : [];
    const seen = new Set<string>();
    return hits
      .map((h) => shorten(h.record.text, 100))
      .filter((name) => !seen.has(name) && seen.add(name))
      .map((name) => ({ name, value: name }));
  }

  /** Known speakers matching what the user is typing (autocomplete). */
  suggestSpeakers(prefix: string, limit = 25): Choice[] {
    const q = cleanQuery(prefix);
    return quotedSpeakers(this.live, q.ok ? q.text.slice(0, 100) : '', limit).map((h) => ({
      name: shorten(h.record.name, 100),
      value: shorten(h.record.name, 100),
    }));
  }

  /**
   * Rebuilds from the corpus folder. Only one runs at a time: a second call while one runs gets
   * `busy`. On failure the live index is untouched and the report says why.
   */
  async reindex(onProgress?: ReindexProgress): Promise<ReindexReport> {
    if (this.running)
      return { ...this.emptyReport(), ok: false, busy: true, error: 'A reindex is already running; its result will be posted when it finishes.' };
    this.running = this.options.rebuild ? this.options.rebuild() : this.rebuild(onProgress);
    try {
      return await this.running;
    } finally {
      this.running = null;
    }
  }

  /** Waits for a running reindex to finish (it saves its snapshot atomically), for clean shutdown. */
  async drain(): Promise<void> {
    await this.running?.catch(() => undefined);
    await this.saving;
  }

  /** Drains, then stops the extraction workers: a closed service no longer reindexes. */
  async close(): Promise<void> {
    await this.drain();
    await this.pool.close();
  }

  private async rebuild(onProgress?: ReindexProgress): Promise<ReindexReport> {
    const started = Date.now();
    const before = this.live;
    let warnings: LoadWarning[] = before.data.warnings;
    try {
      // Records whose saved facts could not be read are not reused: every article is extracted again.
      const reusable = await this.settling;
      const clock = stepClock(started);
      const corpus = await this.source.load();
      const loadMs = clock();
      warnings = corpus.warnings;
      if (corpus.articles.length === 0) {
        const why = corpus.warnings.length ? ` (${corpus.warnings.length} file(s) skipped)` : '';
        throw new Error(`No readable articles in the corpus folder${why}; keeping the previous index.`);
      }
      const data = await buildIndexData(corpus.articles, corpus.warnings, reusable ? before.data : null, this.extractor(onProgress));
      const extractMs = clock();
      const next = await openIndexSliced(data, reusable ? before : undefined);
      const openMs = clock();
      this.live = next;
      this.settling = Promise.resolve(true);
      void runSliced(prepareAsk(next), new Slicer());
      const liveMs = Date.now() - started;
      const notice = await this.save(data, next).then(
        () => undefined,
        (err: Error) => {
          this.logSaveFailure(err);
          return `${err.message.replace(/\.?$/, '.')} The new index is live in memory; the previous snapshot is kept.`;
        },
      );
      const steps = { loadMs, extractMs, openMs, liveMs, saveMs: clock() };
      const delta = diff(before, next, this.counts(before), this.counts(next));
      this.options.log?.('info', 'reindex done', { ...steps, added: delta.added.length, removed: delta.removed.length, changed: delta.changed.length });
      return { ok: true, counts: this.counts(next), delta, warnings: corpus.warnings, notice, durationMs: Date.now() - started, steps };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      this.options.log?.('error', 'reindex failed', { error: message });
      return { ...this.emptyReport(), ok: false, error: message, warnings, durationMs: Date.now() - started };
    }
  }

  /** The extraction a reindex runs, counting articles as they finish when someone watches. */
  private extractor(onProgress?: ReindexProgress): (articles: Article[]) => Promise<readonly ExtractResult[]> {
    const extract = this.options.extract ?? this.pool.extract;
    return onProgress ? countingExtract(extract, onProgress) : extract;
  }

  /**
   * Adds an article from a link or a file to the corpus folder, then reindexes (issue 15). A
   * refused source changes nothing; the previous index answers until the new one is live.
   */
  add(input: ImportInput, onProgress?: (p: AddProgress) => void): Promise<AddReport> {
    return addSource(this.libraryHost(), input, onProgress);
  }

  /** Adds several sources with one reindex for all of them (a feed poll's new items, `cli add a b c`); one report per source, in order. */
  addMany(inputs: readonly ImportInput[], onProgress?: (p: AddProgress) => void): Promise<AddReport[]> {
    return addSources(this.libraryHost(), inputs, onProgress);
  }

  /** Removes an article's files from the corpus folder, then reindexes. */
  remove(id: string): Promise<RemoveReport> {
    return removeSource(this.libraryHost(), id);
  }

  /** Indexed articles whose id or title matches what the user is typing (autocomplete for /removesource). */
  suggestArticles(prefix: string, limit = 25): Choice[] {
    const typed = prefix.trim().toLowerCase();
    return this.live.data.articles
      .filter((a) => !typed || a.id.toLowerCase().includes(typed) || a.title.toLowerCase().includes(typed))
      .slice(0, limit)
      .map((a) => ({ name: shorten(`${a.title} (${a.id})`, 100), value: a.id.slice(0, 100) }));
  }

  /** The limits every fetch for /addsource keeps to (an attachment's download too). */
  get importPolicy(): FetchPolicy {
    return this.options.importPolicy ?? defaultPolicy();
  }

  private libraryHost(): LibraryHost {
    if (this.library === undefined) this.library = this.source instanceof FolderSource ? new CorpusLibrary(this.source.dir, this.options.maxFileBytes) : null;
    return {
      library: this.library,
      policy: this.importPolicy,
      reindex: (progress) => this.reindexWhenFree(progress),
      indexed: (id) => this.indexedArticle(id),
      whyLeftOut: (file) => this.live.data.warnings.find((w) => w.file === file)?.reason,
    };
  }

  /** A reindex after any running one, rather than "busy": the caller's change must be indexed. */
  private async reindexWhenFree(onProgress?: ReindexProgress): Promise<ReindexReport> {
    for (;;) {
      await this.running?.catch(() => undefined);
      const report = await this.reindex(onProgress);
      if (!report.busy) return report;
    }
  }

  private indexedArticle(id: string): AddedArticle | undefined {
    const article = this.live.data.articles.find((a) => a.id === id);
    if (!article) return undefined;
    const counts = this.sources().results.find((r) => r.source.id === id)?.counts ?? { quotes: 0, facts: 0 };
    const { title, date, outlet, url } = article;
    return { id, title, date, outlet, url, quotes: counts.quotes, facts: counts.facts, status: 'added' };
  }

  private emptyReport(): ReindexReport {
    const counts = this.counts();
    return {
      ok: false,
      counts,
      delta: { articles: 0, quotes: 0, facts: 0, speakers: 0, added: [], removed: [], changed: [] },
      warnings: this.live.data.warnings,
      durationMs: 0,
    };
  }

  /** The operator's record of a failed save (a full disk, a missing folder): the index stays in memory only. */
  private logSaveFailure(err: Error): void {
    this.options.log?.('error', 'could not save the index snapshot; answering from memory, the previous snapshot is kept', {
      path: this.options.indexPath,
      error: err.message,
    });
  }

  /** Saves one snapshot at a time, in the order asked: an older index never lands over a newer one. */
  private save(data: IndexData, index: CoverageIndex): Promise<void> {
    const file = this.options.indexPath;
    if (!file) return Promise.resolve();
    const next = this.saving.then(() => this.settling).then(() => writeSnapshot(file, data, index));
    this.saving = next.catch(() => undefined);
    return next;
  }
}

export { SnapshotError };

/** The snapshot joined to the folder's articles, or null (and a notice) when it is damaged. */
function tryJoin(saved: SavedIndex, articles: readonly Article[], file: string, damaged: (err: unknown) => null): IndexData | null {
  try {
    return joinCorpus(saved, articles, file);
  } catch (err) {
    return damaged(err);
  }
}

/**
 * Opened from a snapshot, no extraction worker has started yet, and the first one pays for
 * loading compromise and compiling its tagger (about 0.5 s here). Starting one on a short
 * invented text while the bot is idle spares the first /reindex; it runs off the main thread.
 */
function warmUpLater(pool: ExtractionPool): void {
  const text = 'Harbour works begin\n\n"We start on Monday," said Ana Ruiz, the port director. The work will cost $2 million.';
  const article: Article = {
    id: 'warm-up',
    file: 'warm-up.txt',
    title: 'Harbour works begin',
    date: null,
    outlet: null,
    url: null,
    text,
    paragraphs: splitParagraphs(text),
    hash: '',
  };
  setTimeout(() => pool.warm(article), 50).unref();
}

/** Milliseconds since the previous call (the first since `from`). */
function stepClock(from: number): () => number {
  let last = from;
  return () => {
    const now = Date.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}

function diff(before: CoverageIndex, after: CoverageIndex, a: IndexCounts, b: IndexCounts): ReindexReport['delta'] {
  const old = new Map(before.data.articles.map((x) => [x.id, x.hash]));
  const now = new Map(after.data.articles.map((x) => [x.id, x.hash]));
  return {
    articles: b.articles - a.articles,
    quotes: b.quotes - a.quotes,
    facts: b.facts - a.facts,
    speakers: b.speakers - a.speakers,
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
  };
}
