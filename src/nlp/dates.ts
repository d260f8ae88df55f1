import * as chrono from 'chrono-node';
import type { TypedValue } from '../model/records.js';
import type { Sentence, Token } from './parse.js';
import { has, wordsOf } from './tokens.js';
import { parseNumber } from './numbers.js';
import { lemma } from './lemma.js';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
/** Month names as answers write them (and questions may type them, in lower case). */
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const SAME_DAY = /\b(?:that|the) same day\b/i;

/**
 * Dates a sentence names, resolved against the article's own date (never today's): "Jan. 28" takes
 * the article's year, "on Friday" the Friday of that week. Undated articles keep what the text
 * says: a weekday stays a weekday, a day without a year stays "--MM-DD".
 */
export function findDates(text: string, sentence: Sentence, articleDate: string | null, previous: TypedValue | null): TypedValue[] {
  if (!mayHoldDate(sentence)) return [];
  const ref = articleDate ? new Date(`${articleDate}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  const out: TypedValue[] = [];
  // Forward only when the date's own clause looks ahead: "voted on Monday to strike next month" is last Monday.
  const ahead = looksAheadIn(sentence.text) ? chrono.parse(sentence.text, { instant: ref, timezone: 0 }, { forwardDate: true }) : [];
  for (const past of chrono.parse(sentence.text, { instant: ref, timezone: 0 }, { forwardDate: false })) {
    const counted = SINCE_DATE.test(sentence.text.slice(0, past.index));
    // The article's own day is never behind it: "the bids close at midnight Friday" in Friday's paper is that night.
    const today = dayOf(past.start.date()) === dayOf(ref);
    const r = !counted && !today && looksAhead(sentence, past) ? (ahead.find((a) => a.index === past.index) ?? past) : past;
    const value = toValue(text, sentence, r, articleDate, r === past ? aheadOfPresentVerb(sentence, past, ref, inThePast(sentence, past, ref)) : r.start);
    if (value) out.push(withoutCountAsDay(text, withRelativeYear(text, sentence, r, inStoryYear(text, sentence, r, value, previous), ref)));
  }
  if (articleDate) out.push(...relativeDates(text, sentence, articleDate, out));
  out.push(...bareYears(sentence, out));
  const same = SAME_DAY.exec(sentence.text);
  if (same && previous) {
    const start = sentence.start + same.index;
    out.push({ type: 'date', text: same[0], start, end: start + same[0].length, normalized: previous.normalized, context: ['same', 'day'] });
  }
  return out.map((v) => withThatYear(text, sentence, v, out, previous));
}

/** "October of that year", "in March that year": the year is the one the story told last. */
const THAT_YEAR = /^\s*(?:of\s+)?that\s+year\b/i;

/**
 * "opened in May 2011 and flooded in October of that year": a month (or day) whose year
 * is "that year" takes the year of the last date told before it, in its sentence or an earlier
 * one, not the article's.
 */
function withThatYear(text: string, sentence: Sentence, v: TypedValue, found: TypedValue[], previous: TypedValue | null): TypedValue {
  if (typeof v.normalized !== 'string' || !/^\d{4}-/.test(v.normalized)) return v;
  // chrono may take the "of" into the date's text ("October of"): read "that year" from before it.
  const bare = v.text.replace(/\s+of$/i, '');
  const start = v.start - sentence.start + bare.length;
  const after = THAT_YEAR.exec(sentence.text.slice(start));
  if (!after) return v;
  const told =
    found
      .filter((o) => o.end <= v.start)
      .sort((a, b) => a.start - b.start)
      .at(-1) ?? previous;
  const year = typeof told?.normalized === 'string' ? /^\d{4}/.exec(told.normalized)?.[0] : undefined;
  if (!year) return v;
  const end = sentence.start + start + after[0].length;
  return { ...v, text: text.slice(v.start, end), end, normalized: `${year}${v.normalized.slice(4)}` };
}

/**
 * Whether a date is the time of something still ahead, so the next one is meant: its own clause
 * looks ahead ("the hearing will be held on Monday"), unless the verb it is the time of is in the
 * past ("with next week's vote looming, she voiced hope on Tuesday"); a date opening the
 * sentence looks ahead with the clause it opens ("On Monday, the mayor will open the bridge").
 */
function looksAhead(sentence: Sentence, r: chrono.ParsedResult): boolean {
  const clause = sentence.text.slice(0, r.index).split(CLAUSE_EDGE).at(-1) ?? '';
  if (AHEAD_OF_DATE.test(clause) || AHEAD_IN_DATE.test(r.text) || aheadVerb(`${clause}${r.text}`)) return true;
  if (AHEAD_WORD.test(`${clause}${r.text}`)) return !pastVerbBefore(sentence, r.index);
  const opened = openedClause(sentence, r.index, r.index + r.text.length);
  if (!opened) return false;
  const words = withoutAsides(sentence, opened);
  const i = mainVerb(words);
  return i >= 0 && aheadVerb(headOf(words, i));
}

/** "next", "coming", "upcoming" elsewhere in the clause: what they tell of is ahead, not always the date ("eyeing next week's vote, she voiced hope on Tuesday"). */
const AHEAD_WORD = /\b(?:next|coming|upcoming)\b/i;
/** "next January", "the coming Tuesday": the date itself is told ahead. */
const AHEAD_OF_DATE = /\b(?:next|coming|upcoming)\s+$/i;
const AHEAD_IN_DATE = /^(?:(?:on|in)\s+)?(?:next|coming|upcoming)\b/i;
/** Verbs that put what they tell ahead: "will hold", "is scheduled to", "plans to", "is likely to". */
const AHEAD_VERB = /\b(?:will|shall|scheduled|slated|(?:plans?|going|likely|expected|poised|set) to)\b/gi;

/** A date lies in the past unless the text looks ahead ("will", "next"): news reports what happened. */
function looksAheadIn(text: string): boolean {
  return AHEAD_WORD.test(text) || aheadVerb(text);
}

/**
 * Whether a verb in the text puts its event ahead; not after "was" or "were", a plan told in the
 * past ("was set to speak on Friday" may be yesterday's Friday).
 */
function aheadVerb(text: string): boolean {
  return [...text.matchAll(AHEAD_VERB)].some((m) => !/\b(?:was|were)\s+$/i.test(text.slice(0, m.index)));
}

/** "last November", "this May": a date told from the article's own time. */
function toldFromNow(sentence: Sentence, r: chrono.ParsedResult): boolean {
  return /^(?:(?:on|in)\s+)?(?:last|this|next)\s/i.test(r.text) || /\b(?:last|this|next)\s+$/i.test(sentence.text.slice(0, r.index));
}
/** Verbs of saying: "the governor said in April …" tells when someone spoke, most often lately, whatever the story's year. */
const SAYING: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'write',
  'report',
  'note',
  'argue',
  'claim',
  'add',
  'announce',
  'insist',
  'explain',
  'recall',
  'warn',
  'testify',
]);

function isSaying(own: VerbBefore | null): boolean {
  return own !== null && SAYING.has(lemma(own.verb));
}

/** At most this many paragraph breaks between a date with its year and a later one told in that year. */
const STORY_YEAR_REACH = 2;

/**
 * "The aide wrote the memo on June 10, 2009. … The governor gave the speech on July 15.": a day
 * told without its year, of a past verb, soon after a date that names an earlier year and falls
 * later in that year, goes on with the story's year, not the article's.
 */
function inStoryYear(text: string, sentence: Sentence, r: chrono.ParsedResult, value: TypedValue, previous: TypedValue | null): TypedValue {
  if (!previous || r.start.isCertain('year') || !r.start.isCertain('month') || !/\b\d{4}\b/.test(previous.text) || toldFromNow(sentence, r)) return value;
  const told = typeof previous.normalized === 'string' ? dateParts(previous.normalized) : null;
  const own = typeof value.normalized === 'string' ? dateParts(value.normalized) : null;
  if (!told?.year || told.month === null || !own?.year || own.month === null || told.year >= own.year) return value;
  if (own.month < told.month || (own.month === told.month && (own.day ?? 0) < (told.day ?? 0))) return value;
  const between = text.slice(previous.end, sentence.start).split(/\n+/).length - 1;
  if (between > STORY_YEAR_REACH || !timeOfPastVerb(sentence, r.index) || isSaying(verbBefore(sentence, r.index))) return value;
  return { ...value, normalized: `${told.year}${String(value.normalized).slice(4)}` };
}

/** How many years or months "last", "next" or "this" moves from the article's date. */
function shiftOf(word: string): number {
  return { last: -1, next: 1, this: 0 }[word.toLowerCase() as 'last' | 'next' | 'this'] ?? 0;
}

/** "of last year", "next year" after a date without its year: the year told relative to the article's. */
const OF_RELATIVE_YEAR = /^\s*(?:of\s+)?(last|next|this)\s+year\b/i;

/** "on June 16th of last year", "from Jan. 20 next year": chrono takes the nearest June 16 and leaves the year unread. */
function withRelativeYear(text: string, sentence: Sentence, r: chrono.ParsedResult, value: TypedValue, ref: Date): TypedValue {
  const after = OF_RELATIVE_YEAR.exec(sentence.text.slice(value.end - sentence.start));
  if (!after || r.start.isCertain('year') || typeof value.normalized !== 'string' || !/^\d{4}-/.test(value.normalized)) return value;
  const year = ref.getUTCFullYear() + shiftOf(after[1]);
  const end = value.end + after[0].length;
  return { ...value, text: text.slice(value.start, end), end, normalized: `${year}${value.normalized.slice(4)}` };
}

/** A month, a comma and a number: news writes a day without the comma, so the number counts something ("In May, 3,200 people"). */
const MONTH_BEFORE_COUNT = /^(\p{L}+\.?),\s*\d{1,2}$/u;

/** "In May, 3,200 people marched": chrono reads the count's first digits as the day; the date is the month alone. */
function withoutCountAsDay(text: string, value: TypedValue): TypedValue {
  const month = MONTH_BEFORE_COUNT.exec(value.text);
  const parts = typeof value.normalized === 'string' ? dateParts(value.normalized) : null;
  if (!month || !parts || parts.day === null) return value;
  const end = value.start + month[1].length;
  return { ...value, text: text.slice(value.start, end), end, normalized: String(value.normalized).slice(0, -3) };
}

/**
 * Where a date's clause ends on either side: a comma, a semicolon, a colon or a dash; not the
 * comma inside a number ("3,210 victims").
 */
const CLAUSE_BREAKS = ',;:\u2014\u2013';
const NUMBER_COMMA = '(?<=\\d),(?=\\d)';
const CLAUSE_EDGE = new RegExp(`(?!${NUMBER_COMMA})[${CLAUSE_BREAKS}]`, 'u');
/** The text of the clause a date stands in, up to the date. */
const CLAUSE_TAIL = new RegExp(`(?:${NUMBER_COMMA}|[^${CLAUSE_BREAKS}])*$`, 'u');

/**
 * chrono picks the nearest Thursday or the nearest Feb. 9, which may lie after the article's date;
 * a date that is the time of a past-tense verb ("suspended her account on Thursday", "was put on
 * hold on Feb. 9", "were hired in August", "last September") is the one before it. A date attached
 * to something ahead keeps the nearest, even in a past-tense sentence: "vowed to stay in through
 * the primary on June 7", "girding for the debate Thursday", "ahead of the Nov. 8 election".
 */
function inThePast(sentence: Sentence, r: chrono.ParsedResult, ref: Date): Components {
  const c = r.start;
  if (c.isCertain('year') || dayOf(c.date()) <= dayOf(ref)) return c;
  const lead = sentence.text.slice(0, r.index);
  const lastSaid = /\b(?:last|back(?:\s+in)?)\s+$/i.test(lead) || /^last\s/i.test(r.text) || SINCE_DATE.test(lead) || /^since\s/i.test(r.text);
  if (!lastSaid && !timeOfPastVerb(sentence, r.index)) return c;
  const back = c.isCertain('weekday') && !c.isCertain('day') ? new Date(c.date().getTime() - 7 * DAY_MS) : yearBefore(c.date());
  return movedTo(c, back);
}

/**
 * A date counted from is behind the article: "thousands since January 1st", "since their Oct. 13
 * debate", "since stepping down in October".
 */
const SINCE_DATE = /\bsince\s+(?:(?:the|its|their|his|her|our|early|late|mid)\s+|\p{L}+ing\s+(?:(?:in|on)\s+)?)?$/iu;

/**
 * "Once the rule goes into effect on Dec. 1, workers will …", "the store opens Tuesday, and it will
 * …": a date without a year that is the time of a present-tense verb, in a sentence that looks
 * ahead, is the next one, though chrono picked the nearest, which may lie before the article's
 * date. A reporting verb ("says on Monday") tells of something past and keeps it.
 */
function aheadOfPresentVerb(sentence: Sentence, r: chrono.ParsedResult, ref: Date, c: Components): Components {
  if (c !== r.start || r.start.isCertain('year') || dayOf(r.start.date()) >= dayOf(ref) || !looksAheadIn(sentence.text)) return c;
  if (!timeOfPresentVerb(sentence, r.index)) return c;
  const d = r.start.date();
  const ahead =
    r.start.isCertain('weekday') && !r.start.isCertain('day')
      ? new Date(d.getTime() + 7 * DAY_MS)
      : new Date(Date.UTC(d.getUTCFullYear() + 1, d.getUTCMonth(), d.getUTCDate(), 12));
  return movedTo(r.start, ahead);
}

/** Verbs that report what was said: their present tense tells of the past ("says on Monday"). */
const REPORTING = /^(?:says|tells|writes|reports|notes|argues|claims|adds|announces|insists|explains|recalls|recounts)$/i;

/** Whether the nearest verb before the date, in its clause and within a few words, is a present tense that is not reporting. */
function timeOfPresentVerb(sentence: Sentence, at: number): boolean {
  const own = verbBefore(sentence, at);
  if (!own || own.words > MAX_VERB_GAP || (own.previous && PAST_AUXILIARY.test(own.previous.text))) return false;
  return has(own.verb, 'PresentTense') && !has(own.verb, 'PastTense') && !REPORTING.test(own.verb.text) && !pastLikePresent(own.verb, own.previous);
}

/** The parsed date moved to another day, as certain of each part as before. */
function movedTo(c: chrono.ParsedComponents, d: Date): Components {
  const moved: Partial<Record<chrono.Component, number>> = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  return { isCertain: (k) => c.isCertain(k), get: (k) => moved[k] ?? c.get(k) };
}

/** What normalise() reads of a parsed date. */
type Components = Pick<chrono.ParsedComponents, 'isCertain' | 'get'>;

/** Tags of a verb form that has a tense (a phrasal particle or a bare auxiliary has none). */
const VERB_FORMS = ['PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'FutureTense', 'Participle'];
/** At most this many words between a present verb and the date it is the time of ("opens its doors to visitors Tuesday"). */
const MAX_VERB_GAP = 5;
/**
 * A past verb reaches further: what follows it in its clause tells of the same past ("locked up
 * the votes of unions representing most of the members back in October"); only a word that puts
 * the date ahead stops it.
 */
const MAX_PAST_VERB_GAP = 10;
/**
 * Words that put the date ahead of the verb ("campaigned through the June 7 primary", "ahead of the
 * Nov. 8 election"), when their phrase runs on to the date: in "testifying before the board in
 * October" the place is before the board, the date another phrase's.
 */
const AHEAD_OF_VERB = /\b(?:until|till|through|before|ahead|anticipation|awaiting)\b(?:(?!\b(?:in|on|at|during)\b).)*$/i;
/** A date meant for later, right after "for": "the ads planned for December", "the nominee for the Nov. 8 election". */
const FOR_DATE = /\bfor\s+(?:(?:the|an?|its|their|his|her)\s+)?$/i;
/** A present auxiliary makes a participle present: "the votes are tallied March 15". */
const PRESENT_AUXILIARY = /^(?:is|are|am|be)$/i;
const PAST_AUXILIARY = /^(?:was|were|had)$/i;

/**
 * Whether the verb the date belongs to is in the past: the nearest verb before it in its clause (a
 * gerund's tense is its clause's: "made the claim while testifying in October"); with none before,
 * the first verb after it in its clause ("The Feb. 13 collapse left …"), or for an opener with no
 * verb ("Late Sunday night, the city lifted …") the first verb after it. Not a date meant for later
 * ("planned for December") nor one ahead of its verb ("ahead of the Nov. 8 election").
 */
function timeOfPastVerb(sentence: Sentence, at: number): boolean {
  if (FOR_DATE.test(sentence.text.slice(0, at))) return false;
  const own = verbBefore(sentence, at);
  if (own) return isPastTimeOf(own);
  if (AHEAD_OF_VERB.test(CLAUSE_TAIL.exec(sentence.text.slice(0, at))?.[0] ?? '')) return false;
  const rel = (t: Token) => t.start - sentence.start;
  const end = clauseEnd(sentence.text, at);
  const after = sentence.tokens.filter((t) => rel(t) >= at && rel(t) < end);
  return after.some(isVerb) ? firstVerbPast(after) : verblessInPast(sentence, at, end);
}

/** Whether a date is the time of the past verb before it, within its clause ("voiced optimism on Tuesday"). */
function pastVerbBefore(sentence: Sentence, at: number): boolean {
  if (FOR_DATE.test(sentence.text.slice(0, at))) return false;
  const own = verbBefore(sentence, at);
  return own !== null && isPastTimeOf(own) && !own.earlier.slice(-2).some((t) => FUTURE_AUXILIARY.test(t.text));
}

/** "will have voted by Monday": a past participle after these is still ahead. */
const FUTURE_AUXILIARY = /^(?:will|shall|would)$/i;

/** Whether the verb before a date, near enough and not put behind it ("ahead of", "if"), is past. */
function isPastTimeOf(own: VerbBefore): boolean {
  return own.words <= MAX_PAST_VERB_GAP && !AHEAD_OF_VERB.test(own.gap) && !isSupposed(own) && pastVerb(...tensed(own));
}

/**
 * The words of the clause a verbless opener opens ("Late Sunday night, the city lifted …", "On
 * Monday, the mayor will …"): the date stands first in the sentence and its clause holds no verb.
 * Null for any other date.
 */
function openedClause(sentence: Sentence, from: number, to: number): Token[] | null {
  const start = sentence.text.slice(0, from).search(CLAUSE_TAIL);
  if (!/^[\s"'“‘(]*$/u.test(sentence.text.slice(0, start)) || SUPPOSED_OPENER.test(sentence.text.slice(start, from))) return null;
  const end = clauseEnd(sentence.text, to);
  if (end >= sentence.text.length) return null;
  const rel = (t: Token) => t.start - sentence.start;
  if (sentence.tokens.some((t) => rel(t) >= start && rel(t) < end && isVerb(t))) return null;
  return sentence.tokens.filter((t) => rel(t) > end);
}

/** "If by the end of June, …": an opener that supposes tells no tense. */
const SUPPOSED_OPENER = /^[\s"'“‘(]*(?:if|unless)\b/iu;

/**
 * Words that open an aside before a clause's verb ("On Friday, after thanking the crew, the chef
 * closed …", "Varga, who had backed the levy, will open …"): the aside's verbs are not the clause's.
 */
const ASIDE_OPENERS = /^(?:who|whom|whose|which|after|before|while|when|as|despite|following|with|without|having|if|although|though|because|since|once)$/i;
/** A break an aside starts or ends at: a comma, a dash (or a spaced hyphen standing for one), a bracket. */
const ASIDE_EDGE = /[,;\u2014\u2013()]|\s-\s/;

/** The words of a clause outside its asides. */
function withoutAsides(sentence: Sentence, tokens: Token[]): Token[] {
  let aside = false;
  return tokens.filter((t, i) => {
    const gap = i === 0 ? ',' : sentence.text.slice(tokens[i - 1].end - sentence.start, t.start - sentence.start);
    if (ASIDE_EDGE.test(gap)) aside = ASIDE_OPENERS.test(t.text);
    return !aside;
  });
}

/** Index of the clause's own verb among its words outside asides: not a gerund on its own, nor a noun the tagger reads as a verb. */
function mainVerb(words: Token[]): number {
  return words.findIndex(
    (t, i) => isVerb(t) && !inNounPhrase(words, i) && (!has(t, 'Gerund') || (words[i - 1] !== undefined && PROGRESSIVE_AUXILIARY.test(words[i - 1].text))),
  );
}

/** The clause's words up to its verb and the word after it ("the board will vote", "the city plans to"). */
function headOf(words: Token[], verb: number): string {
  return words
    .slice(Math.max(0, verb - 2), verb + 2)
    .map((t) => t.text)
    .join(' ');
}

/** "the Ostrava campaign manager": a word the tagger reads as a verb between a determiner's nouns and the noun they lead to. */
function inNounPhrase(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (has(tokens[i], 'PastTense') || !next || !has(next, 'Noun') || has(next, 'Pronoun', 'ProperNoun')) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    if (has(tokens[k], 'Determiner', 'Possessive')) return true;
    if (!has(tokens[k], 'Noun', 'Adjective') || has(tokens[k], 'Pronoun')) return false;
  }
  return false;
}

/** Whether the first verb among `tokens` is in the past (false when there is none). */
function firstVerbPast(tokens: Token[]): boolean {
  const j = tokens.findIndex(isVerb);
  return j >= 0 && pastVerb(tokens[j], tokens[j - 1]);
}

/**
 * A clause with no verb takes its tense from the sentence around it: an opener from the verb after
 * it ("Late Sunday night, the city lifted …"), a clause after a comma from the verb before it
 * ("Turnout fell to 40 percent, from 54 percent in July"). An aside between commas after a clause
 * without a verb ("with the deadline weeks away, Sept. 14, the board acted") tells no tense.
 */
function verblessInPast(sentence: Sentence, at: number, end: number): boolean {
  const from = sentence.text.slice(0, at).search(CLAUSE_TAIL);
  if (/^[\s"'“‘(]*$/u.test(sentence.text.slice(0, from))) {
    const opened = openedClause(sentence, at, end);
    const words = opened ? withoutAsides(sentence, opened) : [];
    const i = mainVerb(words);
    return i >= 0 && pastVerb(words[i], words[i - 1]);
  }
  const before = verbBefore(sentence, from - 1);
  return before !== null && !isSupposed(before) && pastVerb(...tensed(before));
}

/** "if he won the election on Nov. 8": a past tense after "if" supposes; it tells nothing of when. */
function isSupposed(v: VerbBefore): boolean {
  return v.earlier.some((t) => /^if$/i.test(t.text));
}

const isVerb = (t: Token) => VERB_FORMS.some((f) => has(t, f));

/** Words before a gerund that make it a tense of its own ("was testifying", "is planning"). */
const PROGRESSIVE_AUXILIARY = /^(?:is|are|am|be|been|was|were)$/i;
/** Tags of a finite verb, which tells the tense of the gerunds after it: "had", "is", "made", "will". */
const FINITE = ['PastTense', 'PresentTense', 'FutureTense', 'Auxiliary', 'Copula', 'Modal'];
const isFiniteVerb = (t: Token) => has(t, ...FINITE) && !has(t, 'Gerund', 'Infinitive');

/**
 * The verb that tells a gerund's tense: "made the claim while testifying in October", "were
 * hammered out beginning on Sunday" are past, as the finite verb of their clause is; "is planning
 * to run ads starting Dec. 26" is not, nor one after "to" ("pointed to the mayor opening it on
 * Friday" looks ahead). Any other verb tells its own tense.
 */
function tensed({ verb, previous, earlier }: VerbBefore): [Token, Token | undefined] {
  if (!has(verb, 'Gerund') || (previous && PROGRESSIVE_AUXILIARY.test(previous.text))) return [verb, previous];
  const k = earlier.findLastIndex(isFiniteVerb);
  if (k < 0 || earlier.slice(k + 1).some((t) => /^to$/i.test(t.text))) return [verb, previous];
  return [earlier[k], earlier[k - 1]];
}

/** The nearest verb before a date in its clause, the word before it, the text between, how many words it holds, and the clause's words before the verb. */
interface VerbBefore {
  verb: Token;
  previous: Token | undefined;
  gap: string;
  words: number;
  earlier: Token[];
}

/**
 * A word the tagger reads as a verb where only a noun may stand: after an article or a possessive
 * ("during a meeting on Monday"), or an -s form after "to" ("mailed to wardens on Thursday").
 */
function readAsNoun(t: Token, previous: Token | undefined, earlier: Token | undefined): boolean {
  if (!previous || has(t, 'PastTense')) return false;
  if (has(previous, 'Determiner', 'Possessive')) return true;
  if (/^to$/i.test(previous.text)) return has(t, 'PresentTense') && /s$/i.test(t.text);
  return bareAfterSingularNoun(t, previous, earlier);
}

/**
 * "the Ostrava campaign on Tuesday": a bare form after an article's singular noun is a noun, as a
 * verb there would take an -s ("the campaign votes"); not a verb whose past is spelt so ("the
 * board set the fee").
 */
function bareAfterSingularNoun(t: Token, previous: Token, earlier: Token | undefined): boolean {
  if (!has(t, 'Infinitive') || PAST_AS_PRESENT.has(t.text.toLowerCase())) return false;
  return has(previous, 'Singular', 'ProperNoun') && !has(previous, 'Pronoun', 'Plural') && earlier !== undefined && has(earlier, 'Determiner', 'Possessive');
}

function verbBefore(sentence: Sentence, at: number): VerbBefore | null {
  const rel = (t: Token) => t.start - sentence.start;
  const from = sentence.text.slice(0, at).search(CLAUSE_TAIL);
  const before = sentence.tokens.filter((t) => rel(t) >= from && rel(t) < at);
  const k = before.findLastIndex((t, i) => isVerb(t) && !readAsNoun(t, before[i - 1], before[i - 2]));
  if (k < 0) return null;
  return {
    verb: before[k],
    previous: before[k - 1],
    gap: sentence.text.slice(before[k].end - sentence.start, at),
    words: before.length - 1 - k,
    earlier: before.slice(0, k),
  };
}

/** Verbs whose past is spelt as their present ("put", "set", "cut"), which the tagger reads as present. */
const PAST_AS_PRESENT: ReadonlySet<string> = new Set([
  'put',
  'set',
  'cut',
  'hit',
  'let',
  'shut',
  'quit',
  'cast',
  'cost',
  'spread',
  'hurt',
  'bid',
  'split',
  'shed',
  'upset',
  'burst',
]);
/** A singular subject pronoun: the present after it takes an -s ("it puts"), so a bare "it put" is past. */
const SINGULAR_SUBJECT = /^(?:he|she|it)$/i;

/** "the curfew it put in place Thursday", "the board set the fee Friday": a bare form after a singular subject is the past. */
function pastLikePresent(verb: Token, previous: Token | undefined): boolean {
  if (!previous || !PAST_AS_PRESENT.has(verb.text.toLowerCase())) return false;
  return SINGULAR_SUBJECT.test(previous.text) || (has(previous, 'Singular') && !has(previous, 'Determiner', 'Adjective'));
}

/** A past-tense verb, not an adjective ("a designated day") nor a present passive ("are tallied"). */
function pastVerb(verb: Token, previous: Token | undefined): boolean {
  // "was put on hold": after a past auxiliary even a verb whose past looks like its present.
  if (previous && PAST_AUXILIARY.test(previous.text)) return true;
  if (pastLikePresent(verb, previous)) return true;
  if (!has(verb, 'PastTense')) return false;
  return previous === undefined || !(has(previous, 'Determiner') || PRESENT_AUXILIARY.test(previous.text));
}

function clauseEnd(text: string, from: number): number {
  const cut = text.slice(from).search(CLAUSE_EDGE);
  return cut < 0 ? text.length : from + cut;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The calendar day of an instant ("2016-06-13"): the article's date is a day, so "Monday evening"
 * in an article of that Monday is the same day, not after it (nor "Monday morning" before it).
 */
function dayOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function yearBefore(d: Date): Date {
  return new Date(Date.UTC(d.getUTCFullYear() - 1, d.getUTCMonth(), d.getUTCDate(), 12));
}

const RELATIVE =
  /\b(?:(last|next|this) (year|month)|(yesterday)|(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (days?|weeks?|months?|years?) ago)\b/gi;

/**
 * Dates told relative to the article's own date: "last year", "next month", "yesterday", "two weeks
 * ago". Only exact ones: "a few years ago" and "recently" name no date to cite.
 */
function relativeDates(text: string, sentence: Sentence, articleDate: string, found: TypedValue[]): TypedValue[] {
  const [y, m, d] = articleDate.split('-').map(Number);
  if (!y || !m) return [];
  const out: TypedValue[] = [];
  for (const hit of sentence.text.matchAll(RELATIVE)) {
    const start = sentence.start + (hit.index ?? 0);
    const end = start + hit[0].length;
    if (found.some((v) => start < v.end && end > v.start)) continue;
    const normalized = relativeValue(hit, y, m, d);
    if (normalized) out.push({ type: 'date', text: text.slice(start, end), start, end, normalized });
  }
  return out;
}

function relativeValue(hit: RegExpMatchArray, y: number, m: number, d: number | undefined): string | null {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const shift = shiftOf(hit[1] ?? '');
  if (hit[2]?.toLowerCase() === 'year') return String(y + shift);
  const month = (back: number) => {
    const at = new Date(Date.UTC(y, m - 1 + back, 1));
    return `${at.getUTCFullYear()}-${p2(at.getUTCMonth() + 1)}`;
  };
  if (hit[2]?.toLowerCase() === 'month') return month(shift);
  const day = (back: number) => (d ? new Date(Date.UTC(y, m - 1, d - back)).toISOString().slice(0, 10) : null);
  if (hit[3]) return day(1);
  const n = parseNumber(hit[4] ?? '');
  if (n === null || n <= 0) return null;
  const unit = (hit[5] ?? '').toLowerCase().replace(/s$/, '');
  if (unit === 'day') return day(n);
  if (unit === 'week') return day(7 * n);
  if (unit === 'month') return month(-n);
  return String(y - n);
}

/** Years standing alone ("the 2016 elections", "since 1998") that chrono leaves out. */
function bareYears(sentence: Sentence, found: TypedValue[]): TypedValue[] {
  const words = wordsOf(sentence);
  return words
    .filter((t) => /^(1[89]|20)\d\d$/.test(t.text) && has(t, 'Year', 'Date', 'Cardinal'))
    .filter((t) => !found.some((v) => t.start >= v.start && t.end <= v.end))
    .filter(
      (t) =>
        has(t, 'Year', 'Date') ||
        /\b(in|since|of|the|by|until|from)\s*$/i.test(sentence.text.slice(0, t.start - sentence.start)) ||
        isYearBeforeThing(sentence, words, t),
    )
    .map((t) => ({ type: 'date' as const, text: t.text, start: t.start, end: t.end, normalized: t.text }));
}

/**
 * "a 2014 interview", "his 1963 speech", "in late 2013", "in 2010, 2011 and 2013": a year after an
 * article, a possessive or a part of a year, or after another year and the comma or "and" of a
 * list; not a count of the thing after it ("a 2000 people" is no year; "and 1500 troops" neither).
 */
function isYearBeforeThing(sentence: Sentence, words: Token[], t: Token): boolean {
  const at = words.indexOf(t);
  const lead = sentence.text.slice(0, t.start - sentence.start);
  const before = /\b(?:and|or)\s+$/i.test(lead) ? words[at - 2] : words[at - 1];
  const listed = LIST_LEAD.test(lead) && before !== undefined && /^(1[89]|20)\d\d$/.test(before.text);
  if (!YEAR_LEAD.test(lead) && !listed) return false;
  const next = words[at + 1];
  return next === undefined || !has(next, 'Plural', 'Value');
}

/** Words before a year that leave it a year: "a", "his", "late", "early", "during". */
const YEAR_LEAD = /\b(?:an?|his|her|its|their|our|late|early|mid|during|through)\s+$/i;

/** A list's comma, "and" or "or", which leave a year a year after another year. */
const LIST_LEAD = /(?:,\s*|\b(?:and|or)\s+)$/i;

function mayHoldDate(sentence: Sentence): boolean {
  return (
    sentence.tokens.some((t) => has(t, 'Date', 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text)) ||
    SAME_DAY.test(sentence.text) ||
    new RegExp(RELATIVE.source, 'i').test(sentence.text)
  );
}

function toValue(text: string, sentence: Sentence, r: chrono.ParsedResult, articleDate: string | null, c: Components): TypedValue | null {
  const lead = /^(?:on|in|at|by|since|from|until|of)\s+/i.exec(r.text)?.[0].length ?? 0;
  const trail = /[\s,.;:]+$/.exec(r.text)?.[0].length ?? 0;
  const start = sentence.start + r.index + lead;
  const end = sentence.start + r.index + r.text.length - trail;
  if (yearReadAsCount(r) || !isExplicit(sentence, start, end)) return null;
  const normalized = normalise(c, articleDate !== null);
  if (!normalized) return null;
  return { type: 'date', text: text.slice(start, end), start, end, normalized };
}

/**
 * "$4 trillion in 2019 money": chrono reads "in 2019 mo(ney)" as 2019 months on from the story. A
 * count of time units written as a year is the year (left to bareYears), not a date that many units away.
 */
function yearReadAsCount(r: chrono.ParsedResult): boolean {
  return r.tags().has('result/relativeDate') && /\b\d{4}\s+\p{L}+\W*$/u.test(r.text);
}

/** Only dates the text names outright (a month, weekday or year): "today" and "a few years ago" are too vague to cite. */
function isExplicit(sentence: Sentence, start: number, end: number): boolean {
  const inside = wordsOf(sentence).filter((t) => t.start >= start && t.end <= end);
  return inside.some((t) => has(t, 'Month', 'WeekDay', 'Year') || /^\d{4}$/.test(t.text) || /\d{1,2}\/\d{1,2}/.test(t.text));
}

function normalise(c: Components, dated: boolean): string | null {
  const year = c.isCertain('year') || (dated && (c.isCertain('month') || c.isCertain('weekday'))) ? c.get('year') : null;
  const month = c.isCertain('month') || (dated && c.isCertain('weekday')) ? c.get('month') : null;
  const day = c.isCertain('day') || (dated && c.isCertain('weekday')) ? c.get('day') : null;
  if (!dated && c.isCertain('weekday') && !c.isCertain('day')) return WEEKDAYS[c.get('weekday') ?? 0];
  const p2 = (n: number) => String(n).padStart(2, '0');
  if (month !== null && day !== null) return `${year !== null ? year : '-'}-${p2(month)}-${p2(day)}`;
  if (month !== null) return year !== null ? `${year}-${p2(month)}` : `--${p2(month)}`;
  return year !== null ? String(year) : null;
}

/** A normalized date's parts: "2016-03-15", "2016-03", "2016", and with no year known "--03-15", "--03". */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

const NORMALIZED_DATE = /^(\d{4}|-)(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The parts of a date as normalise() writes it; null for a weekday kept as a word ("Friday"). */
export function dateParts(normalized: string): DateParts | null {
  const m = NORMALIZED_DATE.exec(normalized);
  if (!m) return null;
  return { year: m[1] === '-' ? null : Number(m[1]), month: m[2] ? Number(m[2]) : null, day: m[3] ? Number(m[3]) : null };
}

/** How a normalized date reads in an answer: "January 28, 2017", "Friday", "November 2015". */
export function displayDate(normalized: string): string {
  const parts = dateParts(normalized);
  if (!parts || parts.month === null) return normalized;
  const year = parts.year === null ? '' : String(parts.year);
  if (parts.day !== null) return `${MONTHS[parts.month - 1]} ${parts.day}${year && `, ${year}`}`;
  return `${MONTHS[parts.month - 1]}${year && ` ${year}`}`;
}
