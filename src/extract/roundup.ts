import { wordRange } from '../nlp/words.js';
import type { Attribution, TextWords } from './attribution.js';
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
