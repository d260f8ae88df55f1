import { splitParagraphs } from '../src/corpus/load.js';
import type { Article } from '../src/model/article.js';
import { generateCorpus } from './generate.js';

/**
 * Article texts of a given size in the shapes that made extraction superlinear (issue 12): words
 * without sentence punctuation, a run of quote marks, one quotation as long as the article; and
 * ordinary generated prose to compare with. All generated here, none copied from real articles.
 */
export type Shape = 'prose' | 'no punctuation' | 'mark run' | 'one quotation';

export const SHAPES: readonly Shape[] = ['prose', 'no punctuation', 'mark run', 'one quotation'];

const WORDS = [
  'the',
  'council',
  'voted',
  'on',
  'a',
  'plan',
  'for',
  'new',
  'roads',
  'and',
  'Ana',
  'Ruiz',
  'said',
  'it',
  'would',
  'cost',
  'money',
  'in',
  'March',
];

/** Words in a fixed order, no punctuation at all, `size` characters long. */
export function wordsWithoutPunctuation(size: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const w = WORDS[(i * 7) % WORDS.length];
    out.push(w);
    length += w.length + 1;
  }
  return out.join(' ').slice(0, size);
}

function prose(size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (const a of generateCorpus(11, Math.ceil(size / 1500) + 1)) {
    parts.push(a.text);
    length += a.text.length + 2;
    if (length >= size) break;
  }
  return parts.join('\n\n').slice(0, size);
}

export function shapeText(shape: Shape, size: number): string {
  if (shape === 'no punctuation') return wordsWithoutPunctuation(size);
  if (shape === 'mark run') return '"'.repeat(size);
  if (shape === 'one quotation') return `Ana Ruiz said: "${wordsWithoutPunctuation(size - 18)}"`;
  return prose(size);
}

export function asArticle(id: string, text: string): Article {
  return { id, file: `${id}.txt`, title: id, date: null, outlet: null, url: null, text, paragraphs: splitParagraphs(text), hash: id };
}
