import Fuse from 'fuse.js';
import type { Article } from '../model/article.js';
import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import { TermIndex, type CandidateQuery, type CorpusWords, type FirstCut, type Reuse } from './candidates.js';
import { FACT_OPTIONS, SPEAKER_OPTIONS, quoteFuse, rankFacts, rankFactsDirect, rankQuotes, rankSpeakers, type Hit, type QuoteMode } from './ranking.js';
import { queryTerms, tokenize } from './tokens.js';
import { Slicer, runSliced } from '../runtime/slices.js';
import { loadTables, saveTables, type SavedSearch, type TermTablesByKind } from './saved.js';
import { matchRecords, type Keyed } from './reuse.js';
import { pushTo } from '../model/multimap.js';

export type { Hit } from './ranking.js';

export interface QuoteQuery {
  /** Words the user typed: a fragment of a quotation (whosaid) or a topic (quote). */
  text: string;
  /** 'phrase' scores the query as one contiguous string; 'topic' as loose keywords. */
  mode: QuoteMode;
  speakerId?: string;
  limit?: number;
}

/** What answers need from a search, whichever way it is done. */
export interface SearchEngine {
  readonly articles: ReadonlyMap<string, Article>;
  readonly quotes: readonly QuoteRecord[];
  readonly facts: FactSource;
  readonly entities: readonly Entity[];
  findQuotes(q: QuoteQuery): Hit<QuoteRecord>[];
  /** Facts matching any of the given lower-case terms, best first. Reads the facts (see FactSource), so it throws what reading them throws. */
  findFacts(terms: string[], limit?: number): Hit<FactRecord>[];
  findSpeakers(text: string, limit?: number): Hit<Entity>[];
  /** What a topic search reads beyond whole records; absent on engines without word tables (then every quotation is a candidate). */
  readonly topicTerms?: TopicTerms;
  /** The engine's saved form (see saved.ts), for a snapshot to keep; null for an engine that has none. */
  save(): SavedSearch | null;
}

/**
 * The facts a search reads: their number is known up front, the records are read (and may be
 * parsed then, see src/index/facts.ts) only when a fact search runs.
 */
export interface FactSource {
  readonly count: number;
  all(): readonly FactRecord[];
}

/** A FactSource over facts already in memory. */
export function factList(facts: readonly FactRecord[]): FactSource {
  return { count: facts.length, all: () => facts };
}

/** One idea of a topic and the words that may stand for it, each worth `factor` of the word itself. */
export type WordGroup = ReadonlyArray<{ word: string; factor: number }>;

/** The quotations' word table, as a topic search (src/answer/topics.ts) uses it. */
export interface TopicTerms {
  /**
   * Quotations holding words of the most groups (rarest words first), and with `around` those
   * whose passages hold words of the most of its groups, in record order; with `speakerIds`,
   * only theirs, and all of theirs when they are few enough to rank whole.
   */
  candidates(groups: readonly WordGroup[], limit: number, speakerIds?: readonly string[], around?: readonly WordGroup[]): QuoteRecord[];
  /**
   * Quotations whose sentence before (`leadWords`: its words, the same for a quotation whatever
   * index holds it) holds words of the most groups, best first, weighed as `candidates` weighs
   * them; with `speakerIds`, only theirs. The table is built on first use and kept by the search.
   */
  leadCandidates(groups: readonly WordGroup[], limit: number, leadWords: (record: QuoteRecord) => string[], speakerIds?: readonly string[]): QuoteRecord[];
  /** How rare a word is among the quotations; undefined when none holds it. */
  rarity(word: string): number | undefined;
  /** The rarity of a word held by one quotation: the most any word can have. */
  readonly maxRarity: number;
  /** Quotation words a misspelt word may stand for. */
  typoNeighbours(word: string): Array<{ word: string; factor: number }>;
}

/** How many records fuse.js ranks per query: its cost grows with this, recall too. */
const QUOTE_CANDIDATES = 120;
/** Phrase queries: after ordering by words side by side, this many reach fuse.js. */
const PHRASE_CANDIDATES = 40;
const SPEAKER_CANDIDATES = 60;
/** Facts ranked by fuse.js per query: a few beyond what the caller asked for. */
const FACT_POOL = (limit: number): number => Math.max(limit * 3, 60);
/** A speaker with fewer quotations than this is ranked whole, as the scan would. */
const SMALL_POOL = 300;
/** Candidates below this share of the best candidate's word score rarely win the fuse.js ranking. */
const MIN_SHARE = 0.34;

/** What each record is found by: the same fields fuse.js ranks it on. */
const quoteWords =
  (quotes: readonly QuoteRecord[]) =>
  (i: number): string[] =>
    tokenize(quotes[i].text);
const speakerWords =
  (entities: readonly Entity[]) =>
  (i: number): string[] =>
    tokenize(`${entities[i].name} ${entities[i].aliases.join(' ')}`);
// Terms are lower-case lemmas already; only the odd one with punctuation needs the tokenizer.
const factWords =
  (facts: readonly FactRecord[]) =>
  (i: number): string[] => {
    const f = facts[i];
    return [...tokenize(f.statement), ...f.terms.flatMap((t) => (/^[a-z0-9]+$/.test(t) ? [t] : tokenize(t)))];
  };

/** Whether two records are indexed by the same words: the very fields the functions above read. */
const sameQuoteWords = (a: QuoteRecord, b: QuoteRecord): boolean => a.text === b.text;
const sameFactWords = (a: FactRecord, b: FactRecord): boolean =>
  a.statement === b.statement && (a.terms === b.terms || (a.terms.length === b.terms.length && a.terms.every((t, i) => t === b.terms[i])));

/**
 * Read-only search over one built index: an inverted index proposes candidates, fuse.js ranks
 * only those with the same options the full scan (ScanSearch) uses.
 */
export class CoverageSearch implements SearchEngine {
  private readonly quoteTerms: TermIndex;
  private readonly factTerms: TermIndex;
  private readonly speakerTerms: TermIndex;
  private readonly bySpeaker = new Map<string, QuoteRecord[]>();
  readonly facts: FactSource;
  /**
   * Told every record a quotation or fact search takes past its first cut by word weight (before
   * fuse.js ranks them): a scoped replica answering in batches keeps their articles, so that the
   * last run over the batches' winners holds the whole corpus's first cut (see src/replica/batched.ts).
   */
  onCandidates?: (records: readonly { articleId: string }[]) => void;

  /** Told every first cut a quotation, passage or fact search makes, with the ids of the records it kept (see FirstCut); additive like onCandidates. */
  observeCuts(told: CutObserver): void {
    this.toldCuts = told;
    const ids = (records: readonly { id: string }[]) => (cut: FirstCut) => cut.docs.map((d) => records[d]?.id ?? '');
    const quoteIds = ids(this.quotes);
    this.quoteTerms.onCut = (cut) => told('quotes', cut, quoteIds(cut));
    this.factTerms.onCut = (cut) => told('facts', cut, ids(this.facts.all())(cut));
    if (this.passageIndex) this.passageIndex.onCut = (cut) => told('passages', cut, quoteIds(cut));
    if (this.leadIndex) this.leadIndex.onCut = (cut) => told('leads', cut, quoteIds(cut));
  }

  private toldCuts?: CutObserver;

  /**
   * Without `prebuilt`, every record is tokenized now, facts included (which reads them all); with
   * it (a saved form restored, see `load`), facts are read only when a fact search needs them.
   */
  constructor(
    readonly articles: ReadonlyMap<string, Article>,
    readonly quotes: readonly QuoteRecord[],
    facts: FactSource | readonly FactRecord[],
    readonly entities: readonly Entity[],
    prebuilt?: TermTablesByKind,
    /** Record counts of the whole corpus when these records are only part of it (see TermIndex.scoped). */
    private readonly population?: Population,
    /** With `population`: the corpus's words a question reaches, when these records are not all that hold them. */
    private readonly corpus?: ScopedWords,
  ) {
    this.facts = isFactSource(facts) ? facts : factList(facts);
    const built = prebuilt ??
      (population && scopedTables(quotes, this.facts, entities, population, corpus)) ?? {
        quotes: TermIndex.of(quotes.length, quoteWords(quotes), true),
        // Kept, unlike the speakers', so that a reindex can reuse them (see `sliced`).
        facts: TermIndex.of(this.facts.count, factWords(this.facts.all()), true),
        speakers: TermIndex.of(entities.length, speakerWords(entities)),
      };
    this.quoteTerms = built.quotes;
    this.factTerms = built.facts;
    this.speakerTerms = built.speakers;
    for (const q of quotes) {
      if (!q.speakerId) continue;
      pushTo(this.bySpeaker, q.speakerId, q);
    }
  }

  /**
   * Same search, its indexes built in time slices so the live index keeps answering meanwhile.
   * With `previous` (the search being replaced), quotations and facts whose indexed words are
   * unchanged take their words from it instead of being tokenized again: the answers are exactly
   * those of a build from scratch. Speakers are few, so their table is always built anew.
   */
  static async sliced(
    articles: ReadonlyMap<string, Article>,
    quotes: readonly QuoteRecord[],
    factSource: FactSource | readonly FactRecord[],
    entities: readonly Entity[],
    previous?: CoverageSearch,
  ): Promise<CoverageSearch> {
    const slicer = new Slicer();
    const facts = isFactSource(factSource) ? factSource : factList(factSource);
    const reuse = async <T extends Keyed>(terms: TermIndex, before: readonly T[], now: readonly T[], same: (a: T, b: T) => boolean): Promise<Reuse> => ({
      previous: terms,
      source: await runSliced(matchRecords(now, before, same), slicer),
    });
    const built: TermTablesByKind = {
      quotes: await TermIndex.sliced(
        quotes.length,
        quoteWords(quotes),
        slicer,
        true,
        previous && (await reuse(previous.quoteTerms, previous.quotes, quotes, sameQuoteWords)),
      ),
      facts: await TermIndex.sliced(
        facts.count,
        factWords(facts.all()),
        slicer,
        true,
        previous && (await reuse(previous.factTerms, previous.facts.all(), facts.all(), sameFactWords)),
      ),
      speakers: await TermIndex.sliced(entities.length, speakerWords(entities), slicer),
    };
    return new CoverageSearch(articles, quotes, facts, entities, built);
  }

  /** The built word tables: `load` then skips tokenizing every record. */
  save(): SavedSearch {
    return saveTables({ quotes: this.quoteTerms, facts: this.factTerms, speakers: this.speakerTerms });
  }

  /**
   * The same search from the form `save()` gave for exactly these records, or why it cannot be
   * used. The facts' count is checked, not the facts, which may not be parsed yet.
   */
  static load(
    articles: ReadonlyMap<string, Article>,
    quotes: readonly QuoteRecord[],
    facts: FactSource,
    entities: readonly Entity[],
    saved: SavedSearch,
  ): CoverageSearch | { refused: string } {
    const tables = loadTables(saved, { quotes: quotes.length, facts: facts.count, speakers: entities.length });
    return 'refused' in tables ? tables : new CoverageSearch(articles, quotes, facts, entities, tables);
  }

  get topicTerms(): TopicTerms {
    const terms = this.quoteTerms;
    return {
      candidates: (groups, limit, speakerIds, around) => this.topicCandidates(groups, limit, speakerIds, around),
      leadCandidates: (groups, limit, leadWords, speakerIds) => this.leadCandidates(groups, limit, leadWords, speakerIds),
      rarity: (word) => terms.rarity(word),
      maxRarity: terms.maxRarity,
      typoNeighbours: (word) => terms.typoNeighbours(word),
    };
  }

  private topicCandidates(groups: readonly WordGroup[], limit: number, speakerIds?: readonly string[], around?: readonly WordGroup[]): QuoteRecord[] {
    if (speakerIds) {
      const pools = speakerIds.map((id) => this.bySpeaker.get(id) ?? []);
      // Each pool is in record order; several speakers' follow one another in the order given.
      if (pools.reduce((n, p) => n + p.length, 0) <= SMALL_POOL) return pools.flat();
    }
    const wanted = speakerIds && new Set(speakerIds);
    const accept = wanted ? (doc: number): boolean => wanted.has(this.quotes[doc].speakerId ?? '') : undefined;
    const docs = new Set(this.quoteTerms.groupCandidates(groups, limit, accept).map((c) => c.doc));
    if (around) for (const c of this.passageTerms().groupCandidates(around, limit, accept)) docs.add(c.doc);
    return [...docs].sort((a, b) => a - b).map((d) => this.quotes[d]);
  }

  private passageIndex?: TermIndex;

  /**
   * The words of each quotation's passage, for topics a quotation covers only through the
   * sentences around it. Built on first use, not saved: only topic searches read it, and a
   * start or a reindex should not pay for it before one is asked.
   */
  private passageTerms(): TermIndex {
    this.passageIndex ??= this.quoteTermIndex('passages', (record) => tokenize(record.passage.text), this.corpus?.passages);
    return this.passageIndex;
  }

  private leadIndex?: TermIndex;

  private leadCandidates(
    groups: readonly WordGroup[],
    limit: number,
    leadWords: (record: QuoteRecord) => string[],
    speakerIds?: readonly string[],
  ): QuoteRecord[] {
    const wanted = speakerIds && new Set(speakerIds);
    const accept = wanted ? (doc: number): boolean => wanted.has(this.quotes[doc].speakerId ?? '') : undefined;
    return this.leadTerms(leadWords)
      .groupCandidates(groups, limit, accept)
      .map((c) => this.quotes[c.doc]);
  }

  /**
   * The words of the sentence before each quotation (see TopicTerms.leadCandidates), built on
   * first use like the passages'. Over part of a corpus they are weighed by the whole version's
   * quotations, as the other tables are (a scoped replica's batch: with the version's counts of
   * the words it reaches, `corpus.leads`), so a quotation scores the same in any batch.
   */
  private leadTerms(leadWords: (record: QuoteRecord) => string[]): TermIndex {
    this.leadIndex ??= this.quoteTermIndex('leads', leadWords, this.corpus?.leads);
    return this.leadIndex;
  }

  /**
   * A table of words around each quotation other than its own (its passage, its lead). Over part
   * of a corpus it is weighed by the whole version's `counts` of its words, so a quotation scores
   * the same in any batch; its first cuts are told as `kind` (observeCuts hooks one built before it).
   */
  private quoteTermIndex(kind: CutKind, words: (record: QuoteRecord) => string[], counts?: CorpusWords): TermIndex {
    const wordsOf = (i: number) => words(this.quotes[i]);
    const index = this.population ? TermIndex.scoped(this.quotes.length, wordsOf, this.population.quotes, counts) : TermIndex.of(this.quotes.length, wordsOf);
    const told = this.toldCuts;
    if (told)
      index.onCut = (cut) =>
        told(
          kind,
          cut,
          cut.docs.map((d) => this.quotes[d]?.id ?? ''),
        );
    return index;
  }

  findQuotes(q: QuoteQuery): Hit<QuoteRecord>[] {
    const limit = q.limit ?? 10;
    const pool = q.speakerId ? (this.bySpeaker.get(q.speakerId) ?? []) : this.quotes;
    if (!q.text.trim()) return pool.slice(0, limit).map((record) => ({ record, score: 1 }));
    if (q.speakerId && pool.length <= SMALL_POOL) return rankQuotes(quoteFuse(pool, q.mode), q.text, q.mode, limit);
    const speakerId = q.speakerId;
    const accept = speakerId ? (doc: number): boolean => this.quotes[doc].speakerId === speakerId : undefined;
    const phrase = q.mode === 'phrase' ? { words: tokenize(q.text), keep: PHRASE_CANDIDATES } : undefined;
    const found = this.quoteTerms.candidates({ terms: queryTerms(q.text), prefix: 'last', limit: QUOTE_CANDIDATES, minShare: MIN_SHARE, accept, phrase });
    if (this.onCandidates) {
      // The first cut, before words side by side pick the phrase's few (see onCandidates).
      const wide = phrase
        ? this.quoteTerms.candidates({ terms: queryTerms(q.text), prefix: 'last', limit: QUOTE_CANDIDATES, minShare: MIN_SHARE, accept })
        : found;
      this.onCandidates(wide.map((c) => this.quotes[c.doc]));
    }
    const rank = new Map(found.map((c, i) => [this.quotes[c.doc], i]));
    const records = found
      .map((c) => c.doc)
      .sort((a, b) => a - b)
      .map((d) => this.quotes[d]);
    // fuse.js scores 'need' inside 'needs' as a perfect match; among equal scores, whole-word
    // matches (the candidate order) are the better answer, where the full scan takes record order.
    return rankQuotes(quoteFuse(records, q.mode), q.text, q.mode, records.length)
      .sort((x, y) => y.score - x.score || (rank.get(x.record) ?? 0) - (rank.get(y.record) ?? 0))
      .slice(0, limit);
  }

  findFacts(terms: string[], limit = 20): Hit<FactRecord>[] {
    const words = [...new Set(terms.flatMap(tokenize))];
    if (words.length === 0) return [];
    // Word prefixes stand in for fuse.js's substring test ('sign' → 'signed'); ranking re-checks.
    const docs = this.narrow(this.factTerms, { terms: words, prefix: 'all', fuzzy: false, limit: FACT_POOL(limit) });
    const facts = this.facts.all();
    const pool = docs.map((d) => facts[d]);
    this.onCandidates?.(pool);
    return rankFactsDirect(pool, terms, limit) ?? rankFacts(new Fuse(pool, FACT_OPTIONS), terms, limit);
  }

  findSpeakers(text: string, limit = 25): Hit<Entity>[] {
    if (!text.trim()) return this.entities.slice(0, limit).map((record) => ({ record, score: 1 }));
    const docs = this.narrow(this.speakerTerms, { terms: queryTerms(text), prefix: 'last', limit: Math.max(limit, SPEAKER_CANDIDATES) });
    return rankSpeakers(
      new Fuse(
        docs.map((d) => this.entities[d]),
        SPEAKER_OPTIONS,
      ),
      text,
      limit,
    );
  }

  /** Candidate record positions in record order, so fuse.js breaks ties as the full scan does. */
  private narrow(index: TermIndex, q: CandidateQuery): number[] {
    return index
      .candidates(q)
      .map((c) => c.doc)
      .sort((a, b) => a - b);
  }
}

/** Which word table a first cut was made in: the quotations', their passages', the sentences before them or the facts'. */
export type CutKind = 'quotes' | 'passages' | 'leads' | 'facts';

export type { FirstCut } from './candidates.js';

/** Told a first cut of one kind and the ids of the records it kept (CoverageSearch.observeCuts). */
export type CutObserver = (kind: CutKind, cut: FirstCut, recordIds: string[]) => void;

/** Record counts of a whole corpus, for a search over part of it. */
export interface Population {
  quotes: number;
  facts: number;
  speakers: number;
}

/** Per kind of record, the corpus's words a question reaches (see CorpusWords); speakers are always read whole. */
export interface ScopedWords {
  quotes: CorpusWords;
  passages: CorpusWords;
  /** The words of the sentence before each quotation (TopicTerms.leadCandidates). */
  leads: CorpusWords;
  facts: CorpusWords;
}

function scopedTables(quotes: readonly QuoteRecord[], facts: FactSource, entities: readonly Entity[], n: Population, corpus?: ScopedWords): TermTablesByKind {
  return {
    quotes: TermIndex.scoped(quotes.length, quoteWords(quotes), n.quotes, corpus?.quotes),
    facts: TermIndex.scoped(facts.count, factWords(facts.all()), n.facts, corpus?.facts),
    speakers: TermIndex.scoped(entities.length, speakerWords(entities), n.speakers),
  };
}

function isFactSource(facts: FactSource | readonly FactRecord[]): facts is FactSource {
  return !Array.isArray(facts);
}
