import { allowedTypos } from './tokens.js';
import { editDistance } from '../nlp/distance.js';
import { buildTables, type Earlier, type TermTables } from './term-build.js';
import { runNow, runSliced, type Slicer } from '../runtime/slices.js';
import { TopK } from './topk.js';
import { Vocabulary, compareWords } from './vocab.js';

export interface Candidate {
  doc: number;
  /** Sum of the matched words' rarity: only for ordering candidates, never shown. */
  score: number;
}

export interface CandidateQuery {
  terms: string[];
  /** Which words may be unfinished: the last one while the user types, or all (word stems). */
  prefix?: 'none' | 'last' | 'all';
  /** Fuzzy-match words missing from the vocabulary (typos). */
  fuzzy?: boolean;
  limit: number;
  /** Drop candidates scoring below this share of the best one. */
  minShare?: number;
  /**
   * Every word of the query in order, stop words included: candidates holding its words side by
   * side move up, and only the best `keep` are returned. Cheap next to fuse.js per candidate.
   */
  phrase?: { words: string[]; keep: number };
  accept?: (doc: number) => boolean;
}

/**
 * Words of a whole corpus with how many of its records hold each: a scoped index over part of the
 * corpus weighs, completes and corrects the words a question asks by these instead of by its own
 * records (see TermIndex.scoped). It must hold every corpus word the question's words may reach:
 * the words themselves, every word starting with an unfinished one, and a misspelt word's neighbours.
 */
export type CorpusWords = ReadonlyMap<string, number>;

/** A TermIndex's own data, from which it is rebuilt without tokenizing its records again. */
export interface SavedTerms {
  size: number;
  words: readonly string[];
  postings: Int32Array;
  from: Int32Array;
  sequence: Int32Array;
  offsets: Int32Array;
}

/** A previous index over mostly the same records, and which of its records each new one repeats. */
export interface Reuse {
  previous: TermIndex;
  /**
   * Per record, the position of a previous record indexed by exactly the same words (the same
   * `wordsOf` output), or -1 when the record must be tokenized.
   */
  source: Int32Array;
}

interface Expansion {
  term: number;
  weight: number;
}

/**
 * One first cut as a query made it: its words per group with their weights (a record scores the
 * sum over groups of its best-weighted word there), how many it keeps and the share of the best
 * below which it drops one, and the scores it kept, best first. `filtered`: only records an
 * `accept` let through were ranked. A scoped replica reading candidates in batches bounds the
 * records it has not read by the same sums (see src/replica/first-cut.ts).
 */
export interface FirstCut {
  groups: Array<Array<{ word: string; weight: number }>>;
  limit: number;
  minShare: number;
  scores: number[];
  /** The records those scores are of (positions in this index), in the same order. */
  docs: number[];
  filtered: boolean;
}

const MAX_PREFIX_EXPANSIONS = 40;
const MAX_FUZZY_EXPANSIONS = 12;
/** Worth about one fairly rare word: a fragment's words side by side is strong evidence. */
const ADJACENT_BONUS = 2;

/**
 * An inverted index from words to the records holding them. It only narrows: it proposes a few
 * hundred records sharing the most (and rarest) words with the query, typos and unfinished words
 * included, and fuse.js ranks those. Scanning every record with fuse.js is what it replaces.
 *
 * Term ids differ between a fresh build and one reusing a previous index, so no answer may
 * depend on them: equal weights are ordered by word, never by id.
 */
export class TermIndex {
  private readonly vocab: Vocabulary;
  private readonly postings: Int32Array;
  private readonly from: Int32Array;
  private readonly sequence: Int32Array;
  private readonly offsets: Int32Array;
  private readonly scores: Float64Array;
  private readonly seenQuery: Int32Array;
  private readonly seenTerm: Int32Array;
  private stamp = 0;

  /**
   * `keep`: keep each record's words in order, for queries that rank by words side by side and
   * for `reuse` by the next build. With `reuse`, the records it vouches for are not read again.
   */
  static of(count: number, wordsOf: (record: number) => string[], keep = false, reuse?: Reuse): TermIndex {
    return new TermIndex({ ...runNow(buildTables(count, wordsOf, keep, TermIndex.earlier(count, reuse))), size: count });
  }

  /**
   * Over some of a corpus's records, weighing words as over all `population` of them: when the
   * records are every one holding the words a query asks for, each word's document frequency is
   * already the corpus's, and with the corpus's record count its rarity is too (a scoped replica).
   */
  static scoped(count: number, wordsOf: (record: number) => string[], population: number, corpus?: CorpusWords): TermIndex {
    const index = TermIndex.of(count, wordsOf, true);
    index.population = Math.max(population, count);
    // With `corpus`, the records need not be every one holding the words (a batch of them).
    if (corpus) index.corpus = { df: corpus, vocab: runNow(Vocabulary.fresh([...corpus.keys()])), foreign: [], foreignIds: new Map() };
    return index;
  }

  /** Corpus-wide words (see CorpusWords); words no record here holds get ids past the vocabulary's, with no postings. */
  private corpus?: { df: CorpusWords; vocab: Vocabulary; foreign: string[]; foreignIds: Map<string, number> };

  /** A word's id: the vocabulary's, else (with corpus words) one past it; undefined for a word held nowhere. */
  private termOf(word: string): number | undefined {
    const own = this.vocab.id(word);
    const c = this.corpus;
    if (own !== undefined || !c?.df.has(word)) return own;
    let id = c.foreignIds.get(word);
    if (id === undefined) {
      id = this.vocab.words.length + c.foreign.length;
      c.foreign.push(word);
      c.foreignIds.set(word, id);
    }
    return id;
  }

  private wordOf(term: number): string {
    const own = this.vocab.words.length;
    return term < own ? this.vocab.words[term] : (this.corpus?.foreign[term - own] ?? '');
  }

  /** How many records rarity is reckoned over: this index's own, unless it stands for a larger corpus (see `scoped`). */
  private population = 0;

  /** Built in time slices, so answers from the live index keep flowing during a reindex. */
  static async sliced(count: number, wordsOf: (record: number) => string[], slicer: Slicer, keep = false, reuse?: Reuse): Promise<TermIndex> {
    return new TermIndex({ ...(await runSliced(buildTables(count, wordsOf, keep, TermIndex.earlier(count, reuse)), slicer)), size: count });
  }

  /** What the build may take from `reuse`: nothing when the previous index kept no word order. */
  private static earlier(count: number, reuse?: Reuse): Earlier | undefined {
    const p = reuse?.previous;
    if (!reuse || !p || p.offsets.length !== p.size + 1) return undefined;
    if (reuse.source.length !== count || reuse.source.some((s) => s >= p.size))
      throw new RangeError('reuse.source does not fit the records or the previous index');
    return { vocab: p.vocab, sequence: p.sequence, offsets: p.offsets, postings: p.postings, from: p.from, source: reuse.source };
  }

  /** The index as `saved()` gave it: only the vocabulary's lookups are rebuilt, no record is re-read. */
  static restore(s: SavedTerms): TermIndex {
    const vocab = runNow(Vocabulary.fresh(s.words));
    return new TermIndex({ vocab, postings: s.postings, from: s.from, sequence: s.sequence, offsets: s.offsets, size: s.size });
  }

  /** What `restore` needs: the vocabulary and the flat tables (typed arrays, shared, not copied). */
  saved(): SavedTerms {
    return { size: this.size, words: this.vocab.words, postings: this.postings, from: this.from, sequence: this.sequence, offsets: this.offsets };
  }

  private constructor(t: TermTables & { size: number }) {
    ({ vocab: this.vocab, postings: this.postings, from: this.from, sequence: this.sequence, offsets: this.offsets } = t);
    const n = t.size;
    this.scores = new Float64Array(n);
    this.seenQuery = new Int32Array(n);
    this.seenTerm = new Int32Array(n);
  }

  get size(): number {
    return this.scores.length;
  }

  /** Told every first cut this index makes (see FirstCut); additive, nothing is ranked differently. */
  onCut?: (cut: FirstCut) => void;

  private told(groups: Expansion[][], q: CandidateQuery, kept: readonly Candidate[]): void {
    this.onCut?.({
      groups: groups.map((g) => g.map((e) => ({ word: this.wordOf(e.term), weight: e.weight }))),
      limit: q.limit,
      minShare: q.minShare ?? 0,
      scores: kept.map((c) => c.score),
      docs: kept.map((c) => c.doc),
      filtered: q.accept !== undefined,
    });
  }

  /** Records sharing words with the query, best first; empty when no word is known. */
  candidates(q: CandidateQuery): Candidate[] {
    const groups = q.terms.map((word, i) => this.expand(word, q.prefix === 'all' || (q.prefix === 'last' && i === q.terms.length - 1), q.fuzzy !== false));
    const best = this.best(this.score(groups), q);
    this.told(groups, q, best);
    return q.phrase ? this.byAdjacency(best, q.phrase.words, q.prefix === 'last', q.fuzzy !== false).slice(0, q.phrase.keep) : best;
  }

  /**
   * Records holding words of the most groups, rarest first: each group is one idea of a topic
   * and the words that may stand for it (its inflections, synonyms…), each worth `factor` of
   * its rarity. A record counts once per group, by its best word there. No prefix or typo
   * matching: the caller chose the words.
   */
  groupCandidates(groups: ReadonlyArray<ReadonlyArray<{ word: string; factor: number }>>, limit: number, accept?: (doc: number) => boolean): Candidate[] {
    const expanded = groups.map((g) => {
      const found = g.flatMap(({ word, factor }) => {
        const term = this.termOf(word);
        return term === undefined ? [] : [{ term, factor }];
      });
      // A rarer stand-in would outweigh the word typed (as completions would, see `completions`).
      const own = found.filter((f) => f.factor >= 1).map((f) => this.idf(f.term));
      const cap = own.length ? Math.max(...own) : Infinity;
      return found.map(({ term, factor }) => ({ term, weight: Math.min(this.idf(term), cap) * factor })).sort(this.byWeight);
    });
    const q = { terms: [], limit, accept };
    const best = this.best(this.score(expanded), q);
    this.told(expanded, q, best);
    return best;
  }

  /** How rare a word is among the records (log inverse document frequency); undefined when no record holds it. */
  rarity(word: string): number | undefined {
    const term = this.termOf(word);
    return term === undefined ? undefined : this.idf(term);
  }

  /** The rarity of a word no record holds: that of a word held by one record. */
  get maxRarity(): number {
    return Math.log(1 + Math.max(this.size, this.population));
  }

  /** Words of the records a misspelt word may stand for, closest first (see `nearby`). */
  typoNeighbours(word: string): Array<{ word: string; factor: number }> {
    return this.nearby(word).map((e) => ({ word: this.wordOf(e.term), factor: e.weight / this.idf(e.term) }));
  }

  /** Per record, the sum over groups of its best-weighted word there; returns the records touched. */
  private score(groups: Expansion[][]): number[] {
    const queryStamp = this.nextStamp();
    const touched: number[] = [];
    // Corpus words no record here holds have no postings (ids past the table).
    const own = this.from.length - 1;
    for (const group of groups) {
      const termStamp = this.nextStamp();
      for (const { term, weight } of group) {
        if (term >= own) continue;
        for (let k = this.from[term]; k < this.from[term + 1]; k++) {
          const doc = this.postings[k];
          if (this.seenTerm[doc] === termStamp) continue;
          this.seenTerm[doc] = termStamp;
          if (this.seenQuery[doc] !== queryStamp) {
            this.seenQuery[doc] = queryStamp;
            this.scores[doc] = 0;
            touched.push(doc);
          }
          this.scores[doc] += weight;
        }
      }
    }
    return touched;
  }

  /** Adds, per candidate, how many neighbouring query words also stand side by side in it. */
  private byAdjacency(cands: Candidate[], words: string[], prefixLast: boolean, fuzzy: boolean): Candidate[] {
    const sets = words.map((w, i) => new Set(this.expand(w, prefixLast && i === words.length - 1, fuzzy).map((e) => e.term)));
    const pairs = new Map<number, number[]>();
    for (let i = 0; i + 1 < sets.length; i++) for (const a of sets[i]) pairs.set(a, [...(pairs.get(a) ?? []), i]);
    const scored = cands.map((c) => {
      let adjacent = 0;
      for (let k = this.offsets[c.doc]; k + 1 < this.offsets[c.doc + 1]; k++) {
        const at = pairs.get(this.sequence[k]);
        if (at?.some((i) => sets[i + 1].has(this.sequence[k + 1]))) adjacent++;
      }
      return { doc: c.doc, score: c.score + adjacent * ADJACENT_BONUS };
    });
    return scored.sort((a, b) => b.score - a.score || a.doc - b.doc);
  }

  private best(touched: number[], q: CandidateQuery): Candidate[] {
    const top = new TopK(q.limit);
    for (const doc of touched) if (!q.accept || q.accept(doc)) top.offer(doc, this.scores[doc]);
    const ranked = top.sorted();
    const floor = (ranked[0]?.score ?? 0) * (q.minShare ?? 0);
    return ranked.filter((c) => c.score >= floor);
  }

  /** The vocabulary words a query word may stand for, each weighted by rarity and closeness. */
  private expand(word: string, prefix: boolean, fuzzy: boolean): Expansion[] {
    const exact = this.termOf(word);
    const out: Expansion[] = exact === undefined ? [] : [{ term: exact, weight: this.idf(exact) }];
    if (prefix && word.length >= 2) out.push(...this.completions(word, out[0]?.weight ?? Infinity));
    if (fuzzy && exact === undefined && out.length === 0) out.push(...this.nearby(word));
    // Which expansion comes first decides a record's weight and, through TopK, ties at the cut.
    return out.sort(this.byWeight);
  }

  /** A longer word is rarer, so it would outweigh the exact word typed; `cap` prevents that. */
  private completions(prefix: string, cap: number): Expansion[] {
    const c = this.corpus;
    const found = c ? c.vocab.startingWith(prefix, 4000).flatMap((id) => this.termOf(c.vocab.words[id]) ?? []) : this.vocab.startingWith(prefix, 4000);
    // The word being typed is more likely a common one; rare completions add noise. The sort
    // is stable and `found` in word order, so equally common completions stay in word order.
    found.sort((a, b) => this.df(b) - this.df(a));
    return found.slice(0, MAX_PREFIX_EXPANSIONS).map((term) => ({ term, weight: Math.min(this.idf(term), cap) * 0.9 }));
  }

  private nearby(word: string): Expansion[] {
    const max = allowedTypos(word);
    if (max === 0) return [];
    const out: Expansion[] = [];
    const c = this.corpus;
    const similar = c ? c.vocab.similar(word, max).flatMap((id) => this.termOf(c.vocab.words[id]) ?? []) : this.vocab.similar(word, max);
    for (const term of similar) {
      const d = editDistance(word, this.wordOf(term), max);
      if (d <= max) out.push({ term, weight: this.idf(term) * (d === 1 ? 0.8 : 0.6) });
    }
    return out.sort(this.byWeight).slice(0, MAX_FUZZY_EXPANSIONS);
  }

  private readonly byWeight = (a: Expansion, b: Expansion): number => b.weight - a.weight || compareWords(this.wordOf(a.term), this.wordOf(b.term));

  private idf(term: number): number {
    return Math.log(1 + Math.max(this.size, this.population) / this.df(term));
  }

  private df(term: number): number {
    const corpus = this.corpus && this.corpus.df.get(this.wordOf(term));
    return corpus ?? this.from[term + 1] - this.from[term];
  }

  private nextStamp(): number {
    if (this.stamp >= 0x7ffffff0) {
      this.stamp = 0;
      this.seenQuery.fill(0);
      this.seenTerm.fill(0);
    }
    return ++this.stamp;
  }
}
