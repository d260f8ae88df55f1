import type pg from 'pg';
import type { CoverageIndex } from '../index/build.js';
import type { Entity } from '../model/records.js';
import { corpusWords, emptyNeeds, speakersFor, type ScopedArticle, type WordNeeds } from '../store/scoped.js';
import { candidateOrder, loadMatching } from '../store/scoped-batch.js';
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

const MAX_ROUNDS = 4;

/** Per kind of question (the kinds of words it needs), whether its last answer read the record lists (see answerInBatches). */
const listReaders = new Map<string, boolean>();

function kindOf(needs: WordNeeds): string {
  return Object.entries(needs)
    .filter(([, set]) => (set as Set<string>).size > 0)
    .map(([k]) => k)
    .join(',');
}

/** One batch as read: its articles (whole, or with only their matching records) and the speakers an index over them needs. */
interface BatchRead {
  list: ScopedArticle[];
  entities: Entity[];
  partial: boolean;
}

/**
 * A question whose words more articles hold than one index may be built over, answered exactly
 * all the same: the answer runs over each batch of at most `cap` of those articles (corpus order;
 * the whole list from one query), its words weighed by the whole version's counts (corpusWords),
 * and each batch's winners are kept: the articles of every record its searches returned and of
 * every result it cites. Then it runs once more over the winners of all batches. A search ranks
 * each record by the record and the version's word counts alone and returns its best; so the best
 * of all the articles are among the winners of their batches, and the last run, over a set holding
 * them, returns what a run over every article would. Memory: two batches at a time (the next is
 * read while one is answered), then one index over the winners, whose number the searches' own
 * limits bound, not the archive; time grows linearly with the articles the question reaches.
 *
 * What makes it fast (measured at 10 k, README "Scaling out"): a batch reads only the records
 * holding a needed word (loadMatching), not every record of its articles. That changes no
 * winner: a search's candidates are the records holding a word it asks for, weighed by the
 * version's counts (not the batch's), so it returns the same records from either; a word the
 * answer asks beyond the needs is noted and read in the next round (as the unbatched path does).
 * An answer that reads the record lists themselves (a topic's share of an article, a spelling
 * check over the facts' words) would see fewer: the index notes it (PartialRecords) and that batch
 * and the rest are read whole. The last run, over the winners, always reads whole articles. And
 * the next batch is read from PostgreSQL while this one is indexed and answered.
 */
export async function answerInBatches<T>(
  reads: BatchReads,
  head: VersionHead,
  needs: WordNeeds,
  run: (index: CoverageIndex) => T,
  cited: (out: T) => Iterable<string>,
): Promise<{ out: T; scope: number; batches: number }> {
  let last: { out: T; scope: number; batches: number } | undefined;
  // Once an answer read the record lists, its batches are read whole for the rest of the question;
  // from the start when the last question of its kind did (a guess for speed: either way is exact).
  const kind = kindOf(needs);
  let whole = listReaders.get(kind) ?? false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await reads.addTypoNeighbours(head, needs);
    const words = await corpusWords(reads.pool, head.version, head.extractor, needs);
    const named = await speakersFor(reads.pool, head.version, [...needs.speakerIds], needs);
    const asked = emptyNeeds();
    // Corpus positions of the articles read: winners are narrowed in corpus order without reading them again.
    const seqOf = new Map<string, number>();
    const read = async (ids: readonly string[], partial: boolean): Promise<BatchRead> => {
      const list = partial ? await loadMatching(reads.pool, head.version, head.extractor, ids, needs) : await reads.articles(head, ids);
      for (const x of list) seqOf.set(x.article.id, x.seq);
      return { list, entities: await reads.speakers(head, list, named), partial };
    };
    const answer = (b: BatchRead, winners: Set<string> | null): { out: T; valid: boolean } => {
      const found = new Set<string>();
      const partial = b.partial ? { touched: false } : undefined;
      const index = scopedIndex(head, b.list, b.entities, asked, { words, winners: winners ? found : undefined, partial });
      let out: T;
      try {
        out = run(index);
      } catch (err) {
        // The watched index stops an answer at its first read of the record lists (no use finishing it).
        if (partial?.touched) return { out: undefined as T, valid: false };
        throw err;
      }
      if (partial?.touched) return { out, valid: false };
      if (winners) for (const id of [...found, ...cited(out)]) winners.add(id);
      return { out, valid: true };
    };
    /** Each batch of `groups` answered in turn (the next read meanwhile), its winners into `winners`. */
    const overBatches = async (groups: readonly (readonly string[])[], winners: Set<string>): Promise<void> => {
      const start = (ids: readonly string[] | undefined) => (ids ? read(ids, !whole) : null);
      let next = start(groups[0]);
      for (const [i, ids] of groups.entries()) {
        let b = await (next ?? read(ids, !whole));
        const following = groups[i + 1];
        next = start(following);
        // One turn of the event loop so the next batch's queries are on their way before this one's CPU work.
        await new Promise((resolve) => setImmediate(resolve));
        if (!answer(b, winners).valid) {
          whole = true;
          listReaders.set(kind, true);
          b = await read(ids, false);
          answer(b, winners);
          if (next && following) next = next.then((n) => (n.partial ? read(following, false) : n));
        }
      }
    };
    // Speakers the answer ranks or profiles are counted over all their quotations (how often each
    // is quoted): every article of the speakers it names is a winner, as the candidate query puts them first.
    const theirs = named.flatMap((e) => (needs.speakerIds.has(e.id) ? e.articles : []));
    const all = await candidateOrder(reads.pool, head.version, head.extractor, needs);
    let winners = new Set<string>();
    let batches = 0;
    const groups: string[][] = [];
    for (let i = 0; i < all.length; i += reads.cap) groups.push(all.slice(i, i + reads.cap).map((p) => p.id));
    batches += groups.length;
    await overBatches(groups, winners);
    // Winners of many batches may be more than one batch: narrow them the same way while that drops some.
    while (winners.size > reads.cap) {
      const ordered = [...winners].sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0));
      const next = new Set<string>();
      const narrower: string[][] = [];
      for (let i = 0; i < ordered.length; i += reads.cap) narrower.push(ordered.slice(i, i + reads.cap));
      batches += narrower.length;
      await overBatches(narrower, next);
      // No batch can drop any: the winners are what the searches' own limits let through, however many articles there are.
      if (next.size >= winners.size) break;
      winners = next;
    }
    if (!whole) listReaders.set(kind, false);
    const ids = [...new Set([...theirs, ...winners])];
    last = { out: answer(await read(ids, false), null).out, scope: ids.length, batches };
    if (covered(asked, needs)) return last;
    addNeeds(needs, asked);
  }
  reads.log?.('warn', 'a question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
  return last as { out: T; scope: number; batches: number };
}
