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

/** What a corpus source gave: its articles, and why anything else it holds was left out. */
export interface Corpus {
  /** Where the articles came from, for messages ("the corpus folder /srv/news"). */
  dir: string;
  articles: Article[];
  warnings: LoadWarning[];
}
