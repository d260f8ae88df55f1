import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { Entity, FactRecord, QuoteRecord, TypedValue } from '../../model/records.js';
import { CUE_LEMMAS } from '../../extract/lexicon.js';
import { lemma } from '../../nlp/lemma.js';
import { parseSentences } from '../../nlp/parse.js';
import { relativeHighlight, sourceRef } from '../cite.js';
import { displayValue } from '../display.js';
import { ANOTHER_SPEAKS, AUTHORSHIP_VERBS, GENERIC_PERSON_WORDS, SPEECH_VERBS } from '../lexicon.js';
import { factsOf } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { quotesOnTopic } from '../quotes.js';
import { creditsAsked } from './credit.js';
import { affiliatedAs } from './described.js';
import { holdsRole, nameWords, withoutTitle } from './slot.js';
import type { Retrieved } from './types.js';

/**
 * "which Harbor Bank analyst says there aren't many buyers for the ferry line": a person question
 * whose verb is a verb of speech asks for the speaker of the quotation its words after the verb
 * paraphrase, described as its words before the verb say. Users paraphrase, so the fact ranker's
 * word coverage of the sentence stays low; the quotation search of /quote (topics.ts: lemmas,
 * derivations, WordNet) reads a paraphrase as it is meant.
 */

/** Share of the paraphrase the best quotation must cover (topics.ts scale). */
const MIN_SAID_SCORE = 0.6;
/** How far the best quotation must lead the best one of any other speaker. */
const SAID_MARGIN = 0.2;
/**
 * "who said …" with no role word: nothing of the speaker is checked but that the article names
 * them, so the quotation must be clearer still. On the studied sets no wrong speaker came in even at
 * the role question's gates; the two right ones these leave out (0.87 / 0.21, 0.86 / 0.29) the
 * fact ranker answers.
 */
const MIN_UNDESCRIBED_SCORE = 0.7;
const UNDESCRIBED_MARGIN = 0.3;
/**
 * Quotations read for the paraphrase, over every article before those the question points to are
 * kept: enough that a large corpus's other stories do not push the meant one out (every quotation
 * is rated either way; this only bounds the list).
 */
const SAID_HITS = 100;

/** The question's parts: the words describing the speaker, and the paraphrase of what they said. */
interface SaidQuestion {
  roles: FocusTerm[];
  content: string;
}

/**
 * The speaker of the quotation the question paraphrases, when the quotation is clearly the one
 * meant and the article names its speaker, described with every role word of the question; null
 * otherwise (the fact ranker answers then).
 */
export function quotedSpeakerAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  const asked = saidQuestion(text, q);
  if (!asked) return null;
  // Like every other answer, only from the articles the question points to: an unrelated article's
  // quotation can neither answer nor, as a rival, hold back the one meant.
  const pointed = new Set(retrieved.articles.map((a) => a.id));
  const hits = quotesOnTopic(index, asked.content, undefined, SAID_HITS)
    .filter((h) => pointed.has(h.record.articleId))
    .sort((a, b) => b.score - a.score);
  const best = hits[0];
  const [floor, margin] = asked.roles.length > 0 ? [MIN_SAID_SCORE, SAID_MARGIN] : [MIN_UNDESCRIBED_SCORE, UNDESCRIBED_MARGIN];
  if (!best?.record.speakerId || best.score < floor) return null;
  const rival = hits.find((h) => h.record.speakerId !== best.record.speakerId);
  if (rival && best.score - rival.score < margin) return null;
  const speaker = index.extraction.entities.find((e) => e.id === best.record.speakerId);
  if (!speaker || speaker.kind !== 'person' || namedInQuestion(speaker, q)) return null;
  const described = describedAs(index, best.record, speaker, asked.roles);
  if (!described) return null;
  const article = index.search.articles.get(described.record.articleId);
  const mark = relativeHighlight(described.record.passage, described.value);
  return {
    command: 'ask',
    query: text,
    found: true,
    answer: displayValue(described.value),
    results: [
      {
        kind: 'fact',
        text: displayValue(described.value),
        speaker: null,
        source: sourceRef(article, described.record.articleId),
        passage: best.record.passage,
        highlights: mark && described.record.passage.start === best.record.passage.start ? [mark] : [],
        score: Math.round(best.score * 1000) / 1000,
        alsoIn: [],
        values: [described.value],
        recordId: best.record.id,
      },
    ],
  };
}

/**
 * "which <role> said <paraphrase>": the role words before the verb of speech and the question's
 * text after it, or null for any other question. Not "which reporter did Lee tell …" (the
 * addressee is asked), nor an authorship question ("who wrote the Kestrel story": credit.ts).
 */
function saidQuestion(text: string, q: Question): SaidQuestion | null {
  // "which senators said …" asks for a list, which one quotation does not give.
  if (q.wants === 'statement' || !q.wants.types.includes('person') || q.plural || q.asksObject || creditsAsked(q)) return null;
  const at = q.focus.findIndex((f) => f.verb && isSpeechVerb(f.term));
  if (at < 0) return null;
  // "the dem tech guy": a word that says only "a person" describes nobody.
  const roles = q.focus.slice(0, at).filter((f) => (!f.weak || f.typeNoun) && !GENERIC_PERSON_WORDS.has(f.term));
  // "who wrote the book on the depot" with no role word asks for an author more often than a speaker.
  if (roles.length === 0 && AUTHORSHIP_VERBS.includes(q.focus[at].term)) return null;
  if (!q.focus.slice(at + 1).some((f) => !f.weak)) return null;
  const tokens = parseSentences(text).flatMap((s) => s.tokens);
  const verb = tokens.findIndex((t) => lemma(t) === q.focus[at].term || t.normal === q.focus[at].term);
  if (verb < 0 || tokens.slice(0, verb).some((t) => ANOTHER_SPEAKS.has(t.normal))) return null;
  const content = text.slice(tokens[verb].end).trim();
  return content ? { roles, content } : null;
}

function isSpeechVerb(term: string): boolean {
  return SPEECH_VERBS.includes(term) || CUE_LEMMAS.has(term);
}

/**
 * Where the quotation's article names its speaker with every one of the question's role words
 * (its title, its apposition, "X of Y", the words bound to the name; in one place or several):
 * that naming, else null.
 */
function describedAs(index: CoverageIndex, quote: QuoteRecord, speaker: Entity, roles: FocusTerm[]): { record: FactRecord; value: TypedValue } | null {
  const names = new Set([speaker.name, ...speaker.aliases].map((n) => n.toLowerCase()));
  const sightings = factsOf(index, quote.articleId).flatMap((record) =>
    record.values.filter((v) => v.type === 'person' && !v.items && namesSpeaker(v, names)).map((value) => ({ record, value })),
  );
  if (sightings.length === 0) return null;
  const agreed = roles.every((f) => sightings.some((s) => holdsRole([f], s.record, s.value) || affiliatedAs(f, s.record, s.value)));
  if (!agreed) return null;
  const own = sightings.find((s) => s.record.passage.start === quote.passage.start) ?? sightings[0];
  // The speaker's fullest name ("Ana Ruiz" where this sentence says "Ruiz"), without a title it was found with.
  return { record: own.record, value: withoutTitle({ ...own.value, normalized: speaker.name }) };
}

/** "who is the gold star mom that asked Lee about …": the person asked is never one the question names. */
function namedInQuestion(speaker: Entity, q: Question): boolean {
  const names = q.focus.filter((f) => f.name);
  return speaker.name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => names.some((f) => f.term === w || f.alts.includes(w)));
}

/** The value names the speaker: as written, or without the title the sentence put before the name. */
function namesSpeaker(v: TypedValue, names: ReadonlySet<string>): boolean {
  const written = String(v.normalized ?? v.text).toLowerCase();
  return names.has(written) || names.has(nameWords(withoutTitle(v)).join(' '));
}
