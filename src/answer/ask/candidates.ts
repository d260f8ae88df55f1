import type { FactRecord, TypedValue } from '../../model/records.js';
import { ageOfAnother } from './holder.js';
import { bestMatch, matchedTerms, negatedOpposite, wordMatch } from '../match.js';
import { ANCHOR_READINGS, CHANGE_WORDS, GENERAL_KIND_NOUNS, TYPE_NOUNS, PERSON_NOUNS } from '../lexicon.js';
import type { FocusTerm, Question } from '../question.js';
import { kindOfNoun } from '../noun-kinds.js';
import { FACTOR, relatedLemmas } from '../related.js';
import { asWanted, countsAsked, valueBonus, withAppositiveName, type TermsOf } from '../rank.js';
import {
  afterAskedVerb,
  holdsRole,
  isPartitiveWhole,
  isYearAsNumber,
  isTitleWord,
  nearest,
  ofAskedPlaceKind,
  roleTerms,
  statesCountedKind,
  withDescription,
  withoutTitle,
  withTitleSenses,
} from './slot.js';
import type { ArticleHit, Featured, Features, Retrieved } from './types.js';
import { anotherDoes, doersOf, withArguments, withStatedActs } from './arguments.js';
import { looseCoverage, looseMatch } from './loose.js';
import { datelineOnly } from './dateline.js';
import { isOriginAdjective } from './origin.js';
import { withWorkplaceWords, workplaceIn } from './workplace.js';
import { listedUnderKind, withCoordinations } from './coordination.js';
import { restatesAsTyped, withoutAskedLead, withoutRestatedItems } from './restates.js';
import { copulaFit, withCopulaSubject } from './copula.js';
import { anotherIsObject, objectsOf } from './objects.js';

/**
 * Stage 3: every typed value in the retrieved passages that could fill the question's slot, with
 * its features. Values the slot rules out (a number that counts something else, the asked-about
 * name itself, an age bound to someone else) are dropped here, before any scoring.
 */
export function candidates(q: Question, retrieved: Retrieved, termsOf: TermsOf): Featured[] {
  if (q.wants === 'statement') return [];
  const best = Math.max(0, ...retrieved.articles.map((a) => a.relevance));
  const articleOf = new Map<string, ArticleHit>(retrieved.articles.map((a) => [a.id, a]));
  const gates = askedRoles(q);
  const out: Featured[] = [];
  for (const found of retrieved.records) {
    const titled = withTitleSenses(withStatedActs(q, withCoordinations(q, found)));
    const workplace = workplaceIn(q, titled);
    const record = withWorkplaceWords(q, titled, workplace);
    const soft = softCoverage(q.focus, record, true);
    if (soft === 0) continue;
    const { coverage: cov, loose } = looseCoverage(q.focus, record, termsOf(record.articleId));
    const matched = matchedTerms(q.focus, record);
    const article = best > 0 ? (articleOf.get(record.articleId)?.relevance ?? 0) / best : 0;
    for (const value of slotValues(q, record, gates, workplace)) {
      const bonus = valueBonus(
        q,
        value,
        q.focus.some((f) => !f.weak && !matched.has(f.term) && PERSON_NOUNS.has(f.term)),
      );
      if (bonus === null) continue;
      const hand = cov > 0 ? cov + bonus : 0;
      // "strict" says the sentence carries every required word: a loose stand-in is not one.
      out.push({
        record,
        value,
        matched,
        score: hand,
        features: features(q, record, value, gates, matched, { hand, strict: cov > 0 && !loose ? 1 : 0, soft, article }, workplace),
      });
    }
  }
  return out;
}

/** Values of the wanted kind in one record, as the question wants them (a list counted, an age given its holder). */
function slotValues(q: Question, record: FactRecord, gates: AskedRoles, workplace: TypedValue | null): TypedValue[] {
  // "40 firefighters from A, B and C": the number that counts the noun answers, not the length of the list beside it.
  const countedTerm = q.counted ? q.focus.find((f) => f.term === q.counted) : undefined;
  const stated = countedTerm !== undefined && record.values.some((v) => v.type === 'number' && countsAsked(q, v.context ?? []));
  const doers = doersOf(q, record);
  const objects = objectsOf(q, record);
  const out: TypedValue[] = [];
  for (const raw of record.values) {
    if (stated && raw.type !== 'number' && raw.items) continue;
    // A sentence placing the asked person at an institution answers "where does X work" with it alone.
    if (workplace !== null && raw.start !== workplace.start && (raw.type === 'place' || raw.type === 'organization')) continue;
    const typed = raw === workplace ? raw : withAppositiveName(record, asWanted(q, raw));
    if (!typed) continue;
    // "The county's top prosecutor is Dana Whitfield": the copula's subject is the value's own description.
    const wanted = withCopulaSubject(q, record, typed);
    const own = withoutRestatedItems(q, withoutTitle(withoutAskedLead(q, wanted, isTitleWord)));
    if (restatesAsTyped(q, own)) continue;
    const value = withArguments(doers, withDescription(record, own));
    // A year is an amount or a count only when it is bound to what the question counts.
    if (isYearAsNumber(value) && !(countedTerm && countsAsked(q, value.context ?? []))) continue;
    // "who does the ban affect": the sentence's own subject is not its object.
    if (q.asksObject && record.subject !== null && value.normalized === record.subject) continue;
    if (!countsTheAction(q, record, value)) continue;
    if (!anchoredAsAsked(q, value) || !ofAskedPlaceKind(q, value) || isOriginAdjective(q, record, value) || datelineOnly(q, record, value)) continue;
    if (!clauseStatesTopic(q, record, value)) continue;
    if (!holdsRole(gates.roles, record, wanted)) continue;
    if (!holdsRole(gates.kinds, record, wanted, true) && !listedUnderKind(gates.kinds, record, wanted)) continue;
    if (anotherDoes(doers, value) || ageOfAnother(q, record, value)) continue;
    if (!afterAskedVerb(q, record, value) || isComparisonBaseline(record, value)) continue;
    // "who did Lee back" against "Lee backed Ortiz over Ruiz": the verb's object is the one asked for.
    if (anotherIsObject(objects, value)) continue;
    if (!statesCountedKind(q, record, value) || isPartitiveWhole(q, record, value)) continue;
    out.push(value);
  }
  return out;
}

/**
 * "ten months ago" answers "how long ago", never "how long did the strike last"; a span the text
 * states with no anchor ("for ten months") answers either.
 */
export function anchoredAsAsked(q: Question, v: TypedValue): boolean {
  if (v.type !== 'duration') return true;
  const anchor = v.context?.[0];
  const readings = anchor !== undefined && Object.hasOwn(ANCHOR_READINGS, anchor) ? ANCHOR_READINGS[anchor] : undefined;
  if (readings === undefined) return true;
  return (q.spanAnchors ?? []).some((w) => readings.includes(w));
}

/** "which paper", "which senator": a specific kind of organisation or person, which the name must be. */
export function kindTerms(q: Question): FocusTerm[] {
  return q.focus.filter((f) => {
    const kind = f.typeNoun && !GENERAL_KIND_NOUNS.has(f.term) ? kindOfNoun(f.term) : undefined;
    return kind === 'person' || kind === 'organization';
  });
}

/** The role words ("fire chief") and kind nouns ("which evangelist") a name must hold: read once per question. */
interface AskedRoles {
  roles: FocusTerm[];
  kinds: FocusTerm[];
}

function askedRoles(q: Question): AskedRoles {
  return { roles: roleTerms(q), kinds: kindTerms(q) };
}

/**
 * A name that passed the role and kind gates of a question that has them ("which evangelist", "who
 * is the fire chief"): the gate found the role in its title or apposition, which is the evidence the
 * typeNoun feature stands for when the extractor bound the word to the value.
 */
function holdsAskedRole(gates: AskedRoles, v: TypedValue): boolean {
  return (v.type === 'person' || v.type === 'organization') && (gates.roles.length > 0 || gates.kinds.length > 0);
}

/** Weighted share of the question's required words the sentence carries (names count double); `loose`: counting loose matches too (ask/loose.ts). */
export function softCoverage(focus: FocusTerm[], record: FactRecord, loose = false): number {
  let sum = 0;
  let total = 0;
  for (const f of focus) {
    if (f.weak) continue;
    const w = f.name ? 2 : 1;
    total += w;
    sum += w * (bestMatch(f, record.terms) || negatedOpposite(f, record) || (loose ? looseMatch(f, record.terms) : 0));
  }
  return total === 0 ? 0 : sum / total;
}

function features(
  q: Question,
  record: FactRecord,
  v: TypedValue,
  gates: AskedRoles,
  matched: ReadonlySet<string>,
  base: Pick<Features, 'hand' | 'strict' | 'soft' | 'article'>,
  workplace: TypedValue | null,
): Features {
  const ctx = v.context ?? [];
  const required = q.focus.filter((f) => !f.weak);
  const names = q.focus.filter((f) => f.name);
  const countedTerm = q.counted ? q.focus.find((f) => f.term === q.counted) : undefined;
  const wanted = q.wants === 'statement' ? [] : q.wants.types;
  return {
    ...base,
    names: names.length === 0 ? 1 : names.filter((f) => bestMatch(f, record.terms) > 0).length / names.length,
    bound: required.length === 0 ? 0 : required.filter((f) => bestMatch(f, ctx) > 0).length / required.length,
    counted: countedTerm && v.type === 'number' ? (countsAsked(q, ctx) ? 1 : -1) : 0,
    // An institution is what a workplace question wants first, though it asks "where".
    typeFirst: wanted[0] === v.type || TYPE_NOUNS[q.counted ?? ''] === v.type || v.start === workplace?.start ? 1 : 0,
    askedAbout: isNamedInQuestion(q, v) ? 1 : 0,
    listFit: v.items && v.items.length > 1 ? (q.plural ? 1 : -1) : 0,
    typeNoun: q.focus.some((f) => f.typeNoun && bestMatch(f, ctx) > 0) || holdsAskedRole(gates, v) ? 1 : 0,
    near: nearest(q, record, v),
    complete: required.every((f) => matched.has(f.term)) ? 1 : 0,
    copula: copulaFit(q, record, v),
  };
}

function isNamedInQuestion(q: Question, v: TypedValue): boolean {
  const words = (v.items ?? [v]).flatMap((i) =>
    String(i.normalized ?? i.text)
      .toLowerCase()
      .split(/\s+/),
  );
  return q.focus.some((f) => f.name && words.some((n) => bestMatch(f, [n]) >= 0.8));
}

/** "U.S. senators", "Sen. Lee", "Mr. Ortiz": a dot that ends an abbreviation, not a sentence. */
function isAbbreviation(text: string, at: number): boolean {
  if (text[at] !== '.') return false;
  const token = /\S*$/u.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(token) || /^\p{Lu}\p{Ll}{1,2}$/u.test(token);
}

/** Where one clause ends: a semicolon, a colon, a dash, a bracket, a sentence end, or a comma before a contrast. */
const CLAUSE_BREAK = /\n|[;:()\u2014\u2013]|[.!?]\s|,\s*(?:but|while|although|though|whereas|yet)\b|\sbut\s/giu;

/**
 * "how many people died": a count answers only when its own clause states the question's verb.
 * In "No one was killed, but three people were treated", three counts the treated, not the dead.
 */
export function countsTheAction(q: Question, record: FactRecord, v: TypedValue): boolean {
  // A name the tagger read as a verb ("will nordwind create") is not the action counted.
  const names = new Set(record.entities.flatMap((e) => e.toLowerCase().split(/\s+/)));
  const verbs = q.focus.filter((f) => f.verb && !f.weak && !names.has(f.term));
  if (!q.counted || verbs.length === 0 || v.type !== 'number' || v.items) return true;
  const words =
    clauseAround(record.passage.text, v.start - record.passage.start, v.end - record.passage.start)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return (
    verbs.some((f) => words.some((w) => wordMatch(f, w) > 0 || wordMatch(f, w.replace(/(?:ed|ing|es|s|d)$/, '')) > 0 || saysVerb(f, w))) ||
    verbs.some((f) => negatedOpposite(f, record) > 0)
  );
}

/**
 * "how many delegates do the insiders choose" against "insiders will select 27 delegates": the
 * clause states the question's verb by a synonym of its frequent senses (WordNet), in any inflection.
 */
function saysVerb(f: FocusTerm, word: string): boolean {
  if (word.length < 3) return false;
  const synonyms = relatedLemmas(f.term);
  const forms = [
    word,
    word.replace(/(?:ed|ing|es|s|d)$/, ''),
    word.replace(/(?:ed|ing|es|s)$/, ''),
    word.replace(/ied$|ies$/, 'y'),
    word.replace(/(.)\1(?:ed|ing)$/, '$1'),
  ];
  return forms.some((w) => w.length >= 3 && w !== f.term && (synonyms.get(w) ?? 0) >= FACTOR.synonym);
}

/** Kinds of value whose clause must state what the question asks about. */
const TOPIC_BOUND: string[] = ['money', 'percent'];

/**
 * "how much did the county spend on roads": an amount answers only when its own clause says what
 * the question asks about (a word of the question other than a name), not when the word is in
 * another clause of the sentence ("The county spent $2 million on roads, and the state $5 million on
 * bridges" still binds each amount to its clause's words).
 */
export function clauseStatesTopic(q: Question, record: FactRecord, v: TypedValue): boolean {
  if (!TOPIC_BOUND.includes(v.type) || v.items) return true;
  const topic = q.focus.filter((f) => !f.weak && !f.name && !f.typeNoun);
  if (topic.length === 0) return true;
  const words =
    clauseAround(record.passage.text, v.start - record.passage.start, v.end - record.passage.start)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return (
    topic.some((f) => words.some((w) => wordMatch(f, w) > 0 || wordMatch(f, w.replace(/(?:ed|ing|es|s|d)$/, '')) > 0)) ||
    (v.context ?? []).some((c) => topic.some((f) => wordMatch(f, c) > 0))
  );
}

function clauseAround(text: string, from: number, to: number): string {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (isAbbreviation(text, m.index)) continue;
    if (m.index + m[0].length <= from) start = m.index + m[0].length;
    else if (m.index >= to) {
      end = m.index;
      break;
    }
  }
  return text.slice(start, end);
}

/** "up 70 percent from 2008", "compared with 2012": the words before a date a change is measured from. */
const BASELINE_BEFORE = new RegExp(`\\b(?:${[...CHANGE_WORDS].join('|')})\\b[^,;.]{0,40}\\bfrom\\s+$|\\b(?:compared (?:with|to)|than(?: in)?)\\s+$`, 'i');

/**
 * "Turnout was up 70 percent from 2008": the date a change is measured from answers no "when"; on
 * the spent sets such a year was given for when a primary was held.
 */
function isComparisonBaseline(record: FactRecord, v: TypedValue): boolean {
  if (v.type !== 'date') return false;
  return BASELINE_BEFORE.test(record.passage.text.slice(0, Math.max(0, v.start - record.passage.start)));
}
