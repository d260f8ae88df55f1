import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { FactRecord, TypedValue, ValueType } from '../../model/records.js';
import { lemma } from '../../nlp/lemma.js';
import { parseSentences, type Token } from '../../nlp/parse.js';
import { has } from '../../nlp/tokens.js';
import {
  BROADCAST_NOUNS,
  BROADCASTER_NAMES,
  FIGURE_NOUNS,
  KIND_NAME_HEADS,
  KIND_SYNSETS,
  LEGAL_CASE_NOUNS,
  NAME_CONNECTORS,
  NAME_LEAD_WORDS,
  TITLED_WORK_NOUNS,
} from '../lexicon.js';
import { articleTerms, bestMatch, coverage } from '../match.js';
import { kindOfNoun } from '../noun-kinds.js';
import { baseForms, type IndexEntry, isNameWord, lookup, nounAncestors, synset, synsetsAbove } from '../wordnet.js';
import { HONORIFICS } from '../../extract/lexicon.js';
import type { Question } from '../question.js';
import type { Retrieved } from './types.js';
import { factResult } from './cite.js';
import { restatesQuestion } from './restates.js';
import { softCoverage } from './candidates.js';

/**
 * "which show was Lund on", "what's the name of Ruiz's book", "which law is being challenged": a
 * thing is asked by a noun no kind of value answers (a show, a book, a law, a hotel), so no typed
 * value fills the slot. The sentence may still bind a name to that very noun: in apposition ("Tidewater
 * Nights, a book on …", "the show «Harbor Watch»", "its slogan, ‘Onward Together’"), as the noun's
 * modifier ("the Bellamy Grand hotel") or as a name the noun ends or starts ("Kestrel Bay Hotel"). Only
 * such a name answers, from a sentence carrying every other required word of the question, and only
 * when no other sentence binds another name: a wrong title costs more than "not found".
 */
export function namedThingAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  if (q.wants !== 'statement' || !(q.asksThing || q.asksThingLate)) return null;
  // "dana perino is a host on which fox show": asked late, in the word order of a statement.
  const noun = askedNoun(text) ?? askedNounLater(text);
  // "whats the name of kalls book" read as "kall": a head WordNet does not know as a noun is a name misread.
  if (!noun || lookup(noun, 'n') === null) return null;
  const kind = kindOfNoun(noun);
  // The noun is bound to the name, not required of the sentence ("NBC's Meet the Press" says no "show").
  const focus = q.focus.map((f) => (f.term === noun ? { ...f, weak: true } : f));
  const patterns = namePatterns(noun);
  const found: Array<{ record: FactRecord; value: TypedValue }> = [];
  for (const record of retrieved.records) {
    if (isTitleCased(record.statement) || coverage(focus, record, articleTerms(index, record.articleId)) === 0) continue;
    for (const value of boundNames(record, patterns, kind)) {
      if (!restatesQuestion(q, withoutHonorific(value))) found.push({ record, value });
    }
  }
  // "as a reality TV boss on “The Apprentice”": no sentence binds a name to the noun, but one names the work by its form.
  if (found.length === 0) found.push(...markedTitles(index, q, focus, noun, retrieved.records));
  // "what language did he speak" → "spoke Hebrew": no name says its kind, but a word of the sentence is one.
  if (found.length === 0 && kind === undefined) found.push(...memberPhrases(q, focus, noun, retrieved.records));
  const kept = found.filter((f) => !ofQuestionName(q, f.value));
  const names = new Set(kept.map((f) => nameKey(String(f.value.normalized))));
  if (kept.length === 0 || names.size > 1) return null;
  const result = factResult(index, kept[0].record, kept[0].value, 1);
  return { command: 'ask', query: text, found: true, answer: result.text, results: [result] };
}

/**
 * "which news agency reported it", "jonah goldberg writes for what magazine": a name asked by its class
 * that the typed values did not answer (the scorer found no organisation it trusted, or the name is
 * of no kind the extractor types). Read only after the typed pipeline said "not found": a name the
 * sentence's grammar binds to the very class noun ("Xinhua, the official Chinese news agency", "the
 * polling firm Democracy Corps", "the Dutch newspaper NRC Handelsblad"), in a sentence that carries
 * the rest of the question (carriesQuestion), and no other name so bound in any such sentence. A name merely near the noun
 * binds nothing, and a name the question itself gives is what it is about, not its answer.
 */
export function boundNameAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  // "what year", "which city": a date or a place is a typed value the pipeline already weighed, not a name bound to a class.
  if (q.wants === 'statement' || !q.wants.types.includes('organization')) return null;
  // "which tv network's movie": the owner is asked, so a name is bound to the owner's noun, not to the thing owned.
  const owner = q.focus.find((f) => f.typeNoun && new RegExp(`\\b${f.term}['’]s\\b`, 'iu').test(text));
  const noun = owner?.term ?? askedNoun(text) ?? askedNounLater(text);
  if (!noun || lookup(noun, 'n') === null) return null;
  const kind = kindOfNoun(noun);
  if (kind === 'person' || kind === 'place') return null;
  const focus = q.focus.map((f) => (f.term === noun ? { ...f, weak: true } : f));
  const patterns = namePatterns(noun);
  const found: Array<{ record: FactRecord; value: TypedValue }> = [];
  for (const record of retrieved.records) {
    if (isTitleCased(record.statement) || !carriesQuestion(focus, record)) continue;
    for (const value of boundNames(record, patterns, kind)) {
      if (!restatesQuestion(q, withoutHonorific(value)) && !holdsQuestionName(q, value)) found.push({ record, value });
    }
  }
  const names = new Set(found.map((f) => nameKey(String(f.value.normalized))));
  if (found.length === 0 || names.size > 1) return null;
  const result = factResult(index, found[0].record, found[0].value, 1);
  return { command: 'ask', query: text, found: true, answer: result.text, results: [result] };
}

/**
 * The sentence carries the rest of the question: every name the question gives ("Xinhua, the news agency"
 * says nothing of Harris), and half its words, loosely matched (readers paraphrase: "patch things up").
 */
export function carriesQuestion(focus: Question['focus'], record: FactRecord): boolean {
  const names = focus.filter((f) => f.name && !f.weak);
  return names.every((f) => bestMatch(f, record.terms) > 0) && softCoverage(focus, record, true) >= BOUND_COVERAGE;
}

/**
 * "which bank was Effron at before Centerview" → not "Centerview Partners": a name holding a name the
 * question gives is that name said in full, what the question is about. Its words that are common
 * words ("Labor" in "National Labor Relations Board" for "… violated labor rights") are no such name.
 */
function holdsQuestionName(q: Question, value: TypedValue): boolean {
  const given = new Set(q.focus.filter((f) => !f.weak).flatMap((f) => f.term.split(/\s+/).filter((w) => f.name || isNameWord(w))));
  return nameWords(String(value.normalized ?? value.text)).some((w) => given.has(w));
}

/**
 * "Jeffrey Lewis of the James Martin Center" for "jeffrey lewis works at which center": a capitalised
 * run that opens with the name the question gives, joined by "of", is that person and where they are,
 * not the thing's name.
 */
function ofQuestionName(q: Question, value: TypedValue): boolean {
  const m = /^(.+?)\s+of\s/u.exec(String(value.normalized ?? value.text));
  if (!m) return false;
  const given = new Set(q.focus.filter((f) => !f.weak).map((f) => f.term));
  const words = nameWords(m[1]);
  return words.length > 0 && words.every((w) => given.has(w));
}

/** A name's words, lower case, a possessive and edge punctuation dropped. */
function nameWords(name: string): string[] {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/'s$/, '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 1);
}

/** Half the question's words (names weighing double): with every name matched, the rest may be paraphrased. */
const BOUND_COVERAGE = 0.5;

/**
 * "nick witney is a fellow at which think tank" → tank: the head after a "which"/"what" that ends the
 * question rather than opening it (askedNoun reads only an opening one).
 */
function askedNounLater(text: string): string | null {
  const tokens = parseSentences(text.replace(/\bwhats\b/gi, 'what is'))
    .flatMap((s) => s.tokens)
    .filter((t) => t.text.trim());
  const at = tokens.findLastIndex((t) => /^(which|what)$/.test(t.normal));
  return at < 0 ? null : headOf(tokens, at + 1);
}

/**
 * The noun the question asks a name of: the head after "which"/"what" ("which texas law" → law),
 * or after "the name of" ("what's the name of the fort club" → club), or the owned noun before
 * "name" ("what is the column's name" → column).
 */
export function askedNoun(text: string): string | null {
  const tokens = parseSentences(text.replace(/\bwhats\b/gi, 'what is'))
    .flatMap((s) => s.tokens)
    .filter((t) => t.text.trim());
  const at = tokens.slice(0, 4).findIndex((t) => /^(which|what)$/.test(t.normal));
  if (at < 0) return null;
  const name = tokens.findIndex((t, k) => k > at && t.normal === 'name');
  if (name > 0 && name <= at + 4) {
    if (tokens[name + 1]?.normal === 'of') return headOf(tokens, name + 2);
    const owner = tokens[name - 1];
    return owner && has(owner, 'Possessive') ? lemma({ ...owner, normal: owner.normal.replace(/'s$/, '') }) : null;
  }
  return headOf(tokens, at + 1);
}

/** The last noun of the noun phrase from `from`: "the fort myers club" → club. */
function headOf(tokens: Token[], from: number): string | null {
  let head: string | null = null;
  let owned = false;
  for (let i = from; i < Math.min(tokens.length, from + 6); i++) {
    const t = tokens[i];
    if (has(t, 'Determiner') && head === null) continue;
    // "kalls book": after an owner typed without its apostrophe the tagger may read the noun as a verb.
    if (owned && has(t, 'Verb') && lookup(t.normal, 'n') !== null) return lemma({ ...t, tags: ['Noun'] });
    // "sanders was on what show": the question's last word ends the phrase; a noun WordNet has, whatever the tagger read.
    if (i === tokens.length - 1 && (i === from || head !== null) && has(t, 'Verb', 'Adjective') && lookup(t.normal, 'n') !== null)
      return lemma({ ...t, tags: ['Noun'] });
    // "what show was ryan on", "what peace prize has she won": the phrase's last word, a noun the tagger read as a verb, before the question's own verb.
    if ((i === from || head !== null) && has(t, 'Verb') && lookup(t.normal, 'n') !== null && QUESTION_VERBS.has(tokens[i + 1]?.normal ?? ''))
      return lemma({ ...t, tags: ['Noun'] });
    // "which number debate": the phrase asks for a figure, not a name.
    if (FIGURE_NOUNS.has(t.normal)) return null;
    if (has(t, 'Verb', 'Auxiliary', 'Copula', 'Preposition', 'Pronoun', 'Conjunction', 'QuestionWord') && !has(t, 'Possessive')) break;
    if (has(t, 'Possessive') || ownerWithoutApostrophe(t, tokens[i + 1])) {
      head = null;
      owned = true;
      continue;
    }
    if (has(t, 'Noun')) head = lemma(t);
    // "her first spanish ad": an ordinal or an adjective before the head.
    else if (!has(t, 'Adjective', 'Ordinal')) break;
  }
  return head !== null && /^[a-z]{3,}$/.test(head) ? head : null;
}

const BROADCASTERS = BROADCASTER_NAMES.join('|');

/** The verbs a question puts right after its asked noun ("what show was", "what book does"). */
const QUESTION_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'did', 'does', 'do', 'will', 'would', 'has', 'had', 'have', 'got', 'gets']);

/** "ruizs book": a word WordNet does not know, ending in s, before a noun WordNet knows, is an owner. */
function ownerWithoutApostrophe(t: Token, next: Token | undefined): boolean {
  return /[^s']s$/.test(t.normal) && has(t, 'Noun') && lookup(t.normal, 'n') === null && next !== undefined && lookup(next.normal, 'n') !== null;
}

/** A capitalised word, a number-bearing code ("HB-2", "Future45") or a handle. */
const CAP = String.raw`(?:[\p{Lu}@][\p{L}\p{N}.'’&-]*|\p{N}+[\p{L}\p{N}-]*)`;

/** A run of capitalised words, joined by the small words a title keeps ("Party of Regions", "Whole Health v. Hellerstedt"). */
function nameRun(): string {
  const link = `(?:\\s+(?:${NAME_CONNECTORS.join('|')}))*`;
  return `${CAP}(?:${link}\\s+${CAP})*`;
}

/** Quoted: straight, curly, or the doubled apostrophes some renderings give. */
const QUOTED = String.raw`(?:"([^"]{2,60})"|“([^”]{2,60})”|''(.{2,60}?)''|‘([^’]{2,60})’)`;

/** A way a sentence binds a name to the noun, and the kinds of value that, so bound, are not its name. */
interface NamePattern {
  re: RegExp;
  not: ValueType[];
  /** The name follows the noun ("the show Harbor Watch"), where a noun after it would make it a modifier. */
  afterNoun?: boolean;
}

/**
 * The ways a sentence binds a name to the noun: "noun Name", "noun, “Title”", "noun called Name",
 * "Name, a/the … noun", "Name noun", and a name the noun itself begins or ends ("Kestrel Bay Hotel").
 * Built once per question, read over every retrieved sentence.
 */
function namePatterns(noun: string): NamePattern[] {
  const n = nounPattern(noun);
  const run = nameRun();
  const people: ValueType[] = ['person', 'date'];
  const patterns: NamePattern[] = [
    // "the animal rights group Harbor Action", "the show «Harbor Watch»", "a super PAC called Future45"
    { re: new RegExp(String.raw`\b${n}(?:,)?\s+(?:(?:called|named|titled|dubbed)\s+)?(?:the\s+)?(?:${QUOTED}|(${run}))`, 'gu'), not: people, afterNoun: true },
    // "Tidewater Nights, a book on …", "Ruiz v. Lund, the case before the court", "Xinhua, the official Chinese news agency"
    { re: new RegExp(String.raw`(?:${QUOTED}|(${run})),\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,3}${n}\b`, 'gu'), not: people },
    // "the Bellamy Grand hotel", "the Old Harbor Ferry building"; not "the Velland law", "the Lund
    // administration": one word before the noun is more often its owner than its name.
    { re: new RegExp(String.raw`(${CAP}(?:\s+(?:${NAME_CONNECTORS.join('|')}))*\s+${run})\s+${n}\b`, 'gu'), not: [...people, 'place'] },
    // "Kestrel Bay Hotel", "Club Marisol Bar and Grill"
    // "the Living Church of God": the name runs on past its noun.
    {
      re: new RegExp(String.raw`(${run}\s+${capitalised(n)}(?:\s+(?:${NAME_CONNECTORS.join('|')})\s+${run})?|${capitalised(n)}\s+${run})\b`, 'gu'),
      not: people,
    },
  ];
  // "CBS's Harbor Watch", "NBC’s “Morning Line”": a broadcaster's own show, its noun unsaid.
  if (BROADCAST_NOUNS.has(noun))
    patterns.push({ re: new RegExp(String.raw`\b(?:${BROADCASTERS})[\p{L} ]{0,20}?['’]s?\s+(?:${QUOTED}|(${run}))`, 'gu'), not: ['date'], afterNoun: true });
  return patterns;
}

/** The names the record's sentence binds to the noun (namePatterns), typed as the extractor typed them where it did. */
function boundNames(record: FactRecord, patterns: readonly NamePattern[], kind?: ValueType): TypedValue[] {
  const text = record.passage.text;
  const [from, to] = sentenceBounds(record);
  const out: TypedValue[] = [];
  for (const { re, not, afterNoun } of patterns) {
    for (const m of text.matchAll(re)) {
      const groupAt = m.slice(1).findIndex((g) => g !== undefined);
      if (groupAt < 0 || m.index === undefined || m.index < from || m.index >= to) continue;
      const written = m[groupAt + 1]
        .trim()
        .replace(/[.,]$/, '')
        .replace(/^['"“‘]+|['"”’]+$/gu, '');
      const at = m.index + m[0].indexOf(written);
      // "the Supreme Court's Citizens United decision": an unquoted name begins after its owner.
      const { name, start } = /['"“‘]/u.test(text[at - 1] ?? '') ? { name: written, start: at } : withoutOwner(withoutOpening(written, at, from));
      // "Andrean High’s principal": the owner of the noun, not its name.
      if (!isName(name, start === from) || /['’]s$/u.test(name)) continue;
      if (afterNoun && modifiesNoun(text, start, name)) continue;
      const typed = typedAs(record, name);
      // "the book Lund wrote", "the law Tuesday": a person or a date by the noun is who or when, not the thing's name.
      if (typed && typed.type !== kind && not.includes(typed.type)) continue;
      if (typed && typed.type === kind) out.push(typed);
      else out.push({ type: 'title', text: name, start: record.passage.start + start, end: record.passage.start + start + name.length, normalized: name });
    }
  }
  return out;
}

/**
 * Names whose own form marks them as a title of the noun's kind, bound to no word: a quoted
 * title-case phrase for a work ("on “Harbor Watch”"), "Ruiz v. Lund" for a court case. Quotation
 * marks also set off speech and scare words, so only the sentences that carry the most of the
 * question's words are read.
 */
function markedTitles(
  index: CoverageIndex,
  q: Question,
  focus: Question['focus'],
  noun: string,
  records: readonly FactRecord[],
): Array<{ record: FactRecord; value: TypedValue }> {
  const quoted = TITLED_WORK_NOUNS.has(noun);
  const kindHeaded = !quoted && !LEGAL_CASE_NOUNS.has(noun);
  const form = quoted ? quotedTitles : kindHeaded ? (record: FactRecord) => kindNames(record, noun) : caseNames;
  // A quoted phrase is often speech or a scare word, so its sentence must hold every word of the question;
  // "Ruiz v. Lund" is a case by its form alone, and the sentence that best carries the question's words names it.
  const least = quoted ? FULL_COVERAGE : CASE_COVERAGE;
  const coverageOf = quoted
    ? (record: FactRecord) => coverage(focus, record, articleTerms(index, record.articleId), true)
    : (record: FactRecord) => softCoverage(focus, record, true);
  // "as “The Wall Street Journal” wrote": a name the extractor read as an organisation is no work's title (its
  // guess of a place for an unknown capitalised phrase, "on “Harbor Lights”", is often wrong).
  // A name headed by its kind ("the Freedom of Information Act") says what it is, whatever the extractor typed it.
  const titles = (record: FactRecord) =>
    form(record).filter((v) => !restatesQuestion(q, withoutHonorific(v)) && (kindHeaded || typedAs(record, v.text)?.type !== 'organization'));
  return fromBestSentences(records, least, coverageOf, titles);
}

/** The members of the asked noun's class in the sentences that best carry the question, among those naming any. */
function memberPhrases(q: Question, focus: Question['focus'], noun: string, records: readonly FactRecord[]): Array<{ record: FactRecord; value: TypedValue }> {
  const asked = questionWords(q);
  const classes = classSenses(noun);
  return fromBestSentences(
    records,
    MEMBER_COVERAGE,
    (record) => softCoverage(focus, record, true),
    (record) => members(record, noun, asked, classes),
  );
}

/**
 * What `read` finds in the sentences that carry the question best (at least `least` of it), among
 * those where it finds anything: a sentence names many things, and titles or class members in a
 * sentence about something else answer another question. Headlines' title case marks no name.
 */
function fromBestSentences(
  records: readonly FactRecord[],
  least: number,
  coverageOf: (record: FactRecord) => number,
  read: (record: FactRecord) => TypedValue[],
): Array<{ record: FactRecord; value: TypedValue }> {
  let best = 0;
  let out: Array<{ record: FactRecord; value: TypedValue }> = [];
  for (const record of records) {
    if (isTitleCased(record.statement)) continue;
    const c = coverageOf(record);
    if (c < least || c < best) continue;
    const values = read(record);
    if (values.length === 0) continue;
    if (c > best) out = [];
    best = c;
    out.push(...values.map((value) => ({ record, value })));
  }
  return out;
}

/**
 * Three quarters of the question's words (names weighing double), loosely matched: a sentence carrying
 * less names the class's members for other reasons ("the guests ate salmon" for what a senator ate).
 */
const MEMBER_COVERAGE = 0.75;

/** A sentence's coverage of the question when it holds every required word (a weak word's hint may add to it). */
const FULL_COVERAGE = 1;
/**
 * Three quarters of the question's words (names weighing double), loosely matched: a case's form says
 * what it is, but a sentence listing rulings ("X, which struck down …, and Ruiz v. Lund, which …")
 * carries part of the question for another one.
 */
const CASE_COVERAGE = 0.75;

/** Small words a title keeps in lower case ("Face the Nation", "Make Your Kid a Millionaire"). */
const TITLE_SMALL_WORDS = /^(?:a|an|the|of|and|or|for|to|in|on|at|with|by|from|is|not|no|vs?\.?)$/;

/** Quoted phrases of the record's sentence written as a title: every word capitalised but the small ones, eight words at most. */
function quotedTitles(record: FactRecord): TypedValue[] {
  return spansIn(record, new RegExp(QUOTED, 'gu'))
    .filter(({ name }) => {
      const words = name.split(/\s+/);
      return words.length <= 8 && /^[\p{Lu}\p{N}]/u.test(name) && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.test(w));
    })
    .map(titleValue);
}

/**
 * "under the Freedom of Information Act" for "what law", "celebrating Bastille Day" for "what holiday":
 * a capitalised name that says its own kind, by its head word (the asked noun or a head KIND_NAME_HEADS
 * lists for it: "Act" for a law), cut after that head ("the Erikson Prize for Excellence in …"), or as
 * a whole WordNet files under the asked noun ("USS Cole" a ship, "Labor Day" a holiday).
 */
function kindNames(record: FactRecord, noun: string): TypedValue[] {
  const heads = new Set([capitalisedWord(noun), ...(KIND_NAME_HEADS[noun] ?? [])]);
  const out: Span[] = [];
  for (const span of spansIn(record, new RegExp(`(${nameRun()})`, 'gu'))) {
    const { name, start } = withoutOwner(withoutLead(span.name, span.start));
    const words = name.split(/\s+/);
    // The head after at least one word of the name: a lone "Act" or "Day" is the noun, capitalised.
    const head = words.findIndex((w, k) => k > 0 && heads.has(w.replace(/['’]s$/u, '')));
    if (head > 0)
      out.push({
        name: words
          .slice(0, head + 1)
          .join(' ')
          .replace(/['’]s$/u, ''),
        start,
        record,
      });
    else if (words.length > 1 && filedUnder(name, noun)) out.push({ name, start, record });
  }
  return out.map(titleValue);
}

/** The longest phrase WordNet holds as a noun: "roast beef", "Middle East", not "roast" then "beef". */
const MAX_PHRASE_WORDS = 4;

/**
 * "she made him roast beef" for "what food", "he spoke Hebrew" for "what language": a phrase of the sentence,
 * the longest WordNet noun at its place, one of whose most frequent senses lies under a sense of the asked
 * noun. Not a word of the question, and not the noun's own synset (the class named again).
 */
function members(record: FactRecord, noun: string, asked: ReadonlySet<string>, classes: ClassSenses): TypedValue[] {
  const [from] = sentenceBounds(record);
  const words = parseSentences(record.statement)
    .flatMap((sentence) => sentence.tokens)
    .filter((t) => /\p{L}/u.test(t.normal));
  const out: Span[] = [];
  for (let i = 0; i < words.length; ) {
    const found = longestNounAt(words, i);
    // "for the first time": a word WordNet also files as a noun, used here as another part of speech;
    // "Mrs." before a name is a courtesy title, a member of no class a question asks by.
    if (found === 0 || !has(words[i + found - 1], 'Noun') || HONORIFICS.has(words[i].normal.replace(/\.$/, ''))) {
      i += Math.max(found, 1);
      continue;
    }
    const name = record.statement
      .slice(words[i].start, words[i + found - 1].end)
      .replace(/[^\p{L}\p{N}]+$/u, '')
      .replace(/^[^\p{L}\p{N}]+/u, '');
    if (!restatesWords(name, asked) && !headedBy(name, noun) && memberOf(name, classes))
      out.push({ name, start: from + record.statement.indexOf(name, words[i].start), record });
    i += found;
  }
  return out.map(titleValue);
}

/** How many words from `at` make the longest WordNet noun (plural of its last word undone), 0 when none does. */
function longestNounAt(words: readonly Token[], at: number): number {
  for (let n = Math.min(MAX_PHRASE_WORDS, words.length - at); n >= 1; n--) {
    if (nounEntry(words.slice(at, at + n).map((w) => w.normal)) !== null) return n;
  }
  return 0;
}

/** The phrase's WordNet noun entry, as written or with its last word made singular ("Oreos" → "oreo"). */
function nounEntry(words: readonly string[]): IndexEntry | null {
  const phrase = words.join(' ').replace(/’/g, "'");
  const direct = lookup(phrase, 'n');
  if (direct !== null) return direct;
  const singular = baseForms(words.at(-1)?.toLowerCase() ?? '').find((b) => b.pos === 'n' && b.lemma !== words.at(-1)?.toLowerCase());
  return singular ? lookup([...words.slice(0, -1), singular.lemma].join(' '), 'n') : null;
}

/** How many of a word's senses, most frequent first, may make it a member: a rarer one lies under too many classes. */
const MEMBER_SENSES = 2;

/**
 * A member is one thing or a narrow kind: a word with more kinds of its own under it ("vegetables" for
 * "what food", "legislation" for "what law") names a class again, and the sentence's member is elsewhere.
 */
const MAX_MEMBER_KINDS = 1;

/** Whether one of the phrase's most frequent senses, a narrow one, lies under a sense of the asked noun. */
function memberOf(name: string, classes: ClassSenses): boolean {
  const entry = nounEntry(name.split(/\s+/));
  if (entry === null) return false;
  return entry.offsets.slice(0, MEMBER_SENSES).some((o) => {
    if (classes.has(o) || kindsUnder(o) > MAX_MEMBER_KINDS) return false;
    const above = synsetsAbove(o);
    return above.some((a) => {
      const classAbove = classes.get(a);
      return classAbove !== undefined && !crossesKind(above, classAbove);
    });
  });
}

/**
 * "First lady" for "what cause": a person, place or organisation (KIND_SYNSETS) reached through a broad
 * sense of the asked noun ("cause" as any causal agent) that is no person, place or organisation itself.
 * The class the question means lies beside those kinds, not above them (its own readers ask for them).
 */
function crossesKind(above: readonly number[], classAbove: ReadonlySet<number>): boolean {
  return above.some((a) => isKindRoot(a) && !classAbove.has(a));
}

function isKindRoot(offset: number): boolean {
  const [first, second] = synset(offset, 'n').words;
  return KIND_SYNSETS.some((k) => k.words[0] === first && k.words[1] === second);
}

/** Every word of the phrase a word of the question, or its plural: "which cookies" is not answered by "cookies". */
function restatesWords(name: string, asked: ReadonlySet<string>): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .every((w) => asked.has(w) || asked.has(w.replace(/e?s$/, '')));
}

/**
 * The senses of the asked noun a member may fall under: those seen in WordNet's sense-tagged corpus, and
 * at least the first two ("food" the solid food beside food the nutrient); not the rare ones ("unit" as
 * any whole thing, under which every person falls).
 */
function classSenses(noun: string): ClassSenses {
  const entry = lookup(noun, 'n');
  const senses = entry?.offsets.slice(0, Math.max(entry.tagged, CLASS_SENSES)) ?? [];
  return new Map(senses.map((o) => [o, new Set([o, ...synsetsAbove(o)])]));
}

/** The asked noun's class senses, each with itself and every synset above it (read once per question: crossesKind). */
type ClassSenses = ReadonlyMap<number, ReadonlySet<number>>;

const CLASS_SENSES = 2;

/** How many kinds and instances WordNet files directly under one synset. */
function kindsUnder(offset: number): number {
  return synset(offset, 'n').pointers.filter((p) => p.symbol === '~' || p.symbol === '~i').length;
}

/** "political campaign" for "what campaign": the class itself, narrowed, not a member named. */
function headedBy(name: string, noun: string): boolean {
  const last = name.toLowerCase().split(/\s+/).at(-1) ?? '';
  return last === noun || baseForms(last).some((b) => b.pos === 'n' && b.lemma === noun);
}

/** The words of the question, lower case and as lemmas: a phrase restating one is what the question is about. */
function questionWords(q: Question): Set<string> {
  return new Set(q.focus.flatMap((f) => [f.term, ...f.term.split(/\s+/)]));
}

const LEAD = new RegExp(`^(?:(?:${NAME_LEAD_WORDS.join('|')})\\s+)+`);

/** "In", "After", "The" opening a sentence are capitalised but belong to no name. */
function withoutLead(name: string, start: number): { name: string; start: number } {
  const lead = LEAD.exec(name)?.[0] ?? '';
  return { name: name.slice(lead.length), start: start + lead.length };
}

/** "To Montclair State University political science professor …": a sentence's opening word is no part of the name ("The Times" keeps its article). */
function withoutOpening(name: string, start: number, sentenceStart: number): { name: string; start: number } {
  if (start !== sentenceStart || /^The\s/.test(name)) return { name, start };
  return withoutLead(name, start);
}

/** "President Obama's Affordable Care Act": the name begins after its owner. */
function withoutOwner({ name, start }: { name: string; start: number }): { name: string; start: number } {
  const owner = /^.*['’]s\s+/u.exec(name)?.[0] ?? '';
  return { name: name.slice(owner.length), start: start + owner.length };
}

/** Whether WordNet has the name as a noun whose most frequent sense lies under some sense of the asked noun ("Bastille Day" under "holiday"). */
function filedUnder(name: string, noun: string): boolean {
  const entry = lookup(noun, 'n');
  if (entry === null || lookup(name, 'n') === null) return false;
  const kinds = new Set(entry.offsets.flatMap((o) => synset(o, 'n').words));
  return nounAncestors(name).some((s) => s.words.some((w) => kinds.has(w)));
}

function capitalisedWord(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** "Walmart Stores v. Dukes": two capitalised runs joined by "v." name a case; a capitalised word that opens the sentence ("In") is not a party. */
function caseNames(record: FactRecord): TypedValue[] {
  const run = nameRun();
  return spansIn(record, new RegExp(String.raw`(${CAP}(?:\s+${CAP})*\s+vs?\.\s+${run})`, 'gu'))
    .map((s) => ({ ...s, ...withoutLead(s.name, s.start) }))
    .filter(({ name }) => /\s+vs?\.\s+/.test(name) && !/^vs?\./.test(name))
    .map(titleValue);
}

interface Span {
  name: string;
  /** Offset in the passage. */
  start: number;
  record: FactRecord;
}

/** The first group of each match inside the record's own sentence, trimmed of quotation marks and end punctuation. */
function spansIn(record: FactRecord, re: RegExp): Span[] {
  const text = record.passage.text;
  const [from, to] = sentenceBounds(record);
  const out: Span[] = [];
  for (const m of text.matchAll(re)) {
    const group = m.slice(1).find((g) => g !== undefined);
    if (group === undefined || m.index === undefined || m.index < from || m.index >= to) continue;
    const name = group
      .trim()
      .replace(/[.,;:]+$/, '')
      .replace(/^['"“‘]+|['"”’]+$/gu, '')
      .trim();
    if (name.length < 2) continue;
    out.push({ name, start: m.index + m[0].indexOf(name), record });
  }
  return out;
}

/** Where the record's own sentence stands in its passage: names are read only there. */
export function sentenceBounds(record: FactRecord): [number, number] {
  const from = Math.max(0, record.passage.text.indexOf(record.statement));
  return [from, from + record.statement.length];
}

function titleValue({ name, start, record }: Span): TypedValue {
  const at = record.passage.start + start;
  return { type: 'title', text: name, start: at, end: at + name.length, normalized: name };
}

/** Prepositions and conjunctions WordNet also lists as nouns ("over", "after"). */
const CLAUSE_WORDS = /^(?:from|with|into|onto|over|upon|than|that|this|when|then|after|before|since|until|about|under|during|while)$/;

/**
 * "markets show the Democratic nominee": an unquoted capitalised run before a word that can only be a
 * noun modifies that noun; it names nothing (and the asked noun was likely a verb).
 */
function modifiesNoun(text: string, start: number, name: string): boolean {
  if (/['"“‘]/u.test(text[start - 1] ?? '')) return false;
  const next = /^\s+([a-z]{4,})\b/.exec(text.slice(start + name.length))?.[1];
  return next !== undefined && !CLAUSE_WORDS.test(next) && lookup(next, 'n') !== null && lookup(next, 'v') === null;
}

/** The noun and its plural, lower case. */
function nounPattern(noun: string): string {
  return `(?:${noun}|${noun}s|${noun}es)`;
}

/** The noun as a name's own word: "Hotel", "Club". */
function capitalised(n: string): string {
  return n.replace(/(?<=\(\?:|\|)([a-z])/g, (c) => c.toUpperCase());
}

/** "Novel About Female Trader Takes Wall St.": in a headline's title case, capitals mark no name. */
function isTitleCased(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 5 && capitalised / words.length > 0.8;
}

/** A name is more than the capital a sentence starts with ("The", "Then"). */
function isName(name: string, atSentenceStart: boolean): boolean {
  if (!/[\p{Lu}\p{N}@]/u.test(name)) return false;
  if (atSentenceStart && !/\s/.test(name)) return false;
  return !/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|i)$/i.test(name);
}

/** The record's own value written as this name, if the extractor typed it. */
function typedAs(record: FactRecord, name: string): TypedValue | undefined {
  return record.values.find((v) => !v.items && (v.text === name || String(v.normalized) === name));
}

/** "Mr. McKinley" for "mckinleys book": a courtesy title adds no word of its own to a name the question restates. */
function withoutHonorific(v: TypedValue): TypedValue {
  const m = /^(\p{L}+)\.?\s+/u.exec(v.text);
  if (!m || !HONORIFICS.has(m[1].toLowerCase())) return v;
  const text = v.text.slice(m[0].length);
  return { ...v, text, normalized: v.type === 'title' ? text : v.normalized };
}

function nameKey(name: string): string {
  return name
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/["“”]/g, '')
    .replace(/^the\s+/, '')
    .trim();
}
