import type { Attribution, TextWords } from './attribution.js';
import { attributeBefore, clauseSubject, quotedAt, subjectOf } from './attribution.js';
import type { Mention } from './mentions.js';
import { isCueAt } from './mentions.js';
import type { Word } from '../nlp/words.js';
import { sentenceStart } from './boundaries.js';
import { roundupLabel } from './roundup.js';
import { CUE_MODIFIERS, TALK_VERBS, isParticipleCue } from './lexicon.js';
import type { Candidate } from './candidates.js';
import { joinedToPrevious, wordRange } from '../nlp/words.js';

/**
 * Quotations without an attribution of their own take one from their neighbours, the way a
 * reader does: the rest of a split quotation, the next paragraph of a long one, a paragraph
 * that is only a quotation right after an attributed one, or an intro line ending in a colon.
 */
export function inheritAttributions(t: TextWords, found: Candidate[]): void {
  for (let n = 0; n < found.length; n++) forward(t, found, n);
  for (let n = found.length - 1; n >= 0; n--) backward(t, found, n);
  for (let n = 0; n < found.length; n++) forward(t, found, n);
}

function inherit(a: Attribution, via: Attribution['via']): Attribution {
  return { ...a, via };
}

function usable(c: Candidate | undefined): c is Candidate {
  return !!c && !c.notQuote && !!c.attribution?.mention;
}

function sameLine(a: Candidate, b: Candidate): boolean {
  return a.mark.lineStart === b.mark.lineStart;
}

/** True when `b` reopens, on the next paragraph, the quotation `a` left open. */
function continues(t: TextWords, a: Candidate, b: Candidate): boolean {
  return a.mark.close === null && b.startsLine && t.text.slice(a.mark.lineEnd, b.mark.lineStart).trim() === '';
}

function forward(t: TextWords, found: Candidate[], n: number): void {
  const c = found[n];
  if (c.notQuote) return;
  const p = previousQuote(found, n);
  const prev = p < 0 ? undefined : found[p];
  // `Smith told the paper it was "…," adding, "…"`: a participle with no subject of its own goes on the sentence's speaker
  const own = c.attribution;
  const cue = own && !own.mention ? own.cue : null;
  // `… that the report "wasn't good." Adding, "…"`: a participle opening its own sentence goes on the same way
  const goesOn = !!cue && isParticipleCue(cue.text.toLowerCase()) && (c.joinsPrevious || opensSentence(t, cue.start, c.mark.lineStart));
  if (own && goesOn && usable(prev) && sameLine(prev, c)) {
    c.attribution = { ...own, mention: prev.attribution!.mention, via: 'inherited' };
    return;
  }
  if (c.attribution) return;
  // `saying the plan was "…" and "…"`: more words of one reported clause, whose speaker may be unknown
  if (prev && !prev.notQuote && prev.attribution?.reported && sameLine(prev, c) && c.joinsPrevious) {
    c.attribution = inherit(prev.attribution, 'inherited');
    return;
  }
  if (usable(prev) && (sameLine(prev, c) ? c.kind === 'direct' || c.joinsPrevious : continues(t, prev, c))) {
    c.attribution = (sameLine(prev, c) ? joinedReport(t, prev, c) : null) ?? inherit(prev.attribution!, 'inherited');
    return;
  }
  if (c.kind !== 'direct' || !c.startsLine) return;
  const prevLine = previousLine(t.text, c.mark.lineStart);
  if (!prevLine) return;
  const intro = introLine(t, prevLine.start, prevLine.end) ?? labelledLine(t, prevLine.start, prevLine.end);
  if (intro) c.attribution = intro;
  else if (usable(prev) && prev.mark.lineStart === prevLine.start && lastOnLine(found, p))
    c.attribution = laterReport(t, prev, prevLine.end) ?? inherit(prev.attribution!, 'floating');
  else c.attribution = paragraphSubject(t, prevLine.start, prevLine.end);
}

/**
 * `Lund, who calls it a "farce," said … . Rather, he said, the plan …` then a paragraph that is only
 * a quotation: a speech verb in a sentence after the previous quotation's, reporting its speaker's
 * words without quoting them, is the nearer attribution, and the one a reader carries on.
 */
function laterReport(t: TextWords, prev: Candidate, end: number): Attribution | null {
  const from = prev.sentence.end;
  if (from >= end) return null;
  const found = attributeBefore(t, from, end);
  return found?.mention && found.cue && found.cue.start >= from ? { ...found, via: 'floating' } : null;
}

/** What stands between an earlier speech verb and a subject of a clause coordinated with it: `, and then `. */
const COORDINATED_SUBJECT = /^\s*,?\s*(?:and|but)\s+(?:then\s+)?$/i;

/**
 * `"…," Lund said, and her husband cut in. "…"`: a speech verb with a subject of its own after the
 * previous quotation's own verb, before these words, is who speaks them, not the earlier speaker.
 */
function joinedReport(t: TextWords, prev: Candidate, c: Candidate): Attribution | null {
  const cue = prev.attribution?.cue;
  if (!cue || prev.mark.close === null || cue.start < prev.mark.close) return null;
  const found = attributeBefore(t, cue.end, c.mark.open);
  if (!found?.mention || !found.cue || found.mention.start < cue.end) return null;
  // only a clause joined by "and" or "but" to the earlier verb: `, which was first reported by …` is no new speaker
  return COORDINATED_SUBJECT.test(t.text.slice(cue.end, found.mention.start)) ? { ...found, via: 'inherited' } : null;
}

/**
 * `Smith turned to the budget.` then a paragraph that is only a quotation: the person the
 * previous paragraph's last sentence is about (when no quotation there passes its speaker on) is the likeliest speaker.
 */
function paragraphSubject(t: TextWords, start: number, end: number): Attribution | null {
  let last = trimmedEnd(t.text, start, end);
  // `Lund spoke about the case. (The law requires …)`: sentences the writer sets in parentheses are an aside; the subject is read before them
  const aside = asideStart(t.text, start, last);
  if (aside === start) {
    const before = previousLine(t.text, start);
    return before ? paragraphSubject(t, before.start, before.end) : null;
  }
  if (aside > start) last = trimmedEnd(t.text, start, aside);
  const from = sentenceStart(t.text, Math.max(start, last - 1), start);
  const [i, j] = wordRange(t.words, from, last);
  // `Vale won the vote, Ruiz said.`, `…, since Lund spoke only in slogans.`: a person the sentence
  // reports speaking is whom the next words are heard from, rather than the sentence's subject
  const reporter = reporterOf(t.words, i, j);
  if (reporter) return { cue: null, mention: reporter, via: 'floating', cueWord: -1 };
  const subject = clauseSubject(t.words, i, j);
  if (!subject || subject.last + 1 >= j) return null;
  const person = subject.kind === 'name' || ['he', 'she'].includes(t.words[subject.first].lower);
  // `Lund also spoke about …`: adverbs between the subject and its verb
  let v = subject.last + 1;
  while (v + 1 < j && CUE_MODIFIERS.has(t.words[v].lower) && t.words[v].tags.has('Adverb')) v++;
  const verb = t.words[v];
  if (!person || !verb.tags.has('Verb') || !joinedToPrevious(verb)) return null;
  return { cue: null, mention: subject, via: 'floating', cueWord: -1 };
}

/**
 * The named subject of the first verb of speaking in words [i, j) outside quotation marks (a speech
 * verb, or one such as "spoke" that quotes nothing itself), or null. Participles ("saying") go on
 * their clause's verb, read first.
 */
export function reporterOf(words: Word[], i: number, j: number): Mention | null {
  for (let k = i; k < j; k++) {
    if (isParticipleCue(words[k].lower) || (!TALK_VERBS.has(words[k].lower) && !isCueAt(words, k)) || quotedAt(words, i - 1, k)) continue;
    const m = subjectOf(words, k, i);
    if (m?.kind === 'name') return m;
  }
  return null;
}

function trimmedEnd(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && /\s/.test(text[last - 1])) last--;
  return last;
}

/**
 * Where the sentences in parentheses that close [start, last) open, or -1: the parenthesis must
 * close the paragraph and open a sentence of its own (`… weeks. (The law …)`), not a phrase
 * (`Rep. Jo Lund (D-Ore.)`).
 */
function asideStart(text: string, start: number, last: number): number {
  let k = last - 1;
  if (text[k] === '.' && text[k - 1] === ')') k--;
  if (text[k] !== ')') return -1;
  let depth = 0;
  for (; k >= start; k--) {
    if (text[k] === ')') depth++;
    else if (text[k] === '(' && --depth === 0) break;
  }
  if (k < start) return -1;
  const before = text.slice(start, k).trimEnd();
  return before === '' || /[.!?]["\u201d\u2019]?$/.test(before) ? k : -1;
}

function opensSentence(t: TextWords, at: number, lineStart: number): boolean {
  return t.text.slice(sentenceStart(t.text, at, lineStart), at).trim() === '';
}

/** Index of the nearest earlier candidate that is a quotation at all (titles and nicknames are passed over), or -1. */
function previousQuote(found: Candidate[], n: number): number {
  for (let k = n - 1; k >= 0; k--) if (!found[k].notQuote) return k;
  return -1;
}

function backward(t: TextWords, found: Candidate[], n: number): void {
  const c = found[n];
  const next = found[n + 1];
  if (c.attribution || c.notQuote || !usable(next)) return;
  if (c.kind !== 'direct') {
    if (pairedWithTrailingCue(t, c, next)) c.attribution = inherit(next.attribution!, 'inherited');
    return;
  }
  if (sameLine(c, next) || c.mark.close === null) c.attribution = inherit(next.attribution!, 'inherited');
}

/** What may stand between two quoted phrases of one list: "and", "or", a comma. */
const LIST_JOIN = /^[\s,]*(?:and|or)?\s*$/;

/**
 * `Ferries are "a hazard" and "a drain," Vale said`: quoted words joined by "and" to the next ones,
 * whose speaker is written after them, are spoken by the same speaker.
 */
function pairedWithTrailingCue(t: TextWords, c: Candidate, next: Candidate): boolean {
  if (c.mark.close === null || !next.joinsPrevious || !sameLine(c, next)) return false;
  if (!LIST_JOIN.test(t.text.slice(c.mark.close + 1, next.mark.open))) return false;
  const mention = next.attribution!.mention!;
  return next.mark.close !== null && mention.start > next.mark.close;
}

function lastOnLine(found: Candidate[], n: number): boolean {
  return n + 1 >= found.length || found[n + 1].mark.lineStart !== found[n].mark.lineStart || found[n + 1].notQuote;
}

function previousLine(text: string, lineStart: number): { start: number; end: number } | null {
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (text.slice(start, end).trim()) return { start, end };
    end = start - 1;
  }
  return null;
}

/** A line that is a label, a colon and one quotation to its end: `Dana Pell: ‘We Need More Nurses.’`. */
const LABELLED_LINE = /^([^:\n"\u201c\u2018]+):\s*["\u201c\u2018'][^\n]*["\u201d\u2019'][.!?]?$/u;

/**
 * `Dana Pell: ‘We Need More Nurses.’` (a headline, a round-up line) names who speaks the quotation
 * it holds; a paragraph that is only a quotation right after it goes on with the same speaker.
 */
function labelledLine(t: TextWords, start: number, end: number): Attribution | null {
  const line = t.text.slice(start, end).trimEnd();
  const m = LABELLED_LINE.exec(line);
  if (!m) return null;
  const found = roundupLabel(t, start, start + m[1].length);
  return found ? { ...found, via: 'floating' } : null;
}

/** `Smith said:` or `The report reads:` closing the previous paragraph introduces this one. */
function introLine(t: TextWords, start: number, end: number): Attribution | null {
  const line = t.text.slice(start, end).trimEnd();
  if (!line.endsWith(':')) return null;
  const colon = start + line.length - 1;
  const from = sentenceStart(t.text, colon, start);
  const found = attributeBefore(t, from, colon);
  if (found?.mention) return { ...found, via: 'floating' };
  const [i, j] = wordRange(t.words, from, colon);
  const subject = clauseSubject(t.words, i, j);
  if (!subject || subject.last + 1 >= j || !t.words[subject.last + 1].tags.has('Verb')) return null;
  const verb = t.words[subject.last + 1];
  return { cue: { text: verb.text, start: verb.start, end: verb.end }, mention: subject, via: 'floating', cueWord: subject.last + 1 };
}
