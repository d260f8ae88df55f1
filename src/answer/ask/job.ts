import type { CoverageIndex } from '../../index/build.js';
import type { Answer } from '../../model/answer.js';
import type { FactRecord, TypedValue, ValueType } from '../../model/records.js';
import { APPOSITION_PERSON_NOUNS, HONORIFICS, ORGANISATION_NAME_ENDS, ROLE_NOUNS, TITLE_QUALIFIERS, TITLE_SENSES, TITLES } from '../../extract/lexicon.js';
import {
  EMPLOYER_NAME_ENDS,
  FORMER_JOB_MARKERS,
  JOB_WORDS,
  NOT_JOB_NOUNS,
  OWNED_JOB_WORDS,
  OWNED_ROLE_AS_NOUNS,
  ROLE_AS_VERBS,
  TEACHER_NOUNS,
  TITLE_RUN_BREAKS,
} from '../lexicon.js';
import { bestMatch, wordMatch } from '../match.js';
import { wordnetKind } from '../noun-kinds.js';
import type { FocusTerm, Question } from '../question.js';
import { anySenseUnder, baseForms } from '../wordnet.js';
import { factResult } from './cite.js';
import { askedNoun } from './named-thing.js';
import { nameWords, sameNameWord } from './slot.js';
import type { Retrieved } from './types.js';

/**
 * "whats Lee's job", "what does Ruiz do for a living", "whats Ortiz's title": the answer is what the
 * person is, a short noun phrase ("political scientist", "Fed governor", "director of the Vale
 * Institute"), not the passage that introduces them. It is read from the words the passage binds to
 * the name: an apposition (", a political scientist at …"), a predicate ("Lee, who is …", "Lee is
 * …", "Lee, …, serves as …") or the title run into the name ("Fed governor Lael Brainard"). A passage
 * that names the person without saying what they are (a quotation "said Lee") gives nothing.
 */
export function jobAnswer(index: CoverageIndex, text: string, q: Question, retrieved: Retrieved): Answer | null {
  if (!q.asksJob && !q.asksRole && !q.asksTaught) return null;
  // "what show did Lee say jobs on": the thing asked for is no job, though the question says "jobs".
  if (q.asksThing && !isJobNoun(askedNoun(text) ?? '')) return null;
  const asked = askedPerson(q, text);
  if (asked.length === 0) return null;
  // "whats Carney's job at Amazon", "what was Cha's job under Bush": the question's other words say which of the person's jobs.
  const context = q.focus.filter((f) => !f.weak && !asked.includes(f) && !isJobNoun(f.term));
  const found: Job[] = [];
  retrieved.records.forEach((record, order) => {
    for (const v of record.values.flatMap(eachPerson)) {
      if (isAsked(asked, v, record)) {
        const readings = q.asksTaught ? taughtFields(record, v) : jobsOf(record, v);
        found.push(...readings.map((j) => ({ ...j, order, context: heldContext(context, record, j) })));
      }
    }
  });
  // A left job for an "old job" question first, then the job the question's other words place, then a title beyond a bare form of address ("Senator"), then the first.
  const best = found.sort(
    (a, b) => tenseFit(q, b) - tenseFit(q, a) || b.context - a.context || Number(a.address) - Number(b.address) || a.order - b.order || b.strength - a.strength,
  )[0];
  if (!best) return null;
  const value = roleValue(q, best, context);
  const result = factResult(index, best.record, value, 1);
  return { command: 'ask', query: text, found: true, answer: String(value.normalized), results: [result] };
}

/**
 * The people a value names: itself, or each person of a list ("Lee and Ruiz"). A list the extractor
 * ran on past a name ("professor Ana Ruiz, Lee's …") still holds the name its first item gives.
 */
function eachPerson(v: TypedValue): TypedValue[] {
  if (v.type !== 'person') return [];
  return v.items ? v.items.filter((i) => i.type === 'person' && !i.items) : [v];
}

/** One reading of what a person is: the phrase's offsets in the passage and how plainly the sentence binds it. */
interface Job {
  record: FactRecord;
  /** Offsets in the passage text. */
  start: number;
  end: number;
  /** Where the phrase proper starts, after a marker of a left role ("former"). */
  bare: number;
  former: boolean;
  /** "serves as" 3, an apposition or predicate 2, a title run into the name 1. */
  strength: number;
  /** A bare title word run into the name ("Senator Lee"): how the person is addressed more than what they do. */
  address: boolean;
  order: number;
  context: number;
}

type Reading = Omit<Job, 'order' | 'context'>;

function isJobNoun(term: string): boolean {
  return JOB_WORDS.has(term) || OWNED_JOB_WORDS.has(term);
}

/**
 * The question's words that name the person: the first run of required words, up to a job noun, a
 * verb or a word the question marks as weak ("harold varmus" in "what job did harold varmus have
 * under bill clinton").
 */
function askedPerson(q: Question, text: string): FocusTerm[] {
  const focus = q.focus;
  // "whats kaisens job": a name typed with its owning s reads as a verb, but owns the job noun after it.
  const nameWord = (f: FocusTerm, k: number) => !f.weak && !isJobNoun(f.term) && (!f.verb || isJobNoun(focus[k + 1]?.term ?? ''));
  const start = focus.findIndex(nameWord);
  if (start < 0) return [];
  const run: FocusTerm[] = [];
  // "what does tim canova do, the guy running for …": words of another clause say more about the person, not their name.
  const clause =
    text
      .split(',')
      .map(wordsOf)
      .find((words) => writes(words, focus[start])) ?? [];
  for (let k = start; k < focus.length && nameWord(focus[k], k) && writes(clause, focus[k]); k++) run.push(focus[k]);
  return run;
}

/** The clause's words write the focus term (its lemma, or the word with an owning s). */
function writes(words: string[], f: FocusTerm): boolean {
  const bare = (w: string) => w.replace(/[^\p{L}\p{N}]/gu, '');
  return words.some((w) => bare(w).startsWith(bare(f.term)));
}

/**
 * The question names this person: its last (owning) word is written in the mention itself (a
 * mention the linker took for another of the family, "Mrs. Clinton" for "chelsea", is not asked
 * about), and every word the question marks as a name is in the person's full name.
 */
function isAsked(asked: FocusTerm[], v: TypedValue, record: FactRecord): boolean {
  const full = withParts(nameWords(v));
  const written = withParts(wordsOf(record.passage.text.slice(v.start - record.passage.start, v.end - record.passage.start)));
  const last = asked[asked.length - 1];
  return written.some((w) => sameNameWord(last, w)) && asked.every((f) => f === last || !f.name || full.some((w) => sameNameWord(f, w)));
}

/** "hans-peter" is also "hans" and "peter": a reader types a hyphenated name's parts as words of their own. */
function withParts(words: string[]): string[] {
  return words.flatMap((w) => (w.includes('-') ? [w, ...w.split('-').filter((p) => p.length > 0)] : [w]));
}

function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu)].map((m) => m[0].toLowerCase().replace(/['\u2019]s$/u, ''));
}

/** The question's other words the passage holds, and those the job phrase itself holds ("commander of NATO" for "job at nato") once more. */
function heldContext(context: FocusTerm[], record: FactRecord, j: Reading): number {
  // "National Director of The Remembrance Project": the words that place the job follow the phrase, up to the next job or clause.
  const own = wordsOf(record.passage.text.slice(j.start, j.end + phraseTail(record.passage.text.slice(j.end))));
  return context.filter((f) => bestMatch(f, record.terms) >= 0.8).length + context.filter((f) => bestMatch(f, own) >= 0.8).length;
}

/** The length of what follows a job phrase and still belongs to it ("at the Vale Institute"): up to a comma, a dash, "and" or the sentence's end. */
function phraseTail(rest: string): number {
  for (const m of rest.matchAll(/[,;:()\u2013\u2014"\u201c\u201d]|\s-\s|\s+and\s|\.(?=\s|$)/gu)) {
    // "a former aide to Mr. Lee": a title's dot is no sentence end.
    const word = /[\p{L}.]+$/u.exec(rest.slice(0, m.index + 1))?.[0] ?? '';
    if (m[0] !== '.' || !ABBREVIATION.test(word)) return m.index;
  }
  return rest.length;
}

/** A left role for "old job" questions, a present one otherwise. */
function tenseFit(q: Question, j: Job): number {
  return j.former === q.formerJob ? 1 : 0;
}

/**
 * The phrase as the answer gives it: without "former" when the question asks for the old job, and
 * without the words that only repeat where the question already places the job ("Oversight ranking
 * Democrat" for "role on the oversight committee", "vice chairman of the Vale County GOP" for "role
 * in the vale county gop").
 */
function roleValue(q: Question, j: Job, context: FocusTerm[]): TypedValue {
  const text = j.record.passage.text;
  const at = j.record.passage.start;
  const shown = withoutAskedPlace(text.slice(q.formerJob && j.former ? j.bare : j.start, j.end), context);
  return { type: 'role', text: text.slice(j.start, j.end), start: at + j.start, end: at + j.end, normalized: shown };
}

function withoutAskedPlace(phrase: string, context: FocusTerm[]): string {
  const asked = (w: string) => context.some((f) => wordMatch(f, w.toLowerCase()) >= 0.8);
  let words = phrase.split(/\s+/);
  while (words.length > 1 && /^\p{Lu}/u.test(words[0]) && asked(words[0])) words = words.slice(1);
  const of = words.findIndex((w, k) => k > 0 && (w === 'of' || w === 'for'));
  if (of > 0 && words.slice(of + 1).some(asked)) words = words.slice(0, of);
  return words.join(' ');
}

/** Every reading of what the person named at `v` is, in its passage. */
function jobsOf(record: FactRecord, v: TypedValue): Reading[] {
  const text = record.passage.text;
  const from = v.start - record.passage.start;
  const to = v.end - record.passage.start;
  if (from < 0 || to > text.length) return [];
  const out: Reading[] = [];
  out.push(...titlesBefore(record, v, from));
  const after = skipNameTail(record, to);
  out.push(...readingsAfter(record, v, after));
  return out;
}

/**
 * "what does Lee teach": the field a teacher's job names ("a professor in constitutional law",
 * "lecturer of economics") or the object of "who teaches" after the name; a job that names no
 * field gives nothing.
 */
function taughtFields(record: FactRecord, v: TypedValue): Reading[] {
  const text = record.passage.text;
  const fields: Reading[] = [];
  for (const j of jobsOf(record, v)) {
    const m = TAUGHT_FIELD.exec(text.slice(j.start, j.end));
    if (m) fields.push({ ...j, start: j.end - m[1].length, bare: j.end - m[1].length, former: false });
  }
  const after = skipNameTail(record, v.end - record.passage.start);
  const teaches = /^\s*,\s*who\s+(?:teaches|taught)\s+/u.exec(text.slice(after));
  const field = teaches ? fieldPhrase(text, after + teaches[0].length) : null;
  if (field) fields.push({ record, start: field.start, end: field.end, bare: field.start, former: false, strength: 2, address: false });
  return fields;
}

const TAUGHT_FIELD = new RegExp(`\\b(?:${TEACHER_NOUNS.join('|')})s?\\s+(?:of|in)\\s+(.+)$`, 'iu');

/** The field taught from `at`: up to four words, before a stop ("constitutional law" in "teaches constitutional law at …"). */
function fieldPhrase(text: string, at: number): { start: number; end: number } | null {
  const words = wordsFrom(text, at);
  let end = -1;
  for (let i = 0; i < Math.min(words.length, 4); i++) {
    if (PHRASE_STOPS.has(words[i].lower) || PHRASE_OPENERS.has(words[i].lower)) break;
    end = i;
    if (words[i].breakAfter) break;
  }
  return end < 0 ? null : { start: words[0].at, end: words[end].at + words[end].raw.length };
}

/** After a name: " Jr.", " (D-Md.)", ", 67," and " of New Jersey" still belong to the name, not to what follows it. */
function skipNameTail(record: FactRecord, to: number): number {
  const text = record.passage.text;
  let at = to;
  for (;;) {
    const rest = text.slice(at);
    const tail = /^(?:\s*,?\s+(?:Jr|Sr|II|III)\.?|\s*\([^()]{1,40}\)|\s*,\s*\d{1,3}(?=\s*,))/u.exec(rest);
    if (tail) {
      at += tail[0].length;
      continue;
    }
    const of = /^\s+of\s+/u.exec(rest);
    const place = of && record.values.find((o) => o.type === 'place' && !o.items && o.start - record.passage.start === at + of[0].length);
    if (of && place) {
      at = place.end - record.passage.start;
      continue;
    }
    return at;
  }
}

/** ", a political scientist at …", ", who is now …", " is the director of …", ", …, serves as …" after the name. */
function readingsAfter(record: FactRecord, v: TypedValue, at: number): Reading[] {
  const text = record.passage.text;
  const rest = text.slice(at);
  const out: Reading[] = [];
  // "Ana Ruiz — a teacher from Vale —": a dash sets the apposition off as a comma does.
  const comma = /^\s*(?:,|\s[\u2013\u2014]|\s--?\s)\s*(?:who\s+(?:is|was)\s+(?:now\s+|also\s+|currently\s+)?)?/u.exec(rest);
  const predicate = /^\s+(?:is|was)\s+(?:now\s+|also\s+|currently\s+)?/u.exec(rest);
  const opening = comma ?? predicate;
  if (opening) {
    const phrase = readPhrase(record, v, at + opening[0].length, 2);
    if (phrase) out.push(phrase);
    // "a retired general and former supreme commander of the alliance": the second job after "and" is the person's too.
    // "a former aide to Lee and senior vice president at Third Way": the first job's tail may stand before the "and".
    const tail = phrase ? phrase.end + phraseTail(text.slice(phrase.end)) : 0;
    const and = phrase ? /^\s+and\s+/u.exec(text.slice(tail)) : null;
    const second = phrase && and ? readPhrase(record, v, tail + and[0].length, 2) : null;
    if (second) out.push(second);
  }
  // "a one-time Cruz backer who serves as vice chairman", "Lee, …, is now senior vice president": the role stated outright.
  const clause = rest.slice(0, clauseEnd(rest));
  const stated = STATED_ROLE.exec(clause) ?? OWNED_ROLE.exec(clause);
  if (stated) {
    const phrase = readPhrase(record, v, at + stated.index + stated[0].length, 3);
    if (phrase) out.push(phrase);
  }
  return out;
}

// "who works in retail as a sales manager": the field the verb names may stand before "as".
// "a former adviser to Lee who is now a fellow at …": the present job, stated after the old one.
const STATED_ROLE = new RegExp(
  `\\b(?:${ROLE_AS_VERBS.join('|')}|is\\s+now|was\\s+then)\\s+(?:on\\s+|in\\s+\\p{Ll}+\\s+)?as\\s+|,\\s+(?:is|was)\\s+now\\s+|\\bwho\\s+is\\s+now\\s+`,
  'u',
);

/** "Lee's new role as interim chief": owned by the name itself, right after it. */
const OWNED_ROLE = new RegExp(`^['\u2019]s\\s+(?:(?:new|current|present|official)\\s+)?(?:${OWNED_ROLE_AS_NOUNS.join('|')})\\s+as\\s+`, 'u');

/** The end of the sentence part a role stated after a name may stand in: a hard break or another sentence's quotation. */
function clauseEnd(rest: string): number {
  for (const m of rest.matchAll(/[;:!?()"\u201c\u201d\u2014]|\.\s+\p{Lu}/gu)) {
    // "for Mr. Obama, is now …": a title's dot is no sentence end.
    const word = /[\p{L}.]+$/u.exec(rest.slice(0, m.index + 1))?.[0] ?? '';
    if (m[0][0] !== '.' || !ABBREVIATION.test(word)) return m.index;
  }
  return rest.length;
}

/** Words that end a job phrase: what follows says where or when the person holds it, or starts another clause. */
const PHRASE_STOPS = new Set([
  ...TITLE_RUN_BREAKS,
  'in',
  'since',
  'during',
  'under',
  'after',
  'before',
  'when',
  'where',
  'whose',
  'while',
  'until',
  'is',
  'was',
  'has',
  'had',
  'who',
  'which',
  'that',
  'and',
  'or',
  'but',
]);

/** Determiners and owners a job phrase drops ("a", "the", "its", "Lee's"). */
const PHRASE_OPENERS = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'now', 'then', 'also', 'currently']);

const MAX_PHRASE_WORDS = 8;

/**
 * The job noun phrase from `at`: its determiner or owner dropped, kept through an "of"-phrase and a
 * "for" before a bare noun ("director for civil liberties"), stopped before "at/in/for the/from/who/,"
 * and before another name. Null unless its head names a job.
 */
function readPhrase(record: FactRecord, v: TypedValue, at: number, strength: number): Reading | null {
  const text = record.passage.text;
  const words = wordsFrom(text, at);
  let k = 0;
  while (k < words.length && (PHRASE_OPENERS.has(words[k].lower) || /['\u2019]s$/u.test(words[k].raw))) k++;
  // "Lee's senior adviser": the owner is a determiner too, and only one.
  const ownerAt = words.slice(k, k + 3).findIndex((w) => /['\u2019]s$/u.test(w.raw));
  if (ownerAt >= 0 && !words.slice(k, k + ownerAt).some((w) => PHRASE_STOPS.has(w.lower))) k += ownerAt + 1;
  const first = k;
  let former = false;
  if (k < words.length && FORMER_JOB_MARKERS.has(words[k].lower)) {
    former = true;
    k++;
  }
  const bareAt = k;
  let head = -1;
  let end = -1;
  for (let i = k; i < words.length && i - first < MAX_PHRASE_WORDS; i++) {
    const w = words[i];
    if (i > first && words[i - 1].breakAfter) break;
    if (otherValueAt(record, v, w.at)) {
      // "…: deputy secretary Tom Nides, ambassador for women's issues Ann Vero": a title run into the next name is that one's.
      if (i > k && otherValueAt(record, v, w.at, ['person'])) return null;
      break;
    }
    const next = words[i + 1];
    // "director of the Vale Institute" says what is directed; "executive director of the Vale Institute" is the title already.
    if (w.lower === 'of' && next && i > k && !(i - bareAt > 1 && namesOrganisation(words, i + 1))) continue;
    if (w.lower === 'of') break;
    if (w.lower === 'for' && next && i > k && /^\p{Ll}/u.test(next.raw) && !PHRASE_OPENERS.has(next.lower)) continue;
    // "a professor in public law": a field written without a determiner is part of the job; "in the city", "in Paris" say where it is held.
    if (w.lower === 'in' && next && i > k && fieldAfter(words, i + 1)) continue;
    if (PHRASE_STOPS.has(w.lower) || w.lower === 'for') break;
    const inOf = words.slice(k, i).some((x) => x.lower === 'of' || x.lower === 'for' || x.lower === 'in');
    if (!inOf) head = i;
    end = i;
  }
  if (head < 0 || end < 0 || !isJobHead(words[head].lower)) return null;
  // "Lee is religious": without a determiner, only a noun the role lists hold reads as a job, not an adjective WordNet also files as a person.
  // After "serves as", "role as" the phrase is a role by its place, with or without a determiner.
  if (first === 0 && strength < 3 && !isListedRole(words[head].lower)) return null;
  // A phrase ending on "of" or "the" was cut short by a stop: it ends before them.
  while (end > head && /^(?:of|for|the|a|an)$/.test(words[end].lower)) end--;
  return {
    record,
    start: words[first].at,
    end: words[end].at + words[end].raw.length,
    bare: words[bareAt]?.at ?? words[first].at,
    former,
    strength,
    address: false,
  };
}

/** Lower-case words up to a noun WordNet knows as a field of study or work ("public law", "economics"), not a time ("in 2019", "in office"). */
function fieldAfter(words: PhraseWord[], at: number): boolean {
  for (let i = at; i < Math.min(words.length, at + 3); i++) {
    const w = words[i];
    if (!/^\p{Ll}/u.test(w.raw) || PHRASE_OPENERS.has(w.lower) || PHRASE_STOPS.has(w.lower)) return false;
    if (anySenseUnder(w.lower, 'discipline')) return true;
    if (w.breakAfter) return false;
  }
  return false;
}

/** "the Vale Institute" after "of": an organisation's name, opened by "the". */
function namesOrganisation(words: PhraseWord[], at: number): boolean {
  return words[at]?.lower === 'the' && /^\p{Lu}/u.test(words[at + 1]?.raw ?? '');
}

interface PhraseWord {
  raw: string;
  lower: string;
  at: number;
  /** A comma, a dash or a sentence end follows the word: the phrase stops there. */
  breakAfter: boolean;
}

/** A dot that is a word's own, not a full stop: "No. 2", "U.S.", "Jr.". */
const ABBREVIATION = /^(?:no|st|jr|sr|inc|co|corp|ltd|dr|mr|mrs|ms|gov|sen|rep|gen|lt|col|ft|mt|vs)\.$|^(?:\p{L}\.){2,}$/iu;

function wordsFrom(text: string, at: number): PhraseWord[] {
  const out: PhraseWord[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu;
  re.lastIndex = at;
  let last = at;
  for (let m = re.exec(text); m && out.length < 16; m = re.exec(text)) {
    const gap = text.slice(last, m.index);
    if (/[^\s]/u.test(gap)) {
      if (out.length > 0) out[out.length - 1].breakAfter = true;
      break;
    }
    let raw = m[0];
    // A word's own dot ("No.", "U.S.", "Jr.") stays; a sentence's full stop ends the phrase.
    const fullStop = raw.endsWith('.') && !ABBREVIATION.test(raw);
    if (fullStop) raw = raw.slice(0, -1);
    raw = raw.replace(/['\u2019]$/u, '');
    out.push({ raw, lower: raw.toLowerCase().replace(/\.$/, ''), at: m.index, breakAfter: fullStop });
    last = m.index + m[0].length;
    if (fullStop) break;
  }
  return out;
}

/** Another person or a date over this word: "a Lee aide" is no job of the name it describes, nor "since 2019". */
function otherValueAt(record: FactRecord, v: TypedValue, at: number, types: readonly ValueType[] = ['person', 'date']): boolean {
  const abs = record.passage.start + at;
  return record.values.some((o) => o.start <= abs && o.end > abs && o.start !== v.start && types.includes(o.type));
}

/** The word and its singular ("governors" → "governor"; "boss" stays). */
function withSingular(word: string): string[] {
  return word.endsWith('s') && !word.endsWith('ss') ? [word, word.slice(0, -1)] : [word];
}

function isListedRole(word: string): boolean {
  return withSingular(word).some((x) => ROLE_NOUNS.has(x) || TITLES.has(x) || APPOSITION_PERSON_NOUNS.has(x));
}

/** A noun that says what someone does: a role or title, or a noun WordNet files under person, and no tie, stance or standing. */
function isJobHead(word: string): boolean {
  const w = word.replace(/['\u2019]s$/u, '');
  const forms = withSingular(w);
  if (forms.some((x) => NOT_JOB_NOUNS.has(x)) || HONORIFICS.has(w)) return false;
  // "U.S.", "state", "first": a word that only qualifies the title after it is no title of its own.
  const title = (x: string) => TITLES.has(x) && !TITLE_QUALIFIERS.has(x);
  return forms.some((x) => ROLE_NOUNS.has(x) || title(x) || APPOSITION_PERSON_NOUNS.has(x) || wordnetKind(x) === 'person');
}

/**
 * "Fed governor Lael Brainard", "UNH pollster Ana Ruiz", "The finance minister, Lou Jiwei,": the
 * words run into the name that say what the person is, back to a break, a determiner, a preposition,
 * an owner or another name. A bare honorific ("Mr.") or abbreviation ("Gen.") is no job to give.
 * "Former harbour pilot and Navy veteran Ana Ruiz": a run that opens the sentence and is joined to
 * the title by "and" is the same person's other title.
 */
function titlesBefore(record: FactRecord, v: TypedValue, from: number): Reading[] {
  const text = record.passage.text;
  const own = ownTitleEnd(v);
  const end = from + own;
  const before = text.slice(0, end);
  const comma = own === 0 ? /,\s*$/u.exec(before) : null;
  const stop = comma ? comma.index : end;
  const run = titleRun(record, v, stop);
  if (!run) return [];
  // "The finance minister, Lou Jiwei": set off by a comma, the title must open with a determiner or an owner.
  if (comma) {
    const opening = /(?:([\p{L}'\u2019]+)\s+)?([\p{L}'\u2019]+)\s+$/u.exec(text.slice(0, run[0].at));
    const opener = opening?.[2].toLowerCase() ?? '';
    if (!PHRASE_OPENERS.has(opener) && !/['\u2019]s$/u.test(opener)) return [];
    // "Like a family member, Lee said": a phrase a preposition governs is a comparison, not Lee's title.
    if (PHRASE_STOPS.has(opening?.[1]?.toLowerCase() ?? '')) return [];
  }
  const title = runReading(record, run);
  // The run nearest the name may describe more than employ ("Navy veteran"); the one joined to it still says what the person is.
  const and = comma || title?.address ? null : /\band\s+$/u.exec(text.slice(0, run[0].at));
  const joined = and ? titleRun(record, v, and.index) : null;
  const other = joined && opensSentence(text.slice(0, joined[0].at)) ? runReading(record, joined) : null;
  return [title, other && !other.address ? other : null].filter((r): r is Reading => r !== null);
}

/** Nothing of the sentence before this point: "Former police officer and …" starts it. */
function opensSentence(before: string): boolean {
  return /(?:^|[.!?]["\u201d']?)\s*$/u.test(before);
}

type RunWord = { raw: string; at: number };

/** The title words before `stop`, back to a break; null when an abbreviated title ("Sen.") stands next to the name. */
function titleRun(record: FactRecord, v: TypedValue, stop: number): RunWord[] | null {
  const text = record.passage.text;
  const tokens = [...text.slice(0, stop).matchAll(/[\p{L}\p{N}][\p{L}\p{N}'\u2019.&-]*/gu)];
  const run: RunWord[] = [];
  let edge = stop;
  for (let i = tokens.length - 1; i >= 0 && run.length < 6; i--) {
    const t = tokens[i];
    const raw = t[0];
    const gap = text.slice(t.index + raw.length, edge);
    if (/[^\s]/u.test(gap)) break;
    const lower = raw.toLowerCase().replace(/\.$/, '');
    if (PHRASE_OPENERS.has(lower) || PHRASE_STOPS.has(lower) || /['\u2019]s$/u.test(raw)) break;
    // "Secretary of State", "the chancellor of Vale University": "of" before a name stays in the title.
    if (lower === 'of' && !(run.length > 0 && /^\p{Lu}/u.test(run[0].raw))) break;
    // "Vale Secretary of State Ana Ruiz": the place the title is held in is no part of it; "Capitol Hill Bureau Chief" is one name.
    const other = otherNameAt(record, v, t.index);
    // "Secretary of State John Kerry": a place read after a title's "of" is the title's own word.
    const titleOf = run.length === 0 && tokens[i - 1]?.[0] === 'of' && isTitleWord(tokens[i - 2]?.[0] ?? '');
    if (other === 'person' || (other === 'place' && !titleOf && (run.length === 0 || isTitleWord(run[0].raw)))) break;
    if (/^\p{Ll}/u.test(raw) && lower !== 'of' && !nounOrAdjective(lower)) break;
    // "Vale State University political science professor Ana Ruiz": the employer's name before the job words is where the job is held.
    if (EMPLOYER_NAME_ENDS.has(lower) && /^\p{Ll}/u.test(run[0]?.raw ?? '')) break;
    if (/\.$/.test(raw) && run.length === 0 && raw.length <= 5) {
      // "Sen. Ana Ruiz": an abbreviated title says the job only by the noun it stands for.
      return null;
    }
    run.unshift({ raw: raw.replace(/\.$/, ''), at: t.index });
    edge = t.index;
  }
  return run.length > 0 ? run : null;
}

/** The run as a job, when its head (before an "of") names one. */
function runReading(record: FactRecord, run: RunWord[]): Reading | null {
  const last = run[run.length - 1];
  // "Secretary of State": the title's head stands before its "of".
  const of = run.findIndex((t) => t.raw === 'of');
  const head = (of > 0 ? run[of - 1] : last).raw.toLowerCase();
  if (!isJobHead(head) && !Object.hasOwn(TITLE_SENSES, head)) return null;
  const former = FORMER_JOB_MARKERS.has(run[0].raw.toLowerCase());
  const bare = former && run.length > 1 ? run[1].at : run[0].at;
  const address = run.length === 1 && TITLES.has(head);
  return { record, start: run[0].at, end: last.at + last.raw.length, bare, former, strength: 1, address };
}

function isTitleWord(raw: string): boolean {
  const w = raw.toLowerCase();
  return isJobHead(w) || TITLES.has(w);
}

/** Title words the name's own span opens with ("Fed governor" when the value spans "Fed governor Lael Brainard"): their length. */
function ownTitleEnd(v: TypedValue): number {
  const first = String(v.normalized ?? '').split(/\s+/)[0];
  if (!first) return 0;
  const at = v.text.indexOf(first);
  return at > 0 ? at : 0;
}

/** The kind of the person or place value (not the asked one) over this offset: "Trump" in "Trump adviser Lee" owns the title, and is no part of it. */
function otherNameAt(record: FactRecord, v: TypedValue, at: number): 'person' | 'place' | null {
  const abs = record.passage.start + at;
  // "Capitol Hill Bureau" read as a place is an organisation's name, which a title may carry.
  const other = record.values.find(
    (o) =>
      o.start <= abs &&
      o.end > abs &&
      o.start !== v.start &&
      (o.type === 'person' || (o.type === 'place' && !ORGANISATION_NAME_ENDS.has(o.text.split(/\s+/).at(-1)?.toLowerCase() ?? ''))),
  );
  return other?.type === 'person' ? 'person' : other ? 'place' : null;
}

/** A lower-case word that can modify a job noun or be one: WordNet has it as a noun or an adjective. */
function nounOrAdjective(word: string): boolean {
  const isModifier = (w: string) => baseForms(w).some((b) => b.pos === 'n' || b.pos === 'a');
  // "hedge-fund manager", "health-care lobbyist": a compound WordNet lacks modifies as its parts do.
  return isModifier(word) || (word.includes('-') && word.split('-').every((part) => part.length > 0 && isModifier(part)));
}
