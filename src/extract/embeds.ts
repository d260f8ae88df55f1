import { wordRange } from '../nlp/words.js';
import type { Attribution, TextWords } from './attribution.js';
import { phraseRight } from './mentions.js';

/** An embedded post as the article's markup keeps it: `<tweet id="…" author="@…">…</tweet>`. */
const EMBED_OPEN = /<tweet\b[^>]*>/giu;
const EMBED_CLOSE = '</tweet>';

/** The signature that ends an embedded post: `… — Jo Lund (@jolund) September 1, 2016`. */
const SIGNATURE = /\s[\u2014\u2013\u2015]\s*(?=[^\u2014\u2013\u2015]*\(@\w+\)[^\u2014\u2013\u2015]*$)/gu;

/**
 * `<tweet …>The hat says "…" — Jo Lund (@jolund) September 1</tweet>`: a quotation inside an
 * embedded post is given to the post's author, signed after the last dash with a handle (the one
 * who posted the words, whoever they in turn quote); null outside such a post.
 */
export function embedAuthor(t: TextWords, open: number): Attribution | null {
  const start = embedStart(t.text, open);
  if (start < 0) return null;
  const end = t.text.indexOf(EMBED_CLOSE, open);
  if (end < 0) return null;
  const body = t.text.slice(start, end);
  let dash = -1;
  for (const m of body.matchAll(SIGNATURE)) dash = start + m.index;
  if (dash < open) return null;
  const at = t.text.slice(dash).search(/[\u2014\u2013\u2015]/u) + dash;
  const [i, j] = wordRange(t.words, at + 1, end);
  const m = phraseRight(t.words, i, j);
  if (m?.kind !== 'name') return null;
  return { cue: { text: t.text[at], start: at, end: at + 1 }, mention: m, via: 'dash', cueWord: -1 };
}

/** Where the embedded post holding `pos` begins (after its opening tag), or -1. */
function embedStart(text: string, pos: number): number {
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  let start = -1;
  EMBED_OPEN.lastIndex = lineStart;
  for (let m = EMBED_OPEN.exec(text); m && m.index < pos; m = EMBED_OPEN.exec(text)) start = m.index + m[0].length;
  if (start < 0 || text.slice(start, pos).includes(EMBED_CLOSE)) return -1;
  return start;
}
