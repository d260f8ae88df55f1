import type { Span } from './article.js';
import type { TypedValue } from './records.js';

export type CommandName = 'whosaid' | 'quote' | 'ask' | 'sources' | 'help' | 'reindex' | 'addsource' | 'removesource' | 'speaker' | 'speakers' | 'timeline';

/** How a result cites its article. */
export interface SourceRef {
  id: string;
  title: string;
  date: string | null;
  outlet?: string | null;
  /** The article's link, when it came from the web (shown by /sources). */
  url?: string | null;
}

/** One cited result: a quotation, a fact, or an article (for /sources). */
export interface AnswerResult {
  kind: 'quote' | 'fact' | 'article';
  /** The quotation, the fact's answer value, or the article title. */
  text: string;
  speaker: string | null;
  /** The cue ("said", "wrote") for quotes. */
  cue?: string | null;
  source: SourceRef;
  /** The cited passage, verbatim, with offsets into the source article. */
  passage: Span;
  /** Spans to mark, as offsets relative to `passage.text` (the matched words / the value). */
  highlights?: Array<{ start: number; end: number }>;
  /** 0..1, higher is better. */
  score: number;
  /** Other article ids carrying the same quotation or stating the same value. */
  alsoIn: string[];
  /** For facts: the typed value(s) that answer the question. */
  values?: TypedValue[];
  /** The record this result comes from (quote or fact id). */
  recordId?: string;
  /** For /sources: counts for the article. */
  counts?: { quotes: number; facts: number };
}

/** What every face renders: console, Discord, JSON. Plain data only. */
export interface Answer {
  command: CommandName;
  query: string;
  found: boolean;
  /** A one-line answer ("Ana Ruiz", "3 towns: Millbrook, Ashford, …"). */
  answer?: string;
  /** An explanation for users when nothing was found or the input was rejected. */
  message?: string;
  /** True when the sources give different values for the same question. */
  sourcesDiffer?: boolean;
  results: AnswerResult[];
  /** "Did you mean" suggestions when nothing was found. */
  suggestions?: string[];
  /** The numbers behind a chart (/speaker, /speakers, /timeline): drawn as an image, listed as text, returned as JSON. */
  chart?: Chart;
  /** /speaker: who the speaker is in the coverage; `results` carry their most-carried quotations. */
  profile?: SpeakerProfile;
}

/** One bar, or one segment of a stacked bar. */
export interface ChartRow {
  /** The bar's label: a speaker, a word, a period ("2024-05-01", "week of 2024-05-06"). */
  label: string;
  count: number;
  /** Stacked charts: the segment (an outlet). */
  series?: string;
  /** Charts with several panels: which one ("articles", "quotations"). */
  panel?: string;
}

/**
 * A chart as plain data. Bars: one row per label, biggest first, the rest summed into "others".
 * Stacked: one row per label and series, labels in time order, one panel per measure.
 */
export interface Chart {
  kind: 'bars' | 'stacked';
  title: string;
  /** What a count counts ("quotations"). */
  measure: string;
  rows: ChartRow[];
  /** Labels to mark, with why (the periods where the sources differ on a value). */
  flags?: Array<{ label: string; note: string }>;
}

/** /speaker: a speaker as the coverage presents them. */
export interface SpeakerProfile {
  name: string;
  /** How the coverage describes them ("the harbour board chair"), as written. */
  descriptions: string[];
  quotations: number;
  articles: number;
  outlets: string[];
  first: string | null;
  last: string | null;
  /** The words their quotations are about most, with how many quotations use each. */
  topics: Array<{ topic: string; quotations: number }>;
}
