import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { FactRecord, TypedValue, ValueType } from '../../model/records.js';
import { bareWord, lemma } from '../../nlp/lemma.js';
import { parseSentences, type Token } from '../../nlp/parse.js';
import { pastAsides } from '../../nlp/asides.js';
import { has } from '../../nlp/tokens.js';
import { lookup } from '../wordnet.js';
import { AUXILIARY_S } from '../lexicon.js';
import { DO_WORDS } from '../asked-kind.js';
import { HONORIFICS, STATE_ABBREVIATIONS, TITLES } from '../../extract/lexicon.js';
import type { Question } from '../question.js';
import { factResult } from './cite.js';
import { askedCount, CLOSING, parsed, phraseWord, pluralOf, SEPARATOR } from './coordination.js';
import { carriesQuestion, sentenceBounds } from './named-thing.js';
import { restatesQuestion } from './restates.js';
import { softCoverage } from './candidates.js';
import type { Retrieved } from './types.js';

/**
 * "which casinos closed last year" against "Four casinos — the Gull Reef, Seabright and the Marlowe
 * Inn — closed last winter": a question asking for many of a thing no kind of value answers (a
 * casino, a market, an attack) finds no typed candidate, yet the sentence binds a coordination to
 * the very noun: after it ("casinos — A, B and C", "services like A and B", "the killings of A and
 * B"), before it ("the A, B and C markets") or closed by it ("A, B and other diseases"). Such a list
 * answers, from a sentence carrying the rest of the question (every name it gives, half its words),
 * when no other list so bound stands in a sentence carrying as much of it, and holds as many members
 * as the question asks for when it gives a number. Read before namedThingAnswer, which takes one name.
 */
export function membersAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  if (q.wants !== 'statement') return null;
  return boundListAnswer(index, text, q, retrieved);
}

/**
 * "which states is the caucus made up of", "which unions endorsed her": a question asking for many of
 * a typed kind that the typed values left unanswered (a name the extractor missed or typed otherwise,
 * a list it never joined) is answered as membersAnswer answers, from the list the sentence binds to
 * the plural noun. Read only after the typed pipeline said "not found".
 */
export function typedMembersAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  if (q.wants === 'statement' || !q.plural) return null;
  return boundListAnswer(index, text, q, retrieved);
}

function boundListAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  const forms = askedPlural(text);
  if (forms === null) return null;
  const count = askedCount(q);
  const binding = pluralBinding(forms);
  const found: Array<{ record: FactRecord; value: TypedValue; coverage: number }> = [];
  for (const record of retrieved.records) {
    if (!carriesQuestion(q.focus, record)) continue;
    for (const value of boundLists(record, forms, binding)) {
      const items = value.items ?? [];
      if ((count === null || count === items.length) && !items.some((i) => restatesQuestion(q, i)))
        found.push({ record, value, coverage: softCoverage(q.focus, record, true) });
    }
  }
  // "Four casinos — A, B, C and D — reported gains" beside "Four casinos — E, F, G and H — closed last year": the sentence carrying more of the question.
  const best = Math.max(...found.map((f) => f.coverage));
  const top = found.filter((f) => f.coverage === best);
  if (new Set(top.map((f) => String(f.value.normalized))).size !== 1) return null;
  const result = factResult(index, top[0].record, top[0].value, 1);
  return { command: 'ask', query: text, found: true, answer: result.text, results: [result] };
}

/** How many words after "which" or "what" the plural noun may stand ("which two reliably blue states"). */
const PLURAL_REACH = 5;

/** Words that end the phrase after "which" or "what" before any plural noun ("what did", "which of"). */
const PHRASE_ENDS = ['Pronoun', 'Preposition', 'Conjunction', 'Copula', 'Auxiliary', 'Modal', 'QuestionWord', 'Determiner'];

/**
 * "which tv markets are …", "what tricks does …": the head of the phrase after an opening "which" or
 * "what" when it is a plural noun, as the forms a sentence may write it in ("markets"). The tagger
 * often reads a plural before the question's verb as a verb itself, so a word ending in "s" whose
 * singular WordNet knows as a noun counts, unless a noun follows it ("which sports stars").
 */
function askedPlural(text: string): string[] | null {
  const tokens = parseSentences(text.replace(/\bwhats\b/gi, 'what is'))
    .flatMap((s) => s.tokens)
    .filter((t) => t.text.trim());
  const at = tokens.slice(0, 4).findIndex((t) => /^(?:which|what)$/.test(t.normal));
  if (at < 0) return null;
  for (let i = at + 1; i < Math.min(tokens.length, at + 1 + PLURAL_REACH); i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (has(t, ...PHRASE_ENDS) && !has(t, 'Possessive')) return null;
    const single = pluralNoun(t);
    if (single === null) {
      // "which encrypted apps do isis recruiters …": past the phrase's verb the words are the question's own.
      if (questionVerb(t, next)) return null;
      // "which country hit isis strongholds": a singular head, the question's verb after it.
      if (has(t, 'Noun') && !has(t, 'Plural', 'Possessive') && next !== undefined && pluralNoun(next) === null && verbal(next)) return null;
      continue;
    }
    // "which federal program backs schools": an "-s" verb after the phrase's singular head, its object next.
    const objectNext = next !== undefined && (pluralNoun(next) !== null || has(next, 'Determiner'));
    if (has(t, 'Verb') && !has(t, 'Noun') && has(tokens[i - 1], 'Singular') && objectNext) return null;
    // "which sports stars were": a plural before another is its modifier.
    if (next !== undefined && pluralNoun(next) !== null) continue;
    if (next === undefined || verbal(next)) return [...new Set([bareWord(t), ...pluralOf(single).filter((f) => f.endsWith('s'))])];
  }
  return null;
}

/** "did", "was", "hired the": the question's own verb, which ends the phrase; not a modifier the tagger read as a verb ("lobbying firms"). */
function questionVerb(t: Token, next: Token | undefined): boolean {
  return DO_WORDS.has(t.normal) || has(t, 'PastTense', 'Copula', 'Auxiliary', 'Modal') || (has(t, 'Verb') && has(next, 'Determiner', 'Pronoun', 'Preposition'));
}

/** A word that may begin the question's own clause after the phrase: a verb (as tagged, or one WordNet has), an auxiliary or a preposition. */
function verbal(t: Token): boolean {
  if (has(t, 'Verb', 'Copula', 'Auxiliary', 'Modal', 'Preposition') || DO_WORDS.has(t.normal)) return true;
  return !has(t, 'Plural', 'Determiner', 'Pronoun', 'Adjective', 'ProperNoun') && lookup(t.normal, 'v') !== null;
}

/** The singular of a plural noun ("markets" → "market"), or null for any other word. */
function pluralNoun(t: Token): string | null {
  const word = bareWord(t);
  if (!/^[a-z-]{3,}s$/.test(word) || /ss$/.test(word) || AUXILIARY_S.has(word) || has(t, 'Possessive', 'Auxiliary', 'Copula', 'ProperNoun')) return null;
  const single = lemma({ ...t, tags: ['Noun', 'Plural'] });
  return single !== word && lookup(single, 'n') !== null ? single : null;
}

/** One member of a coordination: a run of capitalised words (a name) or of common noun-phrase words. */
interface Member {
  tokens: Token[];
  name: boolean;
  /** Where its writing ends: past a state written after a town ("San Bernardino, Calif."). */
  end: number;
}

/** Small words a name keeps between its capitalised words ("Citizens for Tax Justice", "Sharm el Sheikh"). */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'el', 'la', 'al', 'von', 'van']);

/**
 * What may stand between the plural noun and the list it heads: a dash, colon, comma or parenthesis,
 * then a word introducing members or saying where or whose they are, then "the". "casinos — ",
 * "lobbying firms, ", "services like ", "the killings of ", "the attacks in ".
 */
const HEAD_LINK = String.raw`\s*(?:[—–:,(]\s*|-{1,2}\s+)?(?:(?:like|such as|including|namely|especially|notably|of|in|from|at|as)\s+)?(?:the\s+)?$`;

/** How a sentence binds a list to the plural noun asked: before the list, right after it, or closing it ("and other …"). */
interface PluralBinding {
  before: RegExp;
  after: RegExp;
  others: RegExp;
}

/** The patterns for the plural's forms, built once per question rather than once per retrieved record. */
function pluralBinding(forms: readonly string[]): PluralBinding {
  const plural = forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  return {
    before: new RegExp(String.raw`\b(?:${plural})${HEAD_LINK}`, 'iu'),
    after: new RegExp(String.raw`^\s+(?:${plural})\b`, 'iu'),
    others: new RegExp(String.raw`^,?\s+(?:and|or)\s+other\s+(?:[\p{L}-]+\s+){0,3}?(?:${plural})\b`, 'iu'),
  };
}

/** The lists of the record's own sentence that the plural noun binds (see membersAnswer). */
function boundLists(record: FactRecord, forms: readonly string[], { before, after, others }: PluralBinding): TypedValue[] {
  const text = record.passage.text;
  const [from, to] = sentenceBounds(record);
  const out: TypedValue[] = [];
  for (const sentence of parsed(record)) {
    if (sentence.end <= from || sentence.start >= to) continue;
    for (const run of chains(text, withAsides(text, members(text, sentence.tokens)))) {
      const own = withoutOthers(run.members, forms);
      const first = own[0].tokens[0];
      const last = own[own.length - 1];
      const lead = text.slice(sentence.start, first.start);
      const tail = text.slice(last.end, sentence.end);
      const headed = before.test(lead) || (own[0].name && after.test(tail));
      const closedByNoun = own.length < run.members.length || others.test(tail);
      if ((headed && run.closed) || closedByNoun) out.push(asList(record, own));
    }
  }
  return out.filter((v) => (v.items?.length ?? 0) > 1);
}

/** "nollie flips, shove-its and other tricks": the last member, "other" and the plural noun, closes the list and is none of its members. */
function withoutOthers(run: Member[], forms: readonly string[]): Member[] {
  const last = run[run.length - 1].tokens;
  return last[0].normal === 'other' && forms.includes(last[last.length - 1].normal) ? run.slice(0, -1) : run;
}

/** Members: maximal runs of one form with only spaces between their words. */
function members(text: string, tokens: readonly Token[]): Member[] {
  const out: Member[] = [];
  let cur: Member | null = null;
  tokens.forEach((t, i) => {
    const next = tokens[i + 1];
    const last = cur ?? out.at(-1);
    // "Paris and San Bernardino, Calif.": the state after a town says where it is, no member of its own.
    if (last?.name && STATE_ABBREVIATIONS.has(t.normal) && /^,\s*$/.test(text.slice(last.end, t.start)) && text[t.end] === '.') {
      last.end = t.end + 1;
      return;
    }
    const name = startsCapitalised(t) || (cur?.name === true && NAME_LINKS.has(t.normal) && next !== undefined && startsCapitalised(next));
    // "abortion rights": a plural the tagger read as a verb's "-s" form, inside a phrase already begun.
    const phrase = !name && (phraseWord(t, next) || (cur !== null && !cur.name && pluralNoun(t) !== null && !has(t, 'Gerund')));
    const joins = cur !== null && (name || phrase) && cur.name === name && /^\s+$/.test(text.slice(cur.end, t.start));
    if (joins && cur !== null) {
      cur.tokens.push(t);
      cur.end = t.end;
    } else {
      if (cur !== null) out.push(cur);
      cur = name || phrase ? { tokens: [t], name, end: t.end } : null;
    }
  });
  if (cur !== null) out.push(cur);
  return out;
}

/** "the Bay Lark (No. 2) and the Tern": a member's asides are its own, and the words inside them no members (nlp/asides.ts). */
function withAsides(text: string, all: readonly Member[]): Member[] {
  return pastAsides(
    text,
    all,
    (m) => ({ start: m.tokens[0].start, end: m.end }),
    (m) => m.name,
  ).map(({ item, end }) => ({ ...item, end }));
}

/** A token written the way names are, capitalised or a figure ("Bay Lark", "No. 2"): how it is written, not what WordNet reads it as (wordnet.ts isNameWord). */
function startsCapitalised(t: Token): boolean {
  return /^[\p{Lu}\p{N}]/u.test(t.text);
}

/** Runs of two or more members of one form, each joined to the one before by a list separator; closed when one separator is "and" or "or". */
function chains(text: string, all: readonly Member[]): Array<{ members: Member[]; closed: boolean }> {
  const out: Array<{ members: Member[]; closed: boolean }> = [];
  let run: Member[] = [];
  let closed = false;
  const flush = () => {
    if (run.length > 1) out.push({ members: run, closed });
  };
  for (const m of all) {
    const prev = run.at(-1);
    const gap = prev === undefined ? null : text.slice(prev.end, m.tokens[0].start);
    if (gap !== null && run[0].name === m.name && SEPARATOR.test(gap)) {
      run.push(m);
      closed ||= CLOSING.test(gap);
      continue;
    }
    flush();
    run = [m];
    closed = false;
  }
  flush();
  return out;
}

/** "Senator Ana Ruiz", "Gov. Tom Vale": a listed person by their name, the title before it dropped. */
function withoutTitle(m: Member): Token[] {
  if (!m.name) return m.tokens;
  const at = m.tokens.findIndex((t) => {
    const word = t.normal.replace(/\.$/, '');
    return !TITLES.has(word) && !HONORIFICS.has(word);
  });
  // "Democratic National Committee", "State Department": title words before no person's name are the name's own.
  return at > 0 && has(m.tokens[at], 'Person') ? m.tokens.slice(at) : m.tokens;
}

/** The members as one list value; a member the extractor typed keeps its type, the list the type its members share. */
function asList(record: FactRecord, run: readonly Member[]): TypedValue {
  const at = record.passage.start;
  const text = record.passage.text;
  const items = run.map((m): TypedValue => {
    const start = withoutTitle(m)[0].start;
    const end = m.tokens[m.tokens.length - 1].end;
    const written = text.slice(start, end);
    const typed = record.values.find((v) => v.start === at + start && v.end === at + end && !v.items);
    return { type: typed?.type ?? 'title', text: written, start: at + start, end: at + end, normalized: written };
  });
  const types = new Set(items.map((i) => i.type));
  const type: ValueType = types.size === 1 ? items[0].type : 'title';
  const start = items[0].start;
  const end = items[items.length - 1].end;
  return { type, text: text.slice(start - at, end - at), start, end, normalized: items.map((i) => i.normalized).join(', '), items };
}
