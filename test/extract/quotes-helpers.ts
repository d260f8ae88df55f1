import type { Article } from '../../src/model/article.js';
import type { QuoteRecord } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { extractQuotes } from '../../src/extract/quotes.js';

/** An article around `text`, as the corpus loader would make it. */
export function article(text: string, id = 'a1'): Article {
  return { id, file: `${id}.txt`, title: '', date: null, outlet: null, url: null, text, paragraphs: [], hash: id };
}

export function quotesOf(text: string, id = 'a1'): ReturnType<typeof extractQuotes> {
  return extractQuotes(article(text, id), parseSentences(text));
}

/** The quote whose words start with `opening`; fails loudly when missing. */
export function quote(quotes: QuoteRecord[], opening: string): QuoteRecord {
  const q = quotes.find((x) => x.text.startsWith(opening));
  if (!q) throw new Error(`no quote starting "${opening}" among: ${quotes.map((x) => x.text).join(' | ')}`);
  return q;
}

/** Speaker name, mention and cue of the quote starting with `opening`, for compact assertions. */
export function who(text: string, opening: string): { speaker: string | null; mention: string | null; cue: string | null } {
  const q = quote(quotesOf(text).quotes, opening);
  return { speaker: q.speaker, mention: q.speakerMention?.text ?? null, cue: q.cue?.text ?? null };
}
