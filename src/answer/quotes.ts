import type { Answer, AnswerResult } from '../model/answer.js';
import type { Entity, QuoteRecord } from '../model/records.js';
import { tokenize } from '../search/tokens.js';
import type { CoverageIndex } from '../index/build.js';
import type { Hit } from '../search/search.js';
import { cleanQuery } from './query.js';
import { shorten } from '../corpus/title.js';
import { quotedSpeakers } from './speakers.js';
import { relativeHighlight, sourceRef, wordHighlights } from './cite.js';
import { groupQuotes, quoteKey, type QuoteGroup } from './group.js';
import { findTopicQuotes, type TopicHit } from './topics.js';
import { besideName } from './topics-named.js';
import { asWholeRemarks } from './quotes-whole.js';
import { HONORIFICS } from '../extract/lexicon.js';

/** Below this a fuzzy match is more likely noise than the quotation the user means. */
export const MIN_WHOSAID_SCORE = 0.55;
/**
 * Share of a topic (by rarity-weighted ideas, see topics.ts) a quotation must cover. Users
 * paraphrase: a quotation covering a fifth of what they typed in its own words is often the one
 * they mean. Naming the speaker already narrows the quotations to a few, so less is needed: one
 * idea of a long sentence-like topic ("fishermen kept in the dark about the mayor's plans for the
 * bay" → "Nobody asked a single fisherman") tells the speaker's quotation meant on real news as
 * often as not (measured on the study sets of issue 13, a tenth held for every set better than 0.15).
 */
export const MIN_TOPIC_COVERAGE = 0.2;
export const MIN_SPEAKER_TOPIC_COVERAGE = 0.1;
/** Below MIN_TOPIC_COVERAGE, what a short first page may still show (see withFill in quotesOnTopic). */
export const MIN_FILL_COVERAGE = MIN_SPEAKER_TOPIC_COVERAGE;
/**
 * Below MIN_SPEAKER_TOPIC_COVERAGE, what a named speaker's short first page may still show: one of
 * a speaker's few quotations on a paraphrased topic often shares a single minor idea with it
 * ("council members shrugging off the ferry deficit" → "Nobody on the council loses sleep over the
 * numbers"), and with few sure ones it crowds out nothing (see PageFill in topics.ts). Measured on
 * the studied /quote topics with the speaker option: 996 → 1,007 of 1,365 in the first three.
 */
export const MIN_SPEAKER_FILL = 0.05;
/** The results a reader takes in at a glance: what a short list is filled up to. */
const FILLED_PAGE = 3;
/**
 * A quotation only word-vector neighbours cover is listed when it covers this share of the best
 * one's score (see firmBeyondPage). Measured on the studied /quote topics: at 0.5 four paraphrases
 * fewer found with the speaker than with no share (of 1,100), at 0.7 ten.
 */
const LOOSE_SHARE = 0.5;
/** The same floor on fuse.js's scale, for callers still ranking topics with `findQuotes`. */
export const MIN_TOPIC_SCORE = 0.45;
export const MAX_RESULTS = 25;

/** /whosaid: who said these words. */
export function whosaid(index: CoverageIndex, raw: string): Answer {
  const q = cleanQuery(raw, 'a few words of the quotation');
  if (!q.ok) return { command: 'whosaid', query: raw, found: false, message: q.message, results: [] };
  const hits = index.search.findQuotes({ text: q.text, mode: 'phrase', limit: 60 }).filter((h) => h.score >= MIN_WHOSAID_SCORE);
  const groups = groupQuotes(hits, quoteKey(q.text));
  const results = groups.slice(0, MAX_RESULTS).map((g) => quoteResult(index, g, q.text));
  if (results.length === 0) {
    return {
      command: 'whosaid',
      query: q.text,
      found: false,
      message: `No quotation in the coverage matches “${q.text}”.`,
      results,
      suggestions: suggestQuotes(index, q.text),
    };
  }
  const top = results[0];
  return { command: 'whosaid', query: q.text, found: true, answer: top.speaker ?? 'An unattributed source', results };
}

/** /quote: quotations on a topic, optionally by one speaker. */
export function quote(index: CoverageIndex, rawTopicIn: string, rawSpeakerIn?: string): Answer {
  const split = rawSpeakerIn?.trim() ? null : speakerOfTopic(index, rawTopicIn);
  const rawTopic = split ? split.topic : rawTopicIn;
  const rawSpeaker = split ? split.speaker : rawSpeakerIn;
  const query = [rawTopic, rawSpeaker ? `(speaker: ${rawSpeaker})` : ''].filter(Boolean).join(' ');
  const speakers = rawSpeaker?.trim() ? findSpeakers(index, rawSpeaker) : undefined;
  if (speakers === null) {
    const beside = rawSpeaker ? namedBesideAnswer(index, rawTopic, rawSpeaker, query) : null;
    if (beside) return beside;
    return {
      command: 'quote',
      query,
      found: false,
      message: `No speaker called “${cleanQueryText(rawSpeaker ?? '')}” is quoted in the coverage.`,
      results: [],
      suggestions: quotedSpeakers(index, rawSpeaker ?? '', 3).map((h) => h.record.name),
    };
  }
  const topic = rawTopic.trim() ? cleanQuery(rawTopic, 'a topic') : null;
  if (topic && !topic.ok) return { command: 'quote', query, found: false, message: topic.message, results: [] };
  if (!topic && !speakers) return { command: 'quote', query, found: false, message: 'Please give a topic, a speaker, or both.', results: [] };
  const text = topic?.ok ? topic.text : '';
  const who = speakers ? ` by ${speakers.map((s) => s.name).join(' or ')}` : '';
  const speakerIds = speakers?.map((s) => s.id);
  const hits = text ? asWholeRemarks(index, quotesOnTopic(index, text, speakerIds, 60, rawSpeaker), speakerIds) : speakerQuotes(index, speakers ?? []);
  const results = groupQuotes(hits)
    .slice(0, MAX_RESULTS)
    .map((g) => quoteResult(index, g, text));
  if (results.length === 0) {
    return {
      command: 'quote',
      query,
      found: false,
      message: `No quotation${who} about “${text}” in the coverage.`,
      results,
      suggestions: suggestQuotes(index, text),
    };
  }
  return { command: 'quote', query, found: true, answer: `${results.length} quotation${results.length === 1 ? '' : 's'}${who}`, results };
}

/**
 * A speaker no quotation is credited to ("Reyes"), who may still be named beside quotations
 * the extractor credited to nobody or to someone else (see topics-named.ts): those on the topic,
 * said as such. Null when there is no topic or no such quotation.
 */
function namedBesideAnswer(index: CoverageIndex, rawTopic: string, rawSpeaker: string, query: string): Answer | null {
  const topic = rawTopic.trim() ? cleanQuery(rawTopic, 'a topic') : null;
  if (!topic?.ok) return null;
  const hits = asWholeRemarks(index, quotesOnTopic(index, topic.text, [], 60, rawSpeaker), []);
  const results = groupQuotes(hits)
    .slice(0, MAX_RESULTS)
    .map((g) => quoteResult(index, g, topic.text));
  if (results.length === 0) return null;
  const name = cleanQueryText(rawSpeaker);
  const n = `${results.length} quotation${results.length === 1 ? '' : 's'}`;
  return { command: 'quote', query, found: true, answer: `${n} with “${name}” named beside them (no quotation is credited to “${name}”)`, results };
}

/** Words after which a name is what the topic is about, not who spoke ("criticism of Ruiz"). */
const ABOUT_WORDS = new Set([
  'about',
  'on',
  'of',
  'against',
  'for',
  'with',
  'to',
  'at',
  'from',
  'toward',
  'towards',
  'regarding',
  'versus',
  'vs',
  'and',
  'or',
  'like',
  'than',
]);

/**
 * "housing Ruiz": the last words of a topic, when they are exactly the name, an alias or the
 * surname of someone the coverage quotes, name the speaker (the console has no separate field).
 * Null when they do not, or when the word before them makes the name the topic's subject.
 */
function trailingSpeaker(index: CoverageIndex, rawTopic: string): { topic: string; speaker: string } | null {
  const words = rawTopic.trim().split(/\s+/);
  for (let n = Math.min(3, words.length - 1); n >= 1; n--) {
    const name = words.slice(-n).join(' ');
    const key = tokenize(name).join(' ');
    if (!key || !quotedSpeakers(index, name, 5).some((h) => namesOf(h.record).includes(key))) continue;
    return ABOUT_WORDS.has(words[words.length - n - 1].toLowerCase()) ? null : { topic: words.slice(0, -n).join(' '), speaker: name };
  }
  return null;
}

/**
 * The trailing name of a topic as its speaker (see trailingSpeaker), unless the whole topic, name
 * included, is better covered by some quotation than the rest of it is by that speaker's: then the
 * name is what the words are about ("no chance Ines Varga" typed from another speaker’s
 * quotation naming her), not who said them.
 */
function speakerOfTopic(index: CoverageIndex, rawTopic: string): { topic: string; speaker: string } | null {
  const split = trailingSpeaker(index, rawTopic);
  if (!split) return null;
  const whole = cleanQuery(rawTopic, 'a topic');
  const rest = cleanQuery(split.topic, 'a topic');
  const ids = findSpeakers(index, split.speaker);
  if (!whole.ok || !rest.ok || !ids) return split;
  // The first the words found: one listed for its meaning alone covers nothing.
  const bySpeaker =
    quotesOnTopic(
      index,
      rest.text,
      ids.map((s) => s.id),
      FILLED_PAGE,
      split.speaker,
    ).find((h) => !h.meantOnly)?.score ?? 0;
  const byAnyone = quotesOnTopic(index, whole.text, undefined, 1)[0]?.score ?? 0;
  return byAnyone > bySpeaker ? null : split;
}

/** An entity's name, aliases and surname as the tokenizer writes them. */
function namesOf(e: Entity): string[] {
  const full = tokenize(e.name);
  return [full.join(' '), full[full.length - 1] ?? '', ...e.aliases.map((a) => tokenize(a).join(' '))].filter(Boolean);
}

/**
 * Quotations on a topic in the user's own words (see topics.ts), best first, by any of
 * `speakerIds` when given: what /quote lists, and what a question about what someone said can
 * be answered from. Each hit's `score` is the share of the topic covered, `matched` the words
 * that covered it.
 */
export function quotesOnTopic(index: CoverageIndex, text: string, speakerIds?: readonly string[], limit = 60, speakerTyped?: string): TopicHit[] {
  const namedBeside = speakerIds && speakerTyped ? besideName(speakerTyped) : null;
  if (speakerIds) {
    const fill = { floor: MIN_SPEAKER_FILL, page: FILLED_PAGE };
    return firmBeyondPage(
      findTopicQuotes(index, text, { speakerIds, limit, minScore: MIN_SPEAKER_TOPIC_COVERAGE, namedBeside, typedSpeaker: speakerTyped, fill }),
      MIN_SPEAKER_TOPIC_COVERAGE,
      MIN_SPEAKER_FILL,
    );
  }
  return firmBeyondPage(withFill(findTopicQuotes(index, text, { limit, minScore: MIN_FILL_COVERAGE, namedBeside })), MIN_FILL_COVERAGE);
}

/**
 * Word-vector neighbours ("rents" → "landlords", see topic-read.ts) find the quotation a
 * paraphrase means when no WordNet relation does, but they also reach quotations merely near the
 * topic. A quotation the topic's words and their WordNet relations cover `floor` of (the search's
 * own floor: it would be found without them) is listed as ever; one only the neighbours bring in
 * is listed on the first page, and only when it covers at least LOOSE_SHARE of what the best one
 * does: "hope" lists the quotation hoping, not one merely glad beside it. On the first page the
 * floor is `pageFloor`, what a short first page is filled from (a named speaker's MIN_SPEAKER_FILL):
 * a quotation the topic's own words put there is not a neighbour's find, however little of a long
 * paraphrase it covers beside the best one.
 */
function firmBeyondPage(hits: TopicHit[], floor: number, pageFloor = floor): TopicHit[] {
  const best = hits.find((h) => !h.meantOnly)?.score ?? 0;
  return hits.filter((h, i) => h.firm >= floor || (i < FILLED_PAGE && (h.meantOnly || h.firm >= pageFloor || h.score >= LOOSE_SHARE * best)));
}

/**
 * Over every speaker, the first page is the best FILLED_PAGE by rank (coverage, the article's,
 * likeness in meaning: see findTopicQuotes) among those covering MIN_FILL_COVERAGE; beyond it, only
 * those covering MIN_TOPIC_COVERAGE. A paraphrase matching one idea of a long topic ("the treasurer
 * kept the ferry deficit hidden from the whole council" → "nobody saw the books") is often the
 * quotation meant, and its meaning may tell it from sure ones that echo a word or two: a floor
 * before the rank put every sure one ahead of it, however far off in meaning. None sure, none at
 * all: words no quotation speaks of still find nothing.
 */
function withFill(hits: TopicHit[]): TopicHit[] {
  if (!hits.some((h) => h.score >= MIN_TOPIC_COVERAGE)) return [];
  return hits.filter((h, i) => i < FILLED_PAGE || h.score >= MIN_TOPIC_COVERAGE);
}

/** Every quotation of these speakers, in record order per speaker. */
function speakerQuotes(index: CoverageIndex, speakers: ReadonlyArray<{ id: string }>): Hit<QuoteRecord>[] {
  return speakers.flatMap((s) => index.search.findQuotes({ text: '', mode: 'topic', speakerId: s.id, limit: 60 })).slice(0, 60);
}

function cleanQueryText(raw: string): string {
  const q = cleanQuery(raw);
  return q.ok ? q.text : raw.slice(0, 40);
}

/** Names as good as the best match this close to it are the same name ("Clinton": Bill and Hillary). */
const SAME_SCORE = 1e-6;

/**
 * The entities a user means by a name, or null when nobody matches well enough. A bare surname
 * several quoted people share means any of them, and so does a name whole inside a longer one
 * ("Clinton" in "Bill Clinton" and "Hillary Clinton", however the fuzzy match ranks them): the
 * topic decides which one spoke.
 */
function findSpeakers(index: CoverageIndex, raw: string): Array<{ id: string; name: string }> | null {
  const q = cleanQuery(raw, 'a speaker name');
  if (!q.ok) return null;
  const { text, hits } = bestSpeakerMatch(index, q.text);
  const best = hits[0];
  if (!best || best.score < 0.6) return heldSpeakers(index, q.text);
  const typed = ` ${tokenize(text).join(' ')} `;
  const holds = (e: Entity): boolean => [e.name, ...e.aliases].some((n) => ` ${tokenize(n).join(' ')} `.includes(typed));
  return hits.filter((h) => h.score >= best.score - SAME_SCORE || holds(h.record)).map((h) => ({ id: h.record.id, name: h.record.name }));
}

/**
 * The quoted speakers whose whole name the typed one holds, when no name matches it well enough as
 * a whole: a story may name someone by surname alone ("Hayek" for "Salma Hayek"), with an honorific
 * ("Mr. Clarke" for "Tom Clarke"), cut at a hyphen ("Ban Ki" of "Ban Ki-moon"), and call a source
 * what the user types with a determiner ("another Vermont Democrat": "Vermont Democrat"); the fuzzy
 * match of the longer typed name then falls below what a speaker must reach. A name held counts
 * when its words (honorifics left out) run together in the typed name and either end it or are two
 * words or more: a single word inside it is a first name ("Salma") or a title ("Gen"). A run owning
 * a noun after it ("Kennedy's father") names someone else. The longest runs win; null when none.
 */
function heldSpeakers(index: CoverageIndex, typed: string): Array<{ id: string; name: string }> | null {
  const words = tokenize(typed);
  const held = new Map<string, { id: string; name: string; size: number }>();
  for (const w of new Set(words)) {
    if (w.length < MIN_HELD_WORD) continue;
    for (const h of quotedSpeakers(index, w, 2 * SPEAKER_CHOICES)) {
      const own = tokenize(h.record.name).filter((t) => !HONORIFICS.has(t));
      if (own.length > 0 && runsIn(words, own)) held.set(h.record.id, { id: h.record.id, name: h.record.name, size: own.length });
    }
  }
  const longest = Math.max(0, ...[...held.values()].map((h) => h.size));
  const out = [...held.values()].filter((h) => h.size === longest).map(({ id, name }) => ({ id, name }));
  return out.length ? out : null;
}

/** The shortest typed word a held name is looked up by: "Li" would reach every name holding it. */
const MIN_HELD_WORD = 3;

/** Whether `own` runs together in `words`, ending them or two words or more long, and owning no noun after it (see heldSpeakers). */
function runsIn(words: readonly string[], own: readonly string[]): boolean {
  for (let k = 0; k + own.length <= words.length; k++) {
    if (!own.every((t, i) => words[k + i] === t)) continue;
    const end = k + own.length;
    if (words[end] === 's') continue;
    if (end === words.length || own.length >= 2) return true;
  }
  return false;
}

/** How many quoted people a speaker name may mean at most. */
const SPEAKER_CHOICES = 5;

/**
 * The quoted speakers a typed name matches, as typed or without a leading article ("the", "a",
 * "an"), whichever matches better: users name an outlet or a group with its article ("The Harbor
 * Gazette"), and an unnamed source as the story introduces them ("a Vermont Democrat" for `"…,"
 * said a Vermont Democrat`), which the coverage writes its name without, and the fuzzy match of
 * the whole typed name then falls below what a speaker must reach.
 */
function bestSpeakerMatch(index: CoverageIndex, typed: string): { text: string; hits: Hit<Entity>[] } {
  const asTyped = { text: typed, hits: quotedSpeakers(index, typed, SPEAKER_CHOICES) };
  const bare = typed.replace(/^(?:the|an?)\s+/i, '');
  if (bare === typed || !bare) return asTyped;
  const without = { text: bare, hits: quotedSpeakers(index, bare, SPEAKER_CHOICES) };
  return (without.hits[0]?.score ?? 0) > (asTyped.hits[0]?.score ?? 0) ? without : asTyped;
}

/** A quotation as a cited result: the query's words marked in the passage, else the quotation itself. */
export function quoteResult(index: CoverageIndex, group: QuoteGroup, query: string): AnswerResult {
  const r: QuoteRecord = group.best.record;
  const article = index.search.articles.get(r.articleId);
  const matched = (group.best as Partial<TopicHit>).matched;
  const highlights = matched ? matchedHighlights(r.passage.text, matched) : query ? wordHighlights(r.passage.text, query) : [];
  const quoteMark = relativeHighlight(r.passage, r);
  return {
    kind: 'quote',
    text: r.text,
    speaker: r.speaker,
    cue: r.cue?.text ?? null,
    source: sourceRef(article, r.articleId),
    passage: r.passage,
    highlights: highlights.length ? highlights : quoteMark ? [quoteMark] : [],
    score: round(group.best.score),
    alsoIn: group.others.map((o) => o.articleId),
    recordId: r.id,
  };
}

/** Every passage word a topic search matched (its own words or the words standing for them). */
function matchedHighlights(passage: string, matched: readonly string[]): Array<{ start: number; end: number }> {
  if (matched.length === 0) return [];
  const wanted = new Set(matched);
  const out: Array<{ start: number; end: number }> = [];
  for (const w of passage.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (tokenize(w[0]).some((t) => wanted.has(t))) out.push({ start: w.index, end: w.index + w[0].length });
  }
  return out;
}

/** Up to three quotations that share the most words with what the user typed. */
export function suggestQuotes(index: CoverageIndex, text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? []).slice(0, 8);
  if (words.length === 0) return [];
  // Copies of one quotation in several articles would fill the three slots with the same words.
  const hits = index.search.findQuotes({ text: words.join(' '), mode: 'topic', limit: 9 });
  const texts = hits.filter((h) => h.score >= 0.3).map((h) => shorten(h.record.text, 80));
  return [...new Set(texts)].slice(0, 3);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
