import { wordRange } from '../nlp/words.js';
import type { Attribution, TextWords } from './attribution.js';
import type { QuoteMark } from './marks.js';
import { phraseRight } from './mentions.js';

/**
 * Where the label starts: after the last spaced dash or at the start of the lead, past a leading
 * `More from` / `From` (only there: "a phrase that could have come from Smith:" is prose).
 */
const LABEL_START = /(?:^|\s[-\u2013\u2014\u2015]+\s*)(?!.*\s[-\u2013\u2014\u2015]+\s)(?:(?:more|also)\s+)?(from\s+)?/gisu;

/**
 * What may follow the name inside the label: nothing, a party tag `(D-Ore.)`, an outlet
 * `, Daily Ledger`, or a co-author `and Jo Lund`.
 */
const LABEL_TAIL = [
  /^\s*$/u,
  /^\s*\([^()]{1,30}\)\s*$/u,
  /^,\s*(?:(?:the|of|and|&)\s+)?(?:\p{Lu}[\p{L}'\u2019.&-]*\s*){1,4}$/u,
  /^\s+(?:and|&)\s+(?:\p{Lu}[\p{L}'\u2019.-]*\s*){1,4}$/u,
];

/**
 * Round-up lines give the source as a bare label before a colon, with no speech verb:
 * `SHORT HEADLINE - Jane Smith: "…"`, `More from Smith: "…"`, `Jane Smith, Daily Ledger: "…"`,
 * `Sen. Jo Lund (D-Ore.): "…"`. The label must be the whole stretch before the colon (a name and
 * at most a party tag, an outlet or a co-author), so an ordinary clause ending in a colon is not
 * read as one. After "from" a description counts too (`From the report: "…"`).
 */
export function roundupLabel(t: TextWords, from: number, colon: number): Attribution | null {
  const lead = t.text.slice(from, colon);
  let labelAt = -1;
  let afterFrom = false;
  for (const m of lead.matchAll(LABEL_START)) {
    labelAt = m.index + m[0].length;
    afterFrom = m[1] !== undefined;
  }
  if (labelAt < 0 || labelAt >= lead.length) return null;
  const [i, j] = wordRange(t.words, from + labelAt, colon);
  const m = phraseRight(t.words, i, j);
  if (!m || m.kind === 'pronoun' || (m.kind === 'description' && !afterFrom)) return null;
  const tail = t.text.slice(m.end, colon);
  if (!LABEL_TAIL.some((re) => re.test(tail))) return null;
  return { cue: { text: ':', start: colon, end: colon + 1 }, mention: m, via: 'intro', cueWord: -1 };
}

/** The outlet a round-up line names in brackets after the words it quotes: `[Ledger.]`. */
const SOURCE_TAG = /^\s*\[[^\]\n]{1,40}\]\s*$/u;

/**
 * A newsletter's round-up line opens with a story's headline in capitals, quotes the story and
 * names its outlet in brackets: `HARBOR FERRY SINKS "Four were rescued …" [Ledger.]`. The
 * headline stands for the story the words come from, as the PolNeAR annotators mark it; a line
 * with lower-case words before the quotation is prose, left to the speech verbs.
 */
export function headlineLabel(t: TextWords, mark: QuoteMark): Attribution | null {
  if (mark.close === null || !SOURCE_TAG.test(t.text.slice(mark.close + 1, mark.lineEnd))) return null;
  const lead = t.text.slice(mark.lineStart, mark.open);
  if (/\p{Ll}/u.test(lead) || !/\p{Lu}{2}/u.test(lead) || lead.trim().split(/\s+/).length < 2) return null;
  const [i, j] = wordRange(t.words, mark.lineStart, mark.open);
  if (i >= j) return null;
  const [first, last] = [t.words[i], t.words[j - 1]];
  const name = t.text.slice(first.start, last.end);
  return {
    cue: null,
    mention: { kind: 'description', first: i, last: j - 1, start: first.start, end: last.end, name, descriptor: null },
    via: 'intro',
    cueWord: -1,
  };
}
