import type { CoverageIndex } from '../index/build.js';
import type { QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';
import { CUE_VERBS } from '../extract/lexicon.js';
import { TITLE_LINKS } from './quote-lexicon.js';
import { leadOutsideQuotes, passageOutsideQuotes, quotesOf, sentenceBefore, withLeadCandidates } from './topic-lead.js';

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
    const outside = passageOutsideQuotes(index, q);
    return !creditedByName(q, outside, name) && (namesIn(outside, name) || namesIn(sentenceBefore(index, q), name));
  });
  return [...named, ...continuedFrom(index, name, wanted, new Set(pool))];
}

/** How many of a speaker's quotations are looked through for the stories that quote them. */
const SPEAKER_ARTICLES = 60;

/**
 * A quotation credited to nobody, in a story that credits quotations to the named speaker and to
 * no one else, counts this much of one credited to them: a story built on one person's speech
 * quotes passage after passage of it with nothing but the first naming who spoke.
 */
export const SOLE_SPEAKER_FACTOR = 0.6;

/**
 * The quotations credited to nobody in the stories whose every credited quotation is by
 * `speakerIds`, in article order; not those whose own words write the speaker's name (`name`, the
 * typed surname): words about the speaker, or a span the extractor ran past the quotation marks.
 */
export function soleSpeakerPool(index: CoverageIndex, speakerIds: readonly string[], name: string | null): QuoteRecord[] {
  const wanted = new Set(speakerIds);
  if (wanted.size === 0) return [];
  const credited = [...wanted].flatMap((speakerId) => index.search.findQuotes({ text: '', mode: 'topic', speakerId, limit: SPEAKER_ARTICLES }));
  const articles = new Set(credited.map((h) => h.record.articleId));
  return [...articles].flatMap((id) => {
    const quotes = quotesOf(index, id);
    if (!quotes.every((q) => q.speakerId === null || wanted.has(q.speakerId))) return [];
    return quotes.filter((q) => q.speakerId === null && !(name && namesIn(q.text, name)));
  });
}

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
        !creditedByName(q, passageOutsideQuotes(index, q), name) &&
        !sentenceBefore(index, q) &&
        namesIn(leadOutsideQuotes(index, q), name),
    ),
  );
}

/**
 * Whether the passage names the speaker the quotation is credited to (`"…," Ruiz said`): that
 * attribution stands. One resting on a pronoun (`"…," he said`) or on nothing may be wrong, and so
 * may one whose name stands in the passage only as part of the description of the speaker named
 * (`name`): "Ruiz campaign manager Dana Wu said" names Wu as the one who spoke, whoever the
 * extractor credited.
 */
function creditedByName(q: QuoteRecord, outside: string, name: string): boolean {
  const credited = besideName(q.speaker ?? '');
  if (credited === null || isCapitalsHeadline(q.speaker ?? '')) return false;
  const words = nameWordsOf(outside);
  if (credited !== name && speaks(words, name) && !speaks(words, credited)) return false;
  return words.some((w, k) => w.capital && w.token === credited && (credited === name || (!describes(words, k, name) && !reportedBy(words, k))));
}

/** How many words a credited "name" written all in capitals must have to be a headline: "NATO" or "ACLU" is a name. */
const HEADLINE_WORDS = 3;

/**
 * Whether a credited speaker is a headline set in capitals ("WHY THE HARBOR PLAN STALLED"): a news
 * digest lists each item as its headline, the quotation, then its source ("[Ledger.]"), and the
 * extractor takes the headline for who spoke. Such an attribution does not stand.
 */
function isCapitalsHeadline(speaker: string): boolean {
  const words = speaker.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.length >= HEADLINE_WORDS && !/\p{Ll}/u.test(speaker);
}

/**
 * Whether the words write `name` right beside a speech verb ("Wu said", "said Wu"): the passage
 * tells who spoke there. When it does so for the speaker named and not for the credited one ("Ruiz
 * ran an upbeat race, Wu says"), the credited name is someone the words are about. A name after a
 * linking word is not the verb's subject ("supporters of Wu say").
 */
function speaks(words: readonly NameWord[], name: string): boolean {
  return words.some((w, k) => {
    if (!w.capital || w.token !== name) return false;
    const before = words[k - 1]?.token ?? '';
    return CUE_VERBS.has(before) || (!TITLE_LINKS.has(before) && CUE_VERBS.has(words[k + 1]?.token ?? ''));
  });
}

/**
 * Whether the word at `k` names who reported the words ("…," Wu said, according to the Ledger),
 * not who spoke them: an attribution resting on that alone may have taken the outlet for the speaker.
 */
function reportedBy(words: readonly NameWord[], k: number): boolean {
  const before = words.slice(Math.max(0, k - 3), k).map((w) => w.token);
  const at = before.lastIndexOf('according');
  return at >= 0 && before[at + 1] === 'to' && before.length - at <= 3;
}

/** How many words a description may hold between a name it starts with and the person's name ("campaign manager Dana"). */
const MAX_DESCRIPTION_WORDS = 5;

/**
 * Whether the word at `k` opens a description that ends in the name `name`, with nothing but
 * words between ("Ruiz campaign manager Dana Wu", "Ruiz’s chief of staff Dana Wu"): no
 * punctuation, no speech verb ("Ruiz told Wu"), no word that links two people ("Ruiz and Wu").
 */
function describes(words: readonly NameWord[], k: number, name: string): boolean {
  for (let j = k + 1; j < words.length && j <= k + MAX_DESCRIPTION_WORDS + 1; j++) {
    const w = words[j];
    if (!w.joined || CUE_VERBS.has(w.token) || TITLE_LINKS.has(w.token)) return false;
    if (w.capital && w.token === name) return true;
  }
  return false;
}

interface NameWord {
  /** The word as the tokenizer writes it. */
  token: string;
  /** Written with a capital letter: a name, not the common word ("Rice", "rice"). */
  capital: boolean;
  /** Only spaces, an apostrophe or a hyphen between it and the word before, on one line. */
  joined: boolean;
}

/** The words of `text`, hyphenated and possessive names taken part by part ("al-Masri", "Ruiz’s"). */
function nameWordsOf(text: string): NameWord[] {
  const out: NameWord[] = [];
  let end = -1;
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const token = tokenize(m[0])[0];
    if (token === undefined) continue;
    const gap = end < 0 ? '' : text.slice(end, m.index);
    out.push({ token, capital: /^\p{Lu}/u.test(m[0]), joined: end >= 0 && /^[ \t'’-]+$/.test(gap) });
    end = m.index + m[0].length;
  }
  return out;
}

/** Whether `text` writes `name` (tokenized form) as a word with a capital letter: a name, not the common word ("Rice", "rice"). */
function namesIn(text: string, name: string): boolean {
  return text !== '' && nameWordsOf(text).some((w) => w.capital && w.token === name);
}
