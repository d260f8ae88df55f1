import type { FactRecord, TypedValue } from '../../model/records.js';
import { PLACE_KIND_NOUNS, WORKPLACE_ROLES, WORKPLACE_VERBS } from '../lexicon.js';
import { bestMatch } from '../match.js';
import { nameWords } from './slot.js';
import type { FocusTerm, Question } from '../question.js';

/**
 * "where does Lee teach" is answered by an institution, not a place: news seldom says "Lee teaches
 * at Alba College" but places the person at it ("Lee, a professor of law at Alba College", "Lee of
 * Alba College", "Alba College's Lee"). Such a sentence states where the person works, and the other
 * places in it (the country of an ambassador's post, a book's title, a field of expertise) do not.
 */

const WORKPLACE_WORDS: ReadonlySet<string> = new Set([...WORKPLACE_VERBS, ...WORKPLACE_ROLES]);

/** The words of a "where" question that ask for a workplace; none when it asks for a kind of place ("which state"). */
export function workplaceTerms(q: Question): FocusTerm[] {
  if (q.wants === 'statement' || q.wants.types.length !== 1 || q.wants.types[0] !== 'place') return [];
  if (q.focus.some((f) => f.typeNoun && Object.hasOwn(PLACE_KIND_NOUNS, f.term))) return [];
  return q.focus.filter((f) => !f.weak && WORKPLACE_WORDS.has(f.term));
}

/** An institution's name reaches at most this far past the person's apposition. */
const APPOSITION_CHARS = 150;

/** "Lee, a fellow at", "Lee of", "Lee, who works with": the words that put a person at what follows. */
const PLACED_AT = /\b(?:at|with|of)\s+(?:the\s+)?$/iu;
/** "of" and "with" put a person at an organisation only; "Lee of Vermont" says where Lee is from. */
const PLACED_AT_ANY = /\bat\s+(?:the\s+)?$/iu;
/** "Alba College's Lee", "Alba College economist Lee": an organisation named right before the person. */
const PLACED_BEFORE = /^(?:['\u2019]s)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** A break an apposition does not run across: a clause or sentence end, a bracket, a quotation. */
const APPOSITION_BREAK = /[;:()"\u201c\u201d]|[.!?]\s|''/u;

/**
 * The value a record places the question's person at, for a workplace question: the first
 * organisation (or place after "at") following the person's name within its apposition, with no
 * other person named between, or an organisation named right before the person.
 */
export function workplaceIn(q: Question, record: FactRecord): TypedValue | null {
  if (workplaceTerms(q).length === 0) return null;
  const text = record.passage.text;
  const at = (v: TypedValue) => ({ from: v.start - record.passage.start, to: v.end - record.passage.start });
  const people = record.values.filter((v) => v.type === 'person' && !v.items);
  const places = record.values.filter((v) => (v.type === 'organization' || v.type === 'place') && !v.items);
  // "David Dorn" is asked about, not "David Autor" beside him: the names holding most of the question's words.
  const most = Math.max(0, ...people.map((p) => askedWords(q, p)));
  for (const person of most === 0 ? [] : people.filter((p) => askedWords(q, p) === most)) {
    const own = at(person);
    const between = (from: number, to: number) => people.some((o) => o !== person && at(o).from >= from && at(o).to <= to);
    const after = places
      .filter((v) => at(v).from >= own.to && at(v).from - own.to <= APPOSITION_CHARS)
      .sort((a, b) => a.start - b.start)
      .find((v) => {
        const gap = text.slice(own.to, at(v).from);
        return !APPOSITION_BREAK.test(gap) && !between(own.to, at(v).from) && (v.type === 'organization' ? PLACED_AT : PLACED_AT_ANY).test(gap);
      });
    if (after) return possessedBy(after, places, text, record.passage.start);
    const before = places.find((v) => v.type === 'organization' && at(v).to <= own.from && PLACED_BEFORE.test(text.slice(at(v).to, own.from)));
    if (before) return before;
  }
  return null;
}

/** "at the Alba Institute's Corin School of Law": the school is the workplace, its owner is not (nothing when the school is not read as a name). */
const POSSESSIVE_AFTER = /^['\u2019]s\s+(?:the\s+)?$/u;

function possessedBy(workplace: TypedValue, places: readonly TypedValue[], text: string, offset: number): TypedValue | null {
  const rest = text.slice(workplace.end - offset);
  if (!/^['\u2019]s\s/u.test(rest)) return workplace;
  return (
    places.find((v) => v.type === 'organization' && v.start > workplace.end && POSSESSIVE_AFTER.test(text.slice(workplace.end - offset, v.start - offset))) ??
    null
  );
}

/** How many of the question's words a person's name holds ("akhil amar", "mcfaul"). */
function askedWords(q: Question, v: TypedValue): number {
  const words = nameWords(v);
  return q.focus.filter((f) => !f.weak && !WORKPLACE_WORDS.has(f.term) && words.some((w) => bestMatch(f, [w]) >= 0.8)).length;
}

/**
 * The record as carrying the question's workplace words when it places the person at an
 * institution: "Lee, a professor at Alba College" says where Lee teaches without the verb.
 */
export function withWorkplaceWords(q: Question, record: FactRecord, workplace: TypedValue | null): FactRecord {
  if (workplace === null) return record;
  const missing = workplaceTerms(q)
    .map((f) => f.term)
    .filter((t) => !record.terms.includes(t));
  return missing.length === 0 ? record : { ...record, terms: [...record.terms, ...missing] };
}
