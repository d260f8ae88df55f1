import { MONTHS } from '../nlp/dates.js';
import type { Word } from '../nlp/words.js';
import { isCapitalised, isPossessive, joinedToPrevious, wordRange } from '../nlp/words.js';
import type { Attribution, TextWords } from './attribution.js';
import { clauseSubject, cueSpan, withText } from './attribution.js';
import type { PronounFeatures } from './lexicon.js';
import {
  AFFILIATION_PREPOSITIONS,
  CLAUSE_JOINERS,
  CONTRAST_OPENERS,
  CUE_MODIFIERS,
  CUE_NOUNS,
  LINKING_VERBS,
  PREPOSITIONS,
  SPEAKER_PRONOUNS,
  pronounFeatures,
  subjectPronoun,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isRoleNoun, nameRunAt, phraseLeft } from './mentions.js';

// Evidence from the clause around a quotation rather than from a speech verb right next to it.

/**
 * Weaker evidence for a few quoted words when no speech verb is near: a possessive before a
 * noun that carries words ("Smith's claim that …"), else the clause's named subject and its
 * verb ("Smith likened the plan to a …").
 */
export function attributeByClause(t: TextWords, from: number, to: number, descriptions = false): Attribution | null {
  const { words } = t;
  const [i, j] = wordRange(words, from, to);
  for (let k = j - 1; k > i; k--) {
    if (!CUE_NOUNS.has(words[k].lower)) continue;
    const owner = ownerBefore(words, k, i);
    if (owner < 0) continue;
    const m = possessivePronoun(words[owner]) ? pronounOwner(words, owner, i) : phraseLeft(words, owner, i);
    if (m && m.kind !== 'description') return withText(t, { cue: cueSpan(words, k), mention: m, via: 'verb', cueWord: k });
  }
  // `Ruiz backed the deal, although she made it clear she has "…"`: the clause nearest the words, opened after a comma, is theirs
  for (let k = j - 2; k > i; k--) {
    if (!opensOwnClause(words[k])) continue;
    const own = attributeByClause(t, words[k + 1].start, to, descriptions);
    if (own) return own;
    break;
  }
  const read = clauseSubject(words, i, j);
  const split = read ? nameBeforePresentVerb(words, read, j) : null;
  const m = split ?? read;
  if (!m || (m.kind === 'description' && !descriptions && !speaksAsRole(words, m))) return null;
  let v = m.kind === 'name' ? afterAffiliation(words, m.last + 1, j) : descriptions ? afterPrepositions(words, m.last + 1, j) : m.last + 1;
  if (v < j && /\(/.test(words[v].gap)) while (v < j && !/\)/.test(words[v].gap) && v - m.last < 8) v++;
  const aside = m.kind === 'name' ? afterAside(words, v, j) : v;
  const setOff = aside !== v;
  v = aside;
  const first = v;
  while (v < j && (CUE_MODIFIERS.has(words[v].lower) || words[v].tags.has('Adverb')) && joinedToPrevious(words[v])) v++;
  // "had one message:": before a colon, an auxiliary with no verb after it is the verb itself
  if (descriptions && v > first && (v >= j || !words[v].tags.has('Verb')) && words[first].tags.has('Verb')) v = first;
  if (v >= j) return null;
  // the verb runs on from its subject, from a closing parenthesis, or from the comma closing an aside
  const runsOn = joinedToPrevious(words[v]) || /\)\s*$/.test(words[v].gap) || (setOff && v === aside);
  const verbal = words[v].tags.has('Verb') || (!!split && v === split.last + 1);
  // "Vale became the first to buy a "…"": a linking verb says what the subject is, not what it says
  if (!runsOn || !verbal || words[v].tags.has('Copula') || LINKING_VERBS.has(words[v].lower)) return null;
  return withText(t, { cue: cueSpan(words, v), mention: m, via: 'verb', cueWord: v });
}

/**
 * `The timing doesn't surprise pollster Ada Ruiz: "…"`, `That view is shared by economist Ivo Marsh:
 * "…"`: a person named right before the colon that introduces a quotation speaks it when the clause
 * has no person of its own for subject (a thing, an event, "it"), and so no one else who could; with
 * a person for subject (`Vale lashed out at Okafor: "…"`) the clause's reading stands.
 */
export function nameBeforeColon(t: TextWords, from: number, colon: number): Attribution | null {
  const { words } = t;
  const [i, j] = wordRange(words, from, colon);
  const m = j - 1 > i ? phraseLeft(words, j - 1, i) : null;
  if (m?.kind !== 'name' || m.first <= i || !(words[m.last].tags.has('Person') || m.descriptor)) return null;
  const s = clauseSubject(words, i, m.first);
  if (s && isPersonSubject(words, s)) return null;
  return { cue: { text: ':', start: colon, end: colon + 1 }, mention: m, via: 'intro', cueWord: -1 };
}

/** A subject that can speak: a name, a pronoun for people, or a role ("the senator", "aides"). */
function isPersonSubject(words: Word[], s: Mention): boolean {
  // "The timing of Ruiz's surge": an owner ending the phrase read is not the subject; what it owns is
  const owner = words[s.last];
  const owned = isPossessive(owner) || owner.tags.has('Possessive') ? words[s.last + 1] : undefined;
  if (owned) return isRoleNoun(owned.lower) || owned.tags.has('Person');
  if (s.kind === 'name') return true;
  if (s.kind === 'pronoun') return !THING_PRONOUNS.has(words[s.first].lower);
  const head = words[s.last];
  return isRoleNoun(head.lower) || head.tags.has('Person');
}

/** Pronouns that stand for a thing or a fact, never for who speaks ("It was a point echoed by …"). */
const THING_PRONOUNS = new Set(['it', 'this', 'that']);

/**
 * `Ruiz fixates on the …`: a verb's -s form the tagger reads as a plural noun joins the name before
 * it into one phrase ("Ruiz fixates"); the name is the subject and that word its verb when an
 * object follows it (a preposition, a determiner or a name).
 */
function nameBeforePresentVerb(words: Word[], m: Mention, j: number): Mention | null {
  const w = words[m.last];
  const next = words[m.last + 1];
  if (m.kind !== 'description' || m.last === m.first || isCapitalised(w) || !/[^s]s$/.test(w.lower) || !w.tags.has('Plural')) return null;
  if (m.last + 1 >= j || !joinedToPrevious(next) || !(isCapitalised(next) || next.tags.has('Preposition') || next.tags.has('Determiner'))) return null;
  const name = nameRunAt(words, m.first);
  return name && name.last === m.last - 1 ? name : null;
}

/** How many nouns may stand between an owner and the noun carrying the words ("Lund's campaign slogan", "her stock answer"). */
const COMPOUND_REACH = 2;

/**
 * The possessive word owning the cue noun at `k` ("Lund's claim", "Lund's campaign slogan", "her
 * comment", "his March remarks"), or -1. A month or a weekday may stand in the compound.
 */
function ownerBefore(words: Word[], k: number, floor: number): number {
  for (let o = k - 1; o >= floor && o >= k - 1 - COMPOUND_REACH; o--) {
    if (!joinedToPrevious(words[o + 1])) return -1;
    if (isPossessive(words[o]) || possessivePronoun(words[o])) return o;
    if (!words[o].tags.has('Noun') || (isCapitalised(words[o]) && !isDayOrMonth(words[o]))) return -1;
  }
  return -1;
}

function isDayOrMonth(w: Word): boolean {
  return w.tags.has('WeekDay') || MONTHS.includes(w.text);
}

function possessivePronoun(w: Word): boolean {
  return subjectPronoun(w.lower) !== w.lower;
}

/**
 * "her" in `her comment that "…"`, read only beside a named subject with its verb: the subject when
 * the pronoun agrees with it (`Ruiz stood by her comment that "…"`), else the pronoun, which then
 * stands for someone else (`Ruiz stood by his comment`); null with no such subject.
 */
function pronounOwner(words: Word[], k: number, floor: number): Mention | null {
  const w = words[k];
  const pronoun = subjectPronoun(w.lower);
  const f = pronounFeatures(pronoun);
  const s = verbSubject(words, k, floor) ?? clauseSubject(words, floor, k);
  if (!f || s?.kind !== 'name' || words[s.first].sentence !== w.sentence || !hasOwnVerb(words, s, k)) return null;
  if (!agrees(words, s, pronoun, f)) return { kind: 'pronoun', first: k, last: k, start: w.start, end: w.end, name: w.text, descriptor: null };
  return otherPersonBetween(words, s.last + 1, k, pronoun, f) ? null : s;
}

/**
 * "The 43-year-old former congressman thinks …": a description of one person by a role speaks like
 * a name (a document or a body as the subject of such a verb lowered named-speaker accuracy on dev).
 */
function speaksAsRole(words: Word[], m: Mention): boolean {
  const head = words[m.last];
  return !head.tags.has('Plural') && isRoleNoun(head.lower);
}

/** How many words an aside set off by commas may have ("Lund, who was elected in 2010, casts …"). */
const ASIDE_REACH = 16;

/**
 * `Corey Lund, the campaign's former manager, ripped …`: an aside set off by commas after a name
 * stands between it and its verb; the word after the closing comma, or `v` when there is none.
 */
function afterAside(words: Word[], v: number, j: number): number {
  if (v >= j || !/,/.test(words[v].gap)) return v;
  for (let k = v + 1; k < j && k - v <= ASIDE_REACH; k++) {
    // `Lund, the host of “Harbor Hour,” listed …`: a title quoted inside the aside is part of it, its comma the aside's
    const title = /^[ \t\u00a0]*["\u201c]$/.test(words[k].gap) ? quotedTitleEnd(words, k, j) : -1;
    if (title >= 0 && /,/.test(words[title].gap)) return title;
    if (title >= 0) k = title;
    else if (/[\n"\u201c\u201d]/.test(words[k].gap)) return v;
    if (/,/.test(words[k].gap)) return k;
  }
  return v;
}

/** How many words a title quoted inside an aside may have. */
const TITLE_REACH = 6;

/**
 * `“The Long Pier,”`: for a quotation opened before word `k` whose words are all capitalised (short
 * linking words aside), the word whose gap closes it; -1 when it is not such a title.
 */
function quotedTitleEnd(words: Word[], k: number, j: number): number {
  for (let e = k + 1; e < j && e - k <= TITLE_REACH; e++) {
    if (!/["\u201c\u201d\n]/.test(words[e].gap)) continue;
    const titled = words.slice(k, e).every((w, n) => isCapitalised(w) || (n > 0 && w.text.length <= 4));
    return titled && /^[,.]?["\u201d]/.test(words[e].gap) ? e : -1;
  }
  return -1;
}

/** How many words the prepositional phrases after a described subject may have ("A rally by the city's leaders on Wednesday"). */
const PREPOSITIONS_REACH = 10;

/**
 * `A rally by the city's leaders on Wednesday had one message:`: prepositional phrases after a
 * described subject stand between it and its verb; the verb's index, or `v` when none follows
 * them within the clause (no comma, no quotation mark in between).
 */
function afterPrepositions(words: Word[], v: number, j: number): number {
  if (v >= j || !PREPOSITIONS.has(words[v].lower) || !joinedToPrevious(words[v])) return v;
  for (let k = v + 1; k < j && k - v <= PREPOSITIONS_REACH; k++) {
    if (!joinedToPrevious(words[k])) return v;
    if (words[k].tags.has('Verb') && !words[k].tags.has('Gerund') && !words[k].tags.has('Participle')) return k;
  }
  return v;
}

/** How many words a name's affiliation may have ("of the anti-tax Harbor Gazette"). */
const AFFILIATION_REACH = 6;

/**
 * `Jo Fields of the Harbor Gazette imagined …`: where the person is from, written after a name,
 * stands between the name and its verb; the word after it, or `v` when there is none.
 */
function afterAffiliation(words: Word[], v: number, j: number): number {
  if (v >= j || !AFFILIATION_PREPOSITIONS.has(words[v].lower) || !joinedToPrevious(words[v])) return v;
  let k = v + 1;
  let named = false;
  while (k < j && k - v <= AFFILIATION_REACH && joinedToPrevious(words[k]) && (isCapitalised(words[k]) || !words[k].tags.has('Verb'))) {
    named ||= isCapitalised(words[k]);
    if (named && !isCapitalised(words[k])) break;
    k++;
  }
  return named && k < j ? k : v;
}

/**
 * `Smith said she recalled what she called "…"`: a pronoun inside the sentence whose subject it
 * refers back to. The sentence's subject is the source a reader (and the citation) points at, so
 * the pronoun gives way to it when they agree and no other person stands between them.
 */
export function preferSentenceSubject(t: TextWords, a: Attribution | null, from: number, open: number): Attribution | null {
  const m = a?.mention;
  if (!a || !m || m.kind !== 'pronoun' || m.start <= from || m.end > open) return a;
  const { words } = t;
  // "in her words" points back like "she"
  const pronoun = subjectPronoun(words[m.first].lower);
  const f = pronounFeatures(pronoun);
  if (!f || pronoun === 'i' || pronoun === 'we') return a;
  // `Even if Lund fails, she can …`, `"…," she said, adding`: a pronoun after a comma opens a clause of its own, not one the subject's verb reports
  if (/,/.test(words[m.first].gap) || opensOwnClause(words[m.first - 1]) || joinsOwnClause(words[m.first - 1])) return a;
  const [i] = wordRange(words, from, m.start);
  const s = clauseSubject(words, i, m.first);
  if (!s || s.last + 1 >= m.first || words[s.first].sentence !== words[m.first].sentence) return a;
  let v = s.last + 1;
  if (/,/.test(words[v].gap)) return a;
  while (v < m.first && CUE_MODIFIERS.has(words[v].lower)) v++;
  if (!words[v].tags.has('Verb') || words[v].tags.has('Copula')) return a;
  if (!agrees(words, s, pronoun, f) || otherPersonBetween(words, s.last + 1, m.first, pronoun, f)) return a;
  return { ...a, mention: s };
}

/** How many prepositions may stand between a verb and the possessive of its object ("stood by his", "backed away from her"). */
const OBJECT_REACH = 2;

/** `and Vale stood by his comment`: the phrase right before the verb whose object the possessive at `k` opens. */
function verbSubject(words: Word[], k: number, floor: number): Mention | null {
  let v = k - 1;
  while (v > floor && k - 1 - v < OBJECT_REACH && PREPOSITIONS.has(words[v].lower) && joinedToPrevious(words[v + 1])) v--;
  if (v <= floor || !joinedToPrevious(words[v + 1]) || !words[v].tags.has('Verb')) return null;
  let e = v - 1;
  while (e > floor && (CUE_MODIFIERS.has(words[e].lower) || words[e].tags.has('Adverb')) && joinedToPrevious(words[e + 1])) e--;
  return joinedToPrevious(words[e + 1]) ? phraseLeft(words, e, floor) : null;
}

/** The subject runs straight into its verb ("Ruiz has long pushed"), no comma or copula between. */
function hasOwnVerb(words: Word[], s: Mention, k: number): boolean {
  let v = s.last + 1;
  while (v < k && joinedToPrevious(words[v]) && (CUE_MODIFIERS.has(words[v].lower) || words[v].tags.has('Adverb'))) v++;
  return v < k && joinedToPrevious(words[v]) && words[v].tags.has('Verb') && !words[v].tags.has('Copula');
}

/** Another pronoun, or a person the pronoun could stand for, between the subject and the pronoun. */
function otherPersonBetween(words: Word[], from: number, to: number, pronoun: string, f: PronounFeatures): boolean {
  for (let k = from; k < to; k++) {
    const w = words[k];
    if (w.lower in SPEAKER_PRONOUNS && w.lower !== pronoun) return true;
    if (w.tags.has('Person') && !isPossessive(w) && personAgrees(w, f)) return true;
  }
  return false;
}

/** `, and it says …`: after a comma, "and" before a pronoun joins a clause with a subject of its own. */
function joinsOwnClause(w: Word | undefined): boolean {
  return !!w && /,/.test(w.gap) && w.lower === 'and';
}

/** `, although she …`, `, but he …`: a conjunction after a comma that gives the next subject a clause of its own. */
function opensOwnClause(w: Word | undefined): boolean {
  return !!w && /,/.test(w.gap) && (CONTRAST_OPENERS.has(w.lower) || CLAUSE_JOINERS.has(w.lower));
}

function agrees(words: Word[], s: Mention, pronoun: string, f: PronounFeatures): boolean {
  if (s.kind === 'pronoun') return words[s.first].lower === pronoun;
  if (f.person === true) return s.kind === 'name' && personAgrees(words[s.last - (s.name.split(/\s+/).length - 1)], f);
  if (f.plural) return s.kind === 'description' || words[s.last].tags.has('Organization');
  return (s.kind === 'description' && !words[s.last].tags.has('Plural')) || words[s.last].tags.has('Organization');
}

/** A person's first word does not contradict the pronoun's gender. */
function personAgrees(w: Word, f: PronounFeatures): boolean {
  if (!f.gender) return true;
  const female = w.tags.has('FemaleName') && !w.tags.has('MaleName');
  const male = w.tags.has('MaleName') && !w.tags.has('FemaleName');
  return f.gender === 'female' ? !male : !female;
}
