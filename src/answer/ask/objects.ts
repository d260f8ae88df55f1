import nlp from 'compromise';
import type { FactRecord, TypedValue } from '../../model/records.js';
import { normaliseForParse, type TermJson, type VerbJson } from '../../nlp/parse.js';
import { LIGHT_VERBS } from '../lexicon.js';
import { wordMatch } from '../match.js';
import type { FocusTerm, Question } from '../question.js';

/**
 * "who did Lee back" against "Lee backed Tom Ortiz over Dana Ruiz": the person asked for is the
 * object of the question's verb, the noun phrase right after it in the sentence (after one
 * preposition: "spoke to", "met with"). A name elsewhere in the sentence, in another phrase ("over
 * Dana Ruiz") or another clause ("a group Jo Smith addressed"), does not fill the slot when a name
 * stands in that phrase. compromise tags the words; nothing is read when no name stands there.
 */

interface Span {
  from: number;
  to: number;
}

/** A verb of the sentence: its word's span and the lemma compromise gives its phrase's head. */
interface VerbAt {
  at: Span;
  words: string[];
}

/** Parsed sentences, read once each: questions over one corpus meet the same passages again and again. */
const parsed = new Map<string, { terms: TermJson[]; verbs: VerbAt[] }>();
const MAX_CACHED = 5000;

/** The question's own verbs when it asks for their object ("who did Lee back"). */
function askedVerbs(q: Question): FocusTerm[] {
  if (!q.asksObject || q.wants === 'statement' || !q.wants.types.includes('person')) return [];
  // A light verb ("have", "get") says nothing of the act: its object is the question's own noun ("have dinner").
  const words = q.focus.filter((f) => !f.name && !f.typeNoun && !LIGHT_VERBS.has(f.term));
  // "who did Lee back": a verb the question leaves weak is still the act asked about when it is the only one.
  const verbs = words.filter((f) => f.verb);
  const strong = verbs.filter((f) => !f.weak);
  if (strong.length > 0 || verbs.length > 0) return strong.length > 0 ? strong : verbs;
  // "who did Okafor praise": the tagger may read the verb after "did Okafor" as a noun; the question's
  // words then stand for it, and only a verb of the sentence is read as one.
  return words.filter((f) => !f.weak);
}

/** The names standing in the object phrase of one of the question's verbs in the record's sentence. */
export function objectsOf(q: Question, record: FactRecord): TypedValue[] {
  const verbs = askedVerbs(q);
  if (verbs.length === 0) return [];
  const names = record.values.filter((v) => v.type === 'person' || v.type === 'organization');
  if (names.length < 2) return [];
  const { terms, verbs: found } = parse(record.passage.text);
  const phrases = found.filter((v) => verbs.some((f) => v.words.some((w) => wordMatch(f, w) > 0))).map((v) => objectPhrase(terms, v.at.to));
  // The phrase's first name is its head: a second one is in a phrase the tagger ran on ("Ortiz over Ruiz").
  // An owner ("fired Lee's deputy, Ana Ruiz") is no head: the one acted on is named elsewhere.
  const text = record.passage.text;
  const start = (v: TypedValue) => v.start - record.passage.start;
  const owner = (v: TypedValue) => /^['\u2019]/u.test(text.slice(v.end - record.passage.start));
  const inPhrase = (v: TypedValue, p: Span) => start(v) >= p.from && start(v) < p.to;
  const heads = phrases.map((p) => names.filter((v) => inPhrase(v, p)).sort((a, b) => a.start - b.start)[0]);
  return heads.filter((v): v is TypedValue => v !== undefined && !owner(v));
}

/** Whether another name of the sentence is the asked verb's object, so this one is not. */
export function anotherIsObject(objects: readonly TypedValue[], v: TypedValue): boolean {
  if (objects.length === 0 || (v.type !== 'person' && v.type !== 'organization')) return false;
  return !objects.some((o) => o.start < v.end && v.start < o.end);
}

function parse(text: string): { terms: TermJson[]; verbs: VerbAt[] } {
  const known = parsed.get(text);
  if (known) return known;
  const doc = nlp(normaliseForParse(text));
  const terms = (doc.json({ offset: true, terms: { offset: true } }) as { terms: TermJson[] }[]).flatMap((x) => x.terms);
  const verbs: VerbAt[] = [];
  doc.verbs().forEach((view) => {
    const j = ((view as ReturnType<ReturnType<typeof nlp>['verbs']>).json({ offset: true }) as VerbJson[])[0];
    // A passive verb's object is its subject ("Lee was backed by Ruiz"): no phrase after it is acted on.
    if (!j || j.verb?.grammar?.passive) return;
    const at = { from: j.offset.start, to: j.offset.start + j.offset.length };
    // "regretted supporting": each verb of the phrase is an act its object takes, as written and as compromise lemmatises it.
    const own = terms.filter((t) => t.offset.start >= at.from && t.offset.start < at.to).map((t) => t.normal);
    const lemmas = j.verb?.infinitive?.toLowerCase().split(/\s+/) ?? [];
    verbs.push({ at, words: [...own, ...lemmas].filter(Boolean) });
  });
  const out = { terms, verbs };
  if (parsed.size >= MAX_CACHED) parsed.clear();
  parsed.set(text, out);
  return out;
}

/**
 * The noun phrase after a verb ("backed Tom Ortiz", "spoke to Acme Media"): one preposition may open
 * it; it ends at the next preposition other than "of", verb, conjunction or clause break.
 */
function objectPhrase(terms: TermJson[], from: number): Span {
  let to = from;
  let content = 0;
  for (const t of terms) {
    const start = t.offset.start;
    if (start < from) continue;
    const tags = new Set(t.tags);
    const preposition = tags.has('Preposition') && t.normal !== 'of';
    // compromise may tag the "to" of "spoke to" a conjunction: before the phrase's first word it opens it.
    const opener = content === 0 && (tags.has('Preposition') || t.normal === 'to');
    if (!opener && (tags.has('Verb') || tags.has('Conjunction') || (content > 0 && preposition))) break;
    if (!opener && !tags.has('Adverb') && !tags.has('Determiner')) content++;
    to = start + t.offset.length;
    if (/[,;:()\u2014\u2013"\u201c\u201d]/u.test(t.post ?? '')) break;
  }
  return { from, to };
}
