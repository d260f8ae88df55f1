import type { Attribution, TextWords } from './attribution.js';
import { TITLES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { phraseRight } from './mentions.js';
import { wordRange } from '../nlp/words.js';

/** `"SMITH: We will …"`: a transcript's speaker label opening the quotation. */
export function transcriptLabel(t: TextWords, start: number, end: number): { attribution: Attribution; quoteStart: number } | null {
  const label = /^([\p{Lu}][\p{Lu}.'\u2019 -]{1,40}):\s+/u.exec(t.text.slice(start, Math.min(end, start + 48)));
  if (!label || !/\p{Lu}{2}/u.test(label[1])) return null;
  const [i, j] = wordRange(t.words, start, start + label[1].length);
  const m = phraseRight(t.words, i, j);
  if (!m) return null;
  const colon = start + label[1].length;
  // "MS. ALVAREZ:": a shouted honorific does not run on into the name, so the label is read whole
  let n = i;
  while (n < j - 1 && TITLES.has(t.words[n].lower)) n++;
  const wordsOf = (from: number, to: number): string =>
    t.words
      .slice(from, to)
      .map((w) => w.text)
      .join(' ');
  const name = n > i ? wordsOf(n, j) : m.name;
  const descriptor = n > i ? wordsOf(i, n) : m.descriptor;
  const mention: Mention = { ...m, last: n > i ? j - 1 : m.last, end: n > i ? t.words[j - 1].end : m.end, kind: 'name', name: titleCase(name), descriptor };
  return { attribution: { cue: { text: ':', start: colon, end: colon + 1 }, mention, via: 'intro', cueWord: -1 }, quoteStart: start + label[0].length };
}

function titleCase(name: string): string {
  return name.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}
