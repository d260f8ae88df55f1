import type { FactRecord, TypedValue } from '../../model/records.js';
import { ROLE_NOUNS, TITLE_SENSES } from '../../extract/lexicon.js';
import { GENERAL_KIND_NOUNS, GENERIC_PERSON_WORDS, PARTY_TAG_WORDS, PERSON_NOUNS, ROLE_SYNONYMS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import { kindOfNoun } from '../noun-kinds.js';
import type { FocusTerm, Question } from '../question.js';
import { stateOf } from '../short-forms.js';
import { nameWords, withoutTitle, writtenOnName } from './slot.js';

/**
 * "which maryland senator …", "whos the sierra club lawyer …", "which rt host …": the question
 * describes the person it asks for by a role noun and the words that qualify it (a place, an
 * organisation, a party, "former"). The text writes that description on the name in its own ways
 * ("Sen. Ana Ruiz of Velland", "Ruiz (D-Vel.)", "Tom Vale, a lawyer for the Harbor League",
 * "commentator Jo Lind of the Weekly Ledger"), often in another sentence than the one the question
 * paraphrases. A person so described, and the only one of the coverage's people the question's
 * articles so describe, is the person asked for.
 */

/** The question's role noun and the words before it that qualify it, or [] when it names no role. */
export function askedDescription(q: Question): FocusTerm[] {
  if (q.wants === 'statement' || !q.wants.types.includes('person')) return [];
  const at = q.focus.findIndex(isRoleWord);
  if (at < 0) return [];
  const qualifiers: FocusTerm[] = [];
  for (let k = at - 1; k >= 0; k--) {
    const f = q.focus[k];
    // "trump told which fox host": the verb ends the words that describe the role's holder; "hillarys aide": so does an owner.
    if (f.verb || f.owner) break;
    if (!f.weak) qualifiers.unshift(f);
  }
  return [...qualifiers, withRoleSynonyms(q.focus[at])];
}

/**
 * "senator", "lawyer", "gov", "which evangelist": a noun naming what a person is; not a type noun
 * too general to be anyone's title ("whats the name of the british ambassador", "which person").
 */
function isRoleWord(f: FocusTerm): boolean {
  if (f.verb || f.owner || GENERIC_PERSON_WORDS.has(f.term)) return false;
  return (
    ROLE_NOUNS.has(f.term) ||
    PERSON_NOUNS.has(f.term) ||
    Object.hasOwn(TITLE_SENSES, f.term) ||
    (f.typeNoun === true && !GENERAL_KIND_NOUNS.has(f.term) && kindOfNoun(f.term) === 'person')
  );
}

/** "host" stands for "anchor", "writer" for "commentator": the role nouns news writes for the one a reader types (lexicon.ts ROLE_SYNONYMS). */
function withRoleSynonyms(f: FocusTerm): FocusTerm {
  const senses = Object.hasOwn(TITLE_SENSES, f.term) ? TITLE_SENSES[f.term] : [];
  const extra = [...senses, ...ROLE_SYNONYMS.filter((row) => row.includes(f.term) || senses.some((s) => row.includes(s))).flat()].filter(
    (w) => w !== f.term && !f.alts.includes(w),
  );
  return extra.length === 0 ? f : { ...f, alts: [...f.alts, ...new Set(extra)] };
}

/** A person's key across its sightings: the last word of the name without its title ("Ruiz"). */
function personKey(v: TypedValue): string {
  return nameWords(withoutTitle(v)).at(-1) ?? '';
}

/**
 * The people the records describe as the question does, each by its key: every word of the
 * description bound to one of the person's sightings in its article (its title, its apposition, the
 * words the extractor bound to it, "X of Y", a lawmaker's party tag).
 */
export function describedPeople(q: Question, description: FocusTerm[], records: readonly FactRecord[]): Set<string> {
  const sightings = new Map<string, Array<{ record: FactRecord; value: TypedValue }>>();
  // A name the question gives ("which texas lt gov said cruz …") is not the person asked for, nor is a
  // name made of the description's own words (a "Sierra Club" the extractor read as a person).
  const named = (w: string) => q.focus.some((f) => (f.name || description.includes(f)) && wordMatch(f, w) >= 0.8);
  for (const record of records)
    for (const value of record.values) {
      if (value.type !== 'person' || value.items || nameWords(withoutTitle(value)).some(named)) continue;
      const key = `${record.articleId}\u0000${personKey(value)}`;
      sightings.set(key, [...(sightings.get(key) ?? []), { record, value }]);
    }
  const out = new Set<string>();
  for (const [key, seen] of sightings) {
    if (description.every((f) => seen.some((s) => describedBy(f, s.record, s.value)))) out.add(key.split('\u0000')[1]);
  }
  return out;
}

/** One word of the description is written on this sighting of the person (its title, its apposition, what it is of). */
function describedBy(f: FocusTerm, record: FactRecord, value: TypedValue): boolean {
  return writtenOnName(f, record, value) || affiliatedAs(f, record, value);
}

/** "White House spokesman Josh Earnest said …": this very sentence writes the whole description on the name. */
export function describedHere(q: Question, record: FactRecord, value: TypedValue): boolean {
  const description = askedDescription(q);
  return description.length > 0 && description.every((f) => describedBy(f, record, value));
}

/**
 * The key of the one person the question's articles describe as the question does, or null when
 * the question asks for a list, says no more than a bare role, or its description fits no one or several.
 */
export function theOneDescribed(q: Question, records: readonly FactRecord[]): string | null {
  // "which clinton staffers": a list is asked, which one person does not give.
  if (q.plural) return null;
  const description = askedDescription(q);
  if (description.length < 2) return null;
  const people = describedPeople(q, description, records);
  return people.size === 1 ? [...people][0] : null;
}

/** The value is a single person whose key is this one. */
export function isPersonKeyed(v: TypedValue, key: string): boolean {
  return v.type === 'person' && !v.items && personKey(v) === key;
}

/**
 * "Vic Lund of the Harbor Policy Institute", "Sen. Ana Ruiz (R-Ohio)": what a name is of, at or
 * from, and a lawmaker's party tag, say whom the person works for or represents, as a role word
 * may ("which hpi fellow", "which ohio republican"); the initials of the organisation count as its name.
 */
export function affiliatedAs(f: FocusTerm, record: FactRecord, v: TypedValue): boolean {
  const after = record.passage.text.slice(v.end - record.passage.start);
  const words: string[] = [];
  // "of the anti-tax Weekly Ledger": a hyphenated modifier before the name is no part of it.
  const of = /^\s*,?\s+(?:of|at|from|with)\s+(?:the\s+)?(?:\p{Ll}+-\p{L}+\s+)?((?:\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of|for|and|on|the))*\s*)+)/u.exec(after);
  if (of) {
    const names = of[1].trim().split(/\s+/);
    words.push(...names.map((w) => w.toLowerCase().replace(/[.’']s?$/u, '')), ...initialisms(names));
  }
  const tag = /^\s*\(([RDI])-([\p{L}. ]+)\)/u.exec(after);
  if (tag)
    words.push(
      ...PARTY_TAG_WORDS[tag[1]],
      ...tag[2]
        .toLowerCase()
        .replace(/\./g, '')
        .split(/\s+/)
        .map((w) => stateOf(w) ?? w),
    );
  return words.some((w) => wordMatch(f, w) > 0);
}

/** "University of Texas School of Law" → "ut", "uts", "utsl": the initials of its leading capitalised words. */
function initialisms(names: readonly string[]): string[] {
  const initials = names.filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0].toLowerCase());
  return initials.slice(1).map((_, k) => initials.slice(0, k + 2).join(''));
}
