import type { FactRecord, TypedValue } from '../../model/records.js';
import { CUE_LEMMAS, CUE_VERBS } from '../../extract/lexicon.js';
import {
  BEATING_WORDS,
  DAY_NOUNS,
  GAP_WORDS,
  NAMING_VERBS,
  OPINION_VERB_FORMS,
  REASON_MARKERS,
  RELATIVE_PERIOD_OPENERS,
  REPORTING_CUES,
  RELATIVE_PERIOD_UNITS,
  SPEECH_VERBS,
} from '../lexicon.js';
import { bestMatch, wordMatch } from '../match.js';
import { anySenseUnder, baseForms, lookup } from '../wordnet.js';
import type { FocusTerm, Question } from '../question.js';
import { clauseAround } from './binding.js';
import { describedByRole, designatedBy, nameWords } from './slot.js';
import type { Scored } from './types.js';

/**
 * Precision gates of /ask (issue 13: a wrong answer costs more than "not found"). Each one says
 * when a value or passage the scorer liked still does not answer the question as asked.
 */

/**
 * "the Fed's argument next year", "a speech this month": the period holding or following the
 * publication day, which the article uses loosely. Given as a date it asserts a time the text
 * never states.
 */
export function isRelativePeriod(v: TypedValue): boolean {
  if (v.type !== 'date') return false;
  const words = v.text.toLowerCase().split(/\s+/);
  return words.length === 2 && RELATIVE_PERIOD_OPENERS.includes(words[0]) && RELATIVE_PERIOD_UNITS.includes(words[1]);
}

/**
 * "one of its strongest gains", "more than one good report": the word "one" stands for a
 * thing far more often than it counts one. Read as the figure 1 it answers only when it counts the
 * question's noun ("the bill has one Democratic cosponsor").
 */
export function looseOne(v: TypedValue, counted: number): boolean {
  return v.type === 'number' && !v.items && v.normalized === 1 && /\bone\b/i.test(v.text) && counted !== 1;
}

/** "one of his helicopters": "one" picking a member of a group. */
const ONE_OF = /^\s+of\b/i;
/** "fewer than one", when the number is read without its bound: a bound, not a count. */
const THAN_ONE = /\bthan\s+$/i;
/** Where the value is written in its record's passage, or null when it lies outside it. */
function spanInPassage(record: FactRecord, v: TypedValue): { text: string; from: number; to: number } | null {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  return from < 0 || to > text.length ? null : { text, from, to };
}

/** The end of what stands before a sentence's first word: a full stop, a dateline's dash, an opening quotation mark. */
const SENTENCE_START = /(?:[.!?]["”’']?\s+|\s[—–-]+\s+|(?:^|\s)["“‘'])$/u;

/**
 * "how many helicopters does Lee own" against "the renovation of one of his helicopters": "one" that
 * picks a member of a group (or a bare "one" after "than") names one thing of several and never says
 * how many there are, though it stands before the counted noun ("only one Democratic cosponsor"
 * still counts them). Not caught: a number read with its bound, as "more than one" of "more than one
 * positive jobs report" is (its text holds "than", so nothing stands before it).
 */
export function oneOfSeveral(record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'number' || v.items || v.normalized !== 1 || !/\bone\b/i.test(v.text)) return false;
  const span = spanInPassage(record, v);
  if (span === null) return false;
  const { text, from, to } = span;
  return ONE_OF.test(text.slice(to, to + 6)) || THAN_ONE.test(text.slice(Math.max(0, from - 12), from)) || opensWithOne(text, from, to);
}

/**
 * "One California delegate said he …", "One proxy army fighting on the …": a sentence that opens
 * with "One" and a noun brings in one member of a group to tell of it, the way "one of" does, and
 * says nothing of how many there are. Not "only one co-sponsor" or "just one vote", which stand
 * inside the sentence.
 */
function opensWithOne(text: string, from: number, to: number): boolean {
  const before = text.slice(0, from);
  return text.slice(from, to) === 'One' && (before.trim() === '' || SENTENCE_START.test(before));
}

/** A transcript's speaker label: the name in capitals and a colon ("LEE: Thank you."). */
const SPEAKER_LABEL = /^\p{Lu}[\p{Lu}'’.-]*$/u;

/**
 * "the candidates most often called outsiders", "LEE: Thank you.", "CHARLOTTE - Nearly a week after
 * …", "But the Czech model …": a name the extractor read from words that name no one. A person
 * written without a capital is a description the article's names were carried into, which cannot
 * stand for one person when it is plural ("the candidates") or names no person ("the state"), though
 * "the president" may (standsForOne); one in capitals before a colon is a transcript's label for
 * whoever speaks next, not a mention in what is said. A person, place or
 * organisation written as one word WordNet has as an adverb and in no sense of a noun ("Nearly",
 * "But") is the word opening the sentence. A surname written alone ("Lee", "Bland") is a word WordNet
 * lacks, or has as a noun or an adjective, and stays.
 */
export function namesNoOne(record: FactRecord, v: TypedValue): boolean {
  if (!NAMED_KINDS.has(v.type) || v.items) return false;
  const span = spanInPassage(record, v);
  if (span === null) return false;
  const { text, from, to } = span;
  const written = text.slice(from, to).trim();
  if (v.type === 'person' && !/\p{Lu}/u.test(written)) return !standsForOne(written);
  if (v.type === 'person' && SPEAKER_LABEL.test(written) && /^\s*:/.test(text.slice(to))) return true;
  return /^\p{L}+$/u.test(written) && lookup(written, 'r') !== null && lookup(written, 'n') === null;
}

/**
 * A description written in lower case that can stand for one person the article named ("the
 * president" for the one it gave that title): its noun is singular and names a person in some sense.
 * "the candidates" stands for several, "the state" for no one.
 */
function standsForOne(written: string): boolean {
  const noun = written.toLowerCase().split(/\s+/).at(-1) ?? '';
  const singular = baseForms(noun).some((b) => b.pos === 'n' && b.lemma === noun);
  return singular && anySenseUnder(noun, 'person');
}

/** "said Lee", "according to Lee": a reporting cue right before a name; ", Lee said": right after it. Built once, not per candidate. */
const REPORTED_BEFORE = new RegExp(`\\b(?:${REPORTING_CUES.join('|')})\\s+$`);
const REPORTED_AFTER = new RegExp(`^,?\\s+(?:${REPORTING_CUES.join('|')})\\b`);

/**
 * "… while the secretary of state negotiates with Russia over Syria, Schiff said": the one who
 * reports a sentence is not the one who does what it reports. A name standing bare as the
 * sentence's reporter answers only a question about speech ("who said …", "who told …") or one
 * whose words are bound to it; a reporter the sentence introduces by a role ("its chief executive,
 * Owen Pryce, said") may be the one asked for ("who runs the company").
 */
export function onlyReports(q: Question, record: FactRecord, v: TypedValue, bound: number): boolean {
  if (v.type !== 'person' || v.items || bound > 0 || describedByRole(record, v)) return false;
  if (q.focus.some((f) => f.verb && (SPEECH_VERBS.includes(f.term) || CUE_LEMMAS.has(f.term)))) return false;
  const text = record.passage.text.toLowerCase();
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  const before = text.slice(Math.max(0, from - 20), from);
  const after = text.slice(to, to + 12);
  return REPORTED_BEFORE.test(before) || REPORTED_AFTER.test(after);
}

/** A reporting verb right before a date ("Lee said Friday", "said on Friday", "told reporters on Friday": one or two words between). */
const SAID_BEFORE_DATE = /\b(?:(?:said|says|added|wrote|writes)|(?:told|tells)(?:\s+[\p{L}'’.-]+){1,2}?)\s+(?:on\s+)?$/u;
/** A day in the name of the programme a speaker talked to ("said in an interview with “Harbor Report Sunday”"). */
const SAID_ON_A_SHOW = /\b(?:said|says|told|tells)\s+in\s+an\s+interview\s+(?:with|on)\s+(?:["“”‘’']?[\p{L}'’.-]+\s+){1,3}$/u;
/** A reporting verb right after a date ("Lee on Friday said", "on Friday also told"). */
const SAID_AFTER_DATE = /^\s+(?:also\s+)?(?:said|says|told|tells|wrote|writes|added)\b/u;

/**
 * "when is the primary" against "Welch said on Friday he would vote in the March 1 primary": the day
 * beside the reporting verb dates the saying, not what is said. It answers only a question about
 * speech ("when did Welch say …", "what day did Lee announce …").
 */
export function datesTheSaying(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'date' || v.items) return false;
  if (q.focus.some((f) => SPEECH_VERBS.includes(f.term) || CUE_LEMMAS.has(f.term) || CUE_VERBS.has(f.term))) return false;
  const span = spanInPassage(record, v);
  if (span === null) return false;
  const { from, to } = span;
  const text = span.text.toLowerCase();
  const before = text.slice(Math.max(0, from - 60), from).replace(/\s+/g, ' ');
  const after = text.slice(to, to + 20).replace(/\s+/g, ' ');
  return SAID_BEFORE_DATE.test(before) || SAID_ON_A_SHOW.test(before) || SAID_AFTER_DATE.test(after);
}

/**
 * "where did Lee endorse Ruiz" against "Senator Lee of Vermont endorsed Ruiz": a place that says
 * whom a person represents or where they come from answers "where is Lee from" or "what state does
 * Lee represent", never where something happened, nor anything about someone else. Questions with a
 * type noun ("what state", "which town") ask for such a place and keep it.
 */
export function placeOfAPerson(q: Question, record: FactRecord, v: TypedValue): boolean {
  const person = designatedBy(record, v);
  if (person === undefined || q.focus.some((f) => f.typeNoun)) return false;
  const names = q.focus.filter((f) => f.name && !f.weak);
  const theirs = person !== null && names.some((f) => nameWords(person).includes(f.term));
  const act = q.focus.some((f) => f.verb && !f.weak);
  return !theirs || act;
}

/**
 * "who is the pollster" against "a poll run with Anderson Robbins Research (D) and Shaw & Company
 * (R)": a name written as one word (a surname alone, or one word of a longer name) with another
 * value scoring within `lead` of it. A lone word says little of whom it names, and a rival that
 * close says the sentence does not tie the question to either; a full name stands on its own.
 */
export function closeLoneName(top: Scored, lead: number): boolean {
  const v = top.value;
  if (!NAMED_KINDS.has(v.type) || v.items || top.lead >= lead) return false;
  // "the president" standing for the one the article gave that title is its own naming, not a lone word of a name.
  const words = v.text.trim().split(/\s+/);
  return words.length === 1 && /^\p{Lu}/u.test(words[0]);
}

/** Kinds of value that name someone or somewhere, which an article may name in sentence after sentence. */
const NAMED_KINDS: ReadonlySet<string> = new Set(['person', 'organization', 'place']);

/**
 * "who ran the poll" against "The poll by the Westfield Institute showed Mayor Lee ahead": the one an
 * article is about is named in sentence after sentence, so a sentence carrying the question's words
 * names them whether or not they fill its slot, and the score, which reads that sentence alone,
 * cannot tell. Such a name answers only when the question's type noun, its verb or every one of its
 * words is bound to it; `mentions` is how many of its article's sentences make a name that salient.
 */
export function salientBystander(q: Question, top: Scored, records: readonly FactRecord[], mentions: number): boolean {
  const v = top.value;
  if (!NAMED_KINDS.has(v.type) || v.items || top.features.typeNoun === 1 || top.features.bound >= 1) return false;
  // "who signed the order" against "Lee on Friday signed the order": the question's act is bound to the name.
  if (q.focus.some((f) => f.verb && !f.weak && bestMatch(f, v.context ?? []) > 0)) return false;
  if (q.asksObject && objectOfAskedVerb(q, top.record, v)) return false;
  // The last word of the name: the article names a person by surname once introduced ("Lee" for "Dana Lee").
  const last =
    String(v.normalized ?? v.text)
      .split(',')[0]
      .trim()
      .split(/\s+/)
      .at(-1) ?? '';
  if (last.length < 2) return false;
  const said = new RegExp(`(?<![\\p{L}\\p{N}])${escaped(last)}(?![\\p{L}\\p{N}])`, 'u');
  const sentences = new Set<number>();
  for (const r of records) if (r.articleId === top.record.articleId && said.test(r.passage.text)) sentences.add(r.passage.start);
  return sentences.size >= mentions;
}

/**
 * "who did the execs meet" against "the execs flew in to meet with Lee": the name stands right after
 * the question's verb, at most two small words between (its object, which the question asks for).
 */
function objectOfAskedVerb(q: Question, record: FactRecord, v: TypedValue): boolean {
  const verbs = q.focus.filter((f) => f.verb && !f.weak && !f.name);
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  for (const m of text.slice(0, Math.max(0, from)).matchAll(/\p{L}+/gu)) {
    const word = m[0].toLowerCase();
    if (!verbs.some((f) => wordMatch(f, word) > 0 || wordMatch(f, word.replace(/(?:ed|ing|es|s|d)$/, '')) > 0)) continue;
    if (/^\s+(?:\p{Ll}+\s+){0,2}$/u.test(text.slice(m.index + m[0].length, from))) return true;
  }
  return false;
}

/** A share written in points: "seven percentage points", "a 9-point lead", "0.3 points". */
const IN_POINTS = /\bpoints?\b/i;

/**
 * "what percent did Ruiz get" against "Ruiz trailed Lee by 0.3 percentage points": a share written
 * in points is the gap between two shares, no one's share of anything, so it answers only a
 * question about a gap (a margin, a lead, points, "by", "up": lexicon.ts GAP_WORDS). On 60 of the
 * studied sets such shares were wrong 4 times for questions without one of those words and right 5
 * times for questions with one (margins, leads, margins of error).
 */
export function gapNotAsked(q: Question, v: TypedValue): boolean {
  if (v.type !== 'percent' || v.items || !IN_POINTS.test(v.text)) return false;
  return !asksGap(q);
}

/** Kinds of figure a sentence can give as the margin between two others. */
const MARGIN_FIGURES: ReadonlySet<string> = new Set(['number', 'money', 'percent']);
/** "by", and the approximation a margin may be written with, right before the figure. */
const BY_FIGURE = /\bby\s+(?:(?:about|roughly|nearly|almost|some|just|only|over|under|more\s+than|less\s+than|fewer\s+than)\s+)?$/iu;

/**
 * "how many votes did Ruiz get" against "Lee bested Ruiz by about 5,000 votes", "how many delegates
 * does Ruiz have" against "Lee leads Ruiz by 271 delegates": the figure after "by" in a clause that
 * sets one side ahead of another (a gap or change word, lexicon.ts GAP_WORDS, or a word of beating,
 * BEATING_WORDS) is the margin between two amounts. Like a share written in points (gapNotAsked), it
 * answers only a question about a gap or a change; "approved by 60 senators" has no such word and
 * still counts the senators.
 */
export function marginNotAsked(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (!MARGIN_FIGURES.has(v.type) || v.items || asksGap(q)) return false;
  const span = spanInPassage(record, v);
  if (span === null) return false;
  const { text, from, to } = span;
  const before = text.slice(0, from);
  const by = BY_FIGURE.exec(before);
  if (by === null) return false;
  const clause = before.slice(clauseAround(text, from, to).from, by.index).toLowerCase();
  return (clause.match(/\p{L}+/gu) ?? []).some((w) => gapOrBeating(w) || baseForms(w).some((b) => gapOrBeating(b.lemma)));
}

function gapOrBeating(word: string): boolean {
  return word !== 'by' && (GAP_WORDS.has(word) || BEATING_WORDS.has(word));
}

/** The question asks for a gap or a change: one of its words, or a WordNet base form of it, is a gap word ("by", "lead", "trailing"). */
function asksGap(q: Question): boolean {
  return q.words.some((w) => GAP_WORDS.has(w) || baseForms(w).some((b) => GAP_WORDS.has(b.lemma)));
}

/** "what day is the speech" asks for a day: a month or a year is coarser than the question. */
export function coarserThanAsked(q: Question, v: TypedValue): boolean {
  if (v.type !== 'date' || typeof v.normalized !== 'string') return false;
  const asksDay = q.focus.some((f) => f.typeNoun && DAY_NOUNS.includes(f.term));
  return asksDay && /^\d{4}(?:-\d\d)?$/.test(v.normalized);
}

/** Each reason marker as a whole-word pattern, made once rather than per passage. */
const REASON_PATTERNS: readonly RegExp[] = REASON_MARKERS.map((m) => new RegExp(`\\b${m.replace(/ /g, '\\s+')}\\b`));

/** The passage gives a reason or a purpose in so many words. */
export function givesReason(record: FactRecord): boolean {
  const text = ` ${record.passage.text.toLowerCase().replace(/\s+/g, ' ')} `;
  return REASON_PATTERNS.some((p) => p.test(text));
}

/**
 * "what did Lee say about the levy", "what did Lee call the mayor": the question asks for someone's
 * own words, which a passage gives by quoting them (or, for "say", by reporting Lee as saying it).
 * A passage that does neither tells what they did or what others said of them: on the spent
 * real-news sets every such passage given for these questions was wrong (4 of 4, all "what did X
 * call Y"; for two of them a passage quoting X was next and right). Not "what is the book called"
 * (no object after the verb: the name of a thing) nor "why does Lee call …".
 */
export function asksForWords(q: Question): boolean {
  if (q.wants !== 'statement' || q.asksWhy) return false;
  // The tagger often reads "call" in "what did Lee call …" as a noun: the word itself is what counts.
  const at = q.focus.findIndex((f) => SPEECH_VERBS.includes(f.term) || NAMING_VERBS.includes(f.term));
  if (at < 0) return false;
  const speaker = q.focus.slice(0, at).some((f) => !f.weak);
  const object = q.focus.slice(at + 1).some((f) => !f.weak);
  return speaker && (SPEECH_VERBS.includes(q.focus[at].term) || object);
}

/** Quotation marks, straight, curly or doubled single ones (''as some papers set them''). */
const QUOTATION = /["\u201c\u201d]|''/u;

/** The passage quotes someone's words. */
export function quotesWords(record: FactRecord): boolean {
  return QUOTATION.test(record.passage.text);
}

/** The question's words before its speech verb name whom it asks about: "what did Gov. Lee say …". */
export function askedSpeakerWords(q: Question): FocusTerm[] {
  const verbAt = q.focus.findIndex((f) => SPEECH_VERBS.includes(f.term));
  return q.focus.slice(0, Math.max(0, verbAt)).filter((f) => !f.weak);
}

/** The words of speech or opinion that make the name just before them its speaker: "Lee said", "Lee thinks". */
const SPEAKING_WORDS: ReadonlySet<string> = new Set([...CUE_VERBS, ...OPINION_VERB_FORMS]);
/** A speech verb after a quotation or a comma, the speaker following it: "…,” said Gov. Lee". */
const INVERTED_CUE = /(?:[,“”"'’]\s*)(?:said|says|added|wrote|writes|according to)\s+(?:[\p{L}.'’-]+\s+){0,3}$/u;

/**
 * "what did Lee say about Vale": a passage answers only when Lee is its speaker, the subject of its
 * speech verb ("Lee said", "Lee, the mayor, said", "…,” said Gov. Lee", "according to Lee"). A passage
 * that only mentions Lee, or is reported by someone else (", officials said"), tells others' words.
 * True when the question names no one before its speech verb ("what was said about Vale"), and for
 * a passage in `voiced` (voiced.ts: it holds a quotation the index credits to the asked person, `"…," she said`).
 */
export function spokenByAsked(q: Question, record: FactRecord, voiced?: ReadonlySet<string>): boolean {
  if (voiced?.has(record.id)) return true;
  const speaker = askedSpeakerWords(q);
  if (speaker.length === 0) return true;
  const text = record.passage.text.replace(/\s+/g, ' ');
  const lower = text.toLowerCase();
  return speaker.some((f) => [...lower.matchAll(new RegExp(`\\b${escaped(f.term)}\\b`, 'gu'))].some((m) => speaksAt(lower, m.index, m.index + m[0].length)));
}

/** The mention at [from, to) is the subject of a speech verb right after it, or follows an inverted one. */
function speaksAt(lower: string, from: number, to: number): boolean {
  if (INVERTED_CUE.test(lower.slice(Math.max(0, from - 60), from))) return true;
  const after = lower.slice(to, to + 120);
  // "Lee's aide said": the possessive makes someone else the speaker.
  if (/^['’]s\b/.test(after)) return false;
  // "Lee, the mayor, said", "Lee, during the campaign, had declared", "Lee, head of parks, roads and ports, said".
  const quoteAt = after.search(/[“”"]/);
  const apposition = after.startsWith(',') ? after.slice(1, quoteAt < 0 ? 100 : Math.min(quoteAt, 100)) : '';
  if ([...apposition.matchAll(/,\s*([\p{L}]+)(?:\s+([\p{L}]+))?/gu)].some((m) => m.slice(1).some((w) => w !== undefined && SPEAKING_WORDS.has(w)))) return true;
  // "Lee (D-Vt.) on Tuesday also said": a few words, none across a comma or a quotation mark.
  const near = /^(?:\s*\([^)]*\))?((?:\s+[^\s,;:“”"()]+){1,5})/u.exec(after)?.[1] ?? '';
  return near
    .trim()
    .split(' ')
    .some((w) => SPEAKING_WORDS.has(w.replace(/[.!?]$/, '')));
}

function escaped(term: string): string {
  return term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
