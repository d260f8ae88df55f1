import type { Word } from '../nlp/words.js';
import { isCapitalised, isPossessive, joinedToPrevious } from '../nlp/words.js';
import {
  ARTICLES,
  CONTRACTED_VERB_FOLLOWERS,
  CUE_MODIFIERS,
  PRESENTING_VERBS,
  PRESENTING_WORDS,
  ROLE_NOUNS,
  SPEAKING_MANNERS,
  TITLES,
  isParticipleCue,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isCueAt } from './mentions.js';
import type { SightingRole } from './salience.js';

/**
 * What a name's place in its sentence says about how salient it makes the person: the subject
 * opening a sentence (or an appositive-bounded one, "…, Smith, a senator, said"), a person
 * introduced by "according to" or with a title, a subject inside a clause, or anything else.
 */
export function roleOfMention(words: Word[], m: Mention): SightingRole {
  const lead = describedLead(words, titleLead(words, m.first));
  const prev = words[lead - 1];
  const next = words[m.last + 1];
  if (isPossessive(words[m.last]) && !contracted(words, m.last)) return 'other';
  if (closingReport(words, m, lead)) return 'speaker';
  if (!prev || prev.sentence !== words[lead].sentence || /[\n"\u201c]/.test(words[lead].gap)) return 'subject';
  if (describedOpening(words, lead) || presented(words, lead)) return 'subject';
  if (prev.lower === 'to' && words[lead - 2]?.lower === 'according') return 'introduced';
  // after a comma only an appositive-bounded phrase is a subject, not "in Dover, Ohio on Monday"
  const appositive = /,/.test(words[lead].gap) && !!next && /,/.test(next.gap);
  if (appositive || (/,/.test(words[lead].gap) && SENTENCE_OPENERS.has(prev.lower))) return 'subject';
  if (next?.tags.has('Verb') && joinedToPrevious(next)) return introductoryPhrase(words, lead) ? 'subject' : 'clause';
  return m.descriptor || lead < m.first ? 'introduced' : 'other';
}

/** `Lund's been saying`: a name's "'s" standing for "has" or "is", which leaves the name the subject. */
function contracted(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return /s$/i.test(words[k].text) && !!next && joinedToPrevious(next) && CONTRACTED_VERB_FOLLOWERS.has(next.lower);
}

/**
 * `Vale won the crowd over, Ruiz said.`: a name whose speech verb closes a sentence after a comma
 * reports what that person said, as a quotation's speaker does, and the `"…," he said` after such
 * a paraphrase most likely goes on with the same person (not with the subject of the paraphrase).
 */
function closingReport(words: Word[], m: Mention, lead: number): boolean {
  if (!/,/.test(words[lead].gap)) return false;
  let k = m.last + 1;
  while (k < words.length && joinedToPrevious(words[k]) && (CUE_MODIFIERS.has(words[k].lower) || SPEAKING_MANNERS.has(words[k].lower))) k++;
  const verb = words[k];
  return !!verb && verb.sentence === words[m.first].sentence && joinedToPrevious(verb) && !isParticipleCue(verb.lower) && isCueAt(words, k);
}

/**
 * Where the titles written before a name begin ("Former state senator Jo Smith", "The Acme
 * CEO Jo Smith"): the name run stops at the name, but its sentence role is that of the whole phrase.
 */
function titleLead(words: Word[], first: number): number {
  let k = first;
  let titled = false;
  while (k - 1 >= 0 && joinedToPrevious(words[k]) && words[k - 1].sentence === words[first].sentence) {
    const w = words[k - 1];
    if (ARTICLES.has(w.lower)) return k - 1;
    const title = TITLES.has(w.lower) || ROLE_NOUNS.has(w.lower);
    // "county health spokeswoman": plain words qualify a title, never stand for one
    if (!(title || (isCapitalised(w) && !isPossessive(w)) || (titled && qualifies(w)))) break;
    titled ||= title;
    k--;
  }
  return k;
}

/**
 * `At the rally, 58-year-old retiree Jo Smith also spoke`: describing words (an age, a plain noun
 * or adjective) between a comma and a name belong to the name's phrase, whose place after the
 * comma is the name's; without such a comma the name's own place counts.
 */
function describedLead(words: Word[], lead: number): number {
  const sentence = words[lead].sentence;
  let k = lead;
  for (let n = 0; n < DESCRIBING_REACH && k > 0; n++) {
    const w = words[k - 1];
    const age = ageBefore(words, k);
    const describes = joinedToPrevious(words[k]) && (qualifies(w) || (isCapitalised(w) && !isPossessive(w))) && !ARTICLES.has(w.lower);
    if (w.sentence !== sentence || (age < 0 && !describes)) return lead;
    k = age < 0 ? k - 1 : age;
    if (/,/.test(words[k].gap)) return k;
  }
  return lead;
}

/** `58-year-old` written before word `k` (the hyphens split it into three words): the number's index, or -1. */
function ageBefore(words: Word[], k: number): number {
  if (k < 3 || !joinedToPrevious(words[k])) return -1;
  const [count, unit, old] = [words[k - 3], words[k - 2], words[k - 1]];
  const aged = /^\d+$/.test(count.text) && unit.gap === '-' && /^years?$/.test(unit.lower) && old.gap === '-' && old.lower === 'old';
  return aged ? k - 3 : -1;
}

/** How many plain words may describe a name that opens its sentence ("Tennis great", "Longtime local activist"). */
const DESCRIBING_REACH = 3;

/**
 * "Tennis great Billie Jean King remembered …": a name whose sentence opens with only a few
 * describing words before it (no verb, no comma) is still the sentence's subject.
 */
function describedOpening(words: Word[], lead: number): boolean {
  const sentence = words[lead].sentence;
  for (let k = lead - 1, n = 1; k >= 0 && n <= DESCRIBING_REACH; k--, n++) {
    const w = words[k];
    if (w.sentence !== sentence || !joinedToPrevious(words[k + 1])) return false;
    if (!(qualifies(w) || isCapitalised(w)) || ARTICLES.has(w.lower)) return false;
    const opens = k === 0 || words[k - 1].sentence !== sentence || /[\n"\u201c]/.test(w.gap);
    if (opens) return true;
  }
  return false;
}

/**
 * `Then there's Okafor.`: a sentence that only presents someone makes that person its topic, whom
 * the `"…," he wrote` after it goes on with, like a subject and unlike an object.
 */
function presented(words: Word[], lead: number): boolean {
  let k = lead - 1;
  if (k > 0 && PRESENTING_VERBS.has(words[k].lower) && joinedToPrevious(words[k])) k--;
  const there = words[k];
  if (!there || !PRESENTING_WORDS.has(there.lower) || there.sentence !== words[lead].sentence || !joinedToPrevious(words[k + 1])) return false;
  const opens = (n: number): boolean => n === 0 || words[n - 1].sentence !== words[n].sentence || /[\n"\u201c]/.test(words[n].gap);
  return opens(k) || (SENTENCE_OPENERS.has(words[k - 1].lower) && opens(k - 1));
}

function qualifies(w: Word): boolean {
  return (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Verb') && !w.tags.has('Pronoun') && !isPossessive(w);
}

/** Words that open a sentence before its subject ("But Smith said", "Then Smith"). */
const SENTENCE_OPENERS = new Set(['but', 'and', 'then', 'still', 'yet', 'so', 'meanwhile', 'however', 'later']);

/** How many words an opening phrase may run ("Speaking to reporters after his speech at the state convention last week, Smith …"). */
const OPENING_REACH = 14;

/** True when only a comma-closed opening phrase ("In a statement, Smith …") or a conjunction precedes word `first` in its sentence. */
function introductoryPhrase(words: Word[], first: number): boolean {
  const prev = words[first - 1];
  if (SENTENCE_OPENERS.has(prev.lower) && (first - 1 === 0 || words[first - 2].sentence !== prev.sentence)) return true;
  if (!/,/.test(words[first].gap)) return false;
  for (let k = first - 1, n = 0; k >= 0 && n < OPENING_REACH; k--, n++) {
    if (words[k].sentence !== words[first].sentence || /[\n"\u201c]/.test(words[k].gap)) return k < first - 1 || n > 0;
    if (k < first - 1 && /,/.test(words[k + 1].gap)) return false;
  }
  return false;
}
