import { wordRange } from '../nlp/words.js';
import type { Attribution, TextWords } from './attribution.js';
import { phraseRight } from './mentions.js';

/** An embedded post as the article's markup keeps it: `<tweet id="…" author="@…">…</tweet>`. */
const EMBED_OPEN = /<tweet\b[^>]*>/giu;
const EMBED_CLOSE = '</tweet>';

/** The signature that ends an embedded post: `… — Jo Lund (@jolund) September 1, 2016`. */
const SIGNATURE = /\s[\u2014\u2013\u2015]\s*(?=[^\u2014\u2013\u2015]*\(@\w+\)[^\u2014\u2013\u2015]*$)/gu;

/** One embedded post: where its opening tag begins, where its body begins and where its closing tag stands. */
interface Embed {
  tag: number;
  start: number;
  end: number;
}

/** Each article's embedded posts, found in one pass over its text: quotations then look them up instead of rescanning it. */
const embedsOf = new WeakMap<TextWords, Embed[]>();

function embeds(t: TextWords): Embed[] {
  let found = embedsOf.get(t);
  if (!found) {
    found = [];
    for (const m of t.text.matchAll(EMBED_OPEN)) {
      const start = m.index + m[0].length;
      const end = t.text.indexOf(EMBED_CLOSE, start);
      if (end >= 0) found.push({ tag: m.index, start, end });
    }
    embedsOf.set(t, found);
  }
  return found;
}

/**
 * `<tweet …>The hat says "…" — Jo Lund (@jolund) September 1</tweet>`: a quotation inside an
 * embedded post is given to the post's author, signed after the last dash with a handle (the one
 * who posted the words, whoever they in turn quote); null outside such a post.
 */
export function embedAuthor(t: TextWords, open: number): Attribution | null {
  const embed = embedHolding(t, open);
  if (!embed) return null;
  const { start, end } = embed;
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

/** The embedded post holding `pos`, its opening tag on the same line, or null. */
function embedHolding(t: TextWords, pos: number): Embed | null {
  const lineStart = t.text.lastIndexOf('\n', pos) + 1;
  return embeds(t).findLast((e) => e.tag >= lineStart && e.start <= pos && pos < e.end) ?? null;
}

/**
 * A pull quote signed on the line below, inside its marks: `"…\nJo Lund, Harbor Watch."`. The
 * signature line must be short and hold nothing but a name or a description, with at most an
 * outlet or a body after a comma; it closes the quotation the line above left open.
 */
const SIGNED_LINE = /^([^"\u201c\u201d\n]{2,80}?)\.?["\u201d]\s*$/u;

/** Words a pull quote's signature may hold: a name or a description and what it speaks for. */
const SIGNATURE_WORDS = 8;

/** `"…\nJo Lund."`: the signer of a quotation left open at the end of its line, or null. */
export function pullQuoteSigner(t: TextWords, mark: { close: number | null; lineEnd: number }): Attribution | null {
  if (mark.close !== null || mark.lineEnd >= t.text.length) return null;
  const start = mark.lineEnd + 1;
  const end = t.text.indexOf('\n', start) < 0 ? t.text.length : t.text.indexOf('\n', start);
  const signed = SIGNED_LINE.exec(t.text.slice(start, end));
  if (!signed || signed[1].trim().split(/\s+/).length > SIGNATURE_WORDS) return null;
  const labelEnd = start + signed[1].length;
  const [i, j] = wordRange(t.words, start, labelEnd);
  const m = phraseRight(t.words, i, j);
  if (!m || m.kind === 'pronoun' || !/^(?:,[^,]*)?$/u.test(t.text.slice(m.end, labelEnd).trim())) return null;
  return { cue: null, mention: m, via: 'intro', cueWord: -1 };
}
