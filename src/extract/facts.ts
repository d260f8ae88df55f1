import type { Article } from '../model/article.js';
import type { Sentence, Token } from '../nlp/parse.js';
import type { Entity, FactRecord, TypedValue } from '../model/records.js';
import { findDates } from '../nlp/dates.js';
import { findQuantities } from '../nlp/quantities.js';
import { lemma } from '../nlp/lemma.js';
import { gapBetween, has, wordsOf } from '../nlp/tokens.js';
import { buildGazetteer, titleHolder, type Gazetteer } from './gazetteer.js';
import { findNames } from './names.js';

/** Tags of words that carry no content of their own for matching a question. */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord', 'Negative'];

/**
 * Every sentence becomes one fact record, whether or not it carries a typed value: a "why" or "how"
 * question is answered by a sentence that may hold no name, date or figure, and /ask cites only
 * fact records (a record without values is a statement for the passage path alone).
 */
export function extractFacts(article: Article, sentences: Sentence[], entities: Entity[]): FactRecord[] {
  const gaz = buildGazetteer(article.text, sentences, entities);
  const spellings = apostropheSpellings(article.text);
  const facts: FactRecord[] = [];
  let lastDate: TypedValue | null = null;
  let lastDoer: string | null = null;
  for (const sentence of sentences) {
    const values = sentenceValues(article, sentence, gaz, lastDate);
    lastDate = values.filter((v) => v.type === 'date').at(-1) ?? lastDate;
    const fact = factRecord(article, sentence, values, facts.length, lastDoer);
    lastDoer = fact.subject && fact.entities.includes(fact.subject) ? fact.subject : lastDoer;
    facts.push({ ...fact, values: fact.values.map((v) => withApostrophes(v, spellings)) });
  }
  return facts;
}

function sentenceValues(article: Article, sentence: Sentence, gaz: Gazetteer, lastDate: TypedValue | null): TypedValue[] {
  const names = findNames(article.text, sentence, gaz);
  const dates = findDates(article.text, sentence, article.date, lastDate);
  const people = names.filter((v) => v.type === 'person');
  const quantities = findQuantities(article.text, sentence, [...dates, ...names], people)
    .map((v) => withAgeHolder(v, gaz))
    .map((v) => (v.type === 'money' || v.type === 'percent' || v.type === 'duration' ? withNearbyVerbs(v, sentence, article.text) : v));
  const located = names.map((v) => (v.type === 'place' ? withNearbyVerbs(v, sentence, article.text) : v));
  return [...located, ...dates.map((d) => withNearbyVerbs(d, sentence, article.text)), ...quantities].sort((a, b) => a.start - b.start);
}

/** An apostrophe inside a capitalised word ("O’Neill", "D’Amato"), not a possessive's or a contraction's. */
const APOSTROPHE_WORD = /\p{Lu}\p{L}*[’‘']\p{Lu}\p{L}+/gu;

/** The article's words written with an apostrophe inside, by their form without it: "ONeill" → "O’Neill". */
function apostropheSpellings(text: string): Map<string, string> {
  return new Map([...text.matchAll(APOSTROPHE_WORD)].map((m) => [m[0].replace(/[’‘']/gu, ''), m[0]]));
}

/**
 * "James O’Neill", not "James ONeill": the name reader drops a curly apostrophe from the person's
 * name it resolves, and an answer gives the name as the article spells it. Only the value changes:
 * the record's entities and subject keep the form the quotations' speakers are keyed by.
 */
function withApostrophes(v: TypedValue, spellings: Map<string, string>): TypedValue {
  if (spellings.size === 0 || v.type !== 'person') return v;
  const items = v.items?.map((i) => withApostrophes(i, spellings));
  if (typeof v.normalized !== 'string') return items ? { ...v, items } : v;
  const normalized = v.normalized.replace(/[\p{L}']+/gu, (w) => spellings.get(w) ?? w);
  return { ...v, normalized, ...(items ? { items } : {}) };
}

/**
 * A value belongs to the event told next to it, within its clause: "Ruiz on Friday signed" →
 * sign, "€1.2 million for local hospitals" → hospital; "as orders … fell" stays with its own clause.
 */
function withNearbyVerbs(v: TypedValue, sentence: Sentence, text: string): TypedValue {
  const words = wordsOf(sentence);
  const first = words.findIndex((t) => t.end > v.start);
  if (first < 0) return v;
  let last = first;
  while (last + 1 < words.length && words[last + 1].start < v.end) last++;
  const near = [...clauseWalk(words, text, first, -1), ...clauseWalk(words, text, last, 1)];
  return near.length ? { ...v, context: [...(v.context ?? []), ...near.map(lemma)] } : v;
}

/** Words that open a new clause ("as orders fell"), whatever compromise tags them. */
const CLAUSE_WORDS = /^(as|while|because|but|and|or|when|although|though|whereas|which|who)$/i;

/** Verbs (up to six words away) and nouns (up to three) from `from` in one direction, stopping at a clause break. */
function clauseWalk(words: Token[], text: string, from: number, step: 1 | -1): Token[] {
  const out: Token[] = [];
  for (let i = from + step, n = 1; i >= 0 && i < words.length && n <= 6; i += step, n++) {
    const [a, b] = step === 1 ? [words[i - 1], words[i]] : [words[i], words[i + 1]];
    if (/[,;:—–()]/.test(gapBetween(text, a, b)) || has(words[i], 'Conjunction') || CLAUSE_WORDS.test(words[i].text)) break;
    if (isMainVerb(words[i]) || (n <= 3 && isContentNoun(words[i]))) out.push(words[i]);
  }
  return out;
}

/** "The 45-year-old Acme CEO": when the aged title names one person, the age is theirs. */
function withAgeHolder(v: TypedValue, gaz: Gazetteer): TypedValue {
  if (v.type !== 'age' || !v.context?.length) return v;
  const holder = titleHolder(gaz, v.context.join(' ')) ?? titleHolder(gaz, v.context.at(-1) ?? '');
  return holder ? { ...v, context: [...v.context, ...holder.toLowerCase().split(' ')] } : v;
}

function factRecord(article: Article, sentence: Sentence, values: TypedValue[], n: number, lastDoer: string | null): FactRecord {
  const words = wordsOf(sentence);
  const carried = subjectIsPronoun(words, values) ? lastDoer : null;
  const named = values.filter((v) => v.type === 'person' || v.type === 'organization' || v.type === 'place').flatMap((v) => v.items ?? [v]);
  const entities = [...new Set([...named.map((v) => String(v.normalized ?? v.text)), ...(carried ? [carried] : [])])];
  const predicate = [...new Set(words.filter(isMainVerb).map(lemma).filter(Boolean))];
  const nameWords = entities.flatMap((e) => e.toLowerCase().split(/\s+/));
  const contentWords = words.filter((t) => !has(t, ...FUNCTION_TAGS)).map(lemma);
  return {
    id: `${article.id}#f${n}`,
    articleId: article.id,
    statement: sentence.text,
    passage: { text: sentence.text, start: sentence.start, end: sentence.end },
    values,
    entities,
    subject: carried ?? subjectOf(words, values),
    predicate,
    terms: [...new Set([...contentWords, ...nameWords, ...named.flatMap(initialsOf), ...values.flatMap((v) => v.context ?? [])].filter((t) => t.length > 1))],
  };
}

/**
 * "rnc" for "Republican National Committee Chairman Lee", "nh" for "New Hampshire": a reader types
 * a name by its initials, so the record carries the initials of every run of capitalised words in
 * its names. Two letters stand for places only (states, cities); three or more for any name.
 */
function initialsOf(v: TypedValue): string[] {
  const words = String(v.normalized ?? v.text)
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}]/gu, ''));
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 2; j <= words.length; j++) {
      const run = words.slice(i, j);
      if (!run.every((w) => /^\p{Lu}/u.test(w))) break;
      if (run.length === 2 && v.type !== 'place') continue;
      out.push(run.map((w) => w[0].toLowerCase()).join(''));
    }
  }
  return out;
}

/**
 * "He has also donated …", "In 1962, at age 23, he married …": the sentence goes on about whoever
 * the last one was about when its subject, before its first verb, is "he" or "she" and no one is
 * named before it.
 */
function subjectIsPronoun(words: Token[], values: TypedValue[]): boolean {
  const verb = words.find(isMainVerb);
  const limit = verb?.start ?? Infinity;
  const pronoun = words.find((t) => t.end <= limit && has(t, 'Pronoun') && /^(he|she)$/i.test(t.text));
  if (!pronoun) return false;
  return !values.some((v) => (v.type === 'person' || v.type === 'organization') && v.end <= pronoun.start);
}

function isContentNoun(t: Token): boolean {
  return has(t, 'Noun') && !has(t, 'Pronoun', 'ProperNoun', 'Date', 'Value');
}

function isMainVerb(t: Token): boolean {
  return has(t, 'Verb') && !has(t, 'Auxiliary', 'Copula', 'Modal');
}

/** The doer named before the sentence's first verb, else the nouns before it. */
function subjectOf(words: Token[], values: TypedValue[]): string | null {
  const verb = words.find(isMainVerb);
  const limit = verb?.start ?? Infinity;
  const before = values.filter((v) => v.end <= limit);
  const doer = before.find((v) => v.type === 'person') ?? before.find((v) => v.type === 'organization');
  if (doer) return String(doer.normalized ?? doer.text);
  const nouns = words.filter((t) => t.end <= limit && has(t, 'Noun') && !has(t, 'Pronoun')).slice(0, 3);
  return nouns.length ? nouns.map((t) => t.text).join(' ') : null;
}
