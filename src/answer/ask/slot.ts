import type { FactRecord, TypedValue } from '../../model/records.js';
import { ROLE_NOUNS, TITLE_SENSES, TITLES } from '../../extract/lexicon.js';
import { COUNT_ENDING_WORDS, ORG_NAME_KINDS, PERSON_NOUNS, PLACE_KIND_NOUNS, TITLE_RUN_BREAKS, TYPE_NOUNS } from '../lexicon.js';
import { placeCanBe } from '../../nlp/places.js';
import { bestMatch, wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';
import { nounAncestors } from '../wordnet.js';
import { clauseChoice } from './binding.js';
import { boundDateChoice } from './date-binding.js';
import { restatesQuestion } from './restates.js';

/**
 * Whether a value fills the question's slot, read from the words right around it in its passage
 * (the sentence's other words say what the sentence is about, not what the value is).
 */

/** Words of the passage with their offsets (lower case, a possessive 's dropped). */
interface Word {
  w: string;
  at: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.-]*/gu)].map((m) => ({
    w: m[0]
      .toLowerCase()
      .replace(/['\u2019]s$/, '')
      .replace(/\.$/, ''),
    at: m.index,
  }));
}

/** A break a title or an apposition never runs across. */
const HARD_BREAK = /[.;:!?()\u201c\u201d"\u2014]/u;

/** The question's role words ("chief", "campaign manager", "spokeswoman"): the person asked for holds the role. */
export function roleTerms(q: Question): FocusTerm[] {
  if (q.wants === 'statement' || !q.wants.types.includes('person')) return [];
  // A verb question ("who did the mayor meet") asks for someone else than the role holder.
  // "X's wife": a family tie is bound to its owner by the head rules (rank.ts), which also read "his wife".
  const family = (f: FocusTerm) => f.term === q.head && !ROLE_NOUNS.has(f.term);
  const roles = q.focus.filter((f) => !f.weak && !f.name && !f.owner && !family(f) && (ROLE_NOUNS.has(f.term) || PERSON_NOUNS.has(f.term)));
  // "campaign manager": a noun the tagger read as a verb right before the role is the role's modifier.
  const verbs = q.focus.filter((f, k) => f.verb && !f.weak && !roles.includes(q.focus[k + 1]));
  return verbs.length > 0 ? [] : roles;
}

/**
 * "who is the fire chief": a name answers only when the role is its title ("Fire Chief Laura
 * Brennan", "the chief, Laura Brennan"), its apposition ("Laura Brennan, the city's fire chief")
 * or its predicate ("Brennan, who is the chief", "Brennan became chief"), not when the role word
 * stands anywhere else in the sentence.
 */
export function holdsRole(roles: FocusTerm[], record: FactRecord, v: TypedValue, kinds = false): boolean {
  if (roles.length === 0 || (v.type !== 'person' && v.type !== 'organization')) return true;
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return true;
  // The name's own span ("Fire Chief Laura Brennan") and the words the extractor bound to it count too.
  const own = [...wordsOf(text.slice(from, to)), ...wordsOf(String(v.normalized ?? ''))].map((x) => x.w);
  const apposition = appositionWords(text.slice(to));
  const around = [...own, ...(v.context ?? []), ...titleWords(text.slice(0, from)), ...apposition];
  // A title stands for its noun ("Sen." for senator) only on the name it runs into or in the name's apposition:
  // in "Sen. Lee and Ana Ruiz", Ruiz is no senator.
  const senses = [...own, ...(v.context ?? []), ...adjacentTitle(text.slice(0, from)), ...apposition].flatMap(sensesOf);
  if (v.type === 'organization') senses.push(...own.flatMap((w) => (Object.hasOwn(ORG_NAME_KINDS, w) ? ORG_NAME_KINDS[w] : [])));
  // Only words beside the name: its own words ("Daily" in a paper's name) let a second paper of the sentence through.
  const beside = kinds ? around.filter((w) => !own.includes(w)) : [];
  return roles.every((f) => around.some((w) => termMatches(f, w)) || beside.some((w) => isKindOf(w, f)) || senses.some((w) => termMatches(f, w)));
}

/**
 * Whether a word of the question's description of a person is written on the name: in the name's
 * own words, the words the extractor bound to it, the title run right before it or its apposition
 * (as a title stands for its noun: "Sen." for senator), or as a noun WordNet files under it. Tighter
 * than holdsRole: the title run stops at a conjunction or a preposition and at another person's name
 * ("the speaker of the House, and Mitch McConnell" makes McConnell no speaker).
 */
export function writtenOnName(f: FocusTerm, record: FactRecord, v: TypedValue): boolean {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return false;
  const own = [...wordsOf(text.slice(from, to)), ...wordsOf(String(v.normalized ?? ''))].map((x) => x.w);
  const others = record.values.filter((o) => o.type === 'person' && o.start !== v.start).map((o) => o.end - record.passage.start);
  const start = Math.max(0, ...others.filter((end) => end <= from));
  const beside = [...(v.context ?? []), ...titleRun(text.slice(start, from)), ...appositionWords(text.slice(to))];
  const words = [...own, ...beside, ...titleInitials(text.slice(start, from))];
  return (
    words.some((w) => termMatches(f, w)) || words.flatMap(sensesOf).some((w) => termMatches(f, w)) || beside.some((w) => !own.includes(w) && isKindOf(w, f))
  );
}

/**
 * The words before a name that can be its title ("Texas Lt. Gov.", "former CIA director", "Another
 * RT host," before "Abby Martin"): back to a break, a conjunction or a preposition, and to a comma
 * unless the comma stands right before the name.
 */
function titleRun(before: string): string[] {
  return titleRunWords(before).map((x) => x.w);
}

/** The title run's words with their offsets in `before`. */
function titleRunWords(before: string): Word[] {
  let span = before.slice(lastBreak(before));
  const close = /,\s*$/u.exec(span);
  const head = close ? span.slice(0, close.index) : span;
  span = head.slice(head.lastIndexOf(',') + 1);
  const words = wordsOf(span);
  const k = words.findLastIndex((x) => TITLE_RUN_BREAKS.has(x.w));
  return words
    .slice(k + 1)
    .slice(-6)
    .map((x) => ({ ...x, at: x.at + before.length - span.length }));
}

/**
 * "White House spokesman Josh Earnest" for "the wh spokesman": a reader types the capitalised words of
 * a title by their initials, any two or more in a row.
 */
function titleInitials(before: string): string[] {
  const capital = titleRunWords(before).map((x) => (/^\p{Lu}/u.test(before.slice(x.at)) ? x.w[0] : null));
  const out: string[] = [];
  for (let i = 0; i < capital.length; i++)
    for (let j = i + 2; j <= capital.length && capital.slice(i, j).every((c) => c !== null); j++) out.push(capital.slice(i, j).join(''));
  return out;
}

/** How far up WordNet a word's noun may be filed under the asked kind: "marathoner" is a runner, "senator" no leader. */
const KIND_DEPTH = 2;

/**
 * "the Ethiopian marathoner Feyisa Lilesa" for "which runner": a kind noun ("which X") is held by a
 * word beside the name whose noun WordNet files under it. Not a role ("the campaign chief"), which
 * must be the name's own title.
 */
function isKindOf(w: string, f: FocusTerm): boolean {
  if (!/^[a-z]{4,}$/.test(w) || w === f.term) return false;
  return nounAncestors(w)
    .slice(0, KIND_DEPTH)
    .some((s) => s.words.includes(f.term));
}

/** The one word right before a name, which may be its title ("Gov." in "Velland Gov. Ana Ruiz"). */
function adjacentTitle(before: string): string[] {
  return wordsOf(/[\p{L}.-]+\s*$/u.exec(before)?.[0] ?? '').map((x) => x.w);
}

/** The focus term matches the word or its singular ("mayors" for "mayor"). */
function termMatches(f: FocusTerm, w: string): boolean {
  return wordMatch(f, w) > 0 || wordMatch(f, w.replace(/s$/, '')) > 0;
}

/**
 * "Gov. Ana Ruiz signed the bill" says "governor" in its title: the record with the nouns its titles
 * stand for among its words, so "who is the governor" finds the sentence as well as the name in it.
 */
export function withTitleSenses(record: FactRecord): FactRecord {
  const senses = record.terms.flatMap(sensesOf).filter((s) => !record.terms.includes(s));
  return senses.length === 0 ? record : { ...record, terms: [...record.terms, ...new Set(senses)] };
}

/** What a title word says the person is ("sen" → senator); nothing for other words. */
function sensesOf(w: string): readonly string[] {
  return Object.hasOwn(TITLE_SENSES, w) ? TITLE_SENSES[w] : [];
}

/** The words that can describe a name where it stands: its own span, its bound words, its title and its apposition. */
function descriptionOf(record: FactRecord, v: TypedValue): string[] | null {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return null;
  const own = [...wordsOf(text.slice(from, to)), ...wordsOf(String(v.normalized ?? ''))].map((x) => x.w);
  // A title or an apposition never runs across another person's name: "Jacobs as Orlando Mayor Dyer" describes Dyer.
  const others = record.values
    .filter((o) => o.type === 'person' && o.start !== v.start)
    .map((o) => ({ from: o.start - record.passage.start, to: o.end - record.passage.start }));
  const start = Math.max(0, ...others.filter((o) => o.to <= from).map((o) => o.to));
  const end = Math.min(text.length, ...others.filter((o) => o.from >= to).map((o) => o.from));
  // "Ruiz as Milford Mayor Reyes": words running unbroken into the next name are that name's title.
  const after = text.slice(to, end);
  const apposition = end < text.length && !after.slice(1).includes(',') ? [] : appositionWords(after);
  return [...own, ...titleWords(text.slice(start, from)), ...apposition];
}

/**
 * "Senator Lee of Vermont", "the Vermont senator", "Vermont Gov. Lee": a place that says whom a
 * person represents or where they come from. The person it designates (null when the title names
 * no one: "the Vermont senator's backers"), or undefined when the place designates no one.
 */
export function designatedBy(record: FactRecord, v: TypedValue): TypedValue | null | undefined {
  if (v.type !== 'place' || v.items) return undefined;
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  const people = record.values.filter((o) => o.type === 'person' && !o.items);
  const before = people.find((o) => /^\s+of\s+$/.test(text.slice(o.end - record.passage.start, from)));
  if (before) return before;
  const role = /^(?:['\u2019]s)?\s+([\p{L}.]+)/u.exec(text.slice(to));
  const word =
    role?.[1]
      .toLowerCase()
      .replace(/\.$/, '')
      .replace(/['\u2019]s$/, '') ?? '';
  if (!TITLES.has(word) && !ROLE_NOUNS.has(word)) return undefined;
  const after = to + (role?.[0].length ?? 0);
  // The name the title runs into, after it: a name earlier in the sentence is not the title's.
  return people.find((o) => o.start - record.passage.start >= after && /^\s*$/.test(text.slice(after, o.start - record.passage.start))) ?? null;
}

/** "its chief executive, Owen Pryce", "Mayor Lee": a name the sentence introduces by a title or a role. */
export function describedByRole(record: FactRecord, v: TypedValue): boolean {
  return (descriptionOf(record, v) ?? []).some((w) => ROLE_NOUNS.has(w) || TITLES.has(w) || PERSON_NOUNS.has(w));
}

/**
 * "who is the mayor of Milford" against "County Mayor Ana Ruiz hugged Milford Mayor Tom Reyes": both
 * hold the role, but only Reyes's title carries the place the question names. A person is not the
 * role's holder when another person in the sentence holds the role with more of the question's names.
 */
export function anotherHoldsRoleBetter(q: Question, record: FactRecord, v: TypedValue): boolean {
  const roles = roleTerms(q);
  if (roles.length === 0 || v.type !== 'person' || v.items) return false;
  const names = q.focus.filter((f) => f.name && !f.weak);
  if (names.length === 0) return false;
  const described = (o: TypedValue): number => {
    const words = descriptionOf(record, o);
    if (!words) return -1;
    const has = (f: FocusTerm) => words.some((w) => termMatches(f, w));
    return roles.every(has) ? names.filter(has).length : -1;
  };
  const mine = described(v);
  return record.values.some((o) => o.type === 'person' && !o.items && o.start !== v.start && described(o) > Math.max(mine, 0));
}

/** Words around a name that frame the sentence rather than describe the name. */
const NOT_DESCRIPTION = new Set([
  'said',
  'says',
  'say',
  'told',
  'tells',
  'according',
  'to',
  'by',
  'the',
  'a',
  'an',
  'and',
  'or',
  'with',
  'for',
  'from',
  'that',
  'who',
  'which',
  'is',
  'was',
  'as',
]);

/**
 * The words that describe a value where it stands: a name's apposition ("said Peter
 * Lee, the county's first budget director" binds "budget director" to Peter Lee), and the noun a
 * partitive count shares ("85 of the 154 meetings" counts meetings too). The extractor binds only
 * the words inside the name's own clause.
 */
export function withDescription(record: FactRecord, v: TypedValue): TypedValue {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return v;
  let words: string[] = [];
  if ((v.type === 'person' || v.type === 'organization') && !v.items) {
    const apposition = appositive(record, text, to);
    // "Gov. Ana Ruiz", "Senator Lee", ", the chairwoman of …": the title binds what it means too, as the
    // question names it ("governor", "chair"), so a sentence that says only "Gov." still answers "which governor".
    const titled = v.type === 'person' ? [...wordsOf(text.slice(from, to)).map((x) => x.w), ...adjacentTitle(text.slice(0, from))] : [];
    words = [...apposition, ...[...titled, ...apposition].flatMap(sensesOf)];
  } else if (v.type === 'number' && !v.items) {
    const m = /^\s+of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\d,.]+\s+)?([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(text.slice(to));
    // A year is no count of the words after it ("the 1995 state tax return").
    words = m ? [m[1], m[2] ?? ''].filter(Boolean).map((w) => w.toLowerCase()) : isYearAsNumber(v) ? [] : countedWords(text.slice(to));
    if (!m && words.length === 0 && !isYearAsNumber(v)) words = elidedCount(record, v);
  }
  const extra = words.flatMap((w) => [w, w.replace(/s$/, '')]).filter((w) => w.length > 1 && !(v.context ?? []).includes(w));
  return extra.length === 0 ? v : { ...v, context: [...(v.context ?? []), ...new Set(extra)] };
}

/**
 * "Lee won 18 first-place votes, Ortiz got seven", "1,944 delegates, compared to Ruiz's 1,192": a
 * bare number after a count of its sentence counts the same thing, the writer not repeating the
 * noun. The words of the nearest earlier count that names what it counts; none for a number a name
 * labels ("Route 66", "Super Bowl 50"), which counts nothing.
 */
function elidedCount(record: FactRecord, v: TypedValue): string[] {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const before = /(\S+)\s+$/u.exec(text.slice(0, Math.max(0, from)))?.[1] ?? '';
  if (from < 0 || /^\p{Lu}[\p{L}-]*$/u.test(before) || /^no\.?$/i.test(before)) return [];
  const earlier = record.values.filter((o) => o.type === 'number' && !o.items && o.end <= v.start && !isYearAsNumber(o)).sort((a, b) => b.start - a.start);
  for (const o of earlier) {
    const words = countedWords(text.slice(o.end - record.passage.start));
    if (words.length > 0) return words;
  }
  return [];
}

/**
 * "552 likely Democratic primary voters", "nearly 10,000 manufacturing jobs": the words right
 * after a number, up to the plural that ends them, which is what the number counts. The extractor
 * binds only the first few ("likely", "democratic", "primary"), short of the noun.
 */
function countedWords(after: string): string[] {
  const m = /^\s+["\u201c]?((?:[\p{L}\p{N}][\p{L}\p{N}-]*["\u201d]?\s+){0,3}[\p{L}\p{N}][\p{L}\p{N}-]*)/u.exec(after);
  if (!m) return [];
  const out: string[] = [];
  for (const raw of m[1].split(/\s+/)) {
    const w = raw.replace(/["\u201d]$/u, '');
    const lower = w.toLowerCase();
    if (COUNT_ENDING_WORDS.has(lower)) break;
    out.push(lower);
    // A plural in lower case ends the noun; a name ending in "s" ("Dallas") does not.
    const plural = /^\p{Ll}[\p{L}-]{2,}s$/u.test(w) && !/(?:ss|us|is)$/.test(w);
    // A closing quotation mark ends it too ("twenty \u201cfelony charges\u201d").
    if (plural || raw !== w) break;
  }
  return out;
}

/**
 * "whats Lee's job": a person the question names, where the passage says what they are — by an
 * apposition (", a senior fellow at …") or a role word bound to the name ("UNH pollster Lee").
 */
export function describesNamed(q: Question, record: FactRecord): boolean {
  const names = q.focus.filter((f) => !f.weak);
  return record.values.some((v) => {
    if (v.type !== 'person' || v.items) return false;
    const own = nameWords(v);
    if (!names.every((f) => own.some((w) => wordMatch(f, w) >= 0.8))) return false;
    const to = v.end - record.passage.start;
    const role = (v.context ?? []).some((c) => ROLE_NOUNS.has(c) || PERSON_NOUNS.has(c));
    return role || appositive(record, record.passage.text, to).length > 0;
  });
}

/**
 * ", the county's first budget director," after a name: a noun phrase set off by commas, opened by
 * an article or a capitalised title, naming no other person except as an owner ("Lee's").
 */
function appositive(record: FactRecord, text: string, to: number): string[] {
  const m = /^\s*,\s*((?:a|an|the|\p{Lu}[\p{L}.'\u2019-]*)\s[^,;:()"\u201c\u201d\u2014]{0,90}?)(?=\s*(?:,|[.;:()"\u201c\u201d\u2014]|$))/u.exec(text.slice(to));
  if (!m) return [];
  const from = to + m[0].length - m[1].length + record.passage.start;
  const end = to + m[0].length + record.passage.start;
  // Another person as the apposition's head (", a friend of the family, Ana Ruiz,") makes it about them;
  // a name that modifies the head ("the Cruz campaign's Iowa director", "Lee's aide") does not.
  const other = record.values.some(
    (o) => o.type === 'person' && o.start >= from && o.end <= end && /^[\s.]*$/u.test(text.slice(o.end - record.passage.start, end - record.passage.start)),
  );
  if (other) return [];
  // Another name inside it ("a prominent Lee supporter") is not what the name is.
  const named = (at: number) => record.values.some((o) => o.type !== 'date' && o.start <= from + at && o.end > from + at);
  return wordsOf(m[1])
    .filter((x) => !named(x.at))
    .map((x) => x.w)
    .filter((w) => !NOT_DESCRIPTION.has(w))
    .slice(0, 10);
}

/** The few words before a name that can be its title ("Gore's communications director, Betsy …"). */
function titleWords(before: string): string[] {
  const cut = lastBreak(before);
  return wordsOf(before.slice(cut))
    .slice(-6)
    .map((x) => x.w);
}

/** The words after a name that describe it: an apposition set off by a comma, or "who is …", "is …". */
function appositionWords(after: string): string[] {
  const m = /^\s*(?:,|\s(?:who\s+)?(?:is|was|became|becomes|has\s+been|had\s+been|serves\s+as|served\s+as|as)\b)/iu.exec(after);
  if (!m) return [];
  const rest = after.slice(m[0].length);
  const end = rest.search(HARD_BREAK);
  const clause = end < 0 ? rest : rest.slice(0, end);
  // An apposition ends at its closing comma; "who is …" may run on a little.
  const close = clause.indexOf(',');
  return wordsOf(close < 0 ? clause : clause.slice(0, close))
    .slice(0, 10)
    .map((x) => x.w);
}

function lastBreak(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (HARD_BREAK.test(text[i]) && !isAbbreviationDot(text, i)) return i + 1;
  return 0;
}

/** "Gov. Ana Ruiz", "Sen. Lee": a dot after a short capitalised word is a title's, not a sentence end. */
function isAbbreviationDot(text: string, i: number): boolean {
  if (text[i] !== '.') return false;
  return /(?:^|\s)[A-Z][a-z]{0,3}$/.test(text.slice(Math.max(0, i - 6), i));
}

/**
 * "how many of Lee's meetings were with donors" against "85 of the 154 meetings": the question asks
 * for a part of the counted whole, so the whole after "of" is not its answer.
 */
export function isPartitiveWhole(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (!q.countedPart || v.type !== 'number' || v.items) return false;
  return /\d\s+of\s+(?:the\s+)?$/u.test(record.passage.text.slice(0, Math.max(0, v.start - record.passage.start)));
}

/**
 * "how many dccc emails were leaked" against "20,000 DNC emails": the noun before the counted one
 * says which of them are counted, so a sentence that never says it counts others.
 */
export function statesCountedKind(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'number' || !q.countedModifier) return true;
  const modifier = q.focus.find((f) => f.term === q.countedModifier && !f.weak);
  return modifier === undefined || bestMatch(modifier, record.terms) > 0;
}

/**
 * How near the value stands to the question's words in its passage: 1 when no other value of
 * its kind in the sentence is nearer ("Clinton with 46 percent to Sanders' 44 percent": 44 is
 * Sanders'), 0 when one is.
 */
export function nearest(q: Question, record: FactRecord, v: TypedValue): number {
  // "what state is the Greensboro Coliseum in": the place asked about is no rival of the answer beside it.
  const peers = record.values.filter((o) => o.type === v.type && o !== v && o.start !== v.start && !restatesQuestion(q, o));
  if (peers.length === 0) return 1;
  // "46 percent would choose Lee and 44 percent would back Ruiz": each share's own clause says whose it is.
  const byClause = clauseChoice(q, record, v);
  if (byClause !== null) return byClause;
  // "his 1994 Contract with America ... in 1998 the Senate": the date bound to the asked event wins.
  const byGrammar = boundDateChoice(q, record, v, peers);
  if (byGrammar !== null) return byGrammar;
  // "what does Lee get against Ruiz": Ruiz's share stands near Ruiz, and is not the one asked for.
  const asked = q.focus.filter((f) => !f.weak && !(v.type === 'percent' && f.opponent));
  const names = asked.filter((f) => f.name);
  const paired = pairing(record, v);
  if (paired && v.type === 'percent') {
    const holder = heldBy(q, record, paired);
    if (holder !== null) return holder;
  }
  if (paired && names.length > 0) return names.some((f) => nameWords(paired).some((w) => wordMatch(f, w) > 0)) ? 1 : 0;
  const terms = names.length > 0 ? names : asked;
  const anchors = wordsOf(record.passage.text)
    .filter((x) => terms.some((f) => wordMatch(f, x.w) > 0))
    .map((x) => x.at + record.passage.start);
  if (anchors.length === 0) return 1;
  const owners = anchors.map((a) => titledName(record, a, [v, ...peers]));
  const distance = (o: TypedValue) =>
    Math.min(
      ...anchors.map((a, k) => {
        // "Lee and Benghazi Committee Chairman Ruiz": a title is the name's it runs into, never an earlier conjunct's.
        if (owners[k] !== undefined) return owners[k] === o.start ? 0 : Number.POSITIVE_INFINITY;
        return a < o.start ? o.start - a : a > o.end ? a - o.end : 0;
      }),
    );
  const mine = distance(v);
  return peers.every((o) => distance(o) >= mine) ? 1 : 0;
}

/** A capitalised title running into a name: "Benghazi Committee Chairman " before "Trey Lee". */
const TITLE_RUN = /^\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,5}\s+$/u;

/** The start of the name whose capitalised title the word at `at` (an offset in the text) opens or stands in. */
function titledName(record: FactRecord, at: number, values: TypedValue[]): number | undefined {
  const text = record.passage.text;
  const from = at - record.passage.start;
  const named = values.filter((o) => o.type === 'person' && o.start > at).sort((a, b) => a.start - b.start)[0];
  if (!named) return undefined;
  return TITLE_RUN.test(text.slice(from, named.start - record.passage.start)) ? named.start : undefined;
}

/**
 * Whether the name a share is paired with is the one the question asks about (1) or the other side
 * of its matchup (0), typed as a name or not ("what does lee get against ruiz"); null when the
 * question names neither.
 */
function heldBy(q: Question, record: FactRecord, paired: TypedValue): 0 | 1 | null {
  const people = new Set(record.values.filter((o) => o.type === 'person').flatMap(nameWords));
  const naming = (f: FocusTerm) => !f.weak && (f.name || people.has(f.term));
  const holds = (f: FocusTerm) => nameWords(paired).some((w) => wordMatch(f, w) > 0);
  const asked = q.focus.filter((f) => naming(f) && !f.opponent);
  if (asked.some(holds)) return 1;
  if (asked.length > 0 || q.focus.some((f) => f.opponent && naming(f) && holds(f))) return 0;
  return null;
}

/**
 * "Lee leading Ortiz among likely voters, 46 percent to 44 percent": the two figures go to the
 * two names before them, in order. The name a figure belongs to, when it stands in such a pair.
 */
function pairing(record: FactRecord, v: TypedValue): TypedValue | null {
  const text = record.passage.text;
  const at = (o: TypedValue) => o.start - record.passage.start;
  const between = (a: TypedValue, b: TypedValue) => text.slice(at(a) + (a.end - a.start), at(b));
  const joined = (a: TypedValue, b: TypedValue) => a.type === b.type && /^\s*(?:to|-|\u2013|vs\.?|versus)\s*$/iu.test(between(a, b));
  const same = record.values.filter((o) => o.type === v.type).sort((a, b) => a.start - b.start);
  const k = same.findIndex((o) => o.start === v.start && o.end === v.end);
  if (k < 0) return null;
  const first = same[k + 1] && joined(same[k], same[k + 1]) ? same[k] : same[k - 1] && joined(same[k - 1], same[k]) ? same[k - 1] : null;
  if (!first) return null;
  const people = record.values
    .filter((o) => (o.type === 'person' || o.type === 'organization') && o.end <= first.start)
    .sort((a, b) => a.start - b.start)
    .filter((o, i, all) => all.findIndex((x) => String(x.normalized) === String(o.normalized)) === i);
  if (people.length < 2) return null;
  const [a, b] = people.slice(-2);
  return first === same[k] ? a : b;
}

/** A name value's words, lower case: "Ana Ruiz" → ["ana", "ruiz"]. */
export function nameWords(v: TypedValue): string[] {
  return String(v.normalized ?? v.text)
    .toLowerCase()
    .split(/\s+/);
}

/**
 * "Journalist Carl Leubsdorf": the name without the title the sentence put before it; in a list,
 * each name without its own ("Senators Ted Cruz and Marco Rubio" → "Ted Cruz").
 */
export function withoutTitle(v: TypedValue): TypedValue {
  if (v.type !== 'person') return v;
  if (v.items) {
    const items = v.items.map(withoutTitle);
    return items.every((item, i) => item === v.items?.[i]) ? v : { ...v, items };
  }
  if (typeof v.normalized !== 'string') return v;
  const words = v.normalized.split(/\s+/);
  let k = 0;
  while (k < words.length - 2 && isTitleWord(words[k].toLowerCase().replace(/\.$/, ''))) k++;
  return k === 0 ? v : { ...v, normalized: words.slice(k).join(' ') };
}

/** "journalist", "sen", and the plural a list's title takes ("senators"). */
export function isTitleWord(w: string): boolean {
  const one = (x: string) => TITLES.has(x) || ROLE_NOUNS.has(x) || TYPE_NOUNS[x] === 'person';
  return one(w) || (w.endsWith('s') && one(w.slice(0, -1)));
}

/** "how much did the gun sell for" against "a 2012 confrontation": a year is not an amount. */
export function isYearAsNumber(v: TypedValue): boolean {
  return v.type === 'number' && !v.items && /^(?:1[89]|20)\d\d$/.test(v.text.trim());
}

/**
 * "who did Lee sell the paper to": the answer is the verb's object, so it stands after the verb in
 * its sentence ("… the paper he later sold to Ortiz"), never before it.
 */
export function afterAskedVerb(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (!q.asksObject || (v.type !== 'person' && v.type !== 'organization')) return true;
  const verbs = q.focus.filter((f) => f.verb && !f.weak && !f.name);
  if (verbs.length === 0) return true;
  const from = v.start - record.passage.start;
  const at = wordsOf(record.passage.text).find((x) => verbs.some((f) => wordMatch(f, x.w) > 0 || wordMatch(f, x.w.replace(/(?:ed|ing|es|s|d)$/, '')) > 0));
  return at === undefined || at.at < from;
}

/** "what country is she from": a place the question's place noun names a kind of, when the place is known as another kind (Nevada is no country). */
export function ofAskedPlaceKind(q: Question, v: TypedValue): boolean {
  if (v.type !== 'place') return true;
  const kinds = q.focus.filter((f) => f.typeNoun && Object.hasOwn(PLACE_KIND_NOUNS, f.term)).map((f) => PLACE_KIND_NOUNS[f.term]);
  const places = v.items ?? [v];
  return kinds.every((kind) => places.every((p) => placeCanBe(String(p.normalized ?? p.text), kind)));
}

/** "giulianis" for Giuliani, "cummings" read as "cumming": a name typed with a possessive s the apostrophe dropped. */
export function sameNameWord(f: FocusTerm, w: string): boolean {
  return wordMatch(f, w) >= 0.8 || f.term.replace(/s$/, '') === w || w.replace(/s$/, '') === f.term;
}
