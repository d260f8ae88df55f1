import nlp from 'compromise';
import { MAX_PIECE, pieces } from './segment.js';

/** A word as compromise tagged it, with offsets into the original text. */
export interface Token {
  text: string;
  /** compromise's normalised form (lower case, punctuation stripped). */
  normal: string;
  start: number;
  end: number;
  tags: string[];
}

export interface Sentence {
  text: string;
  start: number;
  end: number;
  tokens: Token[];
}

/** A word of compromise's `json({ offset: true, terms: { offset: true } })`. */
export interface TermJson {
  text: string;
  normal: string;
  pre?: string;
  post?: string;
  tags: string[];
  offset: { start: number; length: number };
}

/** A verb phrase of compromise's `verbs().json({ offset: true })`: where it stands and its grammar. */
export interface VerbJson {
  offset: { start: number; length: number };
  verb?: { infinitive?: string; grammar?: { passive?: boolean; copula?: boolean; isInfinitive?: boolean } };
}

interface OffsetJson {
  text: string;
  offset: { start: number; length: number };
  terms: TermJson[];
}

/**
 * compromise treats the curly apostrophe (U+2019) as a closing quote and loses passages with
 * "don’t" in them; swapping single curly marks for a straight one keeps every offset intact.
 */
export function normaliseForParse(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(GLUED_OPENING, (m) => ` ${m[1]}`)
    .replace(GLUED_CLOSING, ' ');
}

/**
 * `Lund said,“Look …`: a comma or colon written with no space before an opening double quote glues
 * the verb, the mark and the first quoted word into one token; the parser sees a space in the
 * punctuation's place (the words keep the text's own gaps).
 */
const GLUED_OPENING = /(?<=\p{L})[,:](["\u201c])(?=\p{L})/gu;

/**
 * `…for too long,”Lund said`: a closing quote mark written with no space after it glues the mark
 * and the speaker's name into one token, and the cue after it finds no name; the parser sees a
 * space in the mark's place. Only the curly mark: a straight one there may open a quotation.
 */
const GLUED_CLOSING = /(?<=[\p{L},.!?])\u201d(?=\p{L})/gu;

/**
 * Sentences and tagged tokens of `text`, offsets pointing into `text` itself. compromise sees
 * one bounded piece at a time (see segment.ts), so the cost is linear in the text's length.
 */
export function parseSentences(text: string, maxPiece = MAX_PIECE): Sentence[] {
  return pieces(text, maxPiece).flatMap((p) => parsePiece(text, p.start, p.end));
}

/** The whole text in one compromise call: what parseSentences did before pieces (benchmark and tests compare). */
export function parseUncut(text: string): Sentence[] {
  return parsePiece(text, 0, text.length);
}

function parsePiece(text: string, from: number, to: number): Sentence[] {
  const doc = nlp(normaliseForParse(text.slice(from, to)));
  const json = doc.json({ offset: true, terms: { offset: true } }) as OffsetJson[];
  return json.map((s) => ({
    ...sentenceSpan(s, text, from, to),
    tokens: s.terms.map((t) => {
      const at = from + t.offset.start;
      return { text: text.slice(at, at + t.offset.length), normal: t.normal, start: at, end: at + t.offset.length, tags: t.tags };
    }),
  }));
}

/**
 * compromise gives a sentence's start after its first word's leading marks (an opening quote) but
 * its length with them, so taken as they are the offsets run one character per mark past the
 * sentence, and past the text at its very end. The span starts at those marks instead.
 */
function sentenceSpan(s: OffsetJson, text: string, from: number, to: number): { text: string; start: number; end: number } {
  // Whitespace before the marks is in neither the start nor the length.
  const marks = (s.terms[0]?.pre ?? '').trimStart().length;
  const start = Math.max(from, from + s.offset.start - marks);
  const end = Math.min(to, start + s.offset.length);
  return { text: text.slice(start, end), start, end };
}
