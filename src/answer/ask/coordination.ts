import type { FactRecord, TypedValue, ValueType } from '../../model/records.js';
import type { FocusTerm, Question } from '../question.js';
import { parseSentences, type Sentence, type Token } from '../../nlp/parse.js';
import { lemma } from '../../nlp/lemma.js';
import { compoundKind, wordnetKind } from '../noun-kinds.js';
import { nounAncestors } from '../wordnet.js';
import { inflections } from '../topic-forms.js';
import { asideEnd, pastAsides } from '../../nlp/asides.js';
import { HONORIFICS, TITLE_QUALIFIERS, TITLES } from '../../extract/lexicon.js';

/** Kinds of name a tagger may tell apart wrongly: one coordination may mix them ("Pennsylvania and Virginia" read as a place and a person). */
const NAMED: readonly ValueType[] = ['person', 'organization', 'place'];

/**
 * What may stand between two items of one coordination: a comma or semicolon, "and", "or" or "as
 * well as", or both, then an optional "the" ("the Teamsters, the Firefighters") or the next
 * person's title ("Ana Ruiz and Senator Tom Vale", "Mr. Ruiz or Mrs. Vale"). Nothing else: a clause
 * or an apposition between two names keeps them apart. SEPARATOR_LEAD is the separator alone, what
 * follows it left to be read as a title.
 */
const SEPARATOR_LEAD = /^\s*(?:[,;]\s*(?:(?:and|or|as well as)\s+)?|(?:and|or|as well as)\s+)/i;
export const SEPARATOR = new RegExp(`${SEPARATOR_LEAD.source}(?:the\\s+)?$`, 'i');

/** One to three capitalised words ending in a possessive, before a listed name. */
const POSSESSIVE_LEAD = /^(?:\p{Lu}[\p{L}.&-]*\s+){0,2}\p{Lu}[\p{L}.&-]*(?:['\u2019]s|s['\u2019])\s+$/u;

/** How many words a title before a listed name may take ("former Vice President", "Ohio Gov."). */
const TITLE_REACH = 3;

/** Between two common noun phrases of one coordination: as SEPARATOR, without the semicolon or "the". */
const PHRASE_SEPARATOR = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)$/i;

/** The separators that may close a coordination: a list ends on "and", "or" or "as well as". */
export const CLOSING = /\b(?:and|or|as well as)\b/i;

/**
 * "which states ...": a coordination of values the extractor kept apart ("in 2001, 2003 and 2005",
 * "Pennsylvania and Virginia" with one name read as a person, "Quinnipiac and Fox News") is offered
 * as one list, typed as the question asks, beside its items. Only for a plural question, and only
 * where the record holds no list of those very items already.
 */
export function withCoordinations(q: Question, record: FactRecord): FactRecord {
  if (!q.plural || q.wants === 'statement') return record;
  const wanted = q.wants.types;
  const lists = [...chains(record).map((chain) => asList(record, chain, wanted)), ...nounLists(q, record, wanted)].filter(
    (v): v is TypedValue => v !== null && !record.values.some((o) => sameItems(o, v)),
  );
  const count = askedCount(q);
  // "A and B, as well as C and D": the whole coordination is the list the sentence gives, not its first part,
  // unless the question asks for as many as that part holds ("which two …").
  const covered = (part: TypedValue, whole: TypedValue) =>
    part.items !== undefined && whole.items !== undefined && whole.start <= part.start && part.end <= whole.end && whole.items.length > part.items.length;
  const parts = record.values.filter((v) => lists.some((l) => covered(v, l)));
  const kept = lists.filter((l) => !parts.some((v) => covered(v, l) && v.items?.length === count));
  const own = record.values.filter((v) => !kept.some((l) => covered(v, l)));
  const values = [...own, ...kept].map(withBarePlaces);
  return values.length === record.values.length && values.every((v, i) => v === record.values[i]) ? record : { ...record, values };
}

/** "which two senators", "the 3 cities": how many items the question asks for, or null when it says no number. */
export function askedCount(q: Question): number | null {
  return q.numbers.find((n) => Number.isInteger(n) && n > 1 && n <= MAX_ASKED_ITEMS) ?? null;
}

/** A number above this in a question is a figure or a year ("the 2008 cycle"), not how many names it asks for. */
const MAX_ASKED_ITEMS = 20;

/**
 * "Paris and San Bernardino, Calif.": in a list each place is named by itself; what follows its
 * comma says where it lies (as placeCanBe reads "Aurora, Colorado"), and a reader lists the places.
 */
function withBarePlaces(v: TypedValue): TypedValue {
  if (!v.items?.some(isQualifiedPlace)) return v;
  const items = v.items.map((i) => (isQualifiedPlace(i) ? { ...i, normalized: String(i.normalized).split(',')[0] } : i));
  return { ...v, items, normalized: items.map((i) => i.normalized ?? i.text).join(', ') };
}

function isQualifiedPlace(v: TypedValue): boolean {
  return v.type === 'place' && typeof v.normalized === 'string' && /^[^,]+,\s/.test(v.normalized);
}

/** Runs of two or more single values of one family that only separators join, closed by "and" or "or". */
function chains(record: FactRecord): TypedValue[][] {
  const singles = outermost(record.values.filter((v) => family(v) !== null).sort((a, b) => a.start - b.start));
  const items = withQualifiers(record, singles);
  const runs = coordinated(
    items,
    (a, b) => (family(a.value) === family(b.value) ? itemGap(record, a, b) : null),
    SEPARATOR,
    (i) => (i.value.items?.length ?? 0) > 1 && CLOSING.test(i.value.text),
  );
  return runs.map((run) => run.map((i) => i.value));
}

/** A value as a list item: where the item ends, past what qualifies a person's name ("(R-Ohio)", "of Iowa", ", a lawyer"). */
interface Item {
  value: TypedValue;
  end: number;
}

/**
 * "Sen. Ana Ruiz (D-Ohio), Ohio Gov. Tom Vale and Rep. Li Park of Iowa": the words that qualify
 * each person of a list, before the name (a title, with the state or office it names) or after it
 * (a state or party in parentheses, "of" a place, a short apposition), belong to that item; the
 * places and offices the tagger read inside them are no items of their own.
 */
function withQualifiers(record: FactRecord, singles: readonly TypedValue[]): Item[] {
  const out: Item[] = [];
  for (const v of singles) {
    const last = out[out.length - 1];
    if (last !== undefined && v.start < last.end) continue;
    if (v.type === 'person') dropLead(record, out, v);
    out.push({ value: v, end: withAsides(record, v.type === 'person' ? qualifiedEnd(record, v, singles) : v.end) });
  }
  return out;
}

/** "Acme (No. 2), Brill and Core", "Pinto (who chairs the panel) and Soto": an item ends past its asides (nlp/asides.ts). */
function withAsides(record: FactRecord, end: number): number {
  const at = record.passage.start;
  return at + asideEnd(record.passage.text, end - at, true);
}

/**
 * "Claire Ruiz, Minnesota Sen. Amy Vale": values after an earlier item that stand inside the title
 * before the next person ("Minnesota Sen" read as a place) are dropped, the title joining the person.
 */
function dropLead(record: FactRecord, out: Item[], person: TypedValue): void {
  const at = record.passage.start;
  for (let k = out.length - 1; k >= 0 && out.length - k <= TITLE_REACH; k--) {
    const gap = record.passage.text.slice(out[k].end - at, person.start - at);
    const separator = SEPARATOR_LEAD.exec(gap)?.[0];
    if (separator !== undefined && isTitleLead(gap.slice(separator.length))) {
      out.splice(k + 1);
      return;
    }
    // A title never reaches back across another person.
    if (out[k].value.type === 'person') return;
  }
}

/** A parenthesis after a listed name: a state, a party or both ("(Ill.)", "(R-Wis.)", "(D)"). */
const PARENTHESIS = /^\s*\([^()]{1,16}\)/;

/** "of Iowa" after a name: the place the person comes from, when the tagger read a place there. */
const OF_PLACE = /^\s+of\s+$/;

/** ", a former prosecutor" or ", Republican of Iowa" after a listed name, up to the comma the list goes on with. */
const APPOSITION = /^,\s+(?:(?:a|an)\s+[\p{Ll}][\p{Ll}\s-]{0,40}?|\p{Lu}\p{Ll}+\s+of\s+[\p{Lu}][\p{L}. ]{0,24}?)(?=,)/u;

/** Where a listed person's item ends: past a parenthesis, "of" a place and a short apposition, in that order. */
function qualifiedEnd(record: FactRecord, person: TypedValue, values: readonly TypedValue[]): number {
  const at = record.passage.start;
  const text = record.passage.text;
  let end = person.end;
  end += PARENTHESIS.exec(text.slice(end - at))?.[0].length ?? 0;
  const place = values.find((o) => o.type === 'place' && o.start > end && OF_PLACE.test(text.slice(end - at, o.start - at)));
  if (place !== undefined) end = place.end;
  const apposition = APPOSITION.exec(text.slice(end - at))?.[0];
  // The apposition ends at a comma no value runs across ("of Cedar Rapids, Iowa" is no such end).
  if (apposition !== undefined && !values.some((o) => o.start < end + apposition.length && o.end > end + apposition.length)) {
    const qualifier = values.find((o) => o.start >= end && o.end <= end + apposition.length);
    if (qualifier === undefined || qualifier.type === 'place') end += apposition.length;
  }
  return end;
}

/**
 * The text between two items as a separator: a title the next person carries ("Hillary Clinton
 * and Senator Bernie Sanders") is part of that person's name, not a word between the items, and
 * the period closing an abbreviated name ("Joseph R. Biden Jr. and Colin Powell") the name's own.
 */
function itemGap(record: FactRecord, a: Item, b: Item): string {
  const at = record.passage.start;
  const raw = record.passage.text.slice(a.end - at, b.value.start - at);
  const gap = raw.startsWith('.') && a.end === a.value.end && /(?:\bJr|\bSr|\b\p{Lu})$/u.test(a.value.text) ? raw.slice(1) : raw;
  if (b.value.type !== 'person') return gap;
  const separator = SEPARATOR_LEAD.exec(gap)?.[0];
  return separator !== undefined && isTitleLead(gap.slice(separator.length)) ? separator : gap;
}

/**
 * "Senator ", "Vice President ", "Mrs. ", "former Gov. ": a person's title and the words that
 * qualify it, ending in the title itself; a bare qualifier ("former ") is no title.
 */
function isTitleLead(lead: string): boolean {
  if (!/\S\s+$/.test(lead)) return false;
  // "NBC's Lester Holt", "Fox News' Chris Wallace": the employer written as the person's owner.
  if (POSSESSIVE_LEAD.test(lead)) return true;
  const words = lead.trim().split(/\s+/);
  const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
  const last = bare(words[words.length - 1]);
  const title = HONORIFICS.has(last) || (TITLES.has(last) && !TITLE_QUALIFIERS.has(last));
  if (words.length > TITLE_REACH || !title) return false;
  return words.slice(0, -1).every((w) => TITLES.has(bare(w)) || /^\p{Lu}[\p{L}.&-]*$/u.test(w));
}

/** A value inside the one before it ("Va." in "Arlington, Va.") neither joins a run nor breaks it. */
function outermost(sorted: TypedValue[]): TypedValue[] {
  const out: TypedValue[] = [];
  for (const v of sorted) if (out.length === 0 || v.start >= out[out.length - 1].end) out.push(v);
  return out;
}

/**
 * Runs of two or more items (values, noun phrases) each joined to the one before by a separator,
 * the run closed by "and" or "or": a coordination. `gap` gives the text between two items, or null
 * when they cannot be items of one list.
 */
function coordinated<T>(items: readonly T[], gap: (a: T, b: T) => string | null, separator: RegExp, isList: (item: T) => boolean = () => false): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let closed = false;
  for (const item of items) {
    const between = run.length > 0 ? gap(run[run.length - 1], item) : null;
    if (between !== null && separator.test(between)) {
      run.push(item);
      // "Sen. A (R-Wis.), Sen. B and Sen. C": a list the name reader joined, itself closed by "and", closes the run it ends.
      closed = CLOSING.test(between) || isList(item);
      continue;
    }
    if (run.length > 1 && closed) out.push(run);
    run = [item];
    closed = false;
  }
  if (run.length > 1 && closed) out.push(run);
  return out;
}

/** "named" for people, organisations and places (one coordination may mix them), "date" for dates; null for anything else. */
function family(v: TypedValue): 'named' | 'date' | null {
  if (v.type === 'date') return 'date';
  return NAMED.includes(v.type) ? 'named' : null;
}

/**
 * The chain as one list value. Its items are the values themselves (a list of lists is flattened);
 * it takes the asked kind when one of its items has it, so "Pennsylvania and Virginia" answers
 * "which states" though the tagger read Virginia as a person.
 */
function asList(record: FactRecord, chain: TypedValue[], wanted: readonly ValueType[]): TypedValue | null {
  const items = chain.flatMap((v) => v.items ?? [v]);
  const type = wanted.find((t) => items.some((i) => i.type === t));
  if (type === undefined) return null;
  const at = record.passage.start;
  const start = chain[0].start;
  const end = chain[chain.length - 1].end;
  const context = [...new Set(chain.flatMap((v) => v.context ?? []))];
  return {
    type,
    text: record.passage.text.slice(start - at, end - at),
    start,
    end,
    normalized: items.map((i) => i.normalized ?? i.text).join(', '),
    items,
    context,
  };
}

function sameItems(a: TypedValue, b: TypedValue): boolean {
  const key = (v: TypedValue) => (v.items ?? [v]).map((i) => String(i.normalized ?? i.text)).join('\u0000');
  return key(a) === key(b);
}

/**
 * "to allow siblings, biological parents and caregivers to enter": a coordination of common noun
 * phrases, each headed by a noun WordNet files under the asked kind (people, organisations or
 * places), as one list of that kind. Names are left to the name reader and chains() above.
 */
function nounLists(q: Question, record: FactRecord, wanted: readonly ValueType[]): TypedValue[] {
  const kinds = wanted.filter((t) => NAMED.includes(t));
  const asked = q.focus.find((f) => f.typeNoun)?.term;
  if (kinds.length === 0 || asked === undefined) return [];
  const out: TypedValue[] = [];
  for (const sentence of parsed(record)) {
    for (const run of phraseRuns(record, sentence.tokens)) {
      const heads = run.map((p) => headKind(p[p.length - 1], p[p.length - 2]));
      const type = kinds.find((k) => heads.every((h) => h === k));
      if (type !== undefined && run.some((p) => isKindOf(lemma(p[p.length - 1]), asked))) out.push(nounList(record, run, type, asked));
    }
  }
  return out;
}

/**
 * A record's sentence as compromise tags it; the few records one plural question retrieves are
 * parsed once each. Keyed by the passage's own text, so a passage changed by a reindex is parsed anew.
 */
const PARSED = new Map<string, Sentence[]>();
const MAX_PARSED = 2000;

export function parsed(record: FactRecord): Sentence[] {
  const text = record.passage.text;
  let out = PARSED.get(text);
  if (out === undefined) {
    if (PARSED.size >= MAX_PARSED) PARSED.clear();
    out = parseSentences(text);
    PARSED.set(text, out);
  }
  return out;
}

/** A word that may stand in a common noun phrase: a lower-case noun or adjective, or an -ing word before a noun ("heating equipment"). */
export function phraseWord(t: Token, next: Token | undefined): boolean {
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text)) return false;
  const has = (tag: string) => t.tags.includes(tag);
  if (has('Pronoun') || has('Determiner') || has('Preposition') || has('Conjunction') || has('Adverb')) return false;
  if (has('Noun') || has('Adjective')) return !has('Verb') || has('Gerund');
  return has('Gerund') && next !== undefined && next.tags.includes('Noun');
}

/** Noun phrases (runs of phrase words with only spaces between) chained by list separators and closed by "and" or "or". */
function phraseRuns(record: FactRecord, tokens: Token[]): Token[][][] {
  const phrases: Token[][] = [];
  let cur: Token[] = [];
  const text = record.passage.text;
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    const ok = phraseWord(t, tokens[i + 1]);
    if (ok && cur.length > 0 && prev === cur[cur.length - 1] && /^\s+$/.test(text.slice(prev.end, t.start))) cur.push(t);
    else {
      if (cur.length > 0) phrases.push(cur);
      cur = ok ? [t] : [];
    }
  });
  if (cur.length > 0) phrases.push(cur);
  // "siblings, parents (of either side) and caregivers": a phrase's asides are its own (nlp/asides.ts).
  const items = pastAsides(
    text,
    phrases,
    (p) => ({ start: p[0].start, end: p[p.length - 1].end }),
    () => false,
  );
  return coordinated(items, (a, b) => text.slice(a.end, b.item[0].start), PHRASE_SEPARATOR).map((run) => run.map((p) => p.item));
}

/** The kind WordNet gives a phrase's head noun ("caregivers" a person), or of the two last words as one noun ("think tank"). */
function headKind(head: Token, before: Token | undefined): ValueType | undefined {
  if (!head.tags.includes('Noun')) return undefined;
  const word = lemma(head);
  const compound = before ? compoundKind(lemma(before), word) : undefined;
  return compound ?? wordnetKind(word);
}

/** How far above a head noun the asked kind may stand: "sibling" is a relative at once, "parent" three steps up (genitor, progenitor, ancestor). */
const KIND_DEPTH = 4;

/** Whether WordNet files the noun's most frequent sense under the asked kind ("sibling" under "relative"). */
function isKindOf(noun: string, kind: string): boolean {
  return (
    noun === kind ||
    nounAncestors(noun)
      .slice(0, KIND_DEPTH)
      .some((s) => s.words.includes(kind))
  );
}

function nounList(record: FactRecord, run: Token[][], type: ValueType, asked: string): TypedValue {
  const at = record.passage.start;
  const items = run.map((p): TypedValue => {
    const text = record.passage.text.slice(p[0].start, p[p.length - 1].end);
    return { type, text, start: at + p[0].start, end: at + p[p.length - 1].end, normalized: text, context: [lemma(p[p.length - 1])] };
  });
  const first = items[0];
  const last = items[items.length - 1];
  return {
    type,
    text: record.passage.text.slice(first.start - at, last.end - at),
    start: first.start,
    end: last.end,
    normalized: items.map((i) => i.normalized).join(', '),
    items,
    // Of the asked kind: the question's noun is bound to the list, as a title is to a name (the kind gate reads it).
    context: [asked, ...new Set(items.flatMap((i) => i.context ?? []))],
  };
}

/** How many words may stand between the plural kind noun a list follows and the list ("three senators broke with their parties: A, B and C"). */
const KIND_REACH = 6;

/**
 * "Three senators broke with their parties: A, B and C", "two holdout unions, the Teamsters and
 * the Firefighters": a list the sentence heads with the asked kind noun in the plural, a few words
 * before it and no other name between, is a list of that kind though no item carries the title.
 */
export function listedUnderKind(kinds: readonly FocusTerm[], record: FactRecord, v: TypedValue): boolean {
  if ((v.items?.length ?? 0) < 2 || kinds.length === 0) return false;
  const at = record.passage.start;
  const named = record.values.filter((o) => (o.type === 'person' || o.type === 'organization') && o.end <= v.start);
  const from = Math.max(0, ...named.map((o) => o.end - at));
  const words =
    record.passage.text
      .slice(from, v.start - at)
      .toLowerCase()
      .match(/[\p{L}-]+/gu) ?? [];
  const near = words.slice(-(KIND_REACH + 1));
  return kinds.every((f) => near.some((w) => pluralOf(f.term).includes(w)));
}

/** The plural forms of a kind noun ("senators", "agencies", "witnesses"): its last word's inflections as /quote's topic forms read them. */
export function pluralOf(noun: string): string[] {
  const last = noun.split(/\s+/).at(-1) ?? noun;
  return inflections(last).filter((form) => form !== last);
}

/**
 * "Mr. Coleman had endorsed Senator Lindsey Graham and Mr. Bush": the coordination of names in the
 * record that holds `value` as one item (a list the extractor joined, or a chain of values only
 * separators join), as one list of the wanted kind; null when the value stands alone.
 */
export function coordinationOf(record: FactRecord, value: TypedValue, wanted: readonly ValueType[]): TypedValue | null {
  const holds = (item: TypedValue) => item.start <= value.start && value.end <= item.end;
  const joined = record.values.find((v) => (v.items?.length ?? 0) > 1 && v.items?.some(holds));
  if (joined !== undefined) return joined;
  const chain = chains(record).find((c) => c.some((v) => (v.items ?? [v]).some(holds)));
  return chain === undefined ? null : asList(record, chain, wanted);
}
