import type pg from 'pg';
import { COMMAND_TABLE, type IndexList, type QueryName } from '../answer/commands.js';
import { context } from '../answer/context.js';
import { sourceRef } from '../answer/cite.js';
import { quotedSpeakersBy } from '../answer/speakers.js';
import { besideName } from '../answer/topics-named.js';
import { mergeVoice, outletKey, voiceAnswer, voiceFinish, voiceTally, type VoiceTally } from '../answer/share-of-voice.js';
import { mergeTimeline, timelineFinish, timelineTally, type TimelineTally } from '../answer/timeline.js';
import { cleanQuery } from '../answer/query.js';
import { sourcesAnswer } from '../answer/sources.js';
import { shorten } from '../corpus/title.js';
import type { CoverageIndex } from '../index/build.js';
import type { Answer, AnswerResult, SourceRef } from '../model/answer.js';
import type { Entity } from '../model/records.js';
import { allowedTypos, queryTerms } from '../search/tokens.js';
import type { Choice, IndexCounts, RemoteAnswers, SuggestKind } from '../service/coverage.js';
import {
  articleList,
  articlesInOrder,
  candidateArticles,
  emptyNeeds,
  isColumnWord,
  loadArticles,
  mostQuoted,
  peopleNamed,
  quotationCounts,
  quotedCounts,
  quoteWordCounts,
  speakersFor,
  typoNeighbours,
  versionOutlets,
  versionVoice,
  type ScopedArticle,
  type WordNeeds,
} from '../store/scoped.js';
import { LruCache } from './cache.js';
import { editDistance } from '../nlp/distance.js';
import { addNeeds, covered } from './recording.js';
import { scopedIndex, type VersionHead } from './scoped-index.js';
import { answerInBatches, type BatchReads } from './batched.js';
import { countInBatches, type Counting } from './aggregates.js';
import { askScoped } from './scoped-ask.js';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** Read-and-answer rounds per question: the first finds what the answer asks for, a second rarely more (a speaker found, then their quotations). */
const MAX_ROUNDS = 4;
/** Articles /help reads in corpus order, at most, for its examples (they come from the first suitable records). */
const HELP_ARTICLES = 60;

export interface ScopedSettings {
  /** Articles kept in memory between questions. */
  cache: LruCache<ScopedArticle>;
  /** Articles read for one index, at most: a question reaching more is answered in batches of this many (where exact). */
  candidateCap: number;
  /** false: past the cap, answer from the best matched instead of in batches (to show what batches change). */
  batches?: boolean;
  log?: Log;
}

/**
 * Answers from a version in the shared store by reading, per question, only the articles that
 * hold the words it asks for (and the quotations of the speakers it names), then running the very
 * answer function of the command table over them. See README "Scaling out".
 */
export class ScopedAnswers implements RemoteAnswers {
  /** Articles the last question was answered over (for tests and the bench). */
  lastScope = 0;
  /** Batches the last question was answered over (0: at once, see answerInBatches). */
  lastBatches = 0;
  private batchReads(): BatchReads {
    return {
      pool: this.pool,
      cap: this.settings.candidateCap,
      log: this.settings.log,
      articles: (head, ids) => this.articles(head, ids),
      speakers: (head, list, named) => this.speakers(head, list, named),
      addTypoNeighbours: (head, needs) => this.addTypoNeighbours(head, needs),
    };
  }

  /** What misspelt words may stand for, per version (see addTypoNeighbours). */
  private readonly typos = new LruCache<string[]>(5000);
  /** The outlets of the version last asked about, in order of first appearance (see versionOutlets). */
  private outlets: { version: number; names: string[] } | null = null;

  constructor(
    private readonly pool: pg.Pool,
    private head: () => VersionHead,
    private readonly settings: ScopedSettings,
  ) {}

  counts(): IndexCounts {
    const h = this.head();
    return { articles: h.articles, quotes: h.population.quotes, facts: h.population.facts, speakers: h.population.speakers };
  }

  async answer(name: QueryName, args: readonly string[]): Promise<Answer> {
    if (name === 'sources') return this.sources();
    if (name === 'help') return COMMAND_TABLE.help.answer(await this.firstArticles());
    const spec = COMMAND_TABLE[name];
    const needs = argNeeds(args, ARG_KINDS[name]);
    if (name === 'speakers') {
      const [topic = '', outlet = ''] = args;
      if (!topic.trim() && !outlet.trim()) {
        const voice = await this.voice();
        if (voice) return voice;
      }
      const o = cleanQuery(outlet, 'an outlet');
      // All of the outlet's articles; the name asked is matched against every outlet of the version.
      if (outlet.trim() && o.ok) needs.outlets.add(outletKey(o.text));
      const names = outlet.trim() ? await this.outletNames() : undefined;
      const voice = VOICE(topic, outlet, names);
      return this.scoped(
        needs,
        (index) => counted(voice, index),
        undefined,
        (n) => countInBatches(this.batchReads(), this.head(), n, voice),
      );
    }
    if (name === 'timeline') {
      const [topic = ''] = args;
      return this.scoped(
        needs,
        (index) => spec.answer(index, args),
        undefined,
        (n) => countInBatches(this.batchReads(), this.head(), n, TIMELINE(topic)),
      );
    }
    if (name === 'ask') {
      const asked = await askScoped(this.batchReads(), this.head(), args[0] ?? '', needs);
      this.lastScope = asked.scope;
      this.lastBatches = 0;
      return asked.out;
    }
    if (name === 'speaker') return this.speaker(args, needs);
    // /quote by a speaker also ranks quotations credited to a description in the stories where any
    // person bearing the typed surname appears (topics-described.ts): every article of those people.
    const surname = name === 'quote' ? besideName(args[1]?.trim() ? args[1] : (args[0] ?? '')) : null;
    if (surname) for (const id of await peopleNamed(this.pool, this.head().version, surname)) needs.speakerIds.add(id);
    return this.scoped(needs, (index) => spec.answer(index, args), BATCHED.has(name) ? citedArticles : undefined, undefined, spec.reads);
  }

  /**
   * /speaker. A speaker found is profiled from their own quotations, and the names matching are
   * told apart by theirs: those are all the answer reads. A name found nowhere is answered with the
   * most quoted speakers as suggestions, ranked by all their quotations: those are read only then,
   * since at an archive's size they are thousands of articles, whoever was asked.
   */
  private async speaker(args: readonly string[], needs: WordNeeds): Promise<Answer> {
    const spec = COMMAND_TABLE.speaker;
    const run = (index: CoverageIndex) => spec.answer(index, args);
    const found = await this.scoped(needs, run, citedArticles, undefined, spec.reads);
    if (found.found) return found;
    for (const id of await mostQuoted(this.pool, this.head().version, 3)) needs.speakerIds.add(id);
    return this.scoped(needs, run, citedArticles, undefined, spec.reads);
  }

  articleRef(id: string): SourceRef | undefined {
    const a = this.settings.cache.peek(`${this.head().version}:${id}`)?.article;
    return a ? { id: a.id, title: a.title, date: a.date, outlet: a.outlet } : undefined;
  }

  async context(recordId: string): Promise<AnswerResult | null> {
    const articleId = recordId.replace(/(:q|#f)\d+$/, '');
    const head = this.head();
    const list = await this.articles(head, [articleId]);
    return context(scopedIndex(head, list, [], emptyNeeds()), recordId);
  }

  async suggest(kind: SuggestKind, prefix: string, limit: number): Promise<Choice[]> {
    const q = cleanQuery(prefix);
    const typed = q.ok ? q.text.slice(0, 100) : '';
    if (kind === 'articles') return this.suggestArticles(prefix, limit);
    if (kind === 'speakers') return this.suggestSpeakers(typed, limit);
    if (!typed) return [];
    return this.scoped(
      argNeeds([typed], ['quotes']),
      (index) => {
        const seen = new Set<string>();
        return index.search
          .findQuotes({ text: typed, mode: 'phrase', limit })
          .map((h) => shorten(h.record.text, 100))
          .filter((n) => !seen.has(n) && seen.add(n))
          .map((n) => ({ name: n, value: n }));
      },
      () => [],
      undefined,
      // Quotation autocomplete reads records only through its phrase search.
      [],
    );
  }

  /**
   * Runs `run` over the articles holding what it asks for: read those `needs` name, run, and
   * again with what the run asked beyond them, until it asks for nothing unread.
   */
  private async scoped<T>(
    needs: WordNeeds,
    run: (index: CoverageIndex) => T,
    cited?: (out: T) => Iterable<string>,
    /** Past the cap: the answer counted batch by batch (countInBatches). */
    counting?: (needs: WordNeeds) => Promise<{ out: T; scope: number; batches: number }>,
    /** The index lists `run` reads (the command table's `reads`; see answerInBatches). */
    lists?: readonly IndexList[],
  ): Promise<T> {
    const head = this.head();
    let out: T | undefined;
    let read = '';
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await this.addTypoNeighbours(head, needs);
      const { ids, more } = await candidateArticles(this.pool, head.version, head.extractor, needs, this.settings.candidateCap);
      const entities = await speakersFor(this.pool, head.version, [...needs.speakerIds], needs);
      // The same articles, speakers and counted words as the last run: the same index, so the same answer.
      const scope = `${ids.join('\n')}\0${entities.map((e) => e.id).join('\n')}\0${[...needs.quoteCounts].join('\n')}`;
      if (out !== undefined && scope === read) return out;
      read = scope;
      if (more && cited && this.settings.batches !== false) {
        const batched = await answerInBatches(this.batchReads(), head, needs, run, cited, lists);
        this.lastScope = batched.scope;
        this.lastBatches = batched.batches;
        return batched.out;
      }
      if (more && counting && this.settings.batches !== false) {
        const counted = await counting(needs);
        this.lastScope = counted.scope;
        this.lastBatches = counted.batches;
        return counted.out;
      }
      if (more)
        this.settings.log?.('warn', 'a question matched more articles than REPLICA_CANDIDATES; answering from the best matched', {
          cap: this.settings.candidateCap,
        });
      const list = await this.articles(head, ids);
      const counts = await quoteWordCounts(this.pool, head.version, head.extractor, needs.quoteCounts);
      const asked = emptyNeeds();
      const index = scopedIndex(head, list, await this.speakers(head, list, entities), asked, { counts });
      this.lastScope = list.length;
      this.lastBatches = 0;
      out = run(index);
      if (covered(asked, needs)) return out;
      addNeeds(needs, asked);
    }
    this.settings.log?.('warn', 'a question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
    return out as T;
  }

  /**
   * A word the version does not hold may be a typo: the search then expands it to the version's
   * words a few edits away, so the articles holding those must be read too.
   */
  private async addTypoNeighbours(head: VersionHead, needs: WordNeeds): Promise<void> {
    const look = async (kind: 'q' | 's', words: Iterable<string>, into: Set<string>) => {
      const key = (word: string) => `${head.version}:${kind}:${word}`;
      const todo = [...new Set(words)].filter((w) => allowedTypos(w) > 0 && isColumnWord(w) && !this.typos.peek(key(w)));
      for (const [word, near] of await typoNeighbours(this.pool, head.version, kind, todo, allowedTypos, editDistance)) this.typos.set(key(word), near);
      for (const word of words) for (const w of this.typos.get(key(word)) ?? []) into.add(w);
    };
    await look('q', [...needs.quotes, ...needs.quotePrefixes], needs.quotes);
    await look('s', [...needs.speakers, ...needs.speakerPrefixes], needs.speakers);
  }

  /** The articles by id, from the cache or the store (and into the cache), in corpus order. */
  private async articles(head: VersionHead, ids: readonly string[]): Promise<ScopedArticle[]> {
    const { cache } = this.settings;
    const key = (id: string) => `${head.version}:${id}`;
    const held = ids.flatMap((id) => cache.get(key(id)) ?? []);
    const have = new Set(held.map((x) => x.article.id));
    const read = await loadArticles(
      this.pool,
      head.version,
      head.extractor,
      ids.filter((id) => !have.has(id)),
    );
    for (const x of read) cache.set(key(x.article.id), x);
    return [...held, ...read].sort((a, b) => a.seq - b.seq);
  }

  /** The speakers an index over `list` needs: those the question names (`named`), and those its quotations are by. */
  private async speakers(head: VersionHead, list: readonly ScopedArticle[], named: readonly (Entity & { seq: number })[]): Promise<Entity[]> {
    const have = new Set(named.map((e) => e.id));
    const more = new Set<string>();
    for (const x of list) for (const q of x.quotes) if (q.speakerId && !have.has(q.speakerId)) more.add(q.speakerId);
    const rows = more.size ? await speakersFor(this.pool, head.version, [...more], emptyNeeds()) : [];
    return [...named, ...rows].sort((a, b) => a.seq - b.seq).map(({ seq: _, ...entity }) => entity);
  }

  /**
   * Speakers for autocomplete, ranked as quotedSpeakers ranks them over the whole version: by the
   * quotation counts its linking stored (and, typed, among the speakers named like it), so no
   * article is read and the answer is the same at any size.
   */
  private async suggestSpeakers(typed: string, limit: number): Promise<Choice[]> {
    const head = this.head();
    if (!typed.trim()) {
      const ids = await mostQuoted(this.pool, head.version, limit);
      const entities = await this.speakers(head, [], await speakersFor(this.pool, head.version, ids, emptyNeeds()));
      const counts = await quotedCounts(this.pool, head.version, head.extractor, ids);
      return quotedSpeakersBy(scopedIndex(head, [], entities, emptyNeeds()), '', limit, counts).map((h) => choice(h.record.name));
    }
    const needs = emptyNeeds();
    needs.speakerNames.add(typed);
    let out: Choice[] = [];
    for (let round = 0; round < MAX_ROUNDS; round++) {
      await this.addTypoNeighbours(head, needs);
      const entities = await this.speakers(head, [], await speakersFor(this.pool, head.version, [], needs));
      const counts = await quotationCounts(
        this.pool,
        head.version,
        entities.map((e) => e.id),
      );
      const asked = emptyNeeds();
      out = quotedSpeakersBy(scopedIndex(head, [], entities, asked), typed, limit, counts).map((h) => choice(h.record.name));
      // The speakers found are all read already (their counts are stored): none of their articles is needed.
      asked.speakerIds.clear();
      if (covered(asked, needs)) return out;
      addNeeds(needs, asked);
    }
    return out;
  }

  /** Every outlet of the version, in order of first appearance (read once per version). */
  private async outletNames(): Promise<string[]> {
    const head = this.head();
    if (this.outlets?.version !== head.version) this.outlets = { version: head.version, names: await versionOutlets(this.pool, head.version, head.extractor) };
    return this.outlets.names;
  }

  /** /speakers over the whole version, from the counts its linking kept. */
  private async voice(): Promise<Answer | null> {
    const voice = await versionVoice(this.pool, this.head().version);
    if (!voice) return null;
    const quotes = new Map(voice.speakers.map(([name, n]) => [name, n]));
    const articles = new Map(voice.speakers.map(([name, , n]) => [name, n]));
    return voiceAnswer('', '', quotes, (speaker) => articles.get(speaker) ?? 0, voice.unattributed);
  }

  /** /sources from one query over the version's articles and their record counts. */
  private async sources(): Promise<Answer> {
    const head = this.head();
    const rows = await articleList(this.pool, head.version, head.extractor);
    const results: AnswerResult[] = rows.map(({ article: a, quotes, facts }) => ({
      kind: 'article',
      text: a.title,
      speaker: null,
      source: { ...sourceRef({ ...a, text: '' }, a.id), url: a.url },
      passage: a.paragraphs[0] ?? { text: '', start: 0, end: 0 },
      score: 1,
      alsoIn: [],
      counts: { quotes, facts },
    }));
    return sourcesAnswer(results);
  }

  /** An index over the version's first articles: /help's examples come from its first suitable records. */
  private async firstArticles(): Promise<CoverageIndex> {
    const head = this.head();
    const order = await articlesInOrder(this.pool, head.version, head.extractor, -1, HELP_ARTICLES);
    const list = await this.articles(
      head,
      order.map((o) => o.id),
    );
    return scopedIndex(head, list, await this.speakers(head, list, []), emptyNeeds());
  }

  private async suggestArticles(prefix: string, limit: number): Promise<Choice[]> {
    const head = this.head();
    const typed = prefix.trim().toLowerCase();
    const { rows } = await this.pool.query<{ id: string; title: string }>(
      `SELECT a.id, a.title FROM version_articles v JOIN articles a ON a.id = v.article_id AND a.hash = v.hash
       JOIN extractions e ON e.article_id = v.article_id AND e.hash = v.hash AND e.extractor = $2
       WHERE v.version = $1 AND ($3 = '' OR strpos(lower(a.id), $3) > 0 OR strpos(lower(a.title), $3) > 0) ORDER BY v.seq LIMIT $4`,
      [head.version, head.extractor, typed, limit],
    );
    return rows.map((a) => ({ name: shorten(`${a.title} (${a.id})`, 100), value: a.id.slice(0, 100) }));
  }
}

function choice(name: string): Choice {
  const n = shorten(name, 100);
  return { name: n, value: n };
}

/**
 * Commands answered in batches past the candidate cap: their answers read the index through
 * searches that rank each record on its own (see answerInBatches). /ask is answered at any size
 * from the few articles it can depend on (askScoped). /speakers and /timeline count
 * every quotation on a topic instead: past the cap they are counted batch by batch and the counts
 * summed (VOICE, TIMELINE, countInBatches).
 */
const BATCHED = new Set<QueryName>(['whosaid', 'quote', 'speaker']);

/** /speakers as a count over batches; `outlets`: every outlet of the version, when one is asked for. */
const VOICE = (topic: string, outlet: string, outlets?: readonly string[]): Counting<VoiceTally> => ({
  count: (index) => voiceTally(index, topic, outlet, outlets),
  merge: mergeVoice,
  finish: voiceFinish,
});

/** /timeline as a count over batches. */
const TIMELINE = (topic: string): Counting<TimelineTally> => ({
  count: (index) => timelineTally(index, topic),
  merge: mergeTimeline,
  finish: timelineFinish,
});

/** A counting answer over one index: its tally finished, or its refusal. */
function counted<P extends object>(c: Counting<P>, index: CoverageIndex): Answer {
  const out = c.count(index);
  return 'command' in out ? out : c.finish(out);
}

/** The articles an answer cites: its results' and their "Also in" lists'. */
function citedArticles(answer: Answer): string[] {
  return answer.results.flatMap((r) => [r.source.id, ...r.alsoIn]);
}

type ArgKind = 'quotes' | 'passages' | 'facts' | 'speakers';

/**
 * Which records a command's typed words are looked up in before the answer runs: beyond what
 * the answer's searches ask (noted as it runs), the words an answer checks a typed word against
 * (is it a name, a word the facts know) must be read as the whole index would hold them.
 */
const ARG_KINDS: Record<Exclude<QueryName, 'sources' | 'help'>, readonly ArgKind[]> = {
  whosaid: ['quotes'],
  quote: ['quotes', 'passages', 'speakers'],
  ask: ['facts', 'speakers'],
  speaker: ['speakers'],
  speakers: ['quotes', 'passages', 'speakers'],
  timeline: ['quotes', 'passages', 'speakers'],
};

/** The records and speakers holding any of a question's own words, in the kinds given. */
function argNeeds(args: readonly string[], kinds: readonly ArgKind[]): WordNeeds {
  const needs = emptyNeeds();
  for (const arg of args) {
    for (const w of queryTerms(arg)) for (const kind of kinds) needs[kind].add(w);
    if (arg.trim() && kinds.includes('speakers')) needs.speakerNames.add(arg.slice(0, 100));
  }
  return needs;
}
