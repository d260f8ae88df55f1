import type pg from 'pg';
import type { CoverageIndex } from '../index/build.js';
import type { Entity } from '../model/records.js';
import { candidatePage, corpusWords, emptyNeeds, speakersFor, type ScopedArticle, type WordNeeds } from '../store/scoped.js';
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

/**
 * A question whose words more articles hold than one index may be built over, answered exactly
 * all the same: the answer runs over each batch of at most `cap` of those articles (corpus order,
 * paged in PostgreSQL), its words weighed by the whole version's counts (corpusWords), and each
 * batch's winners are kept: the articles of every record its searches returned and of every result
 * it cites. Then it runs once more over the winners of all batches. A search ranks each record by
 * the record and the version's word counts alone and returns its best; so the best of all the
 * articles are among the winners of their batches, and the last run, over a set holding them,
 * returns what a run over every article would. Memory: one batch's index at a time, then one over
 * the winners, whose number the searches' own limits bound (a few hundred records' articles at
 * most), not the archive; time grows linearly with the articles the question reaches.
 */
export async function answerInBatches<T>(
  reads: BatchReads,
  head: VersionHead,
  needs: WordNeeds,
  run: (index: CoverageIndex) => T,
  cited: (out: T) => Iterable<string>,
): Promise<{ out: T; scope: number; batches: number }> {
  let last: { out: T; scope: number; batches: number } | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await reads.addTypoNeighbours(head, needs);
    const words = await corpusWords(reads.pool, head.version, head.extractor, needs);
    const named = await speakersFor(reads.pool, head.version, [...needs.speakerIds], needs);
    const asked = emptyNeeds();
    // Corpus positions of the articles read: winners are narrowed in corpus order without reading them again.
    const seqOf = new Map<string, number>();
    const over = async (ids: readonly string[], winners: Set<string> | null): Promise<T> => {
      const list = await reads.articles(head, ids);
      for (const x of list) seqOf.set(x.article.id, x.seq);
      const index = scopedIndex(head, list, await reads.speakers(head, list, named), asked, { words, winners: winners ?? undefined });
      const out = run(index);
      if (winners) for (const id of cited(out)) winners.add(id);
      return out;
    };
    // Speakers the answer ranks or profiles are counted over all their quotations (how often each
    // is quoted): every article of the speakers it names is a winner, as the candidate query puts them first.
    const theirs = named.flatMap((e) => (needs.speakerIds.has(e.id) ? e.articles : []));
    let winners = new Set<string>();
    let batches = 0;
    for (let after = -1; ; ) {
      const page = await candidatePage(reads.pool, head.version, head.extractor, needs, after, reads.cap);
      if (page.length === 0) break;
      batches++;
      await over(
        page.map((p) => p.id),
        winners,
      );
      after = page[page.length - 1]!.seq;
      if (page.length < reads.cap) break;
    }
    // Winners of many batches may be more than one batch: narrow them the same way while that drops some.
    while (winners.size > reads.cap) {
      const ordered = [...winners].sort((a, b) => (seqOf.get(a) ?? 0) - (seqOf.get(b) ?? 0));
      const next = new Set<string>();
      for (let i = 0; i < ordered.length; i += reads.cap) {
        batches++;
        await over(ordered.slice(i, i + reads.cap), next);
      }
      // No batch can drop any: the winners are what the searches' own limits let through, however many articles there are.
      if (next.size >= winners.size) break;
      winners = next;
    }
    const ids = [...new Set([...theirs, ...winners])];
    last = { out: await over(ids, null), scope: ids.length, batches };
    if (covered(asked, needs)) return last;
    addNeeds(needs, asked);
  }
  reads.log?.('warn', 'a question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
  return last as { out: T; scope: number; batches: number };
}
