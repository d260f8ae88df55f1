import type { QuoteRecord } from '../model/records.js';
import type { Span } from '../model/article.js';
import type { Word } from '../nlp/words.js';
import { isCapitalised, isPossessive, joinedToPrevious, wordRange } from '../nlp/words.js';
import {
  CLAUSE_CONJUNCTIONS,
  CLAUSE_JOINERS,
  CLAUSE_OPENING_WORDS,
  CONTRAST_OPENERS,
  CUE_MODIFIERS,
  SPEAKING_MANNERS,
  ACCORDING_TO,
  CUE_PHRASES_BEFORE_SPEAKER,
  GERUND_PREPOSITIONS,
  NOT_SOMEONE_OPENERS,
  OBJECT_DETERMINERS,
  OWNING_PREPOSITIONS,
  PROPORTION_PREPOSITIONS,
  APPROXIMATORS,
  PREPOSITIONS,
  RELATIVE_PRONOUNS,
  RELATIVE_SUBJECTS,
  SENTENCE_WORDS,
  SUBJECT_STARTERS,
  SUBORDINATORS,
  TIME_ADVERBS,
  TIME_PREPOSITIONS,
  ARTICLES,
  ADDRESSEE_CUES,
  NAMING_CUES,
  OWNED_WORDS_NOUNS,
  PASSIVE_AUXILIARIES,
  PROSPECT_MODALS,
  PERCEIVED_AUXILIARIES,
  PERCEIVED_PARTICIPLES,
  REPORTING_MODIFIERS,
  REPORTING_VERBS,
  subjectPronoun,
  isParticipleCue,
} from './lexicon.js';
import type { Mention } from './mentions.js';
import { isCueAt, isRoleNoun, nameRunAt, phraseLeft, phraseRight } from './mentions.js';
import { issuerOf } from './issuer.js';

/** Who a quotation is attributed to, and the words that say so. */
export interface Attribution {
  cue: Span | null;
  mention: Mention | null;
  /** How it was found; decides the confidence. */
  via: 'after' | 'intro' | 'before' | 'verb' | 'dash' | 'inherited' | 'floating' | 'nested';
  /** Word index of the cue, or -1. */
  cueWord: number;
  /** The cue runs into a clause of what was said ("saying the plan …"): words, even with no speaker found. */
  reported?: boolean;
  /** `"…," Lund said, the Ledger reported`: the named person whose words the cited outlet reports. */
  inner?: Mention;
}

export interface TextWords {
  text: string;
  words: Word[];
}

/** How many words may sit between a speech verb and the quote it introduces ("told reporters on Monday"). */
const INTRO_REACH = 5;
/** How far after a speaker phrase its verb may come ("Smith, a senator from Ohio, said"). */
const APPOSITIVE_REACH = 16;

export function cueSpan(words: Word[], first: number, last = first): Span {
  return { text: '', start: words[first].start, end: words[last].end };
}

export function withText(t: TextWords, a: Attribution): Attribution {
  if (a.cue) a.cue.text = t.text.slice(a.cue.start, a.cue.end);
  return a;
}

/**
 * The attribution after a closing mark: `, he said`, `, said Smith, a senator`,
 * `, Smith, a senator, told reporters`, `― Jane Smith`, `according to the report`.
 */
export function attributeAfter(t: TextWords, from: number, to: number): Attribution | null {
  const { words } = t;
  const [i, j] = wordRange(words, from, to);
  if (i >= j) return null;
  const dash = dashAttribution(t, from, i, j);
  if (dash) return dash;
  const according = accordingTo(t, i, j, i);
  if (according && according.cueWord === i) return according;
  if (isCueAt(words, i)) {
    if (isParticipleCue(words[i].lower)) return null;
    return withText(t, { cue: cueSpan(words, i), mention: invertedSpeaker(words, i + 1, j), via: 'after', cueWord: i });
  }
  const subject = phraseRight(words, i, j);
  if (subject) {
    const c = cueAfterSubject(words, subject, j);
    const named = subject.kind === 'description' && c >= 0 ? (appositiveName(words, subject, c) ?? subject) : subject;
    if (c >= 0) return withText(t, { cue: cueSpan(words, c), mention: named, via: 'after', cueWord: c });
    const v = subject.last + 1;
    const short = j - v <= 2;
    const someone = !NOT_SOMEONE_OPENERS.has(words[subject.first].lower);
    if (someone && v < j && joinedToPrevious(words[v]) && words[v].tags.has('Verb') && (subject.kind !== 'description' || short)) {
      return withText(t, { cue: cueSpan(words, v), mention: subject, via: 'verb', cueWord: v });
    }
  }
  // `"…," while Vale said it was …`: a clause opened by "while" has a subject and a verb of its own
  if (CONTRAST_OPENERS.has(words[i].lower)) return according;
  for (let c = i; c < j; c++) {
    if (isCueAt(words, c) && !isParticipleCue(words[c].lower)) {
      // `"…" about pay, said Jo Lund, a nurse`: a cue set off by a comma with no subject before it is
      // inverted, when a name follows it (`, said matter-of-factly` names no one)
      const m = subjectOf(words, c, i) ?? (/,/.test(words[c].gap) ? namedAfter(words, c + 1, j) : null);
      return withText(t, { cue: cueSpan(words, c), mention: m, via: 'after', cueWord: c });
    }
  }
  return according;
}

/**
 * `This tactic has been called "…" by Jo Lund, a professor`: a speech verb in the passive right
 * before the words is spoken by the one after "by" right after them, not by its subject.
 */
export function agentAfterWords(t: TextWords, before: Attribution | null, from: number, to: number): Attribution | null {
  const { words } = t;
  const c = before?.cueWord ?? -1;
  if (!before || c < 1 || !PASSIVE_AUXILIARIES.has(words[c - 1].lower) || !joinedToPrevious(words[c])) return null;
  const [i, j] = wordRange(words, from, to);
  if (i + 1 >= j || words[i].lower !== 'by' || words[i].start - from > 2) return null;
  const agent = invertedSpeaker(words, i + 1, j);
  return agent && agent.kind !== 'pronoun' ? { ...before, mention: agent, via: 'after' } : null;
}

/** The speaker after an inverted cue: a name, a description running into a name, or a description. */
function invertedSpeaker(words: Word[], k: number, j: number): Mention | null {
  const m = phraseRight(words, k, j);
  if (m?.kind === 'name') return m;
  const named = describedName(words, k, j);
  // "said a senior Varga adviser": a name the description runs on past only modifies its head noun; the adviser spoke
  return named && !(m && m.last > named.last) ? named : m;
}

function namedAfter(words: Word[], k: number, j: number): Mention | null {
  const m = invertedSpeaker(words, k, j);
  return m?.kind === 'name' ? m : null;
}

/** How many words of description may precede the name after an inverted cue ("said campaign manager Dana Whitfield"). */
const DESCRIPTION_REACH = 5;

/**
 * `responded campaign manager Dana Whitfield`, `said the mayor's spokeswoman Rita Osei`: a
 * description running straight into a name stands for that name (the tagger may read a word of
 * it, "campaign", as a verb, which cuts the phrase short).
 */
function describedName(words: Word[], i: number, j: number): Mention | null {
  for (let k = i + 1; k < Math.min(j, i + DESCRIPTION_REACH + 1); k++) {
    if (!joinedToPrevious(words[k]) || !describes(words[k - 1])) return null;
    if (!isCapitalised(words[k])) continue;
    const name = nameRunAt(words, k);
    if (!name || name.last >= j) return null;
    const descriptor = words
      .slice(i, k)
      .map((w, n) => (n > 0 ? w.gap : '') + w.text)
      .join('');
    return { ...name, first: i, start: words[i].start, descriptor };
  }
  return null;
}

/** A word of a description before a name: a noun, an adjective or a determiner, never a preposition ("an adviser to both Clintons"). */
function describes(w: Word): boolean {
  if (PREPOSITIONS.has(w.lower) || w.tags.has('Preposition')) return false;
  return ['Noun', 'Adjective', 'Determiner', 'Verb'].some((tag) => w.tags.has(tag)) && !w.tags.has('Pronoun');
}

const DASHES = /[\u2015\u2014\u2013]/;

/** `"…" ― Jane Smith`: a name after a dash, the way collected reactions are signed. */
function dashAttribution(t: TextWords, from: number, i: number, j: number): Attribution | null {
  const { words } = t;
  const lead = t.text.slice(from, words[i].start);
  let k = i;
  if (/^[\u2015\u2014\u2013]+$/.test(words[i].text.trim())) k = i + 1;
  else if (!DASHES.test(lead)) return null;
  const m = phraseRight(words, k, j);
  if (m?.kind !== 'name') return null;
  const at = k > i ? words[i].start : from + lead.search(DASHES);
  return { cue: { text: t.text.slice(at, at + 1), start: at, end: at + 1 }, mention: m, via: 'dash', cueWord: -1 };
}

/** The speech verb that follows a subject, across modifiers or a comma-bounded appositive. */
function cueAfterSubject(words: Word[], subject: Mention, limit: number): number {
  let k = subject.last + 1;
  if (k >= limit) return -1;
  const perceived = perceivedSpeaking(words, k, limit);
  if (perceived >= 0) return perceived;
  const appositive = /[,(]/.test(words[k].gap);
  // `"…" candidate, as her manager suggested`: an "as" clause has a subject of its own
  if (appositive && words[k].lower === 'as') return -1;
  const reach = Math.min(limit, k + (appositive ? APPOSITIVE_REACH : 3));
  for (; k < reach; k++) {
    if (isCueAt(words, k)) return k;
    if (!appositive && !CUE_MODIFIERS.has(words[k].lower)) return -1;
  }
  return -1;
}

/** `can be heard asking`, `was seen telling` at word `k`: the speech verb's index, or -1. */
function perceivedSpeaking(words: Word[], k: number, limit: number): number {
  if (!PERCEIVED_AUXILIARIES.has(words[k].lower)) return -1;
  let p = k + 1;
  if (p < limit && words[p].lower === 'be') p++;
  const v = p + 1;
  const joined = (n: number): boolean => n < limit && joinedToPrevious(words[n]);
  if (!joined(k) || !joined(p) || !joined(v) || !PERCEIVED_PARTICIPLES.has(words[p].lower)) return -1;
  return isParticipleCue(words[v].lower) && isCueAt(words, v) ? v : -1;
}

/**
 * `"…," Lund said, according to the Ledger`, `According to the Ledger, Lund called it "…"`: the one
 * a quotation is reported "according to" is its source, the person's own verb notwithstanding (the
 * writer did not hear it said; the outlet or document is what is cited).
 */
export function accordingSource(t: TextWords, from: number, to: number, after = false): Attribution | null {
  const [i, j] = wordRange(t.words, from, to);
  const found = i < j ? accordingTo(t, i, j, after ? i : undefined) : null;
  return found?.mention ? found : null;
}

/**
 * `"…," Lund said, the Ledger reported.`, `…, said Lund, reports the Ledger.`: an outlet whose report
 * closes the sentence after the words is their source, the person's own verb notwithstanding, as
 * with "according to". The words [from, to) run from the closing mark to the sentence's end.
 */
export function reportingSource(t: TextWords, from: number, to: number): Attribution | null {
  const { words } = t;
  const [i, j] = wordRange(words, from, to);
  if (j - i < 2) return null;
  return reporterLast(t, i, j) ?? reportingVerbFirst(t, i, j);
}

/** How many words may follow the verb of a reporting clause set in a sentence (`, Venn said on Monday,`). */
const INSERTED_REACH = 3;

/**
 * `The Ledger, Venn said, called the vote "…"`: a reporting clause set off by commas between the
 * subject and the verb of `own` (the attribution read before the words) names who reports all of
 * it, the words included (the outermost source).
 */
export function insertedReporter(t: TextWords, from: number, to: number, own: Attribution | null): Attribution | null {
  const subject = own?.mention;
  if (!own || !subject) return null;
  const { words } = t;
  const [i, j] = wordRange(words, from, to);
  for (let k = i + 1; k < j - 2; k++) {
    if (!/,/.test(words[k].gap) || words[k].sentence !== words[i].sentence) continue;
    const m = phraseRight(words, k, j);
    if (!m || m.kind === 'description' || m.last + 1 >= j) continue;
    const v = m.last + 1;
    if (!joinedToPrevious(words[v]) || isParticipleCue(words[v].lower) || !isCueAt(words, v)) continue;
    for (let e = v + 1; e < j && e <= v + 1 + INSERTED_REACH; e++) {
      if (/[\u201c\u201d"]/.test(words[e].gap)) break;
      if (!/,/.test(words[e].gap)) continue;
      const interrupts = subject.last < k && own.cueWord >= e;
      return interrupts && e + 1 < j ? withText(t, { cue: cueSpan(words, v), mention: m, via: 'before', cueWord: v }) : null;
    }
  }
  return null;
}

/** `…, the Ledger reported.`, `…, as the Ledger first reported.`: the outlet before a reporting verb ending the sentence. */
function reporterLast(t: TextWords, i: number, j: number): Attribution | null {
  const { words } = t;
  const v = j - 1;
  if (!REPORTING_VERBS.has(words[v].lower) || !joinedToPrevious(words[v])) return null;
  let h = v - 1;
  while (h > i && REPORTING_MODIFIERS.has(words[h].lower) && joinedToPrevious(words[h])) h--;
  const m = phraseLeft(words, h, i);
  if (!m || m.kind === 'pronoun' || m.last !== h) return null;
  const opener = words[m.first - 1];
  const setOff = /,/.test(words[m.first].gap) || (opener?.lower === 'as' && m.first - 1 > i && /,/.test(opener.gap) && joinedToPrevious(words[m.first]));
  return setOff ? withText(t, { cue: cueSpan(words, h + 1, v), mention: m, via: 'after', cueWord: v }) : null;
}

/** `…, reports the Ledger.`: the outlet after a reporting verb set off by a comma, ending the sentence. */
function reportingVerbFirst(t: TextWords, i: number, j: number): Attribution | null {
  const { words } = t;
  for (let c = j - 2; c > i; c--) {
    if (!REPORTING_VERBS.has(words[c].lower) || !/,/.test(words[c].gap)) continue;
    const m = phraseRight(words, c + 1, j);
    return m && m.kind !== 'pronoun' && m.last === j - 1 ? withText(t, { cue: cueSpan(words, c), mention: m, via: 'after', cueWord: c }) : null;
  }
  return null;
}

/**
 * `according to X` anywhere in [i, j); `in the words of X` or `in X's words` there too, when `at` is
 * not given, else only at word `at` (after a quotation, such a phrase further on introduces the next one).
 */
function accordingTo(t: TextWords, i: number, j: number, at?: number): Attribution | null {
  const { words } = t;
  for (const phrase of CUE_PHRASES_BEFORE_SPEAKER) {
    for (let a = i; a + phrase.length <= j; a++) {
      if (!phrase.every((p, n) => words[a + n].lower === p)) continue;
      if (phrase !== ACCORDING_TO && at !== undefined && a !== at) continue;
      const last = a + phrase.length - 1;
      const m = phraseRight(words, last + 1, j);
      return withText(t, { cue: cueSpan(words, a, last), mention: m, via: 'before', cueWord: a });
    }
  }
  return at === undefined ? ownedWords(t, i, j) : ownedWords(t, at, j, at + 1);
}

/** How many words the owner in `in X's words` may have ("in the Acme chief executive's own words"). */
const OWNER_REACH = 6;

/**
 * `in Lund's words, "…"`, `"…," in her own words`: the one who owns the words is their source, as
 * with "according to"; a possessive pronoun stands for its antecedent like "she" would.
 */
function ownedWords(t: TextWords, i: number, j: number, until = j): Attribution | null {
  const { words } = t;
  for (let a = i; a + 2 < j && a < until; a++) {
    if (words[a].lower !== 'in') continue;
    for (let n = a + 2; n < j && n <= a + OWNER_REACH + 1; n++) {
      if (!joinedToPrevious(words[n])) break;
      if (!OWNED_WORDS_NOUNS.has(words[n].lower)) continue;
      const owner = words[n - 1].lower === 'own' ? n - 2 : n - 1;
      const m = ownerAt(words, a + 1, owner);
      if (m) return withText(t, { cue: cueSpan(words, a, n), mention: m, via: 'before', cueWord: a });
    }
  }
  return null;
}

/** The possessive phrase [first, last] owning some words: "her", "Lund's", "the mayor's". */
function ownerAt(words: Word[], first: number, last: number): Mention | null {
  if (last < first) return null;
  const w = words[last];
  if (first === last && subjectPronoun(w.lower) !== w.lower) {
    return { kind: 'pronoun', first, last, start: w.start, end: w.end, name: w.text, descriptor: null };
  }
  if (!isPossessive(w)) return null;
  const m = phraseRight(words, first, last + 1);
  return m && m.first === first && m.last === last ? { ...m, name: m.name.replace(/['\u2019]s?$/, '') } : null;
}

/**
 * The attribution before an opening mark, within its sentence: `Smith said: "`,
 * `Smith told reporters "`, `According to Smith, "`, `Smith called the plan "`.
 */
export function attributeBefore(t: TextWords, from: number, to: number): Attribution | null {
  const { words } = t;
  const [i, j] = wordRange(words, from, to);
  if (i >= j) return null;
  const according = accordingTo(t, i, j);
  let fallback: Attribution | null = null;
  let prospect: Attribution | null = null;
  for (let c = j - 1; c >= i; c--) {
    if (!isCueAt(words, c)) continue;
    if (according && according.cueWord > c) break;
    if (modifiesNoun(words, c, i)) continue;
    let m = passiveAgent(words, c, i, j) ?? subjectOf(words, c, i) ?? coordinatedSubject(words, c, i) ?? participleSubject(words, c, i);
    // "told Radio North:", "called the plan": whoever follows a verb of telling or naming is its object, never the speaker
    const reported = !m && c + 1 < j && !ADDRESSEE_CUES.has(words[c].lower) && !NAMING_CUES.has(words[c].lower) && !!phraseRight(words, c + 1, j);
    if (reported) m = invertedBefore(words, c, j);
    const intro = c >= j - INTRO_REACH || (c >= j - 2 * INTRO_REACH && /[:,]\s*$/.test(t.text.slice(words[c].end, to)));
    const found = withText(t, { cue: cueSpan(words, c), mention: m, via: intro ? 'intro' : 'before', cueWord: c, reported: reported && !m });
    // `Vale said she expects voters will say "no"`: words someone may say later are the words of the one who reports the prospect
    if (m && isProspect(words, c, i)) {
      prospect ??= found;
      continue;
    }
    if (m) return found;
    // "saying anybody who complains …": a cue with no one to speak it yields to an earlier one
    fallback ??= found;
  }
  return prospect ?? fallback ?? according;
}

/** `will say`, `would call`: a modal right before the speech verb at `c` (its subject before the modal). */
function isProspect(words: Word[], c: number, floor: number): boolean {
  return c - 1 >= floor && PROSPECT_MODALS.has(words[c - 1].lower) && joinedToPrevious(words[c]);
}

/**
 * `Lund was asked by host Dana Whitfield, "…"`: a speech verb in the passive is spoken by the one
 * after "by"; its subject is the one spoken to.
 */
function passiveAgent(words: Word[], c: number, floor: number, j: number): Mention | null {
  if (c - 1 < floor || !PASSIVE_AUXILIARIES.has(words[c - 1].lower) || words[c + 1]?.lower !== 'by' || c + 2 >= j) return null;
  if (!joinedToPrevious(words[c]) || !joinedToPrevious(words[c + 1])) return null;
  const agent = invertedSpeaker(words, c + 2, j);
  return agent && agent.kind !== 'pronoun' ? agent : null;
}

/**
 * `Said Jo Lund, a nurse: "…"`: the speaker written after a cue that precedes the quotation. A
 * participle's following phrase is what is said ("saying the city embodied …"), and so is a phrase
 * with its own verb ("suggested the intruders were seeking …"): neither is the speaker.
 */
function invertedBefore(words: Word[], c: number, j: number): Mention | null {
  if (isParticipleCue(words[c].lower)) return null;
  const m = phraseRight(words, c + 1, j);
  if (!m || m.last + 1 >= j) return m;
  const next = words[m.last + 1];
  return joinedToPrevious(next) && (next.tags.has('Verb') || RELATIVE_PRONOUNS.has(next.lower)) ? null : m;
}

/**
 * `Trump defended "New York values," saying the city …`: a participle set off by a comma, with no
 * subject of its own before it on this side of an earlier quotation, shares the subject that opens
 * its sentence.
 */
function participleSubject(words: Word[], c: number, floor: number): Mention | null {
  if (!isParticipleCue(words[c].lower) || !/,/.test(words[c].gap)) return null;
  const inverted = invertedBeforeParticiple(words, c, floor);
  if (inverted) return inverted;
  let start = floor;
  while (start > 0 && words[start - 1].sentence === words[c].sentence) start--;
  if (start >= floor) return null;
  const s = clauseSubject(words, start, floor);
  const next = s ? words[s.last + 1] : undefined;
  return s && next && joinedToPrevious(next) && next.tags.has('Verb') ? s : null;
}

/**
 * `"…," said Rep. Tom Vale at the time, adding that "…"`: the participle continues an inverted cue
 * before it, and shares its speaker (never a word opening the earlier quotation).
 */
function invertedBeforeParticiple(words: Word[], c: number, floor: number): Mention | null {
  for (let p = c - 1; p >= floor; p--) {
    if (!isCueAt(words, p)) continue;
    if (isParticipleCue(words[p].lower)) return null;
    const m = invertedSpeaker(words, p + 1, c);
    return m && m.kind !== 'pronoun' ? m : null;
  }
  return null;
}

/** Conjunctions joining two predicates of one subject ("… and called", "… but called"). */
const COORDINATORS = new Set(['and', 'but']);

/**
 * `she did say she liked the plan and called its cost "…"`: a speech verb after "and" or "but"
 * shares the subject of the speech verb before it (`that Lund thanked them "…" and called …`),
 * else of its sentence's first clause.
 */
function coordinatedSubject(words: Word[], c: number, floor: number): Mention | null {
  if (c - 1 < floor || !COORDINATORS.has(words[c - 1].lower) || !joinedToPrevious(words[c]) || isParticipleCue(words[c].lower)) return null;
  // `… she laughed and admitted`: a verb right before "and" with its own subject is the first predicate
  const near = subjectBeforeVerb(words, c - 2, floor);
  if (near) return near;
  // the first clause may lie before an earlier quotation of the same sentence
  let start = c - 1;
  while (start > 0 && words[start - 1].sentence === words[c].sentence) start--;
  return start < c - 1 ? (earlierReporter(words, c - 1, start) ?? clauseSubject(words, start, c - 1)) : null;
}

/**
 * `…, when Vale supporters interrupted her speech, shouting "…"`: a participle after a clause that
 * "when", "as", "after" … opens right before its comma goes with that clause's subject, the nearer
 * doer, not the sentence's. Only a subject followed by its verb.
 */
function subordinateSubject(words: Word[], floor: number, k: number): Mention | null {
  let c = k - 1;
  while (c > floor && !/[,;:]/.test(words[c].gap)) c--;
  const opener = words[c];
  if (c <= floor || !(SUBORDINATORS.has(opener.lower) || CLAUSE_OPENING_WORDS.has(opener.lower)) || COORDINATORS.has(opener.lower)) return null;
  const s = phraseRight(words, c + 1, k);
  const verb = s ? words[s.last + 1] : undefined;
  return s && verb && s.last + 1 < k && joinedToPrevious(verb) && verb.tags.has('Verb') ? s : null;
}

/**
 * `tweets accusing her of …`: a participle right after a common noun modifies it; the
 * sentence's own speech verb lies further left, when there is one.
 */
function modifiesNoun(words: Word[], c: number, floor: number): boolean {
  const w = words[c];
  if (!isParticipleCue(w.lower) || !joinedToPrevious(w) || c - 1 < floor) return false;
  const prev = words[c - 1];
  if (!prev.tags.has('Noun') || prev.tags.has('Pronoun') || isCapitalised(prev)) return false;
  for (let k = c - 1; k >= floor; k--) if (isCueAt(words, k) && !isParticipleCue(words[k].lower)) return !!subjectOf(words, k, floor);
  return false;
}

/** The subject of the speech verb at word `k`, looking no further left than `floor`. */
export function subjectOf(words: Word[], k: number, outer: number): Mention | null {
  // `… for what it is (Lemkin, who coined the word, once said, "…")`: a speech verb inside parentheses has its subject there
  const floor = parenthesisOpening(words, k, outer);
  // "drew boos upon saying …": the phrase before the preposition is an object, not who speaks; with no
  // clause subject to read, the reading below stands (a partial quotation left with no one is dropped)
  const gerundSubject = isGerund(words, k, floor) ? (clauseSubject(words, floor, k) ?? subjectBeforeVerb(words, k - 2, floor)) : null;
  if (gerundSubject) return gerundSubject;
  if (isParticipleCue(words[k].lower) && /,/.test(words[k].gap)) {
    for (let c = k - 1; c >= floor; c--) {
      // "an aide who said …, saying": a relative clause's verb is not the main one
      const relative = c > floor && RELATIVE_PRONOUNS.has(words[c - 1].lower);
      // "Continuing to explain his view, Lund rejected …, saying": an infinitive has no subject of its own
      const infinitive = c > floor && words[c - 1].lower === 'to';
      if (isCueAt(words, c) && !isParticipleCue(words[c].lower) && !relative && !infinitive) return subjectOf(words, c, floor);
    }
    return subordinateSubject(words, floor, k) ?? clauseSubject(words, floor, k);
  }
  const issuer = isParticipleCue(words[k].lower) ? issuerOf(words, k, floor) : null;
  if (issuer) return issuer;
  const antecedent = relativeSubject(words, k, floor);
  if (antecedent) return antecedent;
  let j = k - 1;
  // "Lund later Friday told …": adverbs and times between a subject and its verb
  while (j >= floor && (CUE_MODIFIERS.has(words[j].lower) || isTimeWord(words[j]) || isMannerAdverb(words[j])) && joinedToPrevious(words[j + 1]))
    j = timePhraseStart(words, j, floor) - 1;
  if (j < floor) return null;
  const aside = Math.max(parenthesisBefore(words, j, floor), regionBefore(words, j, floor));
  if (aside >= 0) j = aside;
  if (aside >= 0 || joinedToPrevious(words[j + 1])) {
    const m = phraseLeft(words, j, floor);
    // "footage of Smith saying": a participle's subject may be a preposition's object
    const heard = isParticipleCue(words[k].lower) && (m?.kind === 'name' || withAbsolute(words, m, k, floor));
    // "hours after Smith said …": a conjunction opens a clause whose subject Smith is
    const clause = !isParticipleCue(words[k].lower) && m && SUBORDINATORS.has(words[m.first - 1]?.lower ?? '');
    if (m && (heard || clause || !objectOfPreposition(words, m, floor)) && !isTimeWord(words[m.last])) return m;
    const owner = m && !heard ? ownedBy(words, m, floor, k) : null;
    if (owner) return owner;
    const head = m && !heard && !clause ? (proportionOf(words, m, floor) ?? headOfObject(words, m, floor)) : null;
    if (head) return head;
  }
  // `… she laughed and admitted`: the subject of the predicate "and" joins this one to
  const joined = k - 1 >= floor && COORDINATORS.has(words[k - 1].lower) && joinedToPrevious(words[k]) ? subjectBeforeVerb(words, k - 2, floor) : null;
  if (joined) return joined;
  const s = joinedClauseSubject(words, floor, k) ?? clauseSubject(words, floor, k);
  return s?.kind === 'description' ? (appositiveName(words, s, k) ?? s) : s;
}

/**
 * `…, with one of her ads asking, "…"`: "with" and a phrase before a participle that opens a full
 * quotation make a clause whose subject the phrase is.
 */
function withAbsolute(words: Word[], m: Mention | null, k: number, floor: number): boolean {
  const opensQuotation = /,\s*["\u201c]\s*$/.test(words[k + 1]?.gap ?? '');
  return !!m && opensQuotation && m.first - 1 >= floor && words[m.first - 1].lower === 'with';
}

/**
 * `Turnout was thin, but Okafor quietly claimed …`: a clause joined by ", but" or
 * a semicolon has a subject of its own, nearer the verb than the sentence's first phrase.
 */
function joinedClauseSubject(words: Word[], floor: number, k: number): Mention | null {
  let c = k - 1;
  while (c > floor && !/;/.test(words[c].gap) && !(CLAUSE_JOINERS.has(words[c].lower) && /,/.test(words[c].gap))) c--;
  if (c <= floor) return null;
  const s = clauseSubject(words, /;/.test(words[c].gap) ? c : c + 1, k);
  // `Lund, but not her aides, said`: an aside set off by commas is no clause. Only a name, or what a
  // name owns ("Lund's campaign"), is taken: with other descriptions and pronouns too, pronoun
  // speakers fell on the half measured
  if (!s || (s.kind !== 'name' && !ownedByName(words, s))) return null;
  let v = s.last + 1;
  while (v < k && (CUE_MODIFIERS.has(words[v].lower) || words[v].tags.has('Adverb')) && joinedToPrevious(words[v])) v++;
  return v <= k && joinedToPrevious(words[v]) && words[v].tags.has('Verb') ? s : null;
}

/** `Lund's campaign`, `Dana Whitfield's aides`: a description opened by a named owner. */
function ownedByName(words: Word[], m: Mention): boolean {
  if (m.kind !== 'description') return false;
  for (let k = m.first; k < m.last; k++) if (isPossessive(words[k]) && isCapitalised(words[k])) return true;
  return false;
}

/** How many modifiers may stand between a relative pronoun and its verb ("who has since said", "who later told"). */
const RELATIVE_REACH = 4;

/**
 * `Okafor, who said …`, `Rita Osei, who later told …`: the verb of a relative clause is spoken by the
 * phrase the pronoun stands for, and the pronoun is the verb's subject as written (what is cited).
 */
function relativeSubject(words: Word[], k: number, floor: number): Mention | null {
  if (isParticipleCue(words[k].lower)) return null;
  // `Lund's aides, who, on a call Friday, criticized`: an aside set off by commas between the pronoun and its verb
  const aside = /^,\s*$/.test(words[k].gap) ? asideOpening(words, k, floor) : -1;
  const top = aside >= 0 ? aside - 1 : k - 1;
  for (let r = top; r >= floor && r >= top - RELATIVE_REACH; r--) {
    const w = words[r];
    if (RELATIVE_SUBJECTS.has(w.lower)) {
      // `the resolution which said`: a restrictive "which" belongs to the main clause's object, whose author speaks
      if (w.lower === 'which' && !/,/.test(w.gap)) return null;
      const m = r - 1 >= floor ? phraseLeft(words, r - 1, floor) : null;
      return m ? { ...m, relative: r } : null;
    }
    if (!(CUE_MODIFIERS.has(w.lower) || isTimeWord(w))) return null;
  }
  return null;
}

/** How many words an aside between a relative pronoun and its verb may hold ("on a press call Friday"). */
const RELATIVE_ASIDE_REACH = 8;

/** `who, on a call Friday, said`: the first word of the aside closed by the comma before verb `k`, or -1. */
function asideOpening(words: Word[], k: number, floor: number): number {
  for (let c = k - 1; c > floor && c >= k - RELATIVE_ASIDE_REACH; c--) {
    if (/[,;:]/.test(words[c].gap)) return /^,\s*$/.test(words[c].gap) && RELATIVE_SUBJECTS.has(words[c - 1].lower) ? c : -1;
  }
  return -1;
}

/** The first word inside a parenthesis still open at word `k` (opened after `floor`), or `floor`. */
function parenthesisOpening(words: Word[], k: number, floor: number): number {
  for (let p = k; p > floor; p--) {
    if (/\)/.test(words[p].gap)) return floor;
    if (/\(/.test(words[p].gap)) return p;
  }
  return floor;
}

/**
 * `When he returned he began by saying`: with no clause subject to read (an opening clause with no
 * comma), the name or pronoun right before the verb the preposition follows is its subject.
 */
function subjectBeforeVerb(words: Word[], v: number, floor: number): Mention | null {
  if (v - 1 < floor || !words[v].tags.has('Verb') || !joinedToPrevious(words[v]) || !joinedToPrevious(words[v + 1])) return null;
  const m = phraseLeft(words, v - 1, floor);
  return m && (m.kind === 'name' || m.kind === 'pronoun') ? m : null;
}

/**
 * `that Lund thanked its members "…" and called the union "…"`: a speech verb after "and" shares
 * the subject of an earlier speech verb of its clause, quoted words between them; the named subject
 * of the nearest one before word `and`, or null. (With a pronoun there too, dev gained a quotation
 * whose cited mention missed the gold one.)
 */
function earlierReporter(words: Word[], and: number, floor: number): Mention | null {
  for (let c = and - 1; c >= floor; c--) {
    if (/[,;]/.test(words[c + 1].gap) && !/["\u201d]/.test(words[c + 1].gap)) return null;
    if (!isCueAt(words, c) || isParticipleCue(words[c].lower) || quotedAt(words, floor, c)) continue;
    const m = subjectOf(words, c, floor);
    return m?.kind === 'name' ? m : null;
  }
  return null;
}

/** Whether word `k` stands inside quotation marks opened after word `floor`. */
export function quotedAt(words: Word[], floor: number, k: number): boolean {
  let open = false;
  for (let c = floor + 1; c <= k; c++) {
    for (const ch of words[c].gap) {
      if (ch === '\u201c') open = true;
      else if (ch === '\u201d') open = false;
      else if (ch === '"') open = !open;
    }
  }
  return open;
}

/** A speech verb's participle right after a preposition ("upon saying", "for calling"). */
function isGerund(words: Word[], k: number, floor: number): boolean {
  return isParticipleCue(words[k].lower) && k - 1 >= floor && GERUND_PREPOSITIONS.has(words[k - 1].lower) && joinedToPrevious(words[k]);
}

/**
 * `Rep. Jo Lund (R-Ky.) said`: a short aside in parentheses between a subject and its verb;
 * the index of the word before it, or -1 when the verb does not follow one.
 */
function parenthesisBefore(words: Word[], j: number, floor: number): number {
  if (!/\)/.test(words[j + 1].gap) || /[\n"\u201c\u201d]/.test(words[j + 1].gap)) return -1;
  for (let p = j; p > floor && p >= j - 4; p--) if (/\(\s*$/.test(words[p].gap)) return /\n/.test(words[p].gap) ? -1 : p - 1;
  return -1;
}

/** How many words the region after a place may have ("Sumter, South Carolina,"). */
const REGION_REACH = 3;

/**
 * `a woman in Dayton, Ohio, told`: the region set off by commas after a place a preposition
 * governs stands between the subject and its verb; the index of the place's last word, or -1.
 */
function regionBefore(words: Word[], j: number, floor: number): number {
  if (!/^,\s*$/.test(words[j + 1].gap) || !isCapitalised(words[j])) return -1;
  for (let p = j; p > floor && p > j - REGION_REACH; p--) {
    if (!isCapitalised(words[p])) return -1;
    if (!/^,\s*$/.test(words[p].gap)) continue;
    const place = phraseLeft(words, p - 1, floor);
    return place?.kind === 'name' && place.last === p - 1 && objectOfPreposition(words, place, floor) ? p - 1 : -1;
  }
  return -1;
}

/** `The mayor's chief of staff, Dana Whitfield, told …`: a name set off right after a description is who it is. */
function appositiveName(words: Word[], s: Mention, k: number): Mention | null {
  const n = s.last + 1;
  if (n >= k || !/,/.test(words[n].gap) || !/,/.test(words[k].gap)) return null;
  const name = nameRunAt(words, n);
  return name && name.last === k - 1 ? { ...name, descriptor: name.descriptor ?? s.name } : null;
}

/**
 * `…, and a spokesman for Lund said`: a name after "for", "of" or "to" that a role noun governs is
 * part of the subject phrase, read whole as when it opens the sentence ("A spokesman for Lund said":
 * the name, with the role as its descriptor).
 */
function ownedBy(words: Word[], m: Mention, floor: number, k: number): Mention | null {
  const p = m.first - 1;
  if (p - 1 < floor || !OWNING_PREPOSITIONS.has(words[p].lower) || !joinedToPrevious(words[p]) || !isRoleNoun(words[p - 1].lower)) return null;
  const head = phraseLeft(words, p - 1, floor);
  if (!head || head.kind !== 'description' || m.kind !== 'name' || m.last >= k) return null;
  const descriptor = words
    .slice(head.first, m.first)
    .map((w, n) => (n > 0 ? w.gap : '') + w.text)
    .join('');
  return { ...m, first: head.first, start: head.start, descriptor };
}

function objectOfPreposition(words: Word[], m: Mention, floor: number): boolean {
  return prepositionBefore(words, m, floor) >= 0;
}

/**
 * Index of the preposition whose object `m` is ("in Dayton", "to both Harlows": a determiner
 * the phrase leaves out may stand between them), or -1.
 */
function prepositionBefore(words: Word[], m: Mention, floor: number): number {
  let p = m.first - 1;
  if (p >= floor && OBJECT_DETERMINERS.has(words[p].lower) && joinedToPrevious(words[p + 1])) p--;
  return p >= floor && joinedToPrevious(words[p + 1]) && PREPOSITIONS.has(words[p].lower) ? p : -1;
}

/**
 * `after a woman in Dayton told him`, `, and a nurse at the clinic said`: the phrase a
 * prepositional phrase hangs from is the subject, not the preposition's object. A description
 * (`a spokesman for Lund` is Lund's, see ownedBy) or a name is taken, and only when it opens its
 * clause, so that an object of an earlier verb ("met a woman in Dayton") is never read as one.
 */
function headOfObject(words: Word[], m: Mention, floor: number): Mention | null {
  let object = m;
  for (let hops = 0; hops < 3; hops++) {
    const p = prepositionBefore(words, object, floor);
    if (p < 0) return null;
    const head = phraseLeft(words, p - 1, floor);
    if (!head || head.last !== p - 1 || !joinedToPrevious(words[p])) return null;
    if (opensClause(words, head.first, floor)) {
      if (head.kind === 'description') return wholePhrase(words, head, m);
      return head.kind === 'name' ? namedHead(head, m) : null;
    }
    // "a nurse at the clinic in Dayton": the head may itself hang from an earlier phrase
    if (prepositionBefore(words, head, floor) < 0) return null;
    object = head;
  }
  return null;
}

/**
 * `as Bishop Karl Omand of the Linden Diocese told`: a name the prepositional phrase hangs from is
 * the subject; but a lone title before it (`Speaker of the House Rep. Jo Lund said`) is part of a
 * longer title, and the person is the name the object ends in after a title of its own.
 */
function namedHead(head: Mention, object: Mention): Mention {
  return head.first === head.last && object.kind === 'name' && object.descriptor ? object : head;
}

/**
 * `About four in 10 Ohio voters say`, `two of the council members said`: after a count and "in"
 * or "of", the counted people are the subject; the mention runs from the count (and a word such
 * as "about" before it) when that opens its clause.
 */
function proportionOf(words: Word[], m: Mention, floor: number): Mention | null {
  const p = prepositionBefore(words, m, floor);
  if (p < 1 || !PROPORTION_PREPOSITIONS.has(words[p].lower) || p - 1 < floor || !words[p - 1].tags.has('Value')) return null;
  let q = p - 1;
  if (q - 1 >= floor && APPROXIMATORS.has(words[q - 1].lower) && joinedToPrevious(words[q])) q--;
  return opensClause(words, q, floor) ? { ...m, first: q, start: words[q].start } : null;
}

/** `a spokeswoman for the district`: the head and its object read as one phrase when they make one, else the head. */
function wholePhrase(words: Word[], head: Mention, object: Mention): Mention {
  const whole = phraseRight(words, head.first, object.last + 1);
  return whole?.kind === 'description' && (whole.last === object.last || whole.end === object.end) ? whole : head;
}

/** A phrase at word `i` opens a clause: at the start of the range or the sentence, after a comma, a conjunction or a subordinator. */
function opensClause(words: Word[], i: number, floor: number): boolean {
  if (i <= floor || words[i - 1].sentence !== words[i].sentence || /[,;:]/.test(words[i].gap)) return true;
  const before = words[i - 1].lower;
  return SUBORDINATORS.has(before) || CLAUSE_OPENING_WORDS.has(before);
}

/** `she angrily said`, `Lund quietly told`: an adverb of manner says how the words were spoken, not who spoke them. */
function isMannerAdverb(w: Word): boolean {
  return SPEAKING_MANNERS.has(w.lower);
}

/**
 * `that Lund on Monday thanked …`, `Lund during a visit told …`: a time word between a subject and
 * its verb may close a phrase that a preposition opens; where that phrase starts (`j` itself when
 * there is none). Only determiners and time words may stand between the preposition and `j`.
 */
function timePhraseStart(words: Word[], j: number, floor: number): number {
  if (!isTimeWord(words[j])) return j;
  let p = j - 1;
  while (p > floor && joinedToPrevious(words[p + 1]) && (ARTICLES.has(words[p].lower) || isTimeWord(words[p]))) p--;
  return p >= floor && p < j && joinedToPrevious(words[p + 1]) && TIME_PREPOSITIONS.has(words[p].lower) ? p : j;
}

function isTimeWord(w: Word): boolean {
  return w.tags.has('Date') || w.tags.has('Value') || w.tags.has('Time');
}

/** How many words an owner's description set before a name may run ("The party's presumed White House nominee"). */
const FRONTED_REACH = 6;

/**
 * `The Harbor Party's presumed nominee, Vale has won …`: an owner's description set off by a comma
 * before a name is that person (the owner is no subject, nor "presumed" its verb), and the name
 * followed by its verb is the clause's subject. The name, or null.
 */
function frontedName(words: Word[], m: Mention, j: number): Mention | null {
  if (!isPossessive(words[m.last])) return null;
  let c = m.last + 1;
  while (c < j && c - m.last <= FRONTED_REACH && !/[,"\u201c\u201d]/.test(words[c].gap)) c++;
  if (c >= j || c === m.last + 1 || !/^,\s*$/.test(words[c].gap)) return null;
  const name = nameRunAt(words, c);
  const verb = name && name.last + 1 < j ? words[name.last + 1] : null;
  return name && verb && name.first === c && joinedToPrevious(verb) && verb.tags.has('Verb') ? name : null;
}

/** The first phrase of the clause [floor, k), after an introductory "In a statement," phrase. */
export function clauseSubject(words: Word[], floor: number, k: number): Mention | null {
  let i = afterDateline(words, floor, k);
  if (i < k && SENTENCE_WORDS.has(words[i].lower) && !isSubjectStarter(words[i])) {
    let c = i + 1;
    while (c < k && !/,/.test(words[c].gap)) c++;
    // "But a source familiar with …": with no opening phrase to close, a conjunction stands right before the subject
    if (c >= k && opensSentence(words, i) && CLAUSE_CONJUNCTIONS.has(words[i].lower) && i + 1 < k && joinedToPrevious(words[i + 1])) c = i + 1;
    else if (c >= k) return null;
    i = c;
  }
  i = afterParticiplePhrase(words, afterAge(words, i, k), k);
  const m = phraseRight(words, i, k);
  if (!m) return null;
  // "A day later, Lund …": a time phrase set off by a comma opens the clause before its subject
  const after = m.last + 1;
  if (endsInTime(words[m.last]) && after < k && /,/.test(words[after].gap) && i === floor) return clauseSubject(words, after, k);
  return isTimeWord(words[m.last]) ? null : (frontedName(words, m, k) ?? m);
}

/**
 * `Reprising one of her lines, the mayor talked about …`, `Pressed on the levy, Lund called it …`:
 * a participle phrase set off by a comma opens the clause before its subject; the index after it.
 */
function afterParticiplePhrase(words: Word[], i: number, k: number): number {
  const w = words[i];
  if (!w || i >= k || !w.tags.has('Verb') || !/(?:ing|ed)$/.test(w.lower) || !opensSentence(words, i)) return i;
  let c = nextComma(words, i + 1, k);
  // `Speaking in Salem, Oregon, on Monday, Vale went …`: a place or a time after a comma still belongs to the phrase
  for (let after = nextComma(words, c + 1, k); after < k && finishesPhrase(words.slice(c, after)); after = nextComma(words, c + 1, k)) c = after;
  return c < k ? c : i;
}

function finishesPhrase(segment: Word[]): boolean {
  if (segment.every(isPlaceWord)) return true;
  const [first, ...rest] = segment;
  return TIME_PREPOSITIONS.has(first.lower) && rest.length > 0 && rest.every((w) => isTimeWord(w) || ARTICLES.has(w.lower));
}

function nextComma(words: Word[], from: number, k: number): number {
  let c = from;
  while (c < k && !/,/.test(words[c].gap)) c++;
  return c;
}

function isPlaceWord(w: Word): boolean {
  return w.tags.has('Place') || w.tags.has('Country') || w.tags.has('City') || w.tags.has('Region');
}

/**
 * `81-year-old Jo Lund, a farmer, said:`: an age written before the subject with no article is
 * not part of a phrase (the hyphens split it), so the clause's subject starts after it.
 */
function afterAge(words: Word[], i: number, k: number): number {
  if (i + 3 >= k || !/^\d+$/.test(words[i].text)) return i;
  const [unit, old, next] = [words[i + 1], words[i + 2], words[i + 3]];
  const aged = unit.gap === '-' && (unit.lower === 'year' || unit.lower === 'years') && old.gap === '-' && old.lower === 'old';
  return aged && joinedToPrevious(next) ? i + 3 : i;
}

/** How many words a wire dateline may hold before its dash (`HARTWELL, Ohio, March 14 (AP) —`). */
const DATELINE_REACH = 10;

/**
 * `WASHINGTON, Dec. 8 (AP) — In answer to …, Lund rallied …`: a dateline opening a line names where
 * the story was filed, never who acts; the clause starts after its dash. A dateline is a place in
 * capitals, then only capitalised words and numbers up to a dash.
 */
function afterDateline(words: Word[], i: number, k: number): number {
  const first = words[i];
  if (!first || (i > 0 && !/\n/.test(first.gap)) || first.text.length < 2 || !/^\p{Lu}/u.test(first.text)) return i;
  // `Washington (AFP) – …`: a place in ordinary capitals is a dateline only with its agency in brackets
  let agency = /^\p{Lu}+$/u.test(first.text);
  for (let d = i + 1; d < k && d <= i + DATELINE_REACH; d++) {
    if (/[\u2014\u2013]|\s--?\s/.test(words[d].gap)) return agency ? d : i;
    if (!/^[\p{Lu}\d]/u.test(words[d].text)) return i;
    if (/\(\s*$/.test(words[d].gap)) agency = true;
  }
  return i;
}

function opensSentence(words: Word[], i: number): boolean {
  return i === 0 || words[i - 1].sentence !== words[i].sentence;
}

function endsInTime(w: Word): boolean {
  return isTimeWord(w) || TIME_ADVERBS.has(w.lower);
}

function isSubjectStarter(w: Word): boolean {
  return SUBJECT_STARTERS.has(w.lower);
}

/** A quotation ready to become a record: where it is, its kind, and who says it. */
export interface Found {
  start: number;
  end: number;
  kind: QuoteRecord['kind'];
  attribution: Attribution | null;
  /** Sentence(s) of the quotation itself, before the attribution is added. */
  sentence: { start: number; end: number };
  lineStart: number;
  lineEnd: number;
}
