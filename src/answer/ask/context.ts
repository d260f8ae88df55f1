import type { Span } from '../../model/article.js';
import type { FactRecord } from '../../model/records.js';
import { paragraphOf } from './antecedent.js';

/**
 * Where one sentence ends and the next begins: a full stop, question or exclamation mark (and a
 * closing quotation mark), then a capital or an opening quotation mark; not after a title's short
 * form ("Gov. Lee", "Mr. Ruiz"), a capitalised word of at most four letters.
 */
const SENTENCE_END = /(?<!\b\p{Lu}\p{Ll}{0,3})[.!?]["”’']*\s+(?=["“‘']*\p{Lu})/gu;

/**
 * "Last winter's flour shortage hit bakeries across Dunmore. The Alder Street Bakery survived by
 * switching to rye.": a sentence leaves unsaid the topic the sentence before it named, as a reader
 * takes it. The words (lower case) of the sentence just before a record's passage in the same
 * paragraph, read from the paragraph's text (that sentence need hold no fact record); none for a
 * paragraph's first sentence, whose topic is its own.
 */
export function precedingWords(record: FactRecord, paragraphs: readonly Span[]): string[] | undefined {
  const span = paragraphs[paragraphOf(paragraphs, record.passage.start, 0)];
  if (!span) return undefined;
  const words = wordsOf(lastSentence(span.text.slice(0, Math.max(0, record.passage.start - span.start))));
  return words.length > 0 ? words : undefined;
}

/** The last whole sentence of a paragraph's text before a passage. */
function lastSentence(text: string): string {
  const ends = [...text.trimEnd().matchAll(SENTENCE_END)];
  const last = ends.at(-1);
  return last === undefined ? text : text.slice(last.index + last[0].length);
}

/** Lower-case words, the possessive dropped ("Lee's" → "lee"), as a record's terms hold them. */
function wordsOf(sentence: string): string[] {
  return [...sentence.toLowerCase().matchAll(/\p{L}[\p{L}\p{N}'’-]*/gu)].map((m) => m[0].replace(/['’]s?$/u, ''));
}
