import type { CoverageIndex } from '../index/build.js';
import type { Answer } from '../model/answer.js';
import { candidatePage, corpusWords, emptyNeeds, quoteWordCounts, speakersFor, type WordNeeds } from '../store/scoped.js';
import type { BatchReads } from './batched.js';
import { addNeeds, covered } from './recording.js';
import { scopedIndex, type VersionHead } from './scoped-index.js';

/**
 * An answer that counts (/speakers on a topic or in an outlet, /timeline), split so that it can
 * be counted batch by batch: `count` tallies what one index holds, or refuses the question (an
 * Answer: decided by the question and the version alone, the same in every batch); `merge` adds a
 * tally over later articles in corpus order into one over earlier ones; `finish` makes the answer.
 */
export interface Counting<P extends object> {
  count(index: CoverageIndex): P | Answer;
  merge(into: P, part: P): P;
  finish(tally: P): Answer;
}

const MAX_ROUNDS = 4;

/**
 * A counting answer over every article a question's words reach, however many: each batch of at
 * most `cap` of them (corpus order, paged in PostgreSQL, so no article is in two batches) is
 * indexed with the version's word counts (corpusWords: the topic's reading, its rarities and typo
 * neighbours are the whole version's), counted, and dropped; the tallies are summed. Whether a
 * quotation or an article is on the topic is decided by it and the topic alone (topics.ts
 * scoreQuote), so each is counted in its own batch exactly as over the whole version. A batch whose
 * answer asks for more than was read (a topic word's other forms) ends the round: the question is
 * read again with those words too. Memory: one batch's index, and the tallies (per speaker, per
 * date and outlet, per claim), never the articles read.
 */
export async function countInBatches<P extends object>(
  reads: BatchReads,
  head: VersionHead,
  needs: WordNeeds,
  counting: Counting<P>,
): Promise<{ out: Answer; scope: number; batches: number }> {
  let batches = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await reads.addTypoNeighbours(head, needs);
    const words = await corpusWords(reads.pool, head.version, head.extractor, needs, head.wordCounts);
    const counts = await quoteWordCounts(reads.pool, head.version, head.extractor, needs.quoteCounts);
    const named = await speakersFor(reads.pool, head.version, [...needs.speakerIds], needs);
    const asked = emptyNeeds();
    let tally: P | undefined;
    let scope = 0;
    let complete = true;
    for (let after = -1, first = true; ; first = false) {
      const page = await candidatePage(reads.pool, head.version, head.extractor, needs, after, reads.cap);
      // One run even over nothing: the answer says that nothing is on the topic.
      if (page.length === 0 && !first) break;
      batches++;
      const list = await reads.articles(
        head,
        page.map((p) => p.id),
      );
      scope = Math.max(scope, list.length);
      const out = counting.count(scopedIndex(head, list, await reads.speakers(head, list, named), asked, { words, counts }));
      // The last round goes on with what it has (and says so below) rather than give no answer.
      if (!covered(asked, needs) && round < MAX_ROUNDS - 1) {
        complete = false;
        break;
      }
      if ('command' in out) return { out, scope, batches };
      tally = tally ? counting.merge(tally, out) : out;
      if (page.length < reads.cap) break;
      after = page.at(-1)?.seq ?? after;
    }
    if (complete && tally) {
      if (!covered(asked, needs)) reads.log?.('warn', 'a counting question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
      return { out: counting.finish(tally), scope, batches };
    }
    addNeeds(needs, asked);
  }
  // Not reached: the last round always finishes.
  throw new Error('counting in batches ended without an answer');
}
