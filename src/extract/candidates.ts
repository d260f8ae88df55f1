import type { QuoteKind } from '../model/records.js';
import type { Attribution, TextWords } from './attribution.js';
import { accordingSource, agentAfterWords, attributeAfter, attributeBefore, insertedReporter, reportingSource } from './attribution.js';
import { attributeByClause, nameBeforeColon, preferSentenceSubject } from './clause.js';
import { transcriptLabel } from './transcript.js';
import { embedAuthor, pullQuoteSigner } from './embeds.js';
import { lastNonSpace, sentenceEnd, sentenceStart } from './boundaries.js';
import { CONTRAST_OPENERS, PERFORMER_NOUNS, QUESTION_WORDS, TITLE_MARKERS, WORK_NOUNS, isParticipleCue } from './lexicon.js';
import type { QuoteMark } from './marks.js';
import { headlineLabel, roundupLabel } from './roundup.js';
import { isCapitalised, isPossessive, wordRange } from '../nlp/words.js';

/** A quoted region with what its own sentence says about it. */
export interface Candidate {
  mark: QuoteMark;
  kind: QuoteKind;
  attribution: Attribution | null;
  /** Titles of works, nicknames and markup values: quoted, but nobody's words. */
  notQuote: boolean;
  /** Nothing but spaces before the opening mark on its line. */
  startsLine: boolean;
  /** In the same sentence as the previous quotation (`called it "A" and "B"`). */
  joinsPrevious: boolean;
  /** The sentence(s) holding the quotation and its own attribution. */
  sentence: { start: number; end: number };
}

/** Examines every quoted region in the light of its neighbours on the same line. */
export function examine(t: TextWords, marks: QuoteMark[]): Candidate[] {
  const skip = marks.map((m) => notAQuote(t.text, m, isLineOpening(t.text, m)));
  for (let n = 1; n < marks.length; n++) if (!skip[n] && skip[n - 1] && joinsTitle(t.text, marks[n - 1], marks[n])) skip[n] = true;
  const real = marks.filter((_, n) => !skip[n]);
  const sameLine = (a: QuoteMark | undefined, b: QuoteMark): a is QuoteMark => !!a && a.lineStart === b.lineStart;
  let r = 0;
  return marks.map((mark, n) => {
    if (skip[n])
      return {
        mark,
        kind: 'partial',
        attribution: null,
        notQuote: true,
        startsLine: false,
        joinsPrevious: false,
        sentence: { start: mark.open, end: mark.end },
      };
    const prev = real[r - 1];
    const next = real[r + 1];
    r++;
    return examineOne(t, mark, sameLine(prev, mark) ? prev : null, sameLine(next, mark) ? next : null);
  });
}

function isLineOpening(text: string, mark: QuoteMark): boolean {
  // the last character only: slicing the line up to every mark cost (marks × line length)
  const last = lastNonSpace(text, mark.lineStart, mark.open);
  if (last === '' || last === ':') return true;
  // a sentence end, not an abbreviation or an initial ("Rep. Jo B. "Bo" Lund")
  return /[.?!]/.test(last) && lastNonSpace(text, sentenceStart(text, mark.open, mark.lineStart), mark.open) === '';
}

/** An outlet's report of a named person's words: the person stays someone who spoke, whom a later "he" may mean. */
function withInner(report: Attribution, own: Attribution | null): Attribution {
  const m = own?.mention;
  return m?.kind === 'name' && m.start !== report.mention?.start ? { ...report, inner: m } : report;
}

function examineOne(t: TextWords, mark: QuoteMark, prev: QuoteMark | null, next: QuoteMark | null): Candidate {
  const { text } = t;
  const floor = prev ? (prev.close ?? prev.end) + 1 : mark.lineStart;
  const ceil = next ? next.open : mark.lineEnd;
  const from = sentenceStart(text, mark.open, floor);
  const lead = text.slice(from, mark.open).trim();
  const afterFrom = mark.close === null ? ceil : mark.close + 1;
  const afterTo = mark.close === null ? ceil : sentenceEnd(text, afterFrom, ceil);
  const read = attributeBefore(t, from, mark.open);
  // `has been called "…" by Jo Lund`: the agent after the words speaks a passive verb before them
  const before = (mark.close === null ? null : agentAfterWords(t, read, afterFrom, afterTo)) ?? read;
  const after = afterAllowed(text, mark, afterFrom, afterTo) ? attributeAfter(t, afterFrom, afterTo) : null;
  const upper = /^[\p{Lu}\d[(]/u.test(text.slice(mark.start, mark.start + 1));
  const joinsPrevious = !!prev && from === floor && !/[.?!]$/.test(text.slice(prev.start, prev.end));
  const headline = headlineLabel(t, mark);
  const direct = (lead === '' && !joinsPrevious) || lead.endsWith(':') || (upper && (lead.endsWith(',') || before?.via === 'intro')) || !!headline;
  const label = transcriptLabel(t, mark.start, mark.end);
  // an explicit `, the union wrote` after the quotation outweighs a colon intro read from a bare clause
  const spoken = after?.via === 'after' && !!after.mention;
  // `Analysts agree - Jo Lund: "…"`: a round-up label right before the colon names the source, whatever verb the headline before its dash has
  // Where the lead's colon stands; looked for only when the lead ends in one, so no search runs back through the story.
  const colon = lead.endsWith(':') ? text.lastIndexOf(':', mark.open) : -1;
  const roundup = lead.endsWith(':') && !spoken ? roundupLabel(t, from, colon) : null;
  const signer = pullQuoteSigner(t, mark);
  let intro = label?.attribution ?? roundup ?? headline ?? signer ?? (before && before.via === 'intro' && before.mention ? before : null);
  if (!intro && lead.endsWith(':') && !spoken) intro = nameBeforeColon(t, from, colon) ?? asIntro(attributeByClause(t, from, mark.open, true));
  // `calling it "…," Lund said`: a named speaker with its own verb right after the words outweighs a participle before them
  const isParticiple = (a: Attribution | null): boolean => !!a?.cue && isParticipleCue(text.slice(a.cue.start, a.cue.end).toLowerCase());
  const named = spoken && after?.mention?.kind === 'name' && !isParticiple(after);
  const participle = isParticiple(before);
  // `Lund cannot say that "…," Okafor added`, `Lund said the plan was "…," the aide recalled`: a comma closing the
  // words hands them to the speaker written before a verb after them, the one who reports them
  const handedOn =
    mark.close !== null &&
    /,\s*$/.test(text.slice(mark.open + 1, mark.close)) &&
    spoken &&
    !isParticiple(after) &&
    (after.mention?.kind === 'name' || after.mention?.kind === 'description') &&
    after.mention.start < (after.cue?.start ?? 0) &&
    // the speaker opens what follows the words: `, which is like a sundae compared to` names no one
    /^[\s,]*$/.test(text.slice(mark.close + 1, after.mention.start));
  // `a "regional" candidate, as her rival's manager suggested`: an "as" clause right after the words names their source
  const asClause = !!after?.mention && after.via === 'after' && opensAsClause(t, after.mention.first);
  // `telling the Ledger, "…," he said`: a verb of its own right after the words outweighs a participle leading into them
  const restated = direct && participle && spoken && after.mention?.kind === 'pronoun' && !isParticiple(after) && !lead.endsWith(':');
  let attribution = direct ? (restated ? after : (intro ?? after ?? before)) : asClause || (participle && named) || handedOn ? after : (before ?? after);
  // inside an embedded post the words are the author's, whoever the post says spoke them
  if (attribution) attribution = embedAuthor(t, mark.open) ?? attribution;
  // the source a quotation is reported through outweighs the verb of the person it quotes
  if (!label && !roundup && !headline) {
    const source =
      accordingSource(t, from, mark.open) ??
      (after ? accordingSource(t, afterFrom, afterTo, true) : null) ??
      (direct ? null : insertedReporter(t, from, mark.open, before));
    const report = source || mark.close === null ? null : reportingSource(t, afterFrom, sentenceEnd(text, afterFrom, mark.lineEnd));
    attribution = source ?? (report ? withInner(report, attribution) : attribution);
  }
  // `Lund shared her worries with donors, "…"`: a capitalised quotation after a comma is spoken by the subject of the clause that introduces it
  if (!attribution && (!direct || lead.endsWith(',')) && !joinsPrevious) attribution = attributeByClause(t, from, mark.open);
  // `Ruiz has coined a phrase, "…," to describe …`: a verb after the words with no subject of its own leaves them to the clause before them
  else if (!direct && !joinsPrevious && attribution?.via === 'after' && !attribution.mention)
    attribution = attributeByClause(t, from, mark.open) ?? attribution;
  // `“…,” Ruiz fixates on the “pivot” line`: after an earlier quotation of the sentence, a named subject with a verb of its own opens a clause whose words these are
  if (!attribution && joinsPrevious && !direct) attribution = namedOnly(attributeByClause(t, from, mark.open)) ?? contrastClause(t, from, mark.open);
  if (!attribution && direct && lead === '' && from > mark.lineStart && !prev) {
    attribution = previousSentence(t, from, Math.max(floor, from - 600));
  }
  // `Asked whether Lund "has the integrity …," most voters said yes`: words of a question put to people are nobody's answer
  const asked = direct ? null : askedQuestion(t, from, mark.open);
  if (asked) attribution = asked;
  // the whole sentence, earlier quotations on the line included, when none opens it
  const whole = sentenceStart(text, mark.open, mark.lineStart);
  attribution = preferSentenceSubject(
    t,
    attribution,
    /["\u201c\u201d]/.test(text.slice(whole, from)) && !/["\u201c]/.test(text.slice(whole, whole + 1)) ? whole : from,
    mark.open,
  );
  return {
    mark: label ? { ...mark, start: label.quoteStart } : mark,
    kind: direct ? 'direct' : 'partial',
    attribution,
    notQuote: false,
    startsLine: lastNonSpace(text, mark.lineStart, mark.open) === '',
    joinsPrevious,
    sentence: { start: from, end: Math.max(afterTo, mark.close === null ? mark.end : mark.close + 1) },
  };
}

/** `as the memo`, `as Lund's manager`: the mention at word `m` (or the owner before it) follows "as". */
function opensAsClause(t: TextWords, m: number): boolean {
  const before = t.words[m - 1];
  if (before?.lower === 'as') return true;
  return !!before && (isPossessive(before) || before.tags.has('Possessive')) && t.words[m - 2]?.lower === 'as';
}

/**
 * `Ruiz likes "…," while the governor loves "…"`: after earlier quoted words, a clause that "while",
 * "whereas", "although" or "though" opens has a subject and verb of its own: the words are that subject's.
 */
function contrastClause(t: TextWords, from: number, open: number): Attribution | null {
  const [i, j] = wordRange(t.words, from, open);
  if (i + 1 >= j || !CONTRAST_OPENERS.has(t.words[i].lower)) return null;
  return attributeByClause(t, t.words[i + 1].start, open);
}

/**
 * `Asked whether Lund "has the integrity …,"`: a sentence opening with "Asked" and a question word,
 * with no comma before the quoted words, quotes the question's wording, which no one in the sentence
 * said; a cue with no speaker keeps them as words, spoken by no one found.
 */
function askedQuestion(t: TextWords, from: number, open: number): Attribution | null {
  const [i, j] = wordRange(t.words, from, open);
  const [asked, question] = [t.words[i], t.words[i + 1]];
  if (i + 1 >= j || asked.lower !== 'asked' || !isCapitalised(asked) || !QUESTION_WORDS.has(question.lower)) return null;
  if (t.words.slice(i + 1, j).some((w) => /[,;:]/.test(w.gap))) return null;
  return { cue: { text: asked.text, start: asked.start, end: asked.end }, mention: null, via: 'before', cueWord: i, reported: true };
}

function namedOnly(a: Attribution | null): Attribution | null {
  return a?.mention?.kind === 'name' ? a : null;
}

function asIntro(a: Attribution | null): Attribution | null {
  return a?.mention ? { ...a, via: 'intro' } : null;
}

/** `Smith said. "We lost."`: a quotation opening a sentence continues the one before it. */
function previousSentence(t: TextWords, from: number, floor: number): Attribution | null {
  let end = from;
  while (end > floor && /[\s"\u201d\u2019')\]]/.test(t.text[end - 1])) end--;
  const start = sentenceStart(t.text, end - 1, floor);
  const found = attributeBefore(t, start, end);
  return found?.mention ? { ...found, via: 'inherited' } : null;
}

/**
 * A quotation ending in a full stop ends its sentence, so what follows is a new sentence unless
 * it reads as an attribution tail (`he said.`, `said Smith.`).
 */
function afterAllowed(text: string, mark: QuoteMark, from: number, to: number): boolean {
  if (mark.close === null || from >= to) return false;
  if (text[mark.end - 1] !== '.') return true;
  const tail = text.slice(from, to).trim();
  // `…relief." Why not just say: "…"`: words ending in a colon introduce the next quotation
  if (tail.endsWith(':')) return false;
  if (/^[\u2015\u2014\u2013]/.test(tail) || /^\p{Ll}/u.test(tail)) return true;
  return tail.split(/\s+/).length <= 4;
}

const MARKUP = /[=<>]\s*$/;
const LINK = /^(?:https?:\/\/|www\.)\S+$/iu;

function notAQuote(text: string, mark: QuoteMark, direct: boolean): boolean {
  const content = text.slice(mark.start, mark.end);
  // `for “R,” or “D,”`: a lone letter is a label, and nobody's words are shorter than a word of two letters
  if (!/\p{L}{2}/u.test(content)) return true;
  if (isLoneLabel(text, mark, content)) return true;
  // a link is nobody's words (`…buy." http://ex.am/ple." Next…`: marks paired across a link)
  if (LINK.test(content.trim())) return true;
  if (/^[([].*[)\]][.,]?$/s.test(content)) return true;
  if (MARKUP.test(text.slice(Math.max(mark.lineStart, mark.open - 2), mark.open))) return true;
  if (isCapitalsHeading(text, mark, content)) return true;
  // `“Harbor Lights” star Jo Lund` opens its line as often as not: the noun after it says what it is
  if (isTitled(content) && workNounFollows(text, mark)) return true;
  if (direct) return false;
  return isNickname(text, mark, content) || isTitleOfWork(text, mark, content);
}

/** `starred in “Harbor Lights” and “Linden General”`: a title joined by "and" or "or" to a title before it is one too. */
function joinsTitle(text: string, title: QuoteMark, mark: QuoteMark): boolean {
  if (title.close === null || title.lineStart !== mark.lineStart) return false;
  if (!/^[,\s]*(?:and|or)\s*$/u.test(text.slice(title.close + 1, mark.open))) return false;
  return isTitled(text.slice(title.start, title.end)) && isTitled(text.slice(mark.start, mark.end));
}

/** How many words may stand between a title and the noun saying what it is (`“Harbor Lights” TV show`). */
const WORK_NOUN_REACH = 1;

/** `“Harbor Lights” TV show`, `“Harbor Lights” star Jo Lund`: the words right after the closing mark name a work or its performer. */
function workNounFollows(text: string, mark: QuoteMark): boolean {
  if (mark.close === null || /[.,!?:;]$/.test(text.slice(mark.start, mark.close))) return false;
  const after = /^[ \t\u00a0]+((?:[\p{L}-]+[ \t\u00a0]+){0,1}[\p{L}-]+)/u.exec(text.slice(mark.close + 1, mark.close + 60));
  if (!after) return false;
  const words = after[1].split(/[ \t\u00a0]+/);
  // a lower-case noun ("star", "show") or an acronym before it ("TV show"), never a capitalised name
  return words.slice(0, WORK_NOUN_REACH + 1).some((w, i) => {
    if (!WORK_NOUNS.has(w) && !PERFORMER_NOUNS.has(w.toLowerCase())) return false;
    return i === 0 ? /^\p{Ll}/u.test(w) : /^\p{Lu}{2,}$/u.test(words[0]) && /^\p{Ll}/u.test(w);
  });
}

/** Every word capitalised (short linking words aside), no sentence ending inside: how a title of a work is written. */
function isTitled(content: string): boolean {
  if (SENTENCE_INSIDE.test(content.trim())) return false;
  const words = content
    .replace(/[.,!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!words.length || words.length > 10) return false;
  return words.every((w, i) => /^[\p{Lu}\d]/u.test(w) || (i > 0 && w.length <= 4 && /^\p{Ll}/u.test(w)));
}

/**
 * `“EVENTUALLY THE VOTERS DECIDE”` alone on its line: a subheading set in capitals, echoing words
 * the story quotes in full below it, not a quotation of its own.
 */
function isCapitalsHeading(text: string, mark: QuoteMark, content: string): boolean {
  if (mark.close === null || /\p{Ll}/u.test(content)) return false;
  if (text.slice(mark.lineStart, mark.open).trim() !== '' || text.slice(mark.close + 1, mark.lineEnd).trim() !== '') return false;
  return content.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length >= 2;
}

/** `"Related:"` alone on its line: one word and a colon introduce links, not speech. */
function isLoneLabel(text: string, mark: QuoteMark, content: string): boolean {
  if (mark.close === null || !/^\p{L}+:$/u.test(content.trim())) return false;
  return text.slice(mark.lineStart, mark.open).trim() === '' && text.slice(mark.close + 1, mark.lineEnd).trim() === '';
}

/** `Jane "JJ" Smith`: a short capitalised quotation between two parts of a name. */
function isNickname(text: string, mark: QuoteMark, content: string): boolean {
  // `called Lund "unhinged." Okafor …`, `calling Lund "a gambler," Okafor said`: words closed by a stop or a comma end a clause; a nickname runs on into the name
  if (mark.close === null || content.split(/\s+/).length > 3 || /[.,!?]$/.test(content) || text.slice(mark.end, mark.close).includes(',')) return false;
  const before = text.slice(Math.max(0, mark.open - 30), mark.open);
  const after = text.slice(mark.close + 1, mark.close + 30);
  return /\p{Lu}[\p{L}.]*\s$/u.test(before) && /^\s\p{Lu}/u.test(after);
}

/** `on "Meet the Candidates"`, `WXYZ's "Morning Hour"`: a capitalised title after a preposition or possessive. */
function isTitleOfWork(text: string, mark: QuoteMark, content: string): boolean {
  // `with, “Why now? That was on my way”`: a sentence ending inside the words makes them speech, however short their words
  if (!isTitled(content)) return false;
  const before = text.slice(Math.max(mark.lineStart, mark.open - 40), mark.open);
  const [prevWord = '', wordBefore = ''] = before
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .reverse()
    .map((w) => w.replace(/[,:]$/, ''));
  // "an episode of", "the documentary,"
  if (WORK_NOUNS.has(prevWord) || (prevWord === 'of' && WORK_NOUNS.has(wordBefore))) return true;
  return TITLE_MARKERS.has(prevWord) || /['\u2019]s?$/.test(prevWord) || namedAsWork(text, mark);
}

/** A question or exclamation mark, or a full stop after a lower-case word ("now." but not "Mr."), followed by a capital. */
const SENTENCE_INSIDE = /(?:[?!]|\p{Ll}{3}\.)\s+\p{Lu}/u;

/** How many words may describe the genre after "is a" ("is an AMC drama", "is a new cable thriller"). */
const GENRE_REACH = 3;

/** `“Harbor Lights” is an AMC drama`: the quoted words are the subject of "is" or "was" and a genre noun names what they are. */
function namedAsWork(text: string, mark: QuoteMark): boolean {
  if (mark.close === null) return false;
  const after = /^\s+(?:is|was)\s+(?:a|an|the)\s+([^.,;:"\u201c\u201d\n]{1,60})/u.exec(text.slice(mark.close + 1, mark.close + 80));
  if (!after) return false;
  return after[1]
    .toLowerCase()
    .split(/\s+/)
    .slice(0, GENRE_REACH + 1)
    .some((w) => WORK_NOUNS.has(w));
}
