import type { Span } from '../../model/article.js';
import type { FactRecord } from '../../model/records.js';
import { DESCRIPTION_KINDS, DESCRIPTION_ROOTS, REFERENCE_CONNECTIVES, REFERENT_KINDS, REFERRING_PRONOUNS, type ReferentKind } from '../lexicon.js';
import { lookup, synset } from '../wordnet.js';

/**
 * "Sanders grew up in Brooklyn. He was born in 1941.": the second sentence states the fact, the
 * first names whom it is about. A sentence whose subject is a pronoun or a definite description
 * ("the company", "the senator") carries the one name of that kind the paragraph gave just before,
 * as a reader takes it, so a question naming Sanders matches it. Precision first: two names that
 * fit carry nothing, nor does a pronoun inside a quotation, nor a name from another paragraph.
 */
export function withAntecedents(records: readonly FactRecord[], paragraphs: readonly Span[]): FactRecord[] {
  const out: FactRecord[] = [];
  // The names of each kind in the paragraph's latest sentence naming any: one pass, however long the paragraph.
  let latest = new Map<ReferentKind, Set<string>>();
  let paragraph = -1;
  for (const r of records) {
    const at = paragraphOf(paragraphs, r.passage.start, paragraph);
    if (at !== paragraph) [paragraph, latest] = [at, new Map()];
    const kind = referenceKind(r);
    const names = kind ? latest.get(kind) : undefined;
    const name = names?.size === 1 ? [...names][0] : null;
    out.push(name === null ? r : carrying(r, name));
    for (const k of REFERENT_KINDS) {
      const own = namesOf(r, k);
      if (name !== null && kind === k) own.add(name);
      if (own.size > 0) latest.set(k, own);
    }
  }
  return out;
}

/** The paragraph holding an offset; paragraphs come in text order, so the search starts at the last one. */
export function paragraphOf(paragraphs: readonly Span[], offset: number, from: number): number {
  for (let p = Math.max(0, from); p < paragraphs.length; p++) if (offset < paragraphs[p].end) return p;
  return paragraphs.length;
}

/**
 * A lead-in phrase ("On Tuesday, ", "In 1962, at age 23, ") or a connective ("But", "Later"), and
 * then the referring word: "the" and a description's head, with one modifier before it or a word
 * after it ("The former senator", "The company said", "The company's shares"), or a pronoun. The
 * modifier may be an adverb and its adjective ("The famously gruff senator") or a capitalised
 * adjective ("The Russian leader"), which adjectiveModifier() checks.
 */
const OPENING = new RegExp(
  `^(?:[^"“”,]{1,40},\\s+){0,2}(?:(?:${REFERENCE_CONNECTIVES.join('|')})\\s+)?` +
    `(?:[Tt]he\\s+(?:\\p{Ll}+ly\\s+|(\\p{Lu}\\p{Ll}+)\\s+)?(\\p{Ll}[\\p{Ll}-]*)(?:['’]s)?(?:\\s+(\\p{Ll}+))?|(\\p{L}+))\\b`,
  'u',
);

/** The kind of name the sentence's subject refers back to, or null when it names its own subject. */
export function referenceKind(r: FactRecord): ReferentKind | null {
  const text = r.statement.trimStart();
  // A quotation opens the sentence: its "he" is the speaker's, not the narrator's.
  if (/^["“'‘]/.test(text)) return null;
  const m = OPENING.exec(text);
  if (!m || (m[1] !== undefined && !adjectiveModifier(m[1]))) return null;
  const kind = m[4] !== undefined ? kindOf(REFERRING_PRONOUNS, m[4]) : describedKind(m[2], m[3]);
  if (kind === null) return null;
  // A name of that kind before the reference ("In Ohio, Lee said he …") is the sentence's own.
  const end = r.passage.start + (r.statement.length - text.length) + m[0].length;
  if (r.values.some((v) => v.type === kind && v.start < end)) return null;
  return kind;
}

/**
 * "The Russian leader", "The Republican nominee": a capitalised word WordNet knows as an adjective
 * describes; "The Trump campaign" or "The Acme board" names its own referent.
 */
function adjectiveModifier(word: string): boolean {
  return lookup(word.toLowerCase(), 'a') !== null;
}

/** "The company said", "The former senator": the head is the first word a description table or WordNet reads as a kind. */
function describedKind(first: string, second: string | undefined): ReferentKind | null {
  return kindOf(DESCRIPTION_KINDS, first) ?? kindOf(DESCRIPTION_KINDS, second) ?? wordnetKind(first) ?? wordnetKind(second);
}

/** How far up WordNet's hypernyms a role noun may be from "person" ("neurosurgeon" is 7 steps). */
const MAX_HYPERNYM_STEPS = 12;

/** The kind a noun's most frequent sense descends from, by WordNet's hypernyms. */
function wordnetKind(word: string | undefined): ReferentKind | null {
  const entry = word === undefined ? null : lookup(word, 'n');
  if (!entry || entry.offsets.length === 0) return null;
  let s = synset(entry.offsets[0], 'n');
  for (let step = 0; step <= MAX_HYPERNYM_STEPS; step++) {
    const root = s.words.find((w) => Object.hasOwn(DESCRIPTION_ROOTS, w));
    if (root !== undefined) return DESCRIPTION_ROOTS[root];
    const up = s.pointers.find((p) => p.symbol === '@' || p.symbol === '@i');
    if (!up) return null;
    s = synset(up.offset, 'n');
  }
  return null;
}

function kindOf(table: Readonly<Record<string, ReferentKind>>, word: string | undefined): ReferentKind | null {
  const w = word?.toLowerCase();
  return w !== undefined && Object.hasOwn(table, w) ? table[w] : null;
}

function namesOf(r: FactRecord, kind: ReferentKind): Set<string> {
  return new Set(r.values.filter((v) => v.type === kind).flatMap((v) => (v.items ?? [v]).map((i) => String(i.normalized ?? i.text))));
}

/** The record as matching sees it: the carried name among its names and words; its passage unchanged. */
function carrying(r: FactRecord, name: string): FactRecord {
  const words = name.toLowerCase().split(/\s+/);
  return {
    ...r,
    entities: r.entities.includes(name) ? r.entities : [...r.entities, name],
    terms: [...new Set([...r.terms, ...words])],
  };
}
