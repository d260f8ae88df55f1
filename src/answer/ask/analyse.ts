import type { CoverageIndex } from '../../index/build.js';
import { correctSpelling, factsOf } from '../match.js';
import { analyseQuestion, type FocusTerm, type Question } from '../question.js';
import { lookup, POSES } from '../wordnet.js';

/** Stage 1: what the question wants (type, predicate, focus words, names), typos respelt to the coverage's words. */
export function analyse(index: CoverageIndex, text: string): Question {
  const question = analyseQuestion(text);
  // An English word the coverage does not use is a word of the question, not a typo ("book" is not "look").
  const known = question.focus.map((f) => isEnglishWord(f.term));
  const respelt = correctSpelling(
    index,
    question.focus.filter((_, k) => !known[k]),
  );
  let next = 0;
  question.focus = question.focus.map((f, k) => (known[k] ? f : respelt[next++]));
  question.focus = question.focus.map((f) => withInitials(index, f));
  return question;
}

/** A question with no word specific enough to tie it to a passage ("what happened?"). */
export function isVague(q: Question): boolean {
  return !q.focus.some((f) => !f.weak);
}

function isEnglishWord(term: string): boolean {
  return /^[a-z]{3,}$/.test(term) && POSES.some((pos) => lookup(term, pos) !== null);
}

/**
 * "nh" for "New Hampshire", "dnc" for "Democratic National Committee": a short word typed in lower
 * case that is the initials of a name the coverage writes out also stands for that name (its
 * longest word, which the passages carry). Two letters are read as a place's initials only.
 */
function withInitials(index: CoverageIndex, f: FocusTerm): FocusTerm {
  if (f.term.length < 2 || f.term.length > 4 || !/^[a-z]+$/.test(f.term) || isEnglishWord(f.term)) return f;
  const names = initialsOf(index).get(f.term) ?? [];
  const words = [...new Set(names.filter((n) => f.term.length > 2 || n.type === 'place').map((n) => n.head))].slice(0, 3);
  return words.length === 0 ? f : { ...f, alts: [...new Set([...f.alts, ...words])] };
}

interface Named {
  type: string;
  head: string;
}

const initialsCache = new WeakMap<CoverageIndex, Map<string, Named[]>>();

/** Every multi-word name of the coverage by its initials ("new hampshire" → "nh"), built once per index. */
function initialsOf(index: CoverageIndex): Map<string, Named[]> {
  const cached = initialsCache.get(index);
  if (cached) return cached;
  const out = new Map<string, Named[]>();
  const seen = new Set<string>();
  for (const id of index.search.articles.keys()) {
    for (const record of factsOf(index, id)) {
      for (const v of record.values.flatMap((x) => x.items ?? [x])) {
        if (v.type !== 'place' && v.type !== 'organization' && v.type !== 'person') continue;
        const name = String(v.normalized ?? v.text);
        const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
        if (words.length < 2 || seen.has(`${v.type}|${name}`)) continue;
        seen.add(`${v.type}|${name}`);
        const key = words.map((w) => w[0].toLowerCase()).join('');
        const head = words.reduce((a, b) => (b.length > a.length ? b : a)).toLowerCase();
        out.set(key, [...(out.get(key) ?? []), { type: v.type, head }]);
      }
    }
  }
  initialsCache.set(index, out);
  return out;
}
