import type { QuoteRecord } from '../model/records.js';
import type { CoverageIndex } from '../index/build.js';
import type { Hit, TopicTerms, WordGroup } from '../search/search.js';
import { tokenize } from '../search/tokens.js';
import { FACTOR } from './related.js';
import { longestWord, nameWords, readTopic, type Topic } from './topic-read.js';
import { ownLead, paragraphsAround, sentenceBefore, withLeadCandidates } from './topic-lead.js';
import { NAMED_BESIDE_FACTOR, SOLE_SPEAKER_FACTOR, namedBesidePool, soleSpeakerPool } from './topics-named.js';
import { ARTICLE_MIN_FACTOR, rankByArticle } from './topics-article.js';
import { DESCRIBED_FACTOR, describedPool } from './topics-described.js';
import { meaningLikeness, wordCloseness } from './topic-meaning.js';
import { pushTo } from '../model/multimap.js';

/**
 * /quote topics in the user's own words. A topic is read as ideas (its content words), each
 * with the words that may stand for it in a quotation: its inflections, derivations and
 * synonyms from WordNet, worth less the looser the relation. A quotation scores by how much of
 * the topic, weighted by rarity, it and its passage cover; the user's own words count most, and
 * the quotation's own words more than the passage around it.
 */

/**
 * A word seen only in the passage around the quotation counts this much of one in the
 * quotation: news passages name what a quotation is about ("Asked about rents, …"), but the
 * quotation's own words are the surer sign.
 */
export const PASSAGE_FACTOR = 0.8;
/**
 * The passage around a quotation says who spoke and where as much as what about: there, only
 * close relations count (the word itself, its derivations, its main synonyms), not looser ones.
 */
const PASSAGE_MIN_FACTOR = FACTOR.synonym;
/**
 * The sentence before a quotation's passage often says what it is about (see topic-lead.ts), but
 * it may as well end the story before: it counts less than the passage. Among one named speaker's
 * few quotations it tells the one meant.
 */
const BEFORE_FACTOR = 0.6;
/**
 * Among every speaker's quotations, the sentence before counts less again, and only when it is
 * surely the quotation's own lead-in (see ownLead): a story's lead sentence would otherwise draw
 * in every quotation after it.
 */
const OWN_LEAD_FACTOR = 0.5;
/**
 * When none of a named speaker's quotations covers the topic in its own words, its passage or the
 * sentence before, the paragraphs around each (see paragraphsAround) count, below the sentence
 * before: a story states what a remark answers a paragraph or two away as often as just before it
 * ("whether a running mate is off the table" → "I'm not ruling anybody out"), and with few
 * quotations to tell apart, that is often what tells the one meant. Only then: where some
 * quotation covers the topic itself, the story around the others would list them beside it.
 */
const AROUND_FACTOR = 0.4;
/**
 * How much a quotation's likeness in meaning to the topic (0..1) raises its rank. On the studied
 * /quote parts without the speaker option (1,159 topics): 595 in the top three with none, 645 at 2;
 * the acceptance parts 58 of 113 either way. With a speaker named (see speakerCentre), on
 * holdout21-qa/qb and holdout22-qa/qb, 2 found two more than 1 and as many as 3.
 */
const MEANING_WEIGHT = 2;
/** QUOTE_MEANING=off leaves it out (bench/topic-vectors.ts measures its cost side by side). */
const BY_MEANING = process.env.QUOTE_MEANING !== 'off';
/**
 * With a quoted speaker named, how much likeness in meaning lifts one of their quotations the
 * topic's words did not find (see bySpeakerMeaning). On the studied /quote topics with the speaker
 * (1,823), simulated: 1,383 in the top three with none, 1,405 at 0.5, 1,394 at 1; run: 1,373 before,
 * 1,398 at 0.5. Also lifting those the words found ran to 1,407 at 1.5, but reordered them, and a
 * quotation's own words typed as the topic then lost it to a one-word echo of it.
 */
const SPEAKER_MEANING = 0.5;
/**
 * Below this likeness (-1..1, read against the speaker's own common ground) a speaker's quotation
 * the topic's words did not find is not listed. At 0 (nearer the topic than what the speaker says on
 * average) the simulation found a few more, but such guesses then fill almost any first page. Each
 * topic of holdout22–23 typed with another story's speaker (210 pairs) still lists something for
 * 159 as before, 587 quotations in all instead of 530.
 */
const MIN_LIKENESS = 0.1;
/**
 * Over every speaker, a quotation's rank rests on the share of the topic its words cover to this
 * power, less than the share itself: a paraphrase names few of its ideas in the quotation's words,
 * and the quotation meant, covering a third of the topic, then lost to ones echoing two thirds of
 * it in other stories however far off their meaning. On the studied /quote topics without the
 * speaker option (2,327, simulated from the candidates' parts; holdout31-33 left aside), with word
 * closeness (see byMeaning): 1,181 in the top three at 1, 1,203 at 0.75, 1,219 at 0.5, each
 * quarter of the topics more. Not lower: at 0.5 a topic naming a quoted person no longer put their
 * quotation covering all of it above another's covering its other words (see spokenBy).
 */
const COVERAGE_POWER = 0.75;
/**
 * With a quoted speaker named, how much a quotation's word-by-word closeness to the topic's ideas,
 * beside the others' (see closerThanOthers), adds to its rank: among one person's quotations the
 * one meant often names each idea in a near word that only this reading of the vectors sees.
 * Simulated on the studied /quote topics with the speaker (1,900 with candidates; holdout31-33 left
 * aside): 1,643 in the top three with none, 1,660 at 0.3, 1,664 at 0.5, 1,666 at 0.8, each quarter
 * as many or more at 0.5.
 */
const SPEAKER_CLOSENESS = 0.5;
/** How many quotations the word table proposes for scoring. */
const CANDIDATES = 400;

/** The word table's view of each idea: its single words, and a phrase by its longest word; `min`: only forms worth that much. */
function wordGroups(topic: Topic, min = 0): WordGroup[] {
  return topic.words.map((w) => {
    const best = new Map<string, number>();
    for (const [form, factor] of w.forms) {
      if (factor < min) continue;
      const word = form.includes(' ') ? longestWord(form) : form;
      for (const t of tokenize(word)) if ((best.get(t) ?? 0) < factor) best.set(t, factor);
    }
    return [...best].map(([word, factor]) => ({ word, factor }));
  });
}

export interface TopicScore {
  /** 0..1: the share of the topic's weight covered. */
  score: number;
  /** The same, counting the quotation's own words only. */
  inQuote: number;
  /** Words of the passage that stood for some idea, for highlighting. */
  matched: string[];
  /** How many of the words typed (function words too) the quotation repeats as typed. */
  verbatim: number;
  /** The score without the loose forms (word-vector neighbours): how surely the quotation is on the topic. */
  firm: number;
}

/** Each form of a topic, the ideas it stands for and how much; built once per topic, read per quotation. */
interface Compiled {
  /** Single words and whole phrases → [idea index, factor, loose] triples. */
  forms: Map<string, Array<[number, number, boolean]>>;
  /** First words of the phrase forms, with how many words those phrases have: only there is a phrase looked up. */
  heads: Map<string, number[]>;
}

const compiledTopics = new WeakMap<Topic, Compiled>();

function compile(topic: Topic): Compiled {
  let c = compiledTopics.get(topic);
  if (c) return c;
  c = { forms: new Map(), heads: new Map() };
  for (const [i, w] of topic.words.entries()) {
    for (const [form, factor] of w.forms) {
      const entry: [number, number, boolean] = [i, factor, w.loose.has(form)];
      pushTo(c.forms, form, entry);
      const parts = form.split(' ');
      if (parts.length < 2) continue;
      const lengths = c.heads.get(parts[0]) ?? [];
      if (!lengths.includes(parts.length)) c.heads.set(parts[0], [...lengths, parts.length]);
    }
  }
  compiledTopics.set(topic, c);
  return c;
}

/** What else than its passage a quotation is read with: see the factors above. */
export interface QuoteContext {
  /** The sentence before it, counted at `beforeFactor`. */
  before?: string;
  beforeFactor?: number;
  /** Its credited speaker (see spokenBy). */
  speaker?: string | null;
  /** Text around it, counted at AROUND_FACTOR. */
  around?: string;
}

/** How much of the topic a quotation and its passage (and what `context` gives) cover. */
export function scoreQuote(topic: Topic, record: Pick<QuoteRecord, 'text' | 'passage'>, context: QuoteContext = {}): TopicScore {
  const quote = tokenize(record.text);
  const matched = new Set<string>();
  const inText = bestMatches(topic, quote, matched, 0);
  const inTextFirm = bestMatches(topic, quote, new Set(), 0, true);
  const around = bestMatches(topic, tokenize(record.passage.text), matched, PASSAGE_MIN_FACTOR);
  if (context.speaker) spokenBy(topic, context.speaker, around);
  const lead = context.before ? outside(topic, context.before) : [];
  const near = context.around ? outside(topic, context.around) : [];
  const beforeFactor = context.beforeFactor ?? BEFORE_FACTOR;
  let total = 0;
  let covered = 0;
  let firm = 0;
  let inQuote = 0;
  for (const [i, w] of topic.words.entries()) {
    total += w.weight;
    // Loose forms stay below PASSAGE_MIN_FACTOR: outside the quotation every match is firm.
    const outside = Math.max(around[i] * PASSAGE_FACTOR, (lead[i] ?? 0) * beforeFactor, (near[i] ?? 0) * AROUND_FACTOR);
    covered += w.weight * Math.max(inText[i], outside);
    firm += w.weight * Math.max(inTextFirm[i], outside);
    inQuote += w.weight * inText[i];
  }
  const own = new Set(quote);
  const verbatim = topic.typed.reduce((n, w) => n + (own.has(w) ? 1 : 0), 0);
  return total > 0
    ? { score: covered / total, inQuote: inQuote / total, matched: [...matched], verbatim, firm: firm / total }
    : { score: 0, inQuote: 0, matched: [], verbatim, firm: 0 };
}

/** Per idea, how well text outside the quotation's passage covers it; never a name's idea, which there names who spoke more often than what about. */
function outside(topic: Topic, text: string): number[] {
  return bestMatches(topic, tokenize(text), new Set(), PASSAGE_MIN_FACTOR).map((f, i) => (topic.words[i].name ? 0 : f));
}

/**
 * A topic naming a quoted person ("trump shrugs off the insult") names who spoke as often as what
 * about: the quotation's credited speaker covers a name idea of the topic as the passage naming
 * them would ("…, Trump said"), which a passage saying "he said" does not.
 */
function spokenBy(topic: Topic, speaker: string, around: number[]): void {
  const said = bestMatches(topic, tokenize(speaker), new Set(), PASSAGE_MIN_FACTOR);
  for (const [i, w] of topic.words.entries()) if (w.name && said[i] > around[i]) around[i] = said[i];
}

/** The share of the topic's weight that per-idea factors cover. */
function coverage(topic: Topic, factors: readonly number[]): number {
  let total = 0;
  let covered = 0;
  for (const [i, w] of topic.words.entries()) {
    total += w.weight;
    covered += w.weight * factors[i];
  }
  return total > 0 ? covered / total : 0;
}

/** Per idea, the best factor among its forms the words hold (phrases word by word, side by side); forms below `min`, and loose ones when `firmOnly`, do not count. */
function bestMatches(topic: Topic, words: readonly string[], matched: Set<string>, min: number, firmOnly = false): number[] {
  const { forms, heads } = compile(topic);
  const best = new Array<number>(topic.words.length).fill(0);
  const take = (form: string): boolean => {
    let any = false;
    for (const [i, f, loose] of forms.get(form) ?? []) {
      if (f < min || (firmOnly && loose)) continue;
      any = true;
      if (f > best[i]) best[i] = f;
    }
    return any;
  };
  for (let k = 0; k < words.length; k++) {
    if (take(words[k])) matched.add(words[k]);
    for (const n of heads.get(words[k]) ?? []) if (k + n <= words.length) take(words.slice(k, k + n).join(' '));
  }
  return best;
}

export interface TopicHit extends Hit<QuoteRecord> {
  inQuote: number;
  matched: string[];
  /** The score by the topic's words and their WordNet relations alone (see TopicScore). */
  firm: number;
  /** Listed for its meaning, not for covering the topic's floor (see bySpeakerMeaning): first page only. */
  meantOnly?: boolean;
}

/**
 * Quotations on a topic, best first: by how much of it they cover, then by how much the
 * quotation itself covers, then in record order. `speakerIds` keeps only those speakers'.
 */
export function findTopicQuotes(
  index: CoverageIndex,
  text: string,
  opts: { speakerIds?: readonly string[]; limit: number; minScore: number; namedBeside?: string | null; typedSpeaker?: string; fill?: PageFill },
): TopicHit[] {
  const terms = index.search.topicTerms;
  const topic = readTopic(text, terms, nameWords(index));
  if (topic.words.length === 0) return [];
  const pool = terms ? candidatePool(index, topic, terms, opts.speakerIds) : scanPool(index, opts.speakerIds);
  const fill = opts.speakerIds ? opts.fill : undefined;
  const rated = rateAll(index, topic, pool, { ...opts, minScore: Math.min(opts.minScore, fill?.floor ?? opts.minScore) }, false);
  const own = rated.filter((h) => h.score >= opts.minScore);
  // No quotation of a named speaker covers the topic itself: the story around each may (see AROUND_FACTOR).
  const scored = own.length > 0 || !opts.speakerIds ? own : rateAll(index, topic, pool, opts, true);
  const sure = new Set(scored.map((h) => h.record));
  const weaker = fill && scored.length < fill.page ? rated.filter((h) => !sure.has(h.record)) : [];
  // With a speaker named too: one quoted in many stories has a quotation in another story sharing a word, or a word's neighbour, with the topic.
  rankByArticle(index, [...scored, ...weaker], (words) =>
    coverage(
      topic,
      bestMatches(topic, words, new Set(), ARTICLE_MIN_FACTOR).map((f) => (f > 0 ? 1 : 0)),
    ),
  );
  const ideas = topic.words.map((w) => w.text);
  const meant = BY_MEANING && opts.speakerIds?.length ? bySpeakerMeaning(index, text, ideas, opts.speakerIds, scored, weaker, fill?.page ?? 0) : null;
  if (meant) return meant.slice(0, opts.limit).map(asHit);
  if (BY_MEANING) byMeaning(text, ideas, scored);
  scored.sort(byRank);
  const filled = fill ? [...scored, ...fillers(weaker, fill.page - scored.length)] : scored;
  return filled.slice(0, opts.limit).map(asHit);
}

function asHit({ record, score, inQuote, matched, firm, meantOnly }: TopicHit): TopicHit {
  return meantOnly ? { record, score, inQuote, matched, firm, meantOnly } : { record, score, inQuote, matched, firm };
}

/**
 * Among a named speaker's quotations, when fewer than `page` cover the search's floor, the best of
 * those covering `floor` fill the first page after the sure ones (see MIN_SPEAKER_FILL in
 * quotes.ts). Not the story around them (AROUND_FACTOR): in a short story it names every topic of
 * every quotation, and would list them all.
 */
export interface PageFill {
  floor: number;
  page: number;
}

type Ordered = { record: QuoteRecord; rank: number; inQuote: number; verbatim: number; at: number };

function byRank(a: Ordered, b: Ordered): number {
  return b.rank - a.rank || b.inQuote - a.inQuote || b.verbatim - a.verbatim || a.at - b.at;
}

/** The best `n` of `weaker`, each quotation once. */
function fillers<T extends Ordered>(weaker: T[], n: number): T[] {
  const seen = new Set<QuoteRecord>();
  return weaker
    .sort(byRank)
    .filter((h) => !seen.has(h.record) && seen.add(h.record))
    .slice(0, Math.max(0, n));
}

/**
 * Over every speaker (and for a speaker no quotation is credited to), a quotation whose whole
 * meaning is near the topic's ranks higher: `rank · (1 + MEANING_WEIGHT · likeness)` (see
 * topic-meaning.ts; a likeness below 0 counts as 0), read against the candidates' common ground;
 * and one whose words come closer to the topic's ideas one by one than the others' do (see
 * closerThanOthers): `· (1 + closeness)`. The share of the topic the words cover counts to the
 * power COVERAGE_POWER. Only the ones the topic's words found are reordered, none is added.
 */
function byMeaning(text: string, ideas: readonly string[], scored: Rated[]): void {
  const records = scored.map((h) => h.record);
  const likeness = meaningLikeness(text, records);
  if (!likeness) return;
  const closer = closerThanOthers(ideas, records);
  for (const [i, h] of scored.entries()) h.rank *= (1 + MEANING_WEIGHT * Math.max(0, likeness[i])) * (1 + closer[i]) * h.score ** (COVERAGE_POWER - 1);
}

/**
 * Each candidate's closeness to the topic's ideas word by word (topic-meaning.ts wordCloseness),
 * less the candidates' mean: what sets one apart, not how wordy quotations are. Zeros when no idea
 * has a vector.
 */
function closerThanOthers(ideas: readonly string[], records: readonly QuoteRecord[]): number[] {
  const closeness = wordCloseness(ideas, records);
  if (!closeness || closeness.length === 0) return records.map(() => 0);
  const mean = closeness.reduce((a, b) => a + b, 0) / closeness.length;
  return closeness.map((c) => c - mean);
}

/** How many of a named speaker's quotations make the common ground their likeness is read against (each one's vector is kept once made). */
const SPEAKER_CENTRE = 400;

type Rated = TopicHit & { at: number; verbatim: number; rank: number };

/**
 * A named quoted speaker's quotations, by words and meaning together. Those the topic's words found
 * (`scored`) rank as over every speaker, `rank · (1 + MEANING_WEIGHT · likeness)`, likeness read
 * against everything that speaker said (see speakerCentre). The rest of their quotations, the
 * page's fillers (`weaker`) and those no word of the topic found, are candidates for the first
 * `page` too, at `SPEAKER_MEANING · likeness` beside their words' own rank: a paraphrase often
 * shares no word, nor a WordNet relation of one, with the quotation meant ("handlers muzzled the
 * candidate" → "They reined him in"), and among one person's quotations its meaning alone may tell
 * it. One no word found is listed only when at least MIN_LIKENESS like the topic, and only when the
 * words found some quotation of theirs: words none speaks of still find nothing. Every one gains
 * SPEAKER_CLOSENESS times how much closer its words come to the topic's ideas than the others' do
 * (see closerThanOthers). Null when no word of the topic has a vector.
 */
function bySpeakerMeaning(
  index: CoverageIndex,
  text: string,
  ideas: readonly string[],
  speakerIds: readonly string[],
  scored: Rated[],
  weaker: Rated[],
  page: number,
): Rated[] | null {
  if (scored.length === 0 && weaker.length === 0) return null;
  const own = speakerIds.flatMap((id) => index.search.findQuotes({ text: '', mode: 'topic', speakerId: id, limit: SPEAKER_CENTRE }).map((h) => h.record));
  const found = new Set([...scored, ...weaker].map((h) => h.record));
  const unfound = own.filter((r) => !found.has(r)).map((record, at) => unfoundHit(record, Number.MAX_SAFE_INTEGER - own.length + at));
  const guesses = [...weaker, ...unfound];
  const all = [...scored, ...guesses];
  const likeness = meaningLikeness(
    text,
    all.map((h) => h.record),
    speakerCentre(own, all),
  );
  if (!likeness) return null;
  const closer = closerThanOthers(
    ideas,
    all.map((h) => h.record),
  );
  const theirs = new Set(own);
  const sure = new Set<Rated>(scored);
  const listable = new Set<Rated>();
  for (const [i, h] of all.entries()) {
    const like = Math.max(0, likeness[i]);
    h.rank *= 1 + MEANING_WEIGHT * like;
    // One credited elsewhere (named beside them, or to a description) was read against another's words.
    if (!sure.has(h) && theirs.has(h.record)) h.rank += SPEAKER_MEANING * like;
    h.rank += SPEAKER_CLOSENESS * closer[i];
    if (!h.meantOnly || likeness[i] >= MIN_LIKENESS) listable.add(h);
  }
  const listed: Rated[] = [];
  for (const h of all.sort(byRank)) if (sure.has(h) || (listed.length < page && listable.has(h))) listed.push(h);
  return listed;
}

/** A speaker's quotation the topic's words did not find, after every found one in record order. */
function unfoundHit(record: QuoteRecord, at: number): Rated {
  return { record, score: 0, inQuote: 0, matched: [], firm: 0, verbatim: 0, at, rank: 0, meantOnly: true };
}

/**
 * A named speaker's few candidates share their speaker's way of talking: centred on one another
 * they tell little apart (tried: studied /quote topics with the speaker +7, acceptance -1). Centred
 * on everything the speaker said (`own`), and the candidates found beside it, what sets the one
 * meant apart from the rest of their words stands out.
 */
function speakerCentre(own: readonly QuoteRecord[], candidates: ReadonlyArray<{ record: QuoteRecord }>): QuoteRecord[] {
  const mine = new Set(own);
  return [...own, ...candidates.map((h) => h.record).filter((r) => !mine.has(r))];
}

/** The quotations of `pool` (and, with a speaker, of the beside and described pools) covering at least `opts.minScore`; `withAround`: reading the paragraphs around each too. */
function rateAll(
  index: CoverageIndex,
  topic: Topic,
  pool: readonly QuoteRecord[],
  opts: { speakerIds?: readonly string[]; limit: number; minScore: number; namedBeside?: string | null; typedSpeaker?: string },
  withAround: boolean,
): Rated[] {
  const scored: Rated[] = [];
  const rate = (record: QuoteRecord, at: number, factor: number): void => {
    const s = opts.speakerIds
      ? scoreQuote(topic, record, { before: sentenceBefore(index, record), around: withAround ? paragraphsAround(index, record) : '' })
      : scoreQuote(topic, record, { before: ownLead(index, record), beforeFactor: OWN_LEAD_FACTOR, speaker: record.speaker });
    const score = s.score * factor;
    if (score >= opts.minScore)
      scored.push({ record, score, inQuote: s.inQuote * factor, matched: s.matched, verbatim: s.verbatim, at, rank: score, firm: s.firm * factor });
  };
  pool.forEach((record, at) => rate(record, at, 1));
  // With a speaker named (`namedBeside`: their surname), also the quotations credited elsewhere that name them beside the words.
  if (opts.speakerIds && opts.namedBeside)
    namedBesidePool(index, opts.namedBeside, opts.speakerIds, CANDIDATES).forEach((record, at) => rate(record, pool.length + at, NAMED_BESIDE_FACTOR));
  // And those credited to nobody in a story quoting no one else.
  if (opts.speakerIds?.length) {
    const rated = new Set(scored.map((h) => h.record));
    soleSpeakerPool(index, opts.speakerIds, opts.namedBeside ?? null)
      .filter((record) => !rated.has(record))
      .forEach((record, at) => rate(record, pool.length + 2 * CANDIDATES + at, SOLE_SPEAKER_FACTOR));
  }
  // And those credited to a description of a person ("the longtime senator") in a story that quotes or names them, or called by their name's noun ("the board").
  if (opts.speakerIds && (opts.speakerIds.length || opts.namedBeside)) {
    const rated = new Set(scored.map((h) => h.record));
    describedPool(index, opts.namedBeside ?? null, opts.speakerIds, opts.typedSpeaker)
      .filter((record) => !rated.has(record))
      .forEach((record, at) => rate(record, pool.length + CANDIDATES + at, DESCRIBED_FACTOR));
  }
  return scored;
}

/** The quotations the word tables propose (own words, passage, and the sentence before), in record order. */
function candidatePool(index: CoverageIndex, topic: Topic, terms: TopicTerms, speakerIds?: readonly string[]): readonly QuoteRecord[] {
  const around = wordGroups(topic, PASSAGE_MIN_FACTOR);
  const pool = terms.candidates(wordGroups(topic), CANDIDATES, speakerIds, around);
  return withLeadCandidates(
    index,
    pool,
    around.filter((_, i) => !topic.words[i].name),
    CANDIDATES,
    speakerIds,
  );
}

function scanPool(index: CoverageIndex, speakerIds?: readonly string[]): readonly QuoteRecord[] {
  if (!speakerIds) return index.search.quotes;
  const wanted = new Set(speakerIds);
  return index.search.quotes.filter((q) => wanted.has(q.speakerId ?? ''));
}
