import type { CoverageIndex } from '../../index/build.js';
import type { FactRecord } from '../../model/records.js';
import { STOP_WORDS } from '../../search/tokens.js';
import { bestMatch, coverage, nameWords, negatedOpposite, wordMatch } from '../match.js';
import { CATENATIVE_VERBS, LIGHT_VERBS, QUESTION_STOP, WEAK_TERMS } from '../lexicon.js';
import type { FocusTerm } from '../question.js';
import { lookup, nounAncestors, POSES, synset } from '../wordnet.js';
import { wordVectors } from '../word-vectors.js';

/**
 * Loose matches of /ask: a question's noun standing for a sentence's word that no WordNet
 * relation, inflection or derivation gives ("poll" asked, "survey" written; "deal", "agreement"),
 * read from word vectors (word-vectors.ts). Vectors put opposites and mere neighbours close too
 * ("earn" → "lose", "december" → "january"), so a loose match is worth less than every other
 * relation, stands in for at most one missing word of a sentence, counts only where the question's
 * word is otherwise missing, and never makes the word "matched" for the gates that require a
 * question's words (decide.ts holds a sentence lacking one to a higher probability).
 */
export const LOOSE = {
  /** Neighbours read per question word. */
  neighbours: 30,
  /** Cosine similarity a neighbour needs. */
  min: 0.55,
  /**
   * A neighbour is worth this times its similarity (0.25 to 0.45): below the weakest relation
   * coverage() gives a missing word (0.5, the word used elsewhere in the article).
   */
  factor: 0.45,
} as const;

/** Words that carry no idea of their own, whatever the vectors put near them. */
const EMPTY: ReadonlySet<string> = new Set([...STOP_WORDS, ...QUESTION_STOP, ...WEAK_TERMS, ...LIGHT_VERBS, ...CATENATIVE_VERBS]);

/**
 * The question with each required plain noun's vector neighbours (mayBeLoose): lower-case words
 * WordNet knows as a noun, verb or adjective, not one of the word's opposites or of the other kinds
 * of its kind (another one, not the same), and neither the word nor its neighbour part of a name
 * the coverage uses ("missouri" is near "ohio", "clinton" near "obama": names are who and what a
 * question is about, never loosely).
 */
export function withLooseNeighbours(index: CoverageIndex, focus: FocusTerm[]): FocusTerm[] {
  const vectors = wordVectors();
  if (!vectors) return focus;
  const names = nameWords(index);
  return focus.map((f) => {
    if (!mayBeLoose(f) || names.has(f.term)) return f;
    const opposites = alternatives(f.term);
    const loose = new Map<string, number>();
    for (const n of vectors.nearest(f.term, LOOSE.neighbours, LOOSE.min)) {
      const w = n.word;
      if (!/^[a-z]{3,}$/.test(w) || EMPTY.has(w) || names.has(w) || opposites.has(w) || wordMatch(f, w) > 0 || !isContentWord(w)) continue;
      loose.set(w, LOOSE.factor * n.similarity);
    }
    return loose.size > 0 ? { ...f, loose } : f;
  });
}

/**
 * How loosely a sentence's words stand for a question's word: 0 when the word itself (or any
 * closer relation) is there, or no neighbour is. A neighbour counts only when the word is among the
 * neighbour's own nearest too: a frequent word sits near many words without standing for any.
 */
export function looseMatch(f: FocusTerm, words: readonly string[]): number {
  if (!f.loose || bestMatch(f, words) > 0) return 0;
  let best = 0;
  for (const w of words) {
    const weight = f.loose.get(w);
    if (weight !== undefined && weight > best && mutual(f.term, w)) best = weight;
  }
  return best;
}

/**
 * coverage() (match.ts) with one loose match: when the sentence lacks a required word, the one it
 * matches most loosely counts its loose weight in place of nothing. Equal to coverage() when the
 * sentence has every word or none loosely; `loose` says whether a stand-in was needed.
 */
export function looseCoverage(focus: FocusTerm[], record: FactRecord, articleTerms: ReadonlySet<string>): { coverage: number; loose: boolean } {
  const strict = coverage(focus, record, articleTerms);
  if (strict > 0) return { coverage: strict, loose: false };
  const required = focus.filter((f) => !f.weak);
  const best = required
    .filter((f) => negatedOpposite(f, record) === 0)
    .map((f) => ({ f, weight: looseMatch(f, record.terms) }))
    .reduce((a, b) => (b.weight > a.weight ? b : a), { f: required[0], weight: 0 });
  const word = best.weight > 0 ? record.terms.find((w) => best.f.loose?.get(w) === best.weight) : undefined;
  if (word === undefined) return { coverage: 0, loose: false };
  // The stand-in is the sentence's own word to coverage() (worth 1), less what the loose match falls short of 1.
  const standIns = focus.map((f) => (f === best.f ? { ...f, term: word, alts: [] } : f));
  const loose = coverage(standIns, record, articleTerms);
  return { coverage: loose > 0 ? loose - (1 - best.weight) / required.length : 0, loose: loose > 0 };
}

/**
 * A required plain noun of the question. A verb is the relation asked about, which the sentence
 * itself must state (coverage() never lets one go missing either), and a verb's neighbours are
 * its opposites and its usual company ("earn" → "lose", "pay" → "raise", "see" → "say"); an
 * adjective's or adverb's are no better ("next" → "here"). A word of time ("december", "week")
 * pins which occasion the question asks about.
 */
function mayBeLoose(f: FocusTerm): boolean {
  if (f.weak || f.name || f.owner || f.verb || !/^[a-z]{3,}$/.test(f.term) || EMPTY.has(f.term)) return false;
  return lookup(f.term, 'n') !== null && !isTimeWord(f.term);
}

const mutualCache = new Map<string, boolean>();

function mutual(term: string, neighbour: string): boolean {
  const key = `${term}|${neighbour}`;
  let hit = mutualCache.get(key);
  if (hit === undefined) {
    hit =
      wordVectors()
        ?.nearest(neighbour, LOOSE.neighbours, LOOSE.min)
        .some((n) => n.word === term) ?? false;
    if (mutualCache.size >= 5000) mutualCache.clear();
    mutualCache.set(key, hit);
  }
  return hit;
}

function isContentWord(w: string): boolean {
  return lookup(w, 'n') !== null || lookup(w, 'v') !== null || lookup(w, 'a') !== null;
}

/**
 * What stands beside the word rather than for it, in any of its senses: its opposites (WordNet's
 * antonym links) and the other kinds of the kind it is (the hyponyms of its hypernyms).
 */
function alternatives(word: string): Set<string> {
  const out = new Set<string>();
  for (const pos of POSES) {
    for (const offset of lookup(word, pos)?.offsets ?? []) {
      const set = synset(offset, pos);
      for (const p of set.pointers) {
        if (p.symbol === '!') out.add(synset(p.offset, p.pos).words[p.target - 1] ?? '');
        if (p.symbol !== '@' && p.symbol !== '@i') continue;
        // Not the word's own sense, whose other words are its synonyms ("salary" for "pay").
        for (const down of synset(p.offset, p.pos).pointers)
          if ((down.symbol === '~' || down.symbol === '~i') && down.offset !== offset) for (const w of synset(down.offset, down.pos).words) out.add(w);
      }
    }
  }
  return out;
}

/** Classes whose members say when: a month, a weekday, a span of time. */
const TIME_CLASSES = ['time period', 'time unit', 'calendar month', 'day of the week', 'weekday'];

function isTimeWord(word: string): boolean {
  return nounAncestors(word).some((s) => s.words.some((w) => TIME_CLASSES.includes(w)));
}
