import type { FactRecord, TypedValue } from '../model/records.js';
import { bestMatch, coverage, matchedTerms } from './match.js';
import { isMoneyWord, type FocusTerm, type Question } from './question.js';
import { INSTITUTION_HEADS, ORGANISATION_NAME_ENDS } from '../extract/lexicon.js';
import { LENGTH_UNITS, LIST_KIND_ROOTS, NOT_ACTIONS, PERSON_NOUNS, PLACE_KIND_NOUNS, TYPE_NOUNS } from './lexicon.js';
import { anySenseUnder, baseForms, lookup } from './wordnet.js';

/** One value offered as the answer, with the record that states it. */
export interface Candidate {
  record: FactRecord;
  value: TypedValue;
  score: number;
  /** The question words its record carries. */
  matched: Set<string>;
}

/** The words an article uses anywhere, by article id. */
export type TermsOf = (articleId: string) => ReadonlySet<string>;

/** Prepositions that make a name a setting ("at Logan"), never the doer a "who" question wants. */
const SETTING = ['at', 'in', 'from', 'to', 'of'];

/** Values of the wanted type in records that carry every word the question needs, best first. */
export function rankValues(q: Question, records: FactRecord[], termsOf: TermsOf): Candidate[] {
  if (q.wants === 'statement') return [];
  const out: Candidate[] = [];
  for (const record of records) {
    const cov = coverage(q.focus, record, termsOf(record.articleId));
    if (cov === 0) continue;
    const matched = matchedTerms(q.focus, record);
    // "40 firefighters from A, B and C": the number that counts the noun answers, not the length of the list beside it.
    const counted = q.counted ? q.focus.find((f) => f.term === q.counted) : undefined;
    const stated = counted !== undefined && record.values.some((v) => v.type === 'number' && bestMatch(counted, v.context ?? []) > 0);
    for (const raw of record.values) {
      if (stated && raw.type !== 'number' && raw.items) continue;
      const value = withAppositiveName(record, asWanted(q, raw));
      // "who does the ban affect": the sentence's own subject is not its object.
      if (q.asksObject && value && record.subject !== null && value.normalized === record.subject) continue;
      const bonus = value
        ? valueBonus(
            q,
            value,
            q.focus.some((f) => !f.weak && !matched.has(f.term) && PERSON_NOUNS.has(f.term)),
          )
        : null;
      if (value && bonus !== null) out.push({ record, value, score: cov + bonus, matched });
    }
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * "her 1-year-old daughter, Ana Ruiz": the age and the name are bound to the same noun, so the
 * age is the named one's too ("how old is ana"); "how old is ruiz" may mean a parent.
 */
export function withAppositiveName(record: FactRecord, v: TypedValue | null): TypedValue | null {
  if (v?.type !== 'age' || !v.context?.length) return v;
  const ctx = v.context;
  const names = record.values
    .filter((p) => p.type === 'person' && !p.items && p.context?.some((c) => ctx.includes(c)))
    // The given name only: a family name is shared with the parents the sentence is also about.
    .map(
      (p) =>
        String(p.normalized ?? p.text)
          .toLowerCase()
          .split(/\s+/)[0],
    );
  return names.length ? { ...v, context: [...ctx, ...names] } : v;
}

/** The value as the question wants it: a list answers "how many" with its length. */
export function asWanted(q: Question, v: TypedValue): TypedValue | null {
  if (q.wants === 'statement') return null;
  const types = q.wants.types;
  if (types.includes(v.type)) return v;
  if (q.wants.count && v.items && v.items.length > 1 && countsList(q, v)) return { ...v, type: 'number', normalized: v.items.length, items: undefined };
  // "how long is the letter": a length is a count of words, pages or miles.
  if (types.includes('duration') && v.type === 'number' && v.context?.some((c) => LENGTH_UNITS.has(c))) return v;
  if (types.includes('place') && v.type === 'organization' && v.context?.some((c) => c === 'at' || c === 'in') && !institutionForPlaceKind(q, v)) return v;
  return null;
}

/**
 * "where did they meet" is answered by "at the Civic Arena", but "what state is the arena in" by a
 * state: an organisation whose name says it is an institution ("Linden State University") is no
 * state, country or city, even where the sentence says "in" before it.
 */
function institutionForPlaceKind(q: Question, v: TypedValue): boolean {
  if (!q.focus.some((f) => f.typeNoun && Object.hasOwn(PLACE_KIND_NOUNS, f.term))) return false;
  return (v.items ?? [v]).some((item) =>
    String(item.normalized ?? item.text)
      .toLowerCase()
      .split(/\s+/)
      .some((w) => INSTITUTION_HEADS.has(w) || ORGANISATION_NAME_ENDS.has(w)),
  );
}

/** "how many countries": a list of places counts countries; a list of towns does not count people. */
function countsList(q: Question, v: TypedValue): boolean {
  if (!q.counted) return true;
  if (TYPE_NOUNS[q.counted] === v.type) return true;
  const counted = q.focus.find((f) => f.term === q.counted);
  return counted !== undefined && bestMatch(counted, v.context ?? []) > 0 && countsItemsKind(q.counted, v.type);
}

/**
 * "how many delegates did Lee win in Indiana" against "enough delegates in Pennsylvania and Indiana":
 * the sentence's word for what is counted stands beside the list, but the list's items are not of
 * its kind (delegates are people, the items places), so the list's length counts no delegates. On
 * the studied sets such lengths were never the answer. A noun WordNet does not know keeps the list.
 */
function countsItemsKind(noun: string, type: string): boolean {
  const root = LIST_KIND_ROOTS[type];
  if (root === undefined) return true;
  const lemmas = [
    noun,
    ...baseForms(noun)
      .filter((b) => b.pos === 'n')
      .map((b) => b.lemma),
  ].filter((w) => lookup(w, 'n'));
  return lemmas.length === 0 || lemmas.some((w) => anySenseUnder(w, root));
}

/** Extra score from the words bound to the value itself; null when the value cannot answer. */
export function valueBonus(q: Question, v: TypedValue, partial: boolean): number | null {
  const ctx = v.context ?? [];
  const required = q.focus.filter((f) => !f.weak);
  const hits = required.filter((f) => bestMatch(f, ctx) > 0).length;
  if (q.counted && v.type === 'number') {
    const counted = q.focus.find((f) => f.term === q.counted);
    if (counted && !counted.weak && !countsAsked(q, ctx)) return null;
  }
  if (v.type === 'age' && hits === 0) return null;
  // "how old is X's wife": an age bound to someone other than the wife is not hers.
  if (v.type === 'age' && q.head && PERSON_NOUNS.has(q.head) && !ownedByHead(q, ctx)) return null;
  // "how much did it cost": an amount tied to none of the question's words answers something else.
  if (v.type === 'money' && hits === 0 && q.focus.some((f) => !f.weak && isMoneyWord(f))) return null;
  const wantsDoer = q.wants !== 'statement' && q.wants.types.includes('person');
  if (v.type === 'person' || v.type === 'organization') {
    if (isAskedAbout(q, v) && !ownedByHead(q, ctx)) return null;
    if (wantsDoer && ctx.some((c) => SETTING.includes(c)) && hits === 0) return null;
    // "who is the ceo of X" against a sentence without "ceo": the role is what is asked, so a name
    // in a sentence that never states it, bound to none of the words, answers nothing.
    // A list whose items the sentence files under the asked kind ("siblings, parents" for "which relatives") is bound to it.
    if (wantsDoer && partial && hits === 0 && !(v.items && typedAsAsked(q, ctx))) return null;
    // "who is <name>": another name in a sentence about them is not who they are.
    if (wantsDoer && q.identity && hits === 0) return null;
  }
  const personFirst = wantsDoer && v.type === 'person' ? 0.1 : 0;
  const listFit = v.items && v.items.length > 1 ? (q.plural ? 0.3 : -0.1) : 0;
  const typeHint = typedAsAsked(q, ctx) ? 0.15 : 0;
  return 0.25 * Math.min(hits, 2) + listFit + typeHint + personFirst + headFit(q, v, ctx);
}

/** Whether the words bound to a value hold the question's kind noun ("senator" on a name for "which senator"). */
function typedAsAsked(q: Question, ctx: readonly string[]): boolean {
  return q.focus.some((f) => f.typeNoun && bestMatch(f, ctx) > 0);
}

/**
 * Whether the words bound to a number say it counts what "how many" asks: the counted noun, or the
 * noun before it ("nato" in "how many nato countries"), where the words bound to the number stop
 * short of the head ("five Dallas police officers" for "how many dallas cops").
 */
export function countsAsked(q: Question, ctx: readonly string[]): boolean {
  const words = [q.counted, q.countedModifier];
  return q.focus.some((f) => words.includes(f.term) && bestMatch(f, [...ctx]) > 0);
}

/** "how old is X's wife": a value bound to "wife" beats one bound to X. */
function headFit(q: Question, v: TypedValue, ctx: string[]): number {
  if (!q.head || !(v.type === 'age' || v.type === 'person' || v.type === 'organization')) return 0;
  return ownedByHead(q, ctx) ? 0.5 : -0.3;
}

function ownedByHead(q: Question, ctx: string[]): boolean {
  const head = q.head ? q.focus.find((f) => f.term === q.head) : undefined;
  return head !== undefined && bestMatch(head, ctx) > 0;
}

/** "who is X's wife": X is what the question is about, not its answer. */
function isAskedAbout(q: Question, v: TypedValue): boolean {
  const names = (v.items ?? [v]).flatMap((i) =>
    String(i.normalized ?? i.text)
      .toLowerCase()
      .split(/\s+/),
  );
  const kind = kindModifiers(q);
  return q.focus.some((f) => !f.weak && !kind.has(f.term) && names.some((n) => bestMatch(f, [n]) >= 0.8));
}

/**
 * "law" in "which law school": the word before the wanted kind's noun says what kind of name is
 * wanted, so a name carrying it ("Marrow School of Law") is the answer, not what is asked about.
 */
function kindModifiers(q: Question): Set<string> {
  const at = q.focus.findIndex((f) => f.typeNoun);
  const before = at > 0 ? q.focus[at - 1] : undefined;
  return new Set(before && !before.name ? [before.term] : []);
}

/** Records that state an answer to a "what/why" question, best first. */
export function rankStatements(q: Question, records: FactRecord[], termsOf: TermsOf): Array<{ record: FactRecord; score: number }> {
  return records
    .map((record) => {
      const cov = coverage(q.focus, record, termsOf(record.articleId), q.speech || q.wants !== 'statement');
      const about = record.subject && q.focus.some((f) => bestMatch(f, record.subject?.toLowerCase().split(/\s+/) ?? []) > 0) ? 0.1 : 0;
      return {
        record,
        score:
          cov === 0
            ? 0
            : cov + about + compoundFit(q, record.statement) + actionFit(q, record.statement) + identityFit(q, record) - record.statement.length / 20000,
      };
    })
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score);
}

/**
 * "the executive order": a sentence writing the question's two-word compound as one phrase
 * answers it; one with both words apart ("Chief executive … orders") is about something else.
 */
function compoundFit(q: Question, statement: string): number {
  let fit = 0;
  const lower = statement.toLowerCase();
  for (const f of q.focus) {
    const head = f.modifierOf ? q.focus.find((g) => g.term === f.modifierOf) : undefined;
    if (!head) continue;
    const forms = (t: FocusTerm) => [t.term, ...t.alts].filter((w) => /^[\p{L}-]+$/u.test(w)).map((w) => w.replace(/[-]/g, '\\-'));
    const phrase = new RegExp(`\\b(?:${forms(f).join('|')})\\w{0,3}\\s+(?:${forms(head).join('|')})\\w{0,3}\\b`, 'u');
    if (phrase.test(lower)) fit += 0.3;
    else if (new RegExp(`\\b(?:${forms(f).join('|')})`, 'u').test(lower)) fit -= 0.2;
  }
  return fit;
}

/**
 * "what does the order do": a sentence where the asked-about noun acts ("orders to suspend …",
 * "an order … limiting …", "orders, which will restrict …") answers; one that only names it does not.
 */
function actionFit(q: Question, statement: string): number {
  if (!q.asksAction) return 0;
  const nouns = q.focus.filter((f) => !f.weak && !f.verb && !f.modifierOf);
  const lower = statement.toLowerCase();
  let best = 0;
  for (const f of nouns) {
    for (const w of [f.term, ...f.alts].filter((a) => /^[\p{L}]+$/u.test(a))) {
      const at = new RegExp(`\\b${w}s?\\b`, 'u').exec(lower);
      if (!at) continue;
      const after = lower
        .slice(at.index + at[0].length)
        .split(/[.;:—–()]/)[0]
        .split(/\s+/)
        .filter(Boolean)
        .slice(0, 6);
      const k = after.findIndex(
        (x, i) =>
          (x === 'to' && i <= 1 && after[i + 1] !== undefined) ||
          (i >= 1 && /^[a-z]{3,}ing$/.test(x) && !NOT_ACTIONS.has(x)) ||
          (/^(?:which|that),?$/.test(x) && /^(?:will|would|shall)$/.test(after[i + 1] ?? '')),
      );
      // The word itself acting, close by, beats a synonym acting further off.
      if (k >= 0) best = Math.max(best, (w === f.term ? 0.25 : 0.15) - 0.02 * k);
    }
  }
  return best;
}

/**
 * "who is <name>": a sentence naming a relation or role ("his wife", "the judge") that no other
 * person in it holds tells who they are; "gave birth to their daughter, <other name>" does not.
 */
function identityFit(q: Question, record: FactRecord): number {
  if (!q.identity) return 0;
  const asked = q.focus.filter((f) => !f.weak);
  const isAsked = (v: TypedValue) => {
    const words = String(v.normalized ?? v.text)
      .toLowerCase()
      .split(/\s+/);
    return asked.every((f) => bestMatch(f, words) > 0);
  };
  const others = record.values.filter((v) => v.type === 'person' && !isAsked(v));
  const roles = record.terms.filter((t) => PERSON_NOUNS.has(t));
  return roles.some((r) => !others.some((v) => v.context?.includes(r))) ? 0.2 : 0;
}
