import type pg from 'pg';
import { COMMAND_TABLE, commandNamed, type CommandSpec, type IndexList } from '../answer/commands.js';
import type { CoverageIndex } from '../index/build.js';
import type { Entity } from '../model/records.js';
import { candidateArticles, corpusWords, emptyNeeds, quoteWordCounts, speakersFor, type ScopedArticle, type WordNeeds } from '../store/scoped.js';
import { candidateOrder, loadMatching } from '../store/scoped-batch.js';
import { CutBook, CutBounds } from './first-cut.js';
import { addNeeds, covered } from './recording.js';
import { scopedIndex, type VersionHead } from './scoped-index.js';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** What answering in batches needs of the replica's reads (ScopedAnswers). */
export interface BatchReads {
  pool: pg.Pool;
  /** Articles in one batch at most: REPLICA_CANDIDATES. */
  cap: number;
  log?: Log;
  articles(head: VersionHead, ids: readonly string[]): Promise<ScopedArticle[]>;
  speakers(head: VersionHead, list: readonly ScopedArticle[], named: readonly (Entity & { seq: number })[]): Promise<Entity[]>;
  addTypoNeighbours(head: VersionHead, needs: WordNeeds): Promise<void>;
}

/** A question answered in batches: its answer, the articles of the last run, the batches and the articles read in them. */
export interface Batched<T> {
  out: T;
  scope: number;
  batches: number;
  read: number;
}

const MAX_ROUNDS = 4;
/**
 * Rounds left after one batch, at most: needs only grow from one to the next, so this bounds only
 * a question asking new words in batch after batch; past it, rounds are read through as before.
 */
const MAX_EARLY_STOPS = 16;
const EVERY_LIST: readonly IndexList[] = ['quotes', 'facts', 'articles'];

/** Whether unread articles are bounded (REPLICA_BOUND=off reads every candidate article, to compare). */
function boundOn(): boolean {
  return process.env.REPLICA_BOUND !== 'off';
}

/** The lists an answer's command declares it reads (COMMAND_TABLE `reads`); undefined for what no command answered. */
function declaredReads(out: unknown): readonly IndexList[] | undefined {
  if (typeof out !== 'object' || out === null || !('command' in out)) return undefined;
  const name = commandNamed(String(out.command));
  if (!name) return undefined;
  const spec: CommandSpec = COMMAND_TABLE[name];
  return spec.reads ?? EVERY_LIST;
}

/** One batch as read: its articles (whole, or with only their matching records) and the speakers an index over them needs. */
interface BatchRead {
  list: ScopedArticle[];
  entities: Entity[];
}

/**
 * A question whose words more articles hold than one index may be built over, answered exactly
 * all the same: the answer runs over each batch of at most `cap` of those articles, its words
 * weighed by the whole version's counts (corpusWords), and each batch's winners are kept: the
 * articles of every record its searches took past their first cut and of every result it cites.
 * Then it runs once more over the winners of all batches. A search ranks each record by the
 * record and the version's word counts alone and keeps its best; so the best of all the articles
 * are among the winners of their batches, and the last run, over a set holding them, returns what
 * a run over every article would. Memory: two batches at a time, then one index over the winners.
 *
 * What the command table declares the answer reads (`reads`, here `lists`) decides the rest:
 * - reading neither quotations nor facts (its records only through word searches), a batch reads
 *   only the records holding a needed word (loadMatching): a search's candidates are those records,
 *   weighed by the version's counts, so it keeps the same from either;
 * - reading no list at all, articles that cannot change the answer are not read: each search's
 *   first cut keeps at most so many records, none below a share of the best (FirstCut), so once
 *   the records read show a score every cut keeps, an article whose best record (its bound, computed
 *   by PostgreSQL from its records' stored words: migration 007) scores below that in every cut is
 *   skipped. The best matched articles are read first and the rest in descending bound, so the
 *   scores to beat rise fast. The last run is then checked: for each cut it made, every candidate
 *   article outside it was read in a batch making that cut, or is bounded below it; any other is
 *   added and the last run made again (a cut no batch made, from an answer taking another turn).
 *   An answer that made no cut over the first batch (/speaker: only the quotations of the speakers
 *   it names, all read for the last run) needs no other batch.
 *   Reading only 'own-articles' (every record of the articles it finds records in: /quote), batches
 *   are read whole and bounded the same way.
 * - reading lists, every candidate article is read, whole.
 * Without `lists` the first batch is read whole and the answer's own command (Answer.command)
 * gives them; an answer no command gives (autocomplete) is read whole throughout.
 *
 * An answer asking words its round was not read with (WordNeeds: inflections, related words,
 * names a topic stands for) is made again with them; the round stops at the first batch that
 * asks one, since only a round asking nothing new is kept.
 */
export async function answerInBatches<T>(
  reads: BatchReads,
  head: VersionHead,
  needs: WordNeeds,
  run: (index: CoverageIndex) => T,
  cited: (out: T) => Iterable<string>,
  lists?: readonly IndexList[],
): Promise<Batched<T>> {
  let last: Batched<T> | undefined;
  let declared = lists;
  let asked = emptyNeeds();
  const partial = () => declared !== undefined && declared.every((l) => l === 'articles');
  // 'own-articles' reads no unread article: those of the records searches return are read whole.
  // Quotations found by the sentence before them are bounded only where every one has it stored.
  const bounded = () =>
    declared !== undefined &&
    declared.every((l) => l === 'own-articles') &&
    boundOn() &&
    (head.leads || (needs.quoteLeads.size === 0 && asked.quoteLeads.size === 0));
  let stops = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await reads.addTypoNeighbours(head, needs);
    const words = await corpusWords(reads.pool, head.version, head.extractor, needs, head.wordCounts);
    const counts = await quoteWordCounts(reads.pool, head.version, head.extractor, needs.quoteCounts);
    const named = await speakersFor(reads.pool, head.version, [...needs.speakerIds], needs);
    asked = emptyNeeds();
    const all = await candidateOrder(reads.pool, head.version, head.extractor, needs);
    // Corpus positions: batches and the winners are indexed in corpus order, as a run over every article is.
    const seqOf = new Map(all.map((p) => [p.id, p.seq]));
    const book = new CutBook();
    const bounds = new CutBounds(
      reads.pool,
      head,
      book,
      all.map((p) => p.id),
    );
    /** Per article read, the cuts its batch made. */
    const ran = new Map<string, Set<string>>();
    let articlesRead = 0;
    const read = async (ids: readonly string[], whole: boolean): Promise<BatchRead> => {
      const list = whole ? await reads.articles(head, ids) : await loadMatching(reads.pool, head.version, head.extractor, ids, needs);
      articlesRead += list.length;
      return { list, entities: await reads.speakers(head, list, named) };
    };
    /** The answer over one batch; its winners into `winners` (none for the last run); the cuts it made. */
    const answer = (b: BatchRead, winners: Set<string> | null): { out: T; cuts: Set<string> } => {
      const found = new Set<string>();
      const cuts = new Set<string>();
      const note = (kind: Parameters<CutBook['note']>[0], cut: Parameters<CutBook['note']>[1], ids: readonly string[]) => {
        const key = book.note(kind, cut, ids);
        if (key) cuts.add(key);
      };
      const index = scopedIndex(head, b.list, b.entities, asked, { words, winners: winners ? found : undefined, cuts: note, counts });
      const out = run(index);
      if (winners) for (const id of [...found, ...cited(out)]) winners.add(id);
      for (const x of b.list) ran.set(x.article.id, new Set([...(ran.get(x.article.id) ?? []), ...cuts]));
      declared ??= declaredReads(out);
      return { out, cuts };
    };
    const winners = new Set<string>();
    let batches = 0;
    const pending = await firstOrder(reads, head, needs, all, bounded() || (declared === undefined && boundOn()));
    let at = 0;
    const take = (): string[] => {
      const ids: string[] = [];
      while (at < pending.length && ids.length < reads.cap) {
        const id = pending[at++] as string;
        if (!(bounded() && bounds.excluded(id, batches > 0))) ids.push(id);
      }
      return ids.sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0));
    };
    /** A batch read ahead, less the articles the bounds rule out since it was chosen (none unbounded). */
    const dropExcluded = (b: BatchRead): BatchRead =>
      bounded() && batches > 0 ? { ...b, list: b.list.filter((x) => !bounds.excluded(x.article.id, true)) } : b;
    let ahead: { ids: string[]; read: Promise<BatchRead> } | null = null;
    let stopped = false;
    for (;;) {
      const ids = ahead?.ids ?? take();
      if (ids.length === 0) break;
      const b = dropExcluded(await (ahead?.read ?? read(ids, !partial())));
      ahead = null;
      // The next batch is read from PostgreSQL while this one is answered. Bounded, it is chosen by
      // the bounds of the batches before this one (so not while the first is answered), and what this
      // one's answer rules out of it is dropped unanswered when its turn comes (dropExcluded).
      if (!bounded() || batches > 0) {
        const following = take();
        if (following.length) ahead = { ids: following, read: read(following, !partial()) };
      }
      if (b.list.length === 0) continue;
      // One turn of the event loop so the next batch's queries are on their way before this one's CPU work.
      await new Promise((resolve) => setImmediate(resolve));
      answer(b, winners);
      batches++;
      // A round is kept only when its answer asked no word it was not read with (covered, below):
      // once one batch asks another, the rest of the round would be read to be thrown away.
      if (stops < MAX_EARLY_STOPS && !covered(asked, needs)) {
        stopped = true;
        break;
      }
      if (bounded() && (await bounds.cover(book.keys()))) {
        // The articles left in descending bound: the scores to beat rise fastest so.
        const left = pending.slice(at).sort((x, y) => bounds.best(y) - bounds.best(x));
        pending.splice(at, left.length, ...left);
      }
    }
    if (stopped) {
      // Read, not answered: settled so no query is left running on the pool.
      if (ahead) await ahead.read;
      reads.log?.('info', 'answered in batches', { candidates: all.length, batches, read: articlesRead, scope: 0, bounded: bounded(), stopped: true });
      addNeeds(needs, asked);
      stops++;
      // Not one of the MAX_ROUNDS: the round is made again, whole, with the words asked.
      round--;
      continue;
    }
    // Winners of many batches may be more than one batch: narrow them the same way while that drops some.
    let kept = winners;
    while (kept.size > reads.cap) {
      const ordered = [...kept].sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0));
      const next = new Set<string>();
      for (let i = 0; i < ordered.length; i += reads.cap) {
        answer(await read(ordered.slice(i, i + reads.cap), !partial()), next);
        batches++;
      }
      // No batch can drop any: the winners are what the searches' own limits let through, however many articles there are.
      if (next.size >= kept.size) break;
      kept = next;
    }
    // Speakers the answer ranks or profiles are counted over all their quotations (how often each
    // is quoted): every article of the speakers it names is in the last run.
    const theirs = named.flatMap((e) => (needs.speakerIds.has(e.id) ? e.articles : []));
    let ids = [...new Set([...theirs, ...kept])];
    for (;;) {
      const { out, cuts } = answer(await read(ids, true), null);
      last = { out, scope: ids.length, batches, read: articlesRead };
      if (!bounded()) break;
      await bounds.cover(cuts);
      const inRun = new Set(ids);
      const missing = all.filter((p) => !inRun.has(p.id) && [...cuts].some((k) => !ran.get(p.id)?.has(k) && !bounds.below(k, p.id))).map((p) => p.id);
      if (missing.length === 0) break;
      ids = [...ids, ...missing];
    }
    reads.log?.('info', 'answered in batches', { candidates: all.length, batches, read: articlesRead, scope: ids.length, bounded: bounded() });
    if (covered(asked, needs)) return last;
    addNeeds(needs, asked);
  }
  reads.log?.('warn', 'a question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
  return last as Batched<T>;
}

/**
 * The candidate articles in the order batches read them: with a bound, the best matched first
 * (one batch of them, by PostgreSQL's rank of their matching records), then the rest in corpus
 * order until the first batch's cuts give their bounds; without, corpus order.
 */
async function firstOrder(reads: BatchReads, head: VersionHead, needs: WordNeeds, all: readonly { id: string }[], best: boolean): Promise<string[]> {
  if (!best) return all.map((p) => p.id);
  const first = await candidateArticles(reads.pool, head.version, head.extractor, needs, reads.cap);
  const chosen = new Set(first.ids);
  return [...first.ids, ...all.filter((p) => !chosen.has(p.id)).map((p) => p.id)];
}
