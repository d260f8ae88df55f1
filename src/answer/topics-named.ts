import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';
import { leadOutsideQuotes, quotesOf, sentenceBefore, withLeadCandidates } from './topic-lead.js';

/**
 * Quotations a named speaker may have said that the extractor credited to nobody or to someone
 * else: the speaker's name stands beside the quotation, in its passage ("… doesn't surprise
 * pollster Ana Reyes: “…”") or in the sentence just before it ("…, Reyes said." then `"…," he
 * said.`). News introduces a speaker there more often than anywhere else, so when a user names
 * who spoke, such a quotation is as likely theirs as one the extractor gave them, if a little less.
 */

/** A quotation found by its speaker's name beside it counts this much of one credited to them. */
export const NAMED_BESIDE_FACTOR = 0.7;

/** The word of a typed speaker name looked for beside quotations: the last one, the surname ("Reyes" of "Ana Reyes"). */
export function besideName(typed: string): string | null {
  const words = tokenize(typed);
  const last = words[words.length - 1];
  return last && last.length >= 3 ? last : null;
}

/**
 * Quotations not credited to `speakerIds` whose passage (outside the quotation's own words) or
 * sentence before names `name` with a capital letter, in record order. `limit` bounds how many
 * the word tables propose.
 */
export function namedBesidePool(index: CoverageIndex, name: string, speakerIds: readonly string[], limit: number): QuoteRecord[] {
  const wanted = new Set(speakerIds);
  const group = [[{ word: name, factor: 1 }]];
  const terms = index.search.topicTerms;
  const proposed = terms ? terms.candidates(group, limit, undefined, group) : index.search.quotes;
  const pool = withLeadCandidates(index, proposed, group, limit);
  const named = pool.filter((q) => {
    if (wanted.has(q.speakerId ?? '')) return false;
    const outside = outsideQuote(q);
    return !creditedByName(q, outside) && (namesIn(outside, name) || namesIn(sentenceBefore(index, q), name));
  });
  return [...named, ...continuedFrom(index, name, wanted, new Set(pool))];
}

/** How many of a speaker's quotations are looked through for the stories that quote them. */
const SPEAKER_ARTICLES = 60;

/**
 * Quotations credited elsewhere that follow a sentence naming the speaker outside its own
 * quotation marks, in the stories that quote them ("Aide Dana Wu said the plan was \"a
 * mess.\" \"…,\" she said."): the word tables do not propose them, since the sentence before
 * holds a quotation (see leadOutsideQuotes).
 */
function continuedFrom(index: CoverageIndex, name: string, wanted: ReadonlySet<string>, seen: ReadonlySet<QuoteRecord>): QuoteRecord[] {
  if (wanted.size === 0) return [];
  const credited = [...wanted].flatMap((speakerId) => index.search.findQuotes({ text: '', mode: 'topic', speakerId, limit: SPEAKER_ARTICLES }));
  const articles = new Set(credited.map((h) => h.record.articleId));
  return [...articles].flatMap((id) =>
    quotesOf(index, id).filter(
      (q) =>
        !seen.has(q) &&
        !wanted.has(q.speakerId ?? '') &&
        !creditedByName(q, outsideQuote(q)) &&
        !sentenceBefore(index, q) &&
        namesIn(leadOutsideQuotes(index, q), name),
    ),
  );
}

/**
 * Whether the passage names the speaker the quotation is credited to (`"…," Ruiz said`): that
 * attribution stands. One resting on a pronoun (`"…," he said`) or on nothing may be wrong.
 */
function creditedByName(q: QuoteRecord, outside: string): boolean {
  const credited = besideName(q.speaker ?? '');
  return credited !== null && namesIn(outside, credited);
}

/** The passage less the quotation's own words: a name inside them is who the quotation is about, not who said it. */
function outsideQuote(q: QuoteRecord): string {
  const from = Math.max(0, q.start - q.passage.start);
  const to = Math.max(from, q.end - q.passage.start);
  return `${q.passage.text.slice(0, from)} ${q.passage.text.slice(to)}`;
}

/** Whether `text` writes `name` (tokenized form) as a word with a capital letter: a name, not the common word ("Rice", "rice"). */
function namesIn(text: string, name: string): boolean {
  if (!text) return false;
  for (const m of text.matchAll(/[\p{L}\p{M}'’-]+/gu)) {
    if (!/^\p{Lu}/u.test(m[0])) continue;
    if (tokenize(m[0]).includes(name)) return true;
  }
  return false;
}
