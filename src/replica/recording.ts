import type { Entity, FactRecord, QuoteRecord } from '../model/records.js';
import type { Hit, QuoteQuery, SearchEngine, TopicTerms, WordGroup, FactSource } from '../search/search.js';
import { queryTerms, tokenize } from '../search/tokens.js';
import type { Article } from '../model/article.js';
import type { WordNeeds } from '../store/scoped.js';

/**
 * A search that notes every word and speaker an answer asks it for, while the search it wraps
 * answers. A scoped replica runs an answer over the articles it read, then checks that it read
 * every article holding what the answer asked; if not, it reads those and runs it again.
 */
export class RecordingSearch implements SearchEngine {
  constructor(
    private readonly inner: SearchEngine,
    readonly asked: WordNeeds,
    /** With it: the articles of every record a search returned (a batch's winners, see ScopedAnswers). */
    private readonly winners?: Set<string>,
    /** Version-wide quotation counts of words (quoteWordCounts) and the version's quotation count: what rarity is reckoned by. */
    private readonly counted?: { counts: ReadonlyMap<string, number>; quotes: number },
  ) {}

  private won<R extends { articleId: string }>(records: readonly R[]): void {
    if (this.winners) for (const r of records) this.winners.add(r.articleId);
  }

  get articles(): ReadonlyMap<string, Article> {
    return this.inner.articles;
  }
  get quotes(): readonly QuoteRecord[] {
    return this.inner.quotes;
  }
  get facts(): FactSource {
    return this.inner.facts;
  }
  get entities(): readonly Entity[] {
    return this.inner.entities;
  }

  findQuotes(q: QuoteQuery): Hit<QuoteRecord>[] {
    if (q.speakerId) this.asked.speakerIds.add(q.speakerId);
    if (q.text.trim()) addTyped(q.text, this.asked.quotes, this.asked.quotePrefixes);
    const hits = this.inner.findQuotes(q);
    this.won(hits.map((h) => h.record));
    return hits;
  }

  findFacts(terms: string[], limit?: number): Hit<FactRecord>[] {
    for (const w of terms.flatMap(tokenize)) this.asked.factPrefixes.add(w);
    const hits = this.inner.findFacts(terms, limit);
    this.won(hits.map((h) => h.record));
    return hits;
  }

  findSpeakers(text: string, limit?: number): Hit<Entity>[] {
    if (text.trim()) {
      addTyped(text, this.asked.speakers, this.asked.speakerPrefixes);
      this.asked.speakerNames.add(text);
    }
    const hits = this.inner.findSpeakers(text, limit);
    // Answers go on to count or list a found speaker's quotations: all of them must be read.
    for (const h of hits) this.asked.speakerIds.add(h.record.id);
    return hits;
  }

  get topicTerms(): TopicTerms | undefined {
    const terms = this.inner.topicTerms;
    if (!terms) return undefined;
    const asked = this.asked;
    const counted = this.counted;
    const won = (records: QuoteRecord[]) => {
      this.won(records);
      return records;
    };
    const words = (groups: readonly WordGroup[] | undefined, into: Set<string>) => {
      for (const g of groups ?? []) for (const { word } of g) into.add(word);
    };
    return {
      candidates(groups, limit, speakerIds, around) {
        words(groups, asked.quotes);
        words(around, asked.passages);
        // /timeline's around-words are the topic's: an article is on it by its lead too.
        words(around, asked.leads);
        for (const id of speakerIds ?? []) asked.speakerIds.add(id);
        return won(terms.candidates(groups, limit, speakerIds, around));
      },
      leadCandidates(groups, limit, leadWords, speakerIds) {
        words(groups, asked.quoteLeads);
        for (const id of speakerIds ?? []) asked.speakerIds.add(id);
        // Every record past the cut is a winner, as the other tables' (see ScopedAnswers).
        return won(terms.leadCandidates(groups, limit, leadWords, speakerIds));
      },
      // Only a count is asked: from the version's counts, as the whole index reckons it (log(1 + quotations / holding)),
      // never by reading every quotation holding the word. A word not counted yet is asked for, and the answer made again.
      rarity(word) {
        const n = counted?.counts.get(word);
        if (n === undefined) {
          asked.quoteCounts.add(word);
          return terms.rarity(word);
        }
        return n > 0 ? Math.log(1 + Math.max(counted?.quotes ?? 0, n) / n) : undefined;
      },
      maxRarity: terms.maxRarity,
      typoNeighbours(word) {
        asked.quotes.add(word);
        return terms.typoNeighbours(word);
      },
    };
  }

  save(): null {
    return null;
  }
}

/** A query's words as the search reads them: its content words, the last one maybe unfinished. */
function addTyped(text: string, words: Set<string>, prefixes: Set<string>): void {
  const terms = queryTerms(text);
  for (const w of terms) words.add(w);
  const last = terms.at(-1);
  if (last && last.length >= 2) prefixes.add(last);
}

/** Whether everything in `asked` is already in `had`. */
export function covered(asked: WordNeeds, had: WordNeeds): boolean {
  return (Object.keys(asked) as (keyof WordNeeds)[]).every((k) => [...asked[k]].every((w) => had[k].has(w)));
}

/** Adds everything of `from` into `into`. */
export function addNeeds(into: WordNeeds, from: WordNeeds): void {
  for (const k of Object.keys(from) as (keyof WordNeeds)[]) for (const w of from[k]) into[k].add(w);
}
