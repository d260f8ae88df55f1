import type { Corpus } from '../model/article.js';

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

/** A folder's Corpus with how the folder looked, so the next load of it can reuse unchanged files. */
export interface FolderCorpus extends Corpus {
  /** Set by loadCorpus; a Corpus without it simply gives a later load nothing to reuse. */
  scan?: CorpusScan;
}
