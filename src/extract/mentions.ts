import type { Word } from '../nlp/words.js';
import { isCapitalised, isPossessive, joinedToPrevious } from '../nlp/words.js';
import {
  ABBREVIATIONS,
  ASPECTUAL_CUES,
  AS_IT_CUES,
  ARTICLES,
  CUE_MODIFIERS,
  COUNTED_GROUPS,
  COUNTED_SPEAKERS,
  CUE_VERBS,
  PROGRESSIVE_AUXILIARIES,
  HEADLINE_VERBS,
  HYPHEN_COMPOUND_TAILS,
  NAME_PARTICLES,
  ORGANISATION_OF_HEADS,
  NON_SPEAKER_SUBJECTS,
  NOUN_MARKERS,
  OBJECT_QUANTIFIERS,
  PHRASAL_CUES,
  PHRASE_BREAKERS,
  PREPOSITIONS,
  RESPONDENT_PARTICIPLES,
  RELATIVE_SUBJECTS,
  ROLE_NOUNS,
  ROLE_UNIT_NOUNS,
  SENTENCE_WORDS,
  SPEAKER_PRONOUNS,
  STATEMENT_NOUNS,
  SUBORDINATORS,
  TIE_ADJECTIVES,
  TITLES,
  VERB_ONLY_CUES,
  isParticipleCue,
} from './lexicon.js';

export type MentionKind = 'name' | 'pronoun' | 'description';

/** A phrase that can be the source of a quotation: "Sen. Jane Smith", "she", "the campaign". */
export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  /** Word indices [first, last] of the phrase. */
  first: number;
  last: number;
  /** For names: the name without titles ("Jane Smith"); otherwise the phrase as written. */
  name: string;
  /** Titles and roles written with a name ("Sen.", "Acme CEO"), or null. */
  descriptor: string | null;
  /** `Lund, who said …`: the relative pronoun that stands for this phrase as the subject of the verb (its word index). */
  relative?: number;
}

/** A speech verb as used in a sentence (not "the report" or "a call"). */
export function isCueWord(w: Word): boolean {
  if (!CUE_VERBS.has(w.lower)) return false;
  if (isCapitalised(w) && !/(^|[\n.!?:"\u201c\u201d]\s*)$/.test(w.gap)) return false;
  return w.tags.has('Verb') || !w.tags.has('Noun') || w.tags.has('Adjective') || VERB_ONLY_CUES.has(w.lower);
}

/**
 * A speech verb at word `k` in context: after a determiner, a possessive or an adjective the
 * word is a noun ("his comments", "disrespectful remarks"), whatever the tagger says.
 */
export function isCueAt(words: Word[], k: number): boolean {
  const w = words[k];
  if (AS_IT_CUES.has(w.lower)) return asItIdiom(words, k);
  if (Object.hasOwn(PHRASAL_CUES, w.lower)) return withParticle(words, k);
  if (!isCueWord(w) && !presentInContext(words, k) && !capitalisedInProse(words, k)) return false;
  // "will continue to be": a verb of speech only when it does not run on into an infinitive
  const next = words[k + 1];
  if (ASPECTUAL_CUES.has(w.lower) && next?.lower === 'to' && joinedToPrevious(next)) return false;
  const prev = words[k - 1];
  if (!prev || !joinedToPrevious(w)) return true;
  if (NOUN_MARKERS.has(prev.lower) || isPossessive(prev)) return false;
  if (objectOfQuantifier(words, k)) return false;
  const adjective = prev.tags.has('Adjective') && !prev.tags.has('Adverb') && !prev.tags.has('Verb') && !CUE_MODIFIERS.has(prev.lower);
  return !adjective || isCapitalised(prev);
}

/** `shot back`, `chimed in`: a verb that is speech only with its particle, written right after it. */
function withParticle(words: Word[], k: number): boolean {
  const next = words[k + 1];
  return !!next && next.lower === PHRASAL_CUES[words[k].lower] && joinedToPrevious(next) && joinedToPrevious(words[k]);
}

/** A speech verb's present form the tagger misreads as a noun, known by the word before it. */
function presentInContext(words: Word[], k: number): boolean {
  return presentAfterPerson(words, k) || presentAfterRelative(words, k) || presentAfterGroup(words, k) || progressiveAfterAuxiliary(words, k);
}

/** `is labeling Vale's actions "…"`: a speech verb in -ing right after "is" or "was" is the verb, however the tagger reads it before a name. */
function progressiveAfterAuxiliary(words: Word[], k: number): boolean {
  const w = words[k];
  const prev = words[k - 1];
  return !!prev && isParticipleCue(w.lower) && PROGRESSIVE_AUXILIARIES.has(prev.lower) && joinedToPrevious(w);
}

/**
 * `Vance refers to the candidate as "…"`: a speech verb's -s form the tagger reads as a plural noun
 * is the verb when a person's name (not a determiner's or an owner's: "the Vance emails") stands
 * right before it and a preposition, a determiner, a name or a quotation right after it
 * ("Vance emails now" stays a noun).
 */
function presentAfterPerson(words: Word[], k: number): boolean {
  const w = words[k];
  const prev = words[k - 1];
  const next = words[k + 1];
  if (!CUE_VERBS.has(w.lower) || !w.lower.endsWith('s') || !prev || !next || !joinedToPrevious(w)) return false;
  // a capitalised form is a headline's ("Lund Calls for …"), where quotations are titles
  if (isCapitalised(w) || !namesSomeone(prev) || isPossessive(prev)) return false;
  const before = words[k - 2];
  if (before && joinedToPrevious(prev) && (NOUN_MARKERS.has(before.lower) || isPossessive(before))) return false;
  return opensObject(next) || (joinedToPrevious(next) && isCapitalised(next));
}

/** What may follow a present-tense speech verb the tagger misread: its quotation, or a preposition or determiner opening its object. */
function opensObject(next: Word): boolean {
  if (/["\u201c\u2018]\s*$/.test(next.gap)) return true;
  return joinedToPrevious(next) && (PREPOSITIONS.has(next.lower) || next.tags.has('Determiner'));
}

/** How many words before a capitalised verb are searched for one a title would have capitalised. */
const PROSE_REACH = 8;

/**
 * `Murphy, the head of Forward Ohio, Tweeted on Friday`: a past-tense speech verb capitalised by
 * mistake after an appositive's comma is still the verb when its sentence is running prose (a
 * word of four letters or more before it is in lower case, as no title would write it) and the
 * word after it is not capitalised too ("Tweeted Photos" is a title).
 */
function capitalisedInProse(words: Word[], k: number): boolean {
  const w = words[k];
  const next = words[k + 1];
  if (!isCapitalised(w) || !CUE_VERBS.has(w.lower) || !PAST_CUE.test(w.lower) || !/^,\s*$/.test(w.gap)) return false;
  if (next && joinedToPrevious(next) && isCapitalised(next)) return false;
  for (let p = k - 1; p >= 0 && p >= k - PROSE_REACH && words[p].sentence === w.sentence; p--) {
    if (/^\p{Ll}{4,}$/u.test(words[p].text)) return true;
  }
  return false;
}

/** The past tense of a speech verb: regular, or one of the irregular forms news sentences use. */
const PAST_CUE = /(?:ed|^said|^told|^wrote)$/;

/** `the report, which notes, "…"`: a speech verb's -s form right after "who" or "which" is the relative clause's verb, never a plural noun. */
function presentAfterRelative(words: Word[], k: number): boolean {
  const w = words[k];
  const prev = words[k - 1];
  return CUE_VERBS.has(w.lower) && w.lower.endsWith('s') && !!prev && RELATIVE_SUBJECTS.has(prev.lower) && joinedToPrevious(w);
}

/**
 * `"…," the Saudis state in the paper`: a speech verb's plain form the tagger reads as a noun (or as
 * part of a place: "Saudis state") is the verb after "the" and a capitalised plural that names a
 * people or a party, when a preposition, a determiner, "that" or a quotation follows.
 */
function presentAfterGroup(words: Word[], k: number): boolean {
  const w = words[k];
  const [group, the, next] = [words[k - 1], words[k - 2], words[k + 1]];
  if (!CUE_VERBS.has(w.lower) || w.lower.endsWith('s') || !group || !the || !next || !joinedToPrevious(w) || !joinedToPrevious(group)) return false;
  if (the.lower !== 'the' || !isCapitalised(group) || isCapitalised(w) || !/\p{Ll}s$/u.test(group.text) || isPossessive(group)) return false;
  return opensObject(next) || (joinedToPrevious(next) && next.lower === 'that');
}

/** A word of a person's name as the tagger reads it: a person, or a proper noun that is no place or body. */
function namesSomeone(w: Word): boolean {
  return w.tags.has('Person') || (w.tags.has('ProperNoun') && !w.tags.has('Place') && !w.tags.has('Organization'));
}

/**
 * "at one point", "in each state": after a preposition and a quantifier the word is the preposition's
 * object. A participle there still speaks ("with one saying …").
 */
function objectOfQuantifier(words: Word[], k: number): boolean {
  if (isParticipleCue(words[k].lower)) return false;
  const quantifier = words[k - 1];
  const preposition = words[k - 2];
  if (!preposition || !OBJECT_QUANTIFIERS.has(quantifier.lower) || !joinedToPrevious(quantifier)) return false;
  return PREPOSITIONS.has(preposition.lower) && !SUBORDINATORS.has(preposition.lower);
}

/** How many words the subject of `as … put it` may have. */
const AS_IT_REACH = 8;

/** `as the memo put it`: "put" followed by "it", with a subject opened by "as". */
function asItIdiom(words: Word[], k: number): boolean {
  const next = words[k + 1];
  if (next?.lower !== 'it' || !joinedToPrevious(next) || !joinedToPrevious(words[k])) return false;
  const subject = phraseLeft(words, k - 1, Math.max(0, k - AS_IT_REACH));
  if (!subject) return false;
  // `As Pell put it`: a sentence-initial "As" is capitalised, and the phrase read leftwards takes it in
  const as = words[subject.first].lower === 'as' && subject.first < subject.last ? subject.first : subject.first - 1;
  return words[as]?.lower === 'as' && joinedToPrevious(words[as + 1]);
}

/** Whether the gap before word `i` still lets a phrase run on ("Sen. Jane", "John F. Kerry"). */
function continuesPhrase(words: Word[], i: number): boolean {
  const w = words[i];
  if (joinedToPrevious(w)) return true;
  const prev = words[i - 1];
  // "Askew-Tan", "a runner-up": the tagger splits a hyphenated name or noun, the text does not;
  // nor a surname joined to its particle ("al-Hassan", "el-Tayeb")
  if (w.gap === '-' && (isCapitalised(prev) === isCapitalised(w) || (NAME_PARTICLES.has(prev.lower) && isCapitalised(w)))) return true;
  if (givenNameSyllable(words, i)) return true;
  const abbreviated = ABBREVIATIONS.has(prev.lower) || /^\p{Lu}$/u.test(prev.text);
  return abbreviated && /^\.[ \t\u00a0]*$/.test(w.gap) && !/^\p{Lu}{2,}$/u.test(prev.text);
}

/**
 * "moon" in "Ban Ki-moon", "won" in "Park Ji-won": a given name written as two syllables joined by
 * a hyphen, the second in lower case, right after a short surname. The tagger splits it, and the
 * lower-case half would end the name early ("Ban Ki") or stand alone as the speaker ("moon"). The
 * tail of a compound written on a name ("New York-based", "Donald Trump-led") is no such syllable.
 */
function givenNameSyllable(words: Word[], k: number): boolean {
  const [surname, first, syllable] = [words[k - 2], words[k - 1], words[k]];
  if (!surname || !first || !syllable || syllable.gap !== '-' || !/^ $/.test(first.gap)) return false;
  return (
    /^\p{Ll}{1,5}$/u.test(syllable.text) &&
    /^\p{Lu}\p{Ll}{0,5}$/u.test(first.text) &&
    /^\p{Lu}\p{Ll}{1,5}$/u.test(surname.text) &&
    !HYPHEN_COMPOUND_TAILS.has(syllable.lower)
  );
}

/** "retired" in "retired Air Force general Jo Bloggs": a participle used as an adjective before a name. */
function adjectivalParticiple(words: Word[], i: number): boolean {
  const next = words[i + 1];
  const prev = words[i - 1];
  // "Smith attacked Jones": after a name the participle is the verb, not a modifier
  if (prev && joinedToPrevious(words[i]) && isCapitalised(prev) && !TITLES.has(prev.lower)) return false;
  return /ed$/.test(words[i].lower) && !!next && joinedToPrevious(next) && (isCapitalised(next) || TITLES.has(next.lower));
}

/** Whether word `i` can belong to a noun phrase naming a speaker. */
function phraseWordAt(words: Word[], i: number): boolean {
  // "voice-over", "stand-in": the second part of a hyphenated word is no preposition
  return phraseWord(words[i]) || hyphenPart(words[i]) || (!isCueWord(words[i]) && (adjectivalParticiple(words, i) || roleUnit(words, i)));
}

function hyphenPart(w: Word): boolean {
  return w.gap === '-' && /^\p{Ll}+$/u.test(w.text);
}

/**
 * "campaign" in "Ruiz campaign manager Tom Vale", "the Ruiz campaign Chairman Tom Vale": a unit a
 * role belongs to, before the role or the capitalised title, is part of the phrase, not the verb of
 * a subject "Ruiz" (the words went to the candidate, not to her manager).
 */
function roleUnit(words: Word[], i: number): boolean {
  const next = words[i + 1];
  if (i < 1 || !ROLE_UNIT_NOUNS.has(words[i].lower) || !next || !joinedToPrevious(next) || !isCapitalised(words[i - 1])) return false;
  return isRoleNoun(next.lower) || TITLES.has(next.lower);
}

/** Whether a word can belong to a noun phrase naming a speaker. */
function phraseWord(w: Word): boolean {
  if (PHRASE_BREAKERS.has(w.lower) && !isCapitalised(w)) return false;
  if (isCueWord(w)) return false;
  if (w.lower in SPEAKER_PRONOUNS) return true;
  const verbLike = w.tags.has('Verb') && !w.tags.has('Noun') && !w.tags.has('ProperNoun') && !w.tags.has('Adjective');
  if (verbLike && !isCapitalised(w)) return false;
  if (w.tags.has('Adverb') && !isCapitalised(w)) return false;
  return /[\p{L}\p{N}]/u.test(w.text);
}

/** `those surveyed said`: "those" and a participle of answering, starting at word `i`, are the people who answered. */
function respondentsAt(words: Word[], i: number): Mention | null {
  const [those, answered] = [words[i], words[i + 1]];
  if (those?.lower !== 'those' || !answered || !RESPONDENT_PARTICIPLES.has(answered.lower) || !joinedToPrevious(answered)) return null;
  return { kind: 'description', first: i, last: i + 1, start: those.start, end: answered.end, name: `${those.text} ${answered.text}`, descriptor: null };
}

/** The phrase that starts at word `i`, read rightwards, never past `limit` (exclusive). */
export function phraseRight(words: Word[], i: number, limit: number): Mention | null {
  if (i >= limit || !phraseWordAt(words, i) || PREPOSITIONS.has(words[i].lower)) return null;
  let j = i;
  if (!(words[i].lower in SPEAKER_PRONOUNS)) {
    while (j + 1 < limit && continuesPhrase(words, j + 1) && phraseWordAt(words, j + 1) && !(words[j + 1].lower in SPEAKER_PRONOUNS)) j++;
  }
  const m = classify(words, i, j);
  return m?.kind === 'description' ? withTie(words, m, limit) : m;
}

/**
 * `a source close to Varga`: a description ending in an adjective of a tie runs on through what it
 * is tied to. Its last word stays the adjective: roles and number are read from the source's own
 * words, so "a source close to the governor" never stands for the governor.
 */
function withTie(words: Word[], m: Mention, limit: number): Mention {
  const p = m.last + 1;
  const tie = TIE_ADJECTIVES[words[m.last].lower];
  if (!tie || p + 1 >= limit || !tie.includes(words[p].lower) || !joinedToPrevious(words[p]) || !joinedToPrevious(words[p + 1])) return m;
  const object = phraseRight(words, p + 1, limit);
  if (!object || object.kind === 'pronoun') return m;
  return { ...m, end: words[object.last].end, name: descriptionText(words.slice(m.first, object.last + 1)) };
}

/** The run of capitalised words starting at `i` ("Sen. Jane Smith", "Acme CEO Jo Bloggs's"), if it names someone. */
export function nameRunAt(words: Word[], i: number): Mention | null {
  // "Did Jo Smith …", "Can Acme …": a capitalised question opener is not the start of a name
  if (HEADLINE_VERBS.has(words[i].lower) && words[i].lower !== 'will' && words[i + 1] && isCapitalised(words[i + 1])) return null;
  let j = i;
  while (j + 1 < words.length && continuesPhrase(words, j + 1) && !isPossessive(words[j]) && runWord(words, j + 1)) j++;
  const m = classify(words, i, j);
  return m && m.kind === 'name' ? m : null;
}

function runWord(words: Word[], k: number): boolean {
  const w = words[k];
  if (HEADLINE_VERBS.has(w.lower) || w.tags.has('WeekDay')) return false;
  if (isNameWord(w) || /^\p{Lu}$/u.test(w.text) || givenNameSyllable(words, k)) return true;
  return (NAME_PARTICLES.has(w.lower) || organisationPart(words, k)) && k + 1 < words.length && isCapitalised(words[k + 1]);
}

/** "of" in "Association of Ferry Pilots", "for" in "Club for Harbor Growth": an organisation's name goes on after its head. */
function organisationPart(span: Word[], k: number): boolean {
  const head = span[k - 1];
  return (span[k].lower === 'of' || span[k].lower === 'for') && !!head && isCapitalised(head) && ORGANISATION_OF_HEADS.has(head.lower);
}

/** The phrase that ends at word `h`, read leftwards, never before `floor`. */
export function phraseLeft(words: Word[], h: number, floor: number): Mention | null {
  if (h - 1 >= floor && h >= 0) {
    const respondents = respondentsAt(words, h - 1);
    if (respondents) return respondents;
  }
  if (h < floor || !phraseWord(words[h])) return null;
  if (words[h].lower in SPEAKER_PRONOUNS) return classify(words, h, h);
  let i = h;
  const named = isCapitalised(words[h]) || givenNameSyllable(words, h);
  while (i - 1 >= floor && continuesPhrase(words, i) && phraseWordAt(words, i - 1) && !(words[i - 1].lower in SPEAKER_PRONOUNS)) {
    if (named && !canPrecedeName(words[i - 1])) break;
    i--;
    if (isDeterminer(words[i])) break;
  }
  while (i < h && PREPOSITIONS.has(words[i].lower)) i++;
  return classify(words, i, h);
}

/** Before a name only its titles and other capitalised words belong to the mention ("an interview Smith" stops at "interview"). */
function canPrecedeName(w: Word): boolean {
  return isCapitalised(w) || NAME_PARTICLES.has(w.lower) || TITLES.has(w.lower) || ROLE_NOUNS.has(w.lower) || isDeterminer(w) || /^\d/.test(w.text);
}

function isDeterminer(w: Word): boolean {
  return ARTICLES.has(w.lower);
}

/** Decides what a phrase is; null when it cannot be a source ("many", "it all"). */
function classify(words: Word[], first: number, lastWord: number): Mention | null {
  const last = nameBeforePreposition(words, first, lastWord);
  const span = words.slice(first, last + 1);
  const head = span[span.length - 1];
  const base = { first, last, start: span[0].start, end: head.end };
  if (span.length === 1 && head.lower in SPEAKER_PRONOUNS) {
    return { ...base, kind: 'pronoun', name: head.text, descriptor: null };
  }
  if (NON_SPEAKER_SUBJECTS.has(head.lower) || (span.length === 1 && SENTENCE_WORDS.has(head.lower))) return null;
  const prev = words[first - 1];
  const opensSentence = !prev || prev.sentence !== span[0].sentence || /[\n"\u201c:]/.test(span[0].gap);
  const nameStart = nameStartIn(span, opensSentence || span.length > 1);
  if (nameStart >= 0) {
    const nameWords = span.slice(nameStart);
    const descWords = span.slice(0, nameStart).filter((w) => !isDeterminer(w));
    return {
      ...base,
      kind: 'name',
      name: rawText(nameWords).replace(/['\u2019]s?$/, ''),
      descriptor: descWords.length ? rawText(descWords) : null,
    };
  }
  // "a voice-over", "a stand-in": a hyphenated compound closing the phrase is its head noun, however the tagger reads its parts
  const hyphenatedHead = span.length > 1 && head.tags.has('Hyphenated') && head.gap === '-';
  if (!hyphenatedHead && !span.some((w) => w.tags.has('Noun') || w.tags.has('ProperNoun')) && !countedPeople(span)) return null;
  // `Holding signs calling Vale "…"`: led by a verb in -ing the words open a clause ("Striking workers" is tagged an adjective's)
  if (span[0].tags.has('Gerund') && !span[0].tags.has('Noun') && !span[0].tags.has('Adjective')) return null;
  return { ...base, kind: 'description', name: descriptionText(span), descriptor: null };
}

/** "another", "the two": people counted rather than named, who speak. */
function countedPeople(span: Word[]): boolean {
  const last = span[span.length - 1];
  if (span.length === 1) return COUNTED_SPEAKERS.has(last.lower);
  return span.length === 2 && span[0].lower === 'the' && COUNTED_GROUPS.has(last.lower);
}

/** "Jo Smith of the Ledger" → "Jo Smith": a name followed by where the person is from. */
function nameBeforePreposition(words: Word[], first: number, last: number): number {
  for (let p = first + 1; p < last; p++) {
    const before = words[p - 1];
    if (organisationPart(words, p)) continue;
    if (PREPOSITIONS.has(words[p].lower) && isCapitalised(before) && !TITLES.has(before.lower) && !ROLE_NOUNS.has(before.lower)) return p - 1;
  }
  return last;
}

/**
 * Index (in `span`) where the name part starts, or -1 when the phrase holds no name. The name
 * is the trailing run of capitalised words that are not titles ("Acme CEO [Jo Smith]");
 * a capitalised role after "the" ("the Acme CEO") is a description.
 */
function nameStartIn(span: Word[], opensSentence: boolean): number {
  // "Ban Ki-moon": the name's last capitalised word is the one before its given name's second syllable
  const lastIdx = givenNameSyllable(span, span.length - 1) ? span.length - 2 : span.length - 1;
  const last = span[lastIdx];
  if (!isNameWord(last)) return -1;
  let i = lastIdx;
  const org = last.tags.has('Organization');
  // "Gallup's Jo Smith": the possessor before a name is where the person works, not part of the name
  while (
    i - 1 >= 0 &&
    (isNameWord(span[i - 1]) || NAME_PARTICLES.has(span[i - 1].lower) || organisationPart(span, i - 1)) &&
    (org || !TITLES.has(span[i - 1].lower)) &&
    !isPossessive(span[i - 1])
  )
    i--;
  // "bin Laden", "Al-Rashid" open with their particle; "Ben Carson", "Al Lund": a first name set apart by a space is none
  while (i < lastIdx && NAME_PARTICLES.has(span[i].lower) && !(isFirstName(span[i]) && /^\s+$/.test(span[i + 1].gap))) i++;
  // title case capitalises the preposition before a name ("Apologizes To Jo Smith"); a name never starts with one
  while (i < lastIdx && PREPOSITIONS.has(span[i].lower)) i++;
  if (SENTENCE_WORDS.has(span[i].lower) && i < lastIdx) i++;
  const honorific = i > 0 && /^(mr|mrs|ms|dr|miss)$/.test(span[i - 1].lower);
  // "Patty Judge", "Anna King": a role noun right after a first name is a surname
  const surname = lastIdx > 0 && i < lastIdx && isFirstName(span[lastIdx - 1]);
  if (isRoleNoun(last.lower) && !honorific && !surname) return -1;
  if (i === lastIdx && !looksLikeName(last) && opensSentence) return -1;
  return i;
}

function isFirstName(w: Word): boolean {
  return isCapitalised(w) && !TITLES.has(w.lower) && !ROLE_NOUNS.has(w.lower) && (w.tags.has('FirstName') || w.tags.has('Person'));
}

function isNameWord(w: Word): boolean {
  if (!isCapitalised(w)) return false;
  if (SENTENCE_WORDS.has(w.lower) || w.lower in SPEAKER_PRONOUNS) return false;
  return /\p{L}/u.test(w.text);
}

/** A lone capitalised word names someone only when it is not a common word capitalised by position. */
function looksLikeName(w: Word): boolean {
  if (w.proper) return true;
  if (['Adverb', 'Conjunction', 'Preposition', 'Determiner'].some((t) => w.tags.has(t))) return false;
  if (w.tags.has('Person') || w.tags.has('Organization') || w.tags.has('ProperNoun')) return true;
  return !w.tags.has('Noun') && !w.tags.has('Verb');
}

/** A description as a speaker name: the phrase with a leading capital determiner lowered. */
function descriptionText(span: Word[]): string {
  return rawText(span).replace(/^(The|A|An)\b/, (m) => m.toLowerCase());
}

/** The words as written, with the text between them. */
function rawText(span: Word[]): string {
  return span.map((w, i) => (i > 0 ? w.gap : '') + w.text).join('');
}

/** "ceo", "ceos", "senator": a noun naming a role, singular or plural. */
export function isRoleNoun(lower: string): boolean {
  return ROLE_NOUNS.has(lower) || (lower.endsWith('s') && ROLE_NOUNS.has(lower.slice(0, -1)));
}

/** Whether a role description ("the Acme CEO", "the senator") can refer back to a named person. */
export function roleOf(mention: Mention, words: Word[]): string | null {
  if (mention.kind !== 'description') return null;
  const head = words[mention.last];
  return ROLE_NOUNS.has(head.lower) && !head.tags.has('Plural') ? head.lower : null;
}

/**
 * "Lund's remarks", "the campaign's statement": a statement or act is credited to whoever owns
 * it, so the possessor is the speaker. Null when the phrase is no such possessive.
 */
export function possessorOf(words: Word[], m: Mention): Mention | null {
  if (m.kind !== 'description' || !isStatementNoun(words[m.last].lower)) return null;
  for (let p = m.last - 1; p >= m.first; p--) {
    if (!isPossessive(words[p])) continue;
    const owner = classify(words, m.first, p);
    return owner ? { ...owner, name: owner.name.replace(/['\u2019]s?$/, '') } : null;
  }
  return null;
}

function isStatementNoun(lower: string): boolean {
  return STATEMENT_NOUNS.has(lower) || (lower.endsWith('s') && STATEMENT_NOUNS.has(lower.slice(0, -1)));
}
