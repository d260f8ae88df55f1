import nlp from 'compromise';

/**
 * Cuts an article into bounded pieces for compromise. Its tagger slows down sharply on long
 * sentences and its sentence splitter is quadratic in a run of non-sentences ("Mr. Mr. …"), so a
 * 128 KB line without punctuation took a minute and a 1.9 MB article in one call 76 s. Pieces of
 * at most MAX_PIECE characters make the cost linear in the article's length whatever its shape.
 *
 * A cut is "safe" where compromise itself always ends a sentence, so on ordinary text the pieces
 * parse exactly as the whole article does; only a stretch of MAX_PIECE characters without such a
 * place (a line without sentence punctuation, a wall of quote marks) is cut at a word boundary.
 */

/** Longest piece handed to compromise; sentences up to here tag at its normal speed. */
export const MAX_PIECE = 4000;

/**
 * compromise merges a sentence holding one open quote (or bracket) with what follows when the
 * next 280 (250) characters close it: a cut with a closing mark that near after it is not safe.
 */
const MERGE_REACH = 280;
const CLOSERS = new Set(['"', '\uFF02', '\u201D', '\u00BB', '\u203A', '\u2032', '\u2033', '\u2034', '\u301E', '\u300D', '\u300F', ')', '\uFF09']);
/** What compromise counts as content when deciding whether a chunk is a sentence of its own. */
const CONTENT = /[\p{L}\p{N}\p{So}]/u;
const STOPS = /[.!?\u203D\u2E18\u203C\u2047-\u2049\u0964\u0965\u061F\u06D4\u0589\u1362\u1367\u104B\u17D4\u3002]/;
const UPPER = /\p{Lu}/u;

export interface Piece {
  start: number;
  end: number;
}

interface Tokenizer {
  isSentence: (text: string, abbreviations: object) => boolean;
  splitSentences: (text: string, world: object) => string[];
}

/** compromise's own sentence test (abbreviations, initials, ellipses) and splitter. */
const { isSentence, splitSentences } = ((): { isSentence: (text: string) => boolean; splitSentences: (text: string) => string[] } => {
  const tokenize = (nlp.methods() as { one?: { tokenize?: Partial<Tokenizer> } }).one?.tokenize;
  const world = nlp.world();
  const abbreviations = (world as { model?: { one?: { abbreviations?: object } } }).model?.one?.abbreviations ?? {};
  const test = tokenize?.isSentence;
  const split = tokenize?.splitSentences;
  if (typeof test !== 'function' || typeof split !== 'function')
    throw new Error('compromise no longer exposes its sentence splitter; src/nlp/segment.ts needs updating');
  return { isSentence: (text) => test(text, abbreviations), splitSentences: (text) => split(text, world) };
})();

/** Consecutive pieces covering `text`, none longer than `max` characters. Linear in the text's length. */
export function pieces(text: string, max = MAX_PIECE): Piece[] {
  const closer = nextCloser(text);
  const out: Piece[] = [];
  let start = 0;
  while (text.length - start > max) {
    const end = safeCut(text, start, max, closer) ?? splitterCut(text, start, max) ?? wordCut(text, start, max);
    out.push({ start, end });
    start = end;
  }
  if (start < text.length || out.length === 0) out.push({ start, end: text.length });
  return out;
}

/** For each index, where the next closing mark is (text.length when none): makes each cut test O(1). */
function nextCloser(text: string): Int32Array {
  const next = new Int32Array(text.length + 1);
  next[text.length] = text.length;
  for (let i = text.length - 1; i >= 0; i--) next[i] = CLOSERS.has(text[i]) ? i : next[i + 1];
  return next;
}

/** The latest safe cut in (start, start + max], or null. Each candidate costs O(1) amortised. */
function safeCut(text: string, start: number, max: number, closer: Int32Array): number | null {
  for (let p = start + max; p > start; p--) {
    if (closer[p] < p + MERGE_REACH) continue;
    if (text[p - 1] === '\n' ? startsLine(text, p) : endsSentenceAt(text, p)) return p;
  }
  return null;
}

/**
 * A line whose first chunk has content starts a new sentence: compromise never continues a
 * sentence over a newline unless the next chunk is bare punctuation.
 */
function startsLine(text: string, p: number): boolean {
  if (/\s/.test(text[p] ?? '\n')) return false;
  for (let i = p; i < text.length && i < p + MERGE_REACH; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r' || (STOPS.test(ch) && /\s/.test(text[i + 1] ?? ' '))) return false;
    if (CONTENT.test(ch)) return true;
  }
  return false;
}

/**
 * `… the roads. Then` with the cut before "Then": compromise splits there when the chunk before
 * is a sentence by its own test. Its test reads only the chunk's last word and ending, so a
 * short tail holding a space before that word answers as the whole chunk would.
 */
function endsSentenceAt(text: string, p: number): boolean {
  if (!UPPER.test(text[p]) || (text[p - 1] !== ' ' && text[p - 1] !== '\t') || !STOPS.test(text[p - 2] ?? '')) return false;
  const tail = text.slice(Math.max(0, p - 48), p);
  const lastSpace = tail.trimEnd().lastIndexOf(' ');
  if (lastSpace <= 0 || tail.includes('\n') || tail.includes('\r')) return false;
  return isSentence(tail);
}

/** How far around a newline compromise's splitter is asked whether a sentence ends there. */
const PROBE = 600;
/** Newlines probed per window: each probe costs a split of 2 × PROBE characters. */
const PROBES = 8;

/**
 * In quote-heavy text nearly every line opens with a closing mark close by, so the quick test
 * finds no cut; compromise's splitter, run on the text around a newline, says whether a
 * sentence ends there (a quotation left open before it would carry on).
 */
function splitterCut(text: string, start: number, max: number): number | null {
  let probes = 0;
  for (let p = start + max; p > start && probes < PROBES; p--) {
    if (text[p - 1] !== '\n' || !startsLine(text, p)) continue;
    probes++;
    const from = lineStartBefore(text, Math.max(start, p - PROBE), Math.max(start, p - 2 * PROBE));
    if (boundaryAt(splitSentences(text.slice(from, p + PROBE)), p - from)) return p;
  }
  return null;
}

/** The line start at or before `at`, not before `floor`: a probe that starts mid-sentence can pair quotes differently. */
function lineStartBefore(text: string, at: number, floor: number): number {
  for (let i = at; i > floor; i--) if (text[i - 1] === '\n') return i;
  return floor;
}

function boundaryAt(sentences: string[], offset: number): boolean {
  let at = 0;
  for (const s of sentences) {
    if (at === offset) return true;
    if (at > offset) return false;
    at += s.length;
  }
  return false;
}

/** A cut after the last whitespace in (start, start + max]; else at the limit, never inside a surrogate pair. */
function wordCut(text: string, start: number, max: number): number {
  for (let p = start + max; p > start + max / 2; p--) if (/\s/.test(text[p - 1]) && !/\s/.test(text[p])) return p;
  const p = start + max;
  return /[\uDC00-\uDFFF]/.test(text[p]) ? p - 1 : p;
}
