/** A piece of an article's text, always with offsets into the text exactly as read from disk. */
export interface Span {
  text: string;
  start: number;
  end: number;
}

/** One article of the corpus: one file in the corpus folder. */
export interface Article {
  /** File name without its extension; stable across reindexes. */
  id: string;
  /** File name relative to the corpus folder, for warnings and citations. */
  file: string;
  title: string;
  /** ISO date (YYYY-MM-DD) when known from a dateline or sidecar, else null. */
  date: string | null;
  outlet: string | null;
  url: string | null;
  /** Full text as read (BOM removed). Every offset in every record points into this string. */
  text: string;
  paragraphs: Span[];
  /** sha256 of the file's bytes (and sidecar), used for snapshots and incremental reindex. */
  hash: string;
}

/** Why a corpus file was not loaded, or (for a sidecar) what of it was not used. */
export interface LoadWarning {
  file: string;
  reason: string;
}

/** What a stat of a file says about it without reading it; equal stamps mean "probably unchanged". */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  /** The kernel sets ctime on every change and it cannot be set back: it catches edits whose mtime was restored. */
  ctimeMs: number;
  ino: number;
  dev: number;
  /** The article's `<id>.json` sidecar, when it has one: a sidecar edit changes the article too. */
  sidecar?: FileStamp;
}

/** How a folder looked when loadCorpus read it, so a later load can skip files that have not changed. */
export interface CorpusScan {
  /** Date.now() before the folder was listed: stamps are trusted only when clearly older than this. */
  startedAt: number;
  /** Stamps of the loaded articles (not of skipped files), by file name. */
  stamps: ReadonlyMap<string, FileStamp>;
}

export interface Corpus {
  dir: string;
  articles: Article[];
  warnings: LoadWarning[];
  /** Set by loadCorpus; a Corpus without it simply gives a later load nothing to reuse. */
  scan?: CorpusScan;
}
