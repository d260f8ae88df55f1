import type { TypedValue } from '../model/records.js';
import type { Sentence, Token } from './parse.js';
import { lemma } from './lemma.js';
import { gluedMultiple, parseNumber, splitHyphenNumber } from './numbers.js';
import { gapBetween, has, wordsOf } from './tokens.js';
import {
  AGE_CUES,
  CENT_WORDS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  NOT_A_SPAN_AFTER,
  PERCENT_WORDS,
  QUALIFIERS,
  SPAN_ANCHORS,
  TIME_UNITS,
  YEARS_IN_ONE,
  ARTICLE_ORDINAL_UNITS,
  AGE_ORDINAL_NOUNS,
  MULTIPLE_FRACTIONS,
  MONEY_SHORT_MULTIPLES,
  SPACED_MONEY_MULTIPLES,
} from './units.js';

interface NumberRun {
  first: number;
  last: number;
  n: number;
  /** A word glued on by a hyphen: "6,000-word" → "word". */
  glued: string | null;
  /** An ordinal that counts years of a life: "her 65th birthday". */
  ordinalAge?: boolean;
}

/**
 * Counts, money, percentages, durations and ages in a sentence. `taken` are spans already read as
 * dates; `people` lets "Ortiz, 54," read as an age.
 */
export function findQuantities(text: string, sentence: Sentence, taken: TypedValue[], people: TypedValue[]): TypedValue[] {
  const words = wordsOf(sentence);
  const out: TypedValue[] = [];
  for (const run of numberRuns(text, words, taken)) {
    const value = classify(text, words, run, people);
    if (value) out.push(value);
  }
  const names = taken.filter((v) => v.type !== 'date');
  const spans = timeSpans(text, sentence).filter((s) => !out.concat(names).some((v) => v.type !== 'number' && s.start < v.end && s.end > v.start));
  return [...out, ...spans].sort((a, b) => a.start - b.start);
}

/** "a week", "ten months ago", "eight weeks before": a count of a unit of time, with the word that anchors it to an event. */
const TIME_SPAN = new RegExp(
  `\\b(\\d[\\d,]*(?:\\.\\d+)?|[a-z]+(?:-[a-z]+)?)\\s+(?:more\\s+)?(${Object.keys(TIME_UNITS).join('|')}|centurie)s?\\b(?:\\s+(${SPAN_ANCHORS.join('|')})\\b)?`,
  'gi',
);

/**
 * Spans of time the number reader leaves out: one counted by an article ("took a week off") and
 * one anchored to an event ("10 months ago", "eight weeks before the caucuses"), which is a point
 * in time for a date question and a span for "how long ago". An anchored span carries its anchor in
 * its context, so only a question that asks "ago", "before" or "after" takes it.
 */
function timeSpans(text: string, sentence: Sentence): TypedValue[] {
  const out: TypedValue[] = [];
  for (const m of sentence.text.matchAll(TIME_SPAN)) {
    const [, count, unitText, anchor] = m;
    const article = /^an?$/i.test(count);
    // "a second term", "a second time": after an article "second" is the ordinal, never one second.
    if (article && ARTICLE_ORDINAL_UNITS.includes(unitText.toLowerCase())) continue;
    const n = article ? 1 : parseNumber(count);
    if (n === null || n <= 0) continue;
    const lead = sentence.text.slice(0, m.index);
    // "a year-old", "a month-long": a word built on the unit, not a span.
    if (!anchor && sentence.text[m.index + m[0].length] === '-') continue;
    // "$5 a year", "twice a week", "per month": a rate, not a span.
    if (!anchor && (!article || RATE_BEFORE.test(lead))) continue;
    const unit = unitText.toLowerCase() === 'centurie' ? 'century' : unitText.toLowerCase();
    const start = sentence.start + m.index;
    const end = start + m[0].length - (anchor ? anchor.length + 1 : 0);
    const span = text.slice(start, end).replace(/\s+/g, ' ');
    out.push({
      type: 'duration',
      text: span,
      start,
      end,
      normalized: spanNormal(n, unit),
      context: anchor ? [anchor.toLowerCase()] : [],
    });
  }
  return out;
}

/** A span's normal form, "3 weeks", "1 month"; one decade or century as the years a reader counts ("10 years"). */
function spanNormal(n: number, unit: string): string {
  if (n === 1 && YEARS_IN_ONE[unit]) return `${YEARS_IN_ONE[unit]} years`;
  return `${n} ${n === 1 ? unit : TIME_UNITS[unit]}`;
}

/** What before "a year" makes it a rate: an amount, a frequency word, "per". */
const RATE_BEFORE = /(?:\d|%|\b(?:percent|cent|dollars?|euros?|pounds?|million|billion|trillion|thousand|hundred|once|twice|thrice|times|per|each|every))\s*$/i;

function numberRuns(text: string, words: Token[], taken: TypedValue[]): NumberRun[] {
  const free = (t: Token) => !taken.some((v) => t.start < v.end && t.end > v.start);
  const runs: NumberRun[] = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (!free(t)) continue;
    const age = has(t, 'Ordinal') && AGE_ORDINAL_NOUNS.includes(words[i + 1]?.normal ?? '') ? parseNumber(t.text) : null;
    if (age !== null && age > 0) {
      runs.push({ first: i, last: i, n: age, glued: null, ordinalAge: true });
      continue;
    }
    const compact = gluedMultiple(t.text);
    if (compact !== null) {
      runs.push({ first: i, last: i, n: compact, glued: null });
      continue;
    }
    const spaced = free(words[i + 1] ?? t) ? spacedMoneyMultiple(t, words[i + 1]) : null;
    if (spaced !== null) {
      runs.push({ first: i, last: i + 1, n: spaced, glued: null });
      i++;
      continue;
    }
    const glued = splitHyphenNumber(t.text);
    if (glued) {
      runs.push({ first: i, last: i, n: glued.n, glued: glued.rest });
      continue;
    }
    if (!countsTime(t, words[i + 1]) && (!has(t, 'Value') || has(t, 'Ordinal', 'Fraction') || !has(t, 'Cardinal', 'Money', 'Percent'))) continue;
    let j = i;
    if (j + 1 < words.length && free(words[j + 1]) && isUnitsAfterTens(words[j], words[j + 1], text)) j++;
    while (j + 1 < words.length && has(words[j + 1], 'Multiple') && free(words[j + 1])) j++;
    const n = parseNumber(
      words
        .slice(i, j + 1)
        .map((w) => w.text.replace(/^[$€£¥₹]/u, '').replace(/%$/, ''))
        .join(' '),
    );
    // "millions" reads as 0: a bare plural multiple is a vague amount, not a count.
    // "no one", "every one": a pronoun, not a count of one.
    const vague = (n === 0 && !/\d|zero/i.test(t.text)) || (/^one$/i.test(t.text) && /^(?:no|any|every|some)$/i.test(words[i - 1]?.text ?? ''));
    const scaled = n !== null && !/\d/.test(t.text) && has(t, 'Multiple') ? scaledMultiple(words, i, free) : null;
    if (n !== null && scaled) runs.push({ first: scaled.first, last: j, n: n * scaled.factor, glued: null });
    else if (n !== null && !vague) runs.push({ first: i, last: j, n, glued: null });
    i = j;
  }
  return runs;
}

/** "$2.5 bn", "€40 mln": an amount of money with its multiple's short form written apart. */
function spacedMoneyMultiple(t: Token, next: Token | undefined): number | null {
  if (!next || !SPACED_MONEY_MULTIPLES.includes(next.text.toLowerCase())) return null;
  const m = /^(\p{Sc})(\d[\d,]*(?:\.\d+)?)$/u.exec(t.text);
  const n = m && Object.hasOwn(CURRENCY_SYMBOLS, m[1]) ? parseNumber(m[2]) : null;
  return n === null ? null : n * MONEY_SHORT_MULTIPLES[next.text.toLowerCase()];
}

/**
 * "half a million", "a quarter million", "a million": the words before a bare multiple that scale
 * it, read into the figure (alone, "million" would stand for a whole million).
 */
function scaledMultiple(words: Token[], i: number, free: (t: Token) => boolean): { first: number; factor: number } | null {
  const word = (k: number) => (k >= 0 && free(words[k]) ? words[k].text.toLowerCase() : '');
  const fraction = (k: number) => (Object.hasOwn(MULTIPLE_FRACTIONS, word(k)) ? MULTIPLE_FRACTIONS[word(k)] : null);
  if (/^an?$/.test(word(i - 1))) {
    const before = fraction(i - 2);
    return before !== null ? { first: i - 2, factor: before } : { first: i - 1, factor: 1 };
  }
  const own = fraction(i - 1);
  if (own === null) return null;
  return { first: /^an?$/.test(word(i - 2)) ? i - 2 : i - 1, factor: own };
}

/**
 * "30-second spot", "about six seconds": a number before a unit of time counts it, though compromise
 * tags "30" a unit and "six seconds" a fraction when "second" could be an ordinal.
 */
function countsTime(t: Token, next: Token | undefined): boolean {
  return next !== undefined && /^(?:\d[\d,]*(?:\.\d+)?|\p{L}+)$/u.test(t.text) && has(t, 'Value', 'Unit') && !has(t, 'Ordinal') && timeUnitOf(next) !== null;
}

/** The unit of time a word names, singular: "seconds" → second, "years'" (two years' probation) → year. */
function timeUnitOf(t: Token): string | null {
  const word = t.text.toLowerCase().replace(/['’]s?$/u, '');
  if (word === 'centuries') return 'century';
  const singular = TIME_UNITS[word] ? word : word.replace(/s$/, '');
  return TIME_UNITS[singular] ? singular : null;
}

/**
 * "Forty-three", "Twenty nine": compromise splits a spelled-out number at its hyphen, and the tens
 * alone would be read as one number and the units as another ("three percent" for forty-three).
 */
function isUnitsAfterTens(tens: Token, units: Token, text: string): boolean {
  if (!has(tens, 'TextValue') || !has(units, 'TextValue') || !/^[-\s]$/.test(gapBetween(text, tens, units))) return false;
  const t = parseNumber(tens.text);
  const u = parseNumber(units.text);
  return t !== null && u !== null && t >= 20 && t < 100 && t % 10 === 0 && u >= 1 && u <= 9 && Number.isInteger(u);
}

function classify(text: string, words: Token[], run: NumberRun, people: TypedValue[]): TypedValue | null {
  const first = words[run.first];
  const after = words.slice(run.last + 1, run.last + 4).map((t) => t.normal);
  const make = (type: TypedValue['type'], endAt: number, normalized: string | number, context: string[]): TypedValue => {
    const start = qualifiedStart(text, words, run.first);
    const end = words[endAt].end;
    return { type, text: text.slice(start, end), start, end, normalized, context };
  };
  if (run.ordinalAge) return make('age', run.last, run.n, []);
  // "13-year-olds" names people of that age as "13-year-old" names one ("29-years-old" is a common misspelling).
  const yearOld = (unit: string | undefined, old: string | undefined) => (unit === 'year' || unit === 'years') && (old === 'old' || old === 'olds');
  if (run.glued === 'year-old' || run.glued === 'year-olds' || run.glued === 'years-old' || yearOld(after[0], after[1])) {
    const endAt = run.glued ? run.last : run.last + 2;
    return make('age', endAt, run.n, nounPhraseAfter(text, words, endAt));
  }
  if (run.glued) return make('number', run.last, run.n, [run.glued, ...nounPhraseAfter(text, words, run.last)]);
  const before = words[run.first - 1];
  if (before && AGE_CUES.includes(before.normal)) return make('age', run.last, run.n, []);
  // "Ortiz, 54,", "Ms. Lee, then 35.", "Mr. Vale, now 81 and retired": an age set after a name, also as it was then or is now, and at the sentence's end.
  const owner = people.find((p) => p.end <= first.start && /^\s*,\s*(?:then\s+|now\s+)?$/.test(text.slice(p.end, first.start)));
  const ownerEnd = owner && /,\s*(?:then|now)\s+$/.test(text.slice(owner.end, first.start)) ? /^\s*(?:,|\.(?:\s|$)|\s+and\s)/ : /^\s*(?:,|\.(?:\s|$))/;
  const holder = owner && ownerEnd.test(text.slice(words[run.last].end)) ? owner : copulaHolder(text, words, run, people);
  if (holder && Number.isInteger(run.n) && run.n > 0 && run.n < 125) {
    return make('age', run.last, run.n, [
      ...(holder.context ?? []),
      ...String(holder.normalized ?? holder.text)
        .toLowerCase()
        .split(' '),
    ]);
  }
  const currency = CURRENCY_SYMBOLS[first.text[0]] ?? CURRENCY_WORDS[after[0] ?? ''];
  if (currency) {
    const endAt = CURRENCY_SYMBOLS[first.text[0]] ? run.last : run.last + 1;
    return make('money', endAt, `${currency} ${run.n}`, nounPhraseAfter(text, words, endAt));
  }
  const cents = CENT_WORDS[after[0] ?? ''];
  if (cents && !CURRENCY_SYMBOLS[first.text[0]]) return make('money', run.last + 1, `${cents} ${run.n / 100}`, nounPhraseAfter(text, words, run.last + 1));
  if (has(first, 'Percent') && first.text.endsWith('%')) return make('percent', run.last, run.n, []);
  // "between 40 and 45 percent", "30 to 35%": the first end of a range shares the unit of the second.
  if (rangeEndsInPercent(text, words, run.last)) return make('percent', run.last, run.n, []);
  const pct = PERCENT_WORDS.find((p) => text.slice(words[run.last].end).trimStart().toLowerCase().startsWith(p));
  if (pct) {
    const endAt = run.last + pct.split(' ').length;
    return make('percent', Math.min(endAt, words.length - 1), run.n, []);
  }
  const unit = words[run.last + 1];
  const unitWord = unit ? (timeUnitOf(unit) ?? lemma(unit)) : '';
  if (unit && TIME_UNITS[unitWord] && !NOT_A_SPAN_AFTER.includes(after[1] ?? '')) {
    return make('duration', run.last + 1, spanNormal(run.n, unitWord), []);
  }
  return make('number', run.last, run.n, nounPhraseAfter(text, words, run.last));
}

/** "is", "was", "will be", "turned": what sets a bare number as what a person is ("Ortiz is 54"). */
const AGE_COPULA = /^\s*(?:,\s*who\s+)?(?:is|was|turns|turned|will\s+be|would\s+be|will\s+turn)\s+$/i;

/**
 * "Ortiz is 54.", "Ruiz, who is 70,", "Justice Vale will be 78,": the person a bare figure is said of,
 * the figure ending the clause (not "is 54 points ahead", "is 54 percent"). The person opens the
 * clause: in "support for Ruiz was 45." the figure is the support's.
 */
function copulaHolder(text: string, words: Token[], run: NumberRun, people: TypedValue[]): TypedValue | undefined {
  if (run.first !== run.last || !/^\d{1,3}$/.test(words[run.first].text) || !/^\s*(?:[,;]|\.(?:\s|$)|$)/.test(text.slice(words[run.last].end)))
    return undefined;
  return people.find((p) => {
    const gap = text.slice(p.end, words[run.first].start);
    if (p.end > words[run.first].start || !AGE_COPULA.test(gap)) return false;
    // "the health of Ruiz, who is 70": the relative clause is the person's wherever the name stands.
    if (/,\s*who\s/i.test(gap)) return true;
    const before = words.filter((t) => t.end <= p.start).at(-1);
    return before === undefined || !has(before, 'Preposition');
  });
}

/** Words that join the two ends of a range: "40 to 45", "between 40 and 45". */
const RANGE_JOINERS = new Set(['to', 'and', 'or']);

function rangeEndsInPercent(text: string, words: Token[], last: number): boolean {
  const joiner = words[last + 1];
  const other = words[last + 2];
  if (!joiner || !other || !RANGE_JOINERS.has(joiner.normal) || !has(other, 'Value') || !/\d/.test(other.text)) return false;
  if (other.text.endsWith('%')) return true;
  const rest = text.slice(other.end).trimStart().toLowerCase();
  return PERCENT_WORDS.some((p) => rest.startsWith(p));
}

/** "at least seven" keeps its hedge in the value's text. */
function qualifiedStart(text: string, words: Token[], first: number): number {
  const lead = text.slice(Math.max(0, words[first].start - 24), words[first].start).toLowerCase();
  const q = QUALIFIERS.find((w) => new RegExp(`(^|\\s)${w}\\s+$`).test(lead));
  return q ? words[first].start - (lead.length - lead.lastIndexOf(q)) : words[first].start;
}

/** The words a number counts: "two Canadians" → canadian, "seven coastal towns" → coastal, town. */
function nounPhraseAfter(text: string, words: Token[], at: number): string[] {
  const out: string[] = [];
  for (let i = at + 1; i < Math.min(words.length, at + 4); i++) {
    const t = words[i];
    if (i > at + 1 && /[,;:—–()]/.test(gapBetween(text, words[i - 1], t))) break;
    // Right after a number, a plural-looking "verb" is the thing counted: compromise tags "three engineers were" as a verb.
    const countedVerb = i === at + 1 && has(t, 'PresentTense') && /s$/i.test(t.text) && !has(t, 'Auxiliary', 'Copula');
    if (!countedVerb && has(t, 'Pronoun', 'Verb', 'Preposition', 'Determiner', 'Conjunction', 'Value')) break;
    if (countedVerb) {
      out.push(lemma(t));
      break;
    }
    if (!has(t, 'Noun', 'Adjective', 'ProperNoun')) break;
    out.push(lemma(t));
    if (has(t, 'Noun') && !has(t, 'ProperNoun', 'Adjective') && !has(words[i + 1], 'Noun')) break;
  }
  return out;
}
