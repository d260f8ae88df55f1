import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { FactRecord, TypedValue } from '../../model/records.js';
import { ROLE_NOUNS, TITLE_ABBREVIATIONS, TITLE_QUALIFIERS, TITLES } from '../../extract/lexicon.js';
import { AFFILIATION_WORDS, PARTY_TAG_WORDS, PERSON_NOUNS, STATE_SHORT_FORMS } from '../lexicon.js';
import { bestMatch } from '../match.js';
import { wordnetKind } from '../noun-kinds.js';
import type { FocusTerm, Question } from '../question.js';
import { instanceOf, isNameWord, lookup, synset } from '../wordnet.js';
import { factResult } from './cite.js';
import { nameWords, sameNameWord } from './slot.js';
import type { Retrieved } from './types.js';
import { retrieve } from './retrieve.js';

/**
 * "what party is Lee", "what state is Ruiz a senator from", "Lee reps which state", "what state is
 * Dunmore in": a lawmaker's party and state, and a town's state, are written on the name in the
 * forms news style keeps for them, not in a sentence that says "Lee is a Democrat": a tag after the
 * name ("Rep. Ana Ruiz (D-N.Y.)", "Sen. Lee, R-Ky.,", "Sen. Lee (Ky.)"), an apposition ("Lee, a
 * Democrat from Ohio", "Lee, the Iowa Republican", "Lee, an RNC committeeman from Utah"), "of" and
 * the state ("Sen. Lee of Arizona"), a title run into the name ("Virginia Sen. Lee", "Republican
 * Indiana Gov. Lee"), and a town's state after its comma ("Selma, Ala."). The value is read there,
 * bound to the name the question gives (never to another name of the sentence), and cited with
 * its passage; the state as its full name, the party as its member's noun ("Democrat").
 */
export function affiliationAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  const asked = askedAffiliation(q);
  if (asked === null) return null;
  const named = namingWords(q);
  if (named === null || named.length === 0) return null;
  // No article holds the role the question gives: they are found again by the name alone.
  const found = retrieved.articles.length > 0 ? retrieved : retrieve(index, byNameOnly(q, named), null);
  const best = bestReading(asked, named, found);
  if (best === null) return null;
  const result = factResult(index, best.record, best.value, 1);
  return { command: 'ask', query: text, found: true, answer: String(best.value.normalized), results: [result] };
}

/** The reading in the most relevant article that has one (the first there), or null. */
function bestReading(asked: Affiliation, named: FocusTerm[], retrieved: Retrieved): { record: FactRecord; value: TypedValue } | null {
  const relevance = new Map(retrieved.articles.map((a) => [a.id, a.relevance]));
  let best: { record: FactRecord; value: TypedValue; relevance: number } | null = null;
  for (const record of retrieved.records) {
    const at = relevance.get(record.articleId) ?? 0;
    if (best !== null && at <= best.relevance) continue;
    const value = readingIn(asked, named, record);
    if (value) best = { record, value, relevance: at };
  }
  return best;
}

/**
 * "what state is Sasse a senator from" against "Nebraska Sen. Ben Sasse": the role the question
 * gives is written as an abbreviated title or not at all, so the articles are found by the name
 * alone; the reading still has to be bound to that name.
 */
function byNameOnly(q: Question, named: FocusTerm[]): Question {
  return { ...q, focus: q.focus.map((f) => (named.includes(f) ? f : { ...f, weak: true })) };
}

type Affiliation = 'party' | 'state';

/**
 * "what party is lee", "whats lee's party" ask the party; "what state is lee from", "which state
 * does lee represent", "lee is a senator from where", "whats lee's home state" the state. A
 * question owning another noun ("what party was lee's dad") asks about someone else.
 */
function askedAffiliation(q: Question): Affiliation | null {
  // "which state was Lee in on Monday": an occasion asks where someone was, not whom they represent.
  if (q.asksJob || q.asksRole || q.dates.length > 0) return null;
  // "what party was lee's dad": the party of someone the name owns is not the name's.
  if (q.head !== null && (PERSON_NOUNS.has(q.head) || wordnetKind(q.head) === 'person')) return null;
  const asked = q.focus.find((f) => f.typeNoun)?.term;
  const words = q.words;
  // "whats lee's party", "whats lees party": the party owned by the name, the question's last word.
  if (asked === 'party' || (/^whats?$/.test(words[0] ?? '') && words.at(-1) === 'party')) return 'party';
  // "is lee a democrat or a republican": the two parties offered ask which one.
  const offered = words.filter((w) => isPartyWord(w));
  if (words.includes('or') && new Set(offered.map(partyLetter)).size >= 2) return 'party';
  const wantsPlace = q.wants !== 'statement' && q.wants.types.includes('place');
  if (!wantsPlace) return null;
  if (asked === 'state') return 'state';
  // "bernie is a senator from where": a lawmaker's "from where" asks the state they sit for.
  const fromWhere = words.at(-1) === 'where' && words.at(-2) === 'from';
  return fromWhere && q.focus.some((f) => !f.weak && isRoleWord(f.term)) ? 'state' : null;
}

/**
 * The question's words that name the person or town asked about: its required words besides the
 * asked noun, roles ("senator"), parties ("republican") and words of belonging ("represent").
 * Null when the question asks more than that ("what state was Lee in when …", "which state did
 * Lee win"): a verb or a common word the name does not hold means another question.
 */
function namingWords(q: Question): FocusTerm[] | null {
  const out: FocusTerm[] = [];
  for (const f of q.focus) {
    if (f.typeNoun || f.term === 'party' || f.term === 'state') continue;
    if (AFFILIATION_WORDS.has(f.term) || isRoleWord(f.term)) continue;
    if (f.weak) continue;
    if (f.verb && !f.name) return null;
    out.push(f);
  }
  return out;
}

function isRoleWord(term: string): boolean {
  return TITLES.has(term) || ROLE_NOUNS.has(term) || isPartyWord(term);
}

function isPartyWord(term: string): boolean {
  return Object.values(PARTY_TAG_WORDS).some((ws) => ws.includes(term));
}

/** The first value of the asked kind this record binds to the asked name. */
function readingIn(asked: Affiliation, named: FocusTerm[], record: FactRecord): TypedValue | null {
  for (const v of record.values) {
    for (const one of v.items ?? [v]) {
      if (one.type !== 'person' && one.type !== 'place') continue;
      if (!namesAsked(named, one, record)) continue;
      const value = one.type === 'person' ? personReading(asked, record, one) : asked === 'state' ? townState(record, one) : null;
      if (value) return value;
    }
  }
  return null;
}

/**
 * The sighting is the one asked about: every naming word of the question is a word of its name,
 * or a name the sentence holds beside it ("rnc" in "an RNC committeeman from Utah"); a common word
 * the name lacks ("pressure" in "which state is Lee under pressure in") is another question.
 */
function namesAsked(named: FocusTerm[], v: TypedValue, record: FactRecord): boolean {
  // "hans peter bartels" typed for "Hans-Peter Bartels", "omalley" for "O'Malley": a name's parts and its spelling without the apostrophe.
  const parts = (words: string[]) =>
    words.flatMap((w) => {
      const bare = w.replace(/[^\p{L}\p{N}'\u2019-]/gu, '').replace(/['\u2019]s$/u, '');
      return [...bare.split('-'), bare.replace(/['\u2019]/gu, '')];
    });
  const full = parts(nameWords(v));
  const own = named.filter((f) => full.some((w) => sameNameWord(f, w)));
  if (own.length === 0) return false;
  // The question's last word of the name, or the surname the linker read as this person, is written in this mention:
  // "Mrs. Clinton" taken for another of the family is not "chelsea clinton"; "Sanders" is "bernie".
  const written = parts(
    record.passage.text
      .slice(v.start - record.passage.start, v.end - record.passage.start)
      .toLowerCase()
      .split(/\s+/),
  );
  const last = own[own.length - 1];
  const surname = full.at(-1) ?? '';
  if (!written.some((w) => sameNameWord(last, w) || (w === surname && w.length > 2))) return false;
  return named.every((f) => own.includes(f) || ((f.name || isNameWord(f.term)) && bestMatch(f, record.terms) >= 0.8));
}

/** The party or state the sentence writes on this person: after the name, then before it. */
function personReading(asked: Affiliation, record: FactRecord, v: TypedValue): TypedValue | null {
  const readings = [...readingsAfter(record, v), ...readingsBefore(record, v)];
  return readings.find((r) => r.asked === asked)?.value ?? null;
}

interface Reading {
  asked: Affiliation;
  value: TypedValue;
}

/** A lawmaker's tag: "(D-N.Y.)", "(R-Texas)", "(I-VT)", "(R)", "(Ky.)", ", R-Ky.,". */
const PAREN_TAG = /^\s*\(\s*(?:([RDI])\s*(?:[-\u2013\u2014]\s*([\p{L}. ]{2,16}?))?|([\p{L}. ]{2,16}?))\s*\)/u;
const COMMA_TAG = /^\s*,\s*([RDI])\s*-\s*([\p{L}.]{2,8}(?:\s[\p{L}.]{2,8})?)(?=\s*[,;)]|\.\s|\s+(?:said|says|told|wrote)\b)/u;

function readingsAfter(record: FactRecord, v: TypedValue): Reading[] {
  const text = record.passage.text;
  let at = v.end - record.passage.start;
  const out: Reading[] = [];
  // " Jr.", ", 23,": a suffix and an age still belong to the name.
  const tail = /^(?:\s*,?\s+(?:Jr|Sr|II|III)\.?|\s*,\s*\d{1,3}(?=\s*,))/u.exec(text.slice(at));
  if (tail) at += tail[0].length;
  const paren = PAREN_TAG.exec(text.slice(at));
  const comma = paren ? null : COMMA_TAG.exec(text.slice(at));
  const tag = paren ?? comma;
  const letter = tag?.[1];
  const form = tag?.[2] ?? tag?.[3];
  const state = form ? stateOfForm(form) : null;
  // A bracket that holds no party and no state ("(a Democrat)") is read as an apposition below.
  if (tag && (letter || state)) {
    if (letter) out.push({ asked: 'party', value: partyValue(record, at + tag[0].indexOf(letter), letter) });
    if (form && state) out.push({ asked: 'state', value: placeValue(record, at + tag[0].lastIndexOf(form), form, state) });
    at += tag[0].length;
  }
  // "Sen. Lee of Arizona", "Lee, 23, of Brick, N.J.": the state the name is of, or the state of the town it is of.
  const of = /^\s*,?\s+of\s+/u.exec(text.slice(at));
  const direct = of ? stateAt(text, at + of[0].length) : null;
  const ofState = of && direct ? { ...direct, at: at + of[0].length } : of ? townStateAt(record, at + of[0].length) : null;
  if (ofState) {
    out.push({ asked: 'state', value: placeValue(record, ofState.at, ofState.written, ofState.state) });
    at = ofState.at + ofState.written.length;
  }
  out.push(...appositionReadings(record, at));
  return out;
}

/** A word of a phrase with where it stands in the passage. */
interface Word {
  raw: string;
  lower: string;
  at: number;
}

/** The words from `at` up to the first mark that is not part of a word (a comma, a full stop, a bracket). */
function wordsFrom(text: string, at: number, limit: number): Word[] {
  const out: Word[] = [];
  const re = /[\p{L}][\p{L}'\u2019-]*\.?/gu;
  re.lastIndex = at;
  let last = at;
  for (let m = re.exec(text); m && out.length < limit; m = re.exec(text)) {
    if (/[^\s]/u.test(text.slice(last, m.index))) break;
    // A full stop ends the phrase; an abbreviation's dot ("Sen.", "N.Y.") stays with its word.
    const raw = m[0].endsWith('.') && !/^(?:\p{L}\.)+$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(m[0]) ? m[0].slice(0, -1) : m[0];
    out.push({ raw, lower: raw.toLowerCase().replace(/\.$/, ''), at: m.index });
    last = m.index + raw.length;
    if (raw !== m[0]) break;
  }
  return out;
}

/** Words that end an apposition's noun phrase: what follows says more than what the person is. */
const APPOSITION_STOPS: ReadonlySet<string> = new Set(['of', 'from', 'who', 'whose', 'and', 'in', 'since', 'on', 'at', 'for', 'with', 'to', 'said', 'says']);

/**
 * ", a Democrat from Ohio", ", Republican of South Carolina", ", the Iowa Republican", ", an RNC
 * committeeman from Utah", " (a Democrat)": the apposition's noun phrase says what the person is,
 * its head a role, a party's member or a noun WordNet files under person; a party word in it is the
 * person's party ("a Republican pollster"), a state in it or after its "of" or "from" their state,
 * and so is the state of the town it is "in" ("a financial adviser in Eau Claire, Wis."). A party
 * it is a member of is the party too ("a member of the Social Democratic Party"). ", …, was a
 * Republican senator from Ohio": a predicate after the apposition says the same.
 */
function appositionReadings(record: FactRecord, at: number): Reading[] {
  const text = record.passage.text;
  const opening = /^\s*(?:,|\(|,?\s+(?:is|was)\b)\s*/u.exec(text.slice(at));
  if (!opening) return [];
  const words = wordsFrom(text, at + opening[0].length, 10);
  let k = words.length > 0 && /^(?:a|an|the)$/.test(words[0].lower) ? 1 : 0;
  const first = k;
  while (k < words.length && !APPOSITION_STOPS.has(words[k].lower)) k++;
  // ", the Texas senator's campaign manager": the words up to an owner are the owner's, not the person's.
  const owner = words.slice(first, k).findLastIndex((w) => /['\u2019]s$/u.test(w.raw));
  const phrase = words.slice(owner >= 0 ? first + owner + 1 : first, k);
  const head = phrase.at(-1);
  if (!head || !isRoleHead(head.lower)) return [];
  const out = phraseReadings(record, phrase, head);
  const link = words[k];
  const after = link ? /^\s+/u.exec(text.slice(link.at + link.raw.length)) : null;
  const next = link && after ? link.at + link.raw.length + after[0].length : -1;
  if (link && next >= 0 && (link.lower === 'of' || link.lower === 'from' || link.lower === 'in')) {
    const state = link.lower === 'in' ? null : stateAt(text, next);
    const town = state ? null : townStateAt(record, next);
    if (state) out.push({ asked: 'state', value: placeValue(record, next, state.written, state.state) });
    if (town) out.push({ asked: 'state', value: placeValue(record, town.at, town.written, town.state) });
    const party = head.lower === 'member' && link.lower === 'of' ? memberParty(record, next) : null;
    if (party) out.push({ asked: 'party', value: party });
  }
  // "Prescott Lee, the family patriarch, was a Republican senator from Connecticut."
  const close = /^[^,()]*?([,)])/u.exec(text.slice(head.at + head.raw.length));
  if (close && !/^\s*,?\s+(?:is|was)\b/u.test(text.slice(at)) && out.length === 0) {
    const end = head.at + head.raw.length + close[0].length;
    if (/^\s+(?:is|was)\b/u.test(text.slice(end))) out.push(...appositionReadings(record, end));
  }
  return out;
}

/** The capitalised party words of a noun phrase ("a Republican pollster") and the states written in it up to its head. */
function phraseReadings(record: FactRecord, phrase: Word[], head: Word): Reading[] {
  const out: Reading[] = [];
  for (const w of phrase) {
    const letter = partyLetter(w.raw);
    if (letter && /^\p{Lu}/u.test(w.raw)) out.push({ asked: 'party', value: partyValue(record, w.at, letter, w.raw) });
    const state = stateAt(record.passage.text, w.at);
    if (state && w.at + state.written.length <= head.at + head.raw.length)
      out.push({ asked: 'state', value: placeValue(record, w.at, state.written, state.state) });
  }
  return out;
}

/** "the center-left Social Democratic Party": a party's name after "member of", its capitalised words ending in "Party". */
function memberParty(record: FactRecord, at: number): TypedValue | null {
  const m = /^(?:the\s+)?(?:\p{Ll}[\p{Ll}-]*\s+){0,2}((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,4}Party)\b/u.exec(record.passage.text.slice(at));
  if (!m) return null;
  const start = at + m[0].length - m[1].length;
  return { type: 'organization', text: m[1], start: record.passage.start + start, end: record.passage.start + start + m[1].length, normalized: m[1] };
}

/** The head of an apposition that says what a person is: a role, a party's member, or a noun WordNet files under person. */
function isRoleHead(word: string): boolean {
  return isRoleWord(word) || partyLetter(word) !== null || wordnetKind(word.replace(/s$/, '')) === 'person';
}

/**
 * "Virginia Sen. Tim Kaine", "Republican Indiana Gov. Mike Pence", "Democratic Sen. Lee",
 * "Florida Republican Marco Rubio": the title run into the name, read back from it over titles,
 * their qualifiers, parties and states only. A state alone before a name ("Ohio voter Lee") says
 * where someone is, not whom they represent: the run must hold a title or a party.
 */
function readingsBefore(record: FactRecord, v: TypedValue): Reading[] {
  const text = record.passage.text;
  const from = v.start - record.passage.start + ownTitleEnd(v);
  const tokens = [...text.slice(Math.max(0, from - 80), from).matchAll(/[\p{L}][\p{L}.'\u2019-]*/gu)].map((m) => ({
    raw: m[0],
    at: Math.max(0, from - 80) + (m.index ?? 0),
  }));
  const out: Reading[] = [];
  let titled = false;
  let edge = from;
  for (let i = tokens.length - 1; i >= 0 && tokens.length - i <= 7; i--) {
    const t = tokens[i];
    const gap = text.slice(t.at + t.raw.length, edge);
    const nearest = i === tokens.length - 1;
    // "Colorado's Kendal Unruh": a state owning the name is the state the person is of.
    const owner = nearest && /^\s+$/u.test(gap) ? /^(.+)['\u2019]s$/u.exec(t.raw) : null;
    const owning = owner ? stateAt(text, t.at) : null;
    if (owner && owning && owning.written === owner[1]) return [{ asked: 'state', value: placeValue(record, t.at, owning.written, owning.state) }];
    // "the former Alabama Democratic Governor, George Lee": a title set off from the name by a comma is still its own.
    const titleComma = nearest && /^\s*,\s+$/u.test(gap) && TITLES.has(t.raw.toLowerCase().replace(/\.$/, ''));
    if (/[^\s]/u.test(gap) && !titleComma) break;
    const state = stateEndingAt(text, tokens, i);
    if (state) {
      out.push({ asked: 'state', value: placeValue(record, state.at, state.written, state.state) });
      i -= state.written.split(/\s+/).length - 1;
      edge = state.at;
      continue;
    }
    const word = t.raw.toLowerCase().replace(/\.$/, '');
    const letter = /^\p{Lu}/u.test(t.raw) ? partyLetter(t.raw) : null;
    if (letter) out.push({ asked: 'party', value: partyValue(record, t.at, letter, t.raw) });
    else if (!TITLES.has(word) && !ROLE_NOUNS.has(word) && !TITLE_ABBREVIATIONS.has(word) && !TITLE_QUALIFIERS.has(word)) break;
    titled = titled || letter !== null || !TITLE_QUALIFIERS.has(word);
    edge = t.at;
  }
  return titled ? out : [];
}

/** A state's name of one or two words ending with token `i`, and where it starts. */
function stateEndingAt(text: string, tokens: ReadonlyArray<{ raw: string; at: number }>, i: number): { written: string; state: string; at: number } | null {
  const end = tokens[i].at + tokens[i].raw.length;
  for (const k of [i - 1, i]) {
    if (k < 0) continue;
    const found = stateAt(text, tokens[k].at);
    if (found && tokens[k].at + found.written.length === end) return { ...found, at: tokens[k].at };
  }
  return null;
}

/** Title words the name's own span opens with ("Sen." when the value spans "Sen. Ana Ruiz"): their length. */
function ownTitleEnd(v: TypedValue): number {
  const first = String(v.normalized ?? '').split(/\s+/)[0];
  if (!first) return 0;
  const at = v.text.indexOf(first);
  return at > 0 ? at : 0;
}

/** "Brick, N.J.", "Eau Claire, Wis.": the state of the town (a place or name value) that starts at this offset. */
function townStateAt(record: FactRecord, at: number): { written: string; state: string; at: number } | null {
  const town = record.values.find((o) => (o.type === 'place' || o.type === 'person') && !o.items && o.start - record.passage.start === at);
  const value = town ? townState(record, town) : null;
  if (value) return { written: value.text, state: String(value.normalized), at: value.start - record.passage.start };
  // "Eau Claire, Wis.": the extractor may read the town and its state as two values; the state follows the town's comma.
  const m = /^((?:\p{Lu}[\p{L}'\u2019-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*),\s*((?:\p{Lu}\.){2}|\p{Lu}\p{Ll}{1,4}\.|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)/u.exec(
    record.passage.text.slice(at),
  );
  const state = m ? stateOfForm(m[2]) : null;
  return m && state ? { written: m[2], state, at: at + m[0].length - m[2].length } : null;
}

/** "Selma, Ala.", "Dunmore, Pennsylvania": the state after a town's comma. */
function townState(record: FactRecord, v: TypedValue): TypedValue | null {
  const text = record.passage.text;
  const to = v.end - record.passage.start;
  // The extractor may keep the state in the town's own span ("Concord, N.H.").
  const own = /,\s*([\p{L}. ]+)$/u.exec(v.text);
  if (own) {
    const state = stateOfForm(own[1]);
    if (state) return placeValue(record, to - own[1].length, own[1], state);
  }
  const comma = /^,\s*/u.exec(text.slice(to));
  if (!comma) return null;
  const at = to + comma[0].length;
  const full = stateAt(text, at);
  if (full) return placeValue(record, at, full.written, full.state);
  const abbreviation = /^(?:\p{Lu}\.){2}|^\p{Lu}\p{Ll}{1,4}\./u.exec(text.slice(at));
  const state = abbreviation ? stateOfForm(abbreviation[0]) : null;
  return abbreviation && state ? placeValue(record, at, abbreviation[0], state) : null;
}

/** The member's noun of the party a tag letter or a party word names: "Democrat", "Republican", "Independent". */
function partyLetter(word: string): string | null {
  const w = word.toLowerCase();
  for (const [letter, forms] of Object.entries(PARTY_TAG_WORDS)) if (forms.includes(w) || forms.includes(w.replace(/s$/, ''))) return letter;
  return null;
}

function partyValue(record: FactRecord, at: number, letter: string, written = letter): TypedValue {
  const member = PARTY_TAG_WORDS[letter][0];
  const name = member.charAt(0).toUpperCase() + member.slice(1);
  return { type: 'organization', text: written, start: record.passage.start + at, end: record.passage.start + at + written.length, normalized: name };
}

function placeValue(record: FactRecord, at: number, written: string, state: string): TypedValue {
  return { type: 'place', text: written, start: record.passage.start + at, end: record.passage.start + at + written.length, normalized: state };
}

/**
 * A state's full name written at this offset ("New York", "Ohio"), read by WordNet: the words and
 * the name. "of New York City", "Ohio State": a name running on into another capitalised word,
 * other than a title or a party ("the Iowa Republican"), is no state's.
 */
function stateAt(text: string, at: number): { written: string; state: string } | null {
  const m = /^(\p{Lu}\p{L}+)(?:\s+(\p{Lu}\p{L}+))?/u.exec(text.slice(at));
  if (!m) return null;
  for (const written of m[2] ? [`${m[1]} ${m[2]}`, m[1]] : [m[1]]) {
    const next = /^\s+(\p{Lu}[\p{L}]*)/u.exec(text.slice(at + written.length))?.[1];
    if (next !== undefined && !isRoleWord(next.toLowerCase()) && !TITLE_ABBREVIATIONS.has(next.toLowerCase())) continue;
    const state = americanState(written.toLowerCase());
    if (state) return { written, state };
  }
  return null;
}

/** A written state form, full or abbreviated ("Texas", "N.Y.", "Fla.", "VT", "Ky."), as the state's full name. */
export function stateOfForm(form: string): string | null {
  const lower = form.trim().toLowerCase();
  if (lower.length < 2) return null;
  const bare = lower.replace(/\./g, '').replace(/\s+/g, '');
  const listed = Object.keys(STATE_SHORT_FORMS).find((state) => state.replace(/\s+/g, '') === bare || STATE_SHORT_FORMS[state].includes(bare));
  return americanState(lower) ?? americanState(lower.replace(/\.$/, '')) ?? (listed ? titleCase(listed) : null);
}

/** WordNet's American state a word names, in its capitals ("n.y." → "New York"), or null. */
function americanState(word: string): string | null {
  const entry = lookup(word, 'n');
  if (!entry) return null;
  for (const offset of entry.offsets) {
    const sense = synset(offset, 'n');
    if (instanceOf(sense).some((kind) => kind.words[0] === 'american state')) return titleCase(sense.words[0]);
  }
  return null;
}

function titleCase(name: string): string {
  return name.replace(/\b\p{L}/gu, (c) => c.toUpperCase());
}
