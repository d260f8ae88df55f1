import type pg from 'pg';
import { COMMAND_TABLE } from '../answer/commands.js';
import { analyse } from '../answer/ask/analyse.js';
import { RETRIEVAL } from '../answer/ask/weights.js';
import { SPEECH_VERBS } from '../answer/lexicon.js';
import { inflections } from '../answer/match.js';
import type { FocusTerm } from '../answer/question.js';
import { cleanQuery } from '../answer/query.js';
import type { Answer } from '../model/answer.js';
import type { Entity } from '../model/records.js';
import { articlesByMask, factWordArticles, type WordLookups } from '../store/scoped-ask.js';
import { corpusWords, emptyNeeds, quoteWordCounts, speakersFor, type ScopedArticle, type WordNeeds } from '../store/scoped.js';
import { addNeeds, covered } from './recording.js';
import { scopedIndex, type VersionHead } from './scoped-index.js';

type Log = (level: 'info' | 'warn' | 'error', msg: string, fields?: Record<string, unknown>) => void;

/** What /ask needs of the replica's reads (ScopedAnswers). */
export interface AskReads {
  pool: pg.Pool;
  log?: Log;
  articles(head: VersionHead, ids: readonly string[]): Promise<ScopedArticle[]>;
  speakers(head: VersionHead, list: readonly ScopedArticle[], named: readonly (Entity & { seq: number })[]): Promise<Entity[]>;
  addTypoNeighbours(head: VersionHead, needs: WordNeeds): Promise<void>;
}

const MAX_ROUNDS = 4;
/** Longer than any word a fact holds. */
const LONGEST_WORD = 1000;

/**
 * /ask over a version of any size, answered as the embedded mode answers it, from one index over
 * the few articles its answer can depend on (src/answer/ask.ts reads the index in three ways):
 *
 * - its spelling correction reads the facts' whole vocabulary: a typed word the facts never use is
 *   respelt to a near word they do. The version's fact words near each typed word are looked up in
 *   the database (version_fact_words) and one article using each is read, so the index holds every
 *   word the correction could pick among, and picks as over the whole version;
 * - it ranks every article by the share of the question's words its facts use, and reads the best
 *   few (RETRIEVAL.roughArticles) closer: the same ranking is counted in the database per set of
 *   words used (articlesByMask), and those best few are read, ties broken as the answer breaks them;
 * - what it asks the search (a quoted speaker and their quotations) is noted and read in a next
 *   round, with words weighed by the version's counts (corpusWords).
 *
 * Every other article the index holds is one of the version's, outranked by those: the answer is
 * the same. Memory: a few dozen articles, whatever the archive's size.
 */
export async function askScoped(reads: AskReads, head: VersionHead, raw: string, needs: WordNeeds): Promise<{ out: Answer; scope: number }> {
  const q = cleanQuery(raw, 'a question');
  // Read over no facts, the question's words are as typed: what they may be respelt to is looked up.
  const typed = q.ok ? analyse(scopedIndex(head, [], [], emptyNeeds()), q.text).focus : [];
  const vocabulary = [...new Set((await factWordArticles(reads.pool, head.version, lookupsFor(typed))).values())];
  const focus = q.ok ? analyse(scopedIndex(head, await reads.articles(head, vocabulary), [], emptyNeeds()), q.text).focus : [];
  const rough = await bestArticles(reads.pool, head, focus);
  let last: { out: Answer; scope: number } | undefined;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    await reads.addTypoNeighbours(head, needs);
    const words = await corpusWords(reads.pool, head.version, head.extractor, needs, head.wordCounts);
    const counts = await quoteWordCounts(reads.pool, head.version, head.extractor, needs.quoteCounts);
    const named = await speakersFor(reads.pool, head.version, [...needs.speakerIds], needs);
    // A speaker the answer looks up is searched among all their quotations.
    const theirs = named.flatMap((e) => (needs.speakerIds.has(e.id) ? e.articles : []));
    const list = await reads.articles(head, [...new Set([...rough, ...vocabulary, ...theirs])]);
    const asked = emptyNeeds();
    const index = scopedIndex(head, list, await reads.speakers(head, list, named), asked, { words, counts });
    last = { out: COMMAND_TABLE.ask.answer(index, [raw]), scope: list.length };
    if (covered(asked, needs)) return last;
    addNeeds(needs, asked);
  }
  reads.log?.('warn', 'a question kept asking for more articles; answered from what was read', { rounds: MAX_ROUNDS });
  return last as { out: Answer; scope: number };
}

/**
 * The fact words a question's words may be respelt to, or found as (src/answer/match.ts
 * correctSpelling): each word itself, its alternatives and inflections; dropped final s; two
 * letters swapped, then read as a lemma (up to three letters off the end, maybe a y on); the long
 * words a clipped name starts; and every word one edit away, which keeps either the first half of
 * the typed word or its second half (an edit falls in one of them).
 */
function lookupsFor(typed: readonly FocusTerm[]): WordLookups {
  const out: WordLookups = { exact: [], prefixes: [], suffixes: [] };
  for (const f of typed) {
    const term = f.term;
    const n = term.length;
    out.exact.push(term, ...f.alts, ...inflections(term));
    if (term.endsWith('s')) out.exact.push(term.slice(0, -1));
    if (n < 4) continue;
    for (let i = 0; i + 1 < n; i++) {
      const swapped = term.slice(0, i) + term[i + 1] + term[i] + term.slice(i + 2);
      out.exact.push(swapped);
      for (let cut = 1; cut <= 3; cut++) out.exact.push(swapped.slice(0, -cut), `${swapped.slice(0, -cut)}y`);
    }
    out.prefixes.push({ prefix: term, minLength: 2 * n, maxLength: LONGEST_WORD });
    const half = Math.floor(n / 2);
    out.prefixes.push({ prefix: term.slice(0, half), minLength: n - 1, maxLength: n + 1 });
    out.suffixes.push({ suffix: term.slice(half), minLength: n - 1, maxLength: n + 1 });
  }
  return { ...out, exact: [...new Set(out.exact)] };
}

/**
 * The articles /ask reads closer (src/answer/ask/retrieve.ts): those whose facts use the most of
 * the question's required words as they are (names weighing RETRIEVAL.nameWeight), ties by id, the
 * best RETRIEVAL.roughArticles. A question with a verb of speech may be answered with that verb
 * made optional: the best articles for both readings.
 */
async function bestArticles(pool: pg.Pool, head: VersionHead, focus: readonly FocusTerm[]): Promise<string[]> {
  const readings = [focus];
  if (focus.some((f) => !f.weak && SPEECH_VERBS.includes(f.term))) readings.push(focus.map((f) => (SPEECH_VERBS.includes(f.term) ? { ...f, weak: true } : f)));
  const out = new Set<string>();
  for (const reading of readings) for (const id of await bestForReading(pool, head, reading)) out.add(id);
  return [...out];
}

async function bestForReading(pool: pg.Pool, head: VersionHead, focus: readonly FocusTerm[]): Promise<string[]> {
  const required = focus.filter((f) => !f.weak);
  if (required.length === 0) return [];
  const groups = required.map((f) => [f.term, ...f.alts, ...inflections(f.term)]);
  const weights = required.map((f) => (f.name ? RETRIEVAL.nameWeight : 1));
  const { counts, articles } = await articlesByMask(pool, head.version, head.extractor, groups, weights, RETRIEVAL.roughArticles);
  const relevance = (mask: number): number => {
    // The sum and division exactly as retrieve.ts reckons them, so equal shares tie as there.
    let sum = 0;
    let total = 0;
    weights.forEach((w, k) => {
      total += w;
      sum += w * ((mask >> k) & 1);
    });
    return total === 0 ? 0 : sum / total;
  };
  const masks = [...counts.keys()].filter((m) => relevance(m) > 0).sort((a, b) => relevance(b) - relevance(a));
  // The lowest relevance the best few reach: every article at or above it is read, then cut as the answer cuts.
  let reached = 0;
  let floor = 0;
  for (const m of masks) {
    floor = relevance(m);
    reached += counts.get(m) ?? 0;
    if (reached >= RETRIEVAL.roughArticles) break;
  }
  const kept = new Set(masks.filter((m) => relevance(m) >= floor));
  return articles
    .filter((r) => kept.has(r.mask))
    .map((r) => ({ id: r.id, relevance: relevance(r.mask) }))
    .sort((a, b) => b.relevance - a.relevance || a.id.localeCompare(b.id))
    .slice(0, RETRIEVAL.roughArticles)
    .map((a) => a.id);
}
