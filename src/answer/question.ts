import { parseSentences, type Token } from '../nlp/parse.js';
import { lemma, verbStem } from '../nlp/lemma.js';
import { parseNumber } from '../nlp/numbers.js';
import { has, isCapitalised } from '../nlp/tokens.js';
import { MEASURE_ADJECTIVES, TIME_UNITS } from '../nlp/units.js';
import { CONTENT_FREE, spellOut, TIME_POINTERS } from '../nlp/casual.js';
import { inflections } from './match.js';
import { FACTOR, relatedLemmas } from './related.js';
import { lookup } from './wordnet.js';
import { wordnetKind } from './noun-kinds.js';
import { type AskedDate, askedDates } from './question-dates.js';
import { COPULAS, DO_WORDS, FUNCTION_TAGS, headlessKind, kindBeforeVerb, nounLemma, TYPE_NOUN_REACH, typeNounAfter } from './asked-kind.js';
import {
  ACCOUNT_AUXILIARIES,
  TEACH_VERBS,
  CATENATIVE_VERBS,
  CONTRACTIONS,
  FORMER_JOB_CUES,
  JOB_NOUN_MODIFIERS,
  JOB_OWNER_PRONOUNS,
  DOES_FOR_WORK_TAILS,
  DOES_FOR_WORK_WORDS,
  JOB_WORDS,
  OWNED_JOB_WORDS,
  DURATION_NOUNS,
  LIGHT_VERBS,
  MONEY_NOUNS,
  MONEY_VERBS,
  MONEY_WORDS,
  OPPONENT_MARKERS,
  PERSON_NOUNS,
  QUESTION_ANCHORS,
  QUESTION_OPENINGS,
  QUESTION_STOP,
  SPEECH_VERBS,
  CONTEST_WORDS,
  STANDING_NOUNS,
  STANDING_TAILS,
  STANDING_WORDS,
  SYNONYMS,
  TYPE_NOUNS,
  WEAK_TERMS,
  WHICH_WORDS,
  AUXILIARY_S,
  PLURAL_COPULA_WORDS,
  type Wanted,
} from './lexicon.js';

/** One content word of a question and the words that may stand for it in an article. */
export interface FocusTerm {
  term: string;
  alts: string[];
  /** A name (capitalised or tagged as one): never optional. */
  name: boolean;
  /** Too general to tie a question to a sentence: matched for ranking, never required. */
  weak: boolean;
  /** The noun naming the wanted kind ("countries" in "which countries"): a hint, not a requirement. */
  typeNoun?: boolean;
  /** A verb: the relation the question asks about, which the sentence itself must state. */
  verb?: boolean;
  /** The owner in "X's wife": another owner's wife is someone else, so the sentence itself must name X. */
  owner?: boolean;
  /** The noun this word modifies in a compound ("travel" in "travel ban" → "ban"): missing, it costs less when its head is there. */
  modifierOf?: string;
  /** Words that stand for it only by word vectors, with their worth (ask/loose.ts): read only where the word itself is missing. */
  loose?: ReadonlyMap<string, number>;
  /**
   * "Ruiz" in "what does Lee get against Ruiz": the other side of a matchup, which the sentence
   * names too, but whose figure is not the one asked for.
   */
  opponent?: boolean;
  /**
   * A word of the reader's name for the piece ("doom" in "per the doom and gloom op-ed"): weak in a
   * sentence, which need not hold it, but still a word that chooses the article.
   */
  piece?: boolean;
}

export interface Question {
  wants: Wanted;
  focus: FocusTerm[];
  /** "how many X": the lemma of X, which the number must count (the head: "country" in "how many nato countries"). */
  counted: string | null;
  /**
   * "nato" in "how many nato countries": the first noun of the counted words when it is not their
   * head. The extractor binds the words right after a number and may stop before the head ("five
   * Dallas police officers" binds "dallas"), so a number bound to it counts the words too.
   */
  countedModifier?: string;
  /** "how many of X's meetings": a part of the counted whole is asked, not the whole. */
  countedPart?: boolean;
  /** "which countries" (plural): a list answers better than one item. */
  plural: boolean;
  /** The question asks what someone said ("what did X say about Y"). */
  speech: boolean;
  /** "X's wife", "his daughter": the one the question is about, owned by someone else. */
  head: string | null;
  /** "what does the order do": asks what its subject does, so a sentence where it acts answers best. */
  asksAction: boolean;
  /** "who is X" with no verb: asks who X is, so a name must be bound to the question's words. */
  identity: boolean;
  /** "who did the execs meet": asks for the verb's object, never its subject. */
  asksObject: boolean;
  /** Numbers the question states ("which 7 countries"): the answer's sentence must state them too, unless they say a date. */
  numbers: number[];
  /** "on march 15", "in 2012": the occasion asked about, which a sentence may state as "Tuesday". */
  dates: AskedDate[];
  /**
   * "which court", "what law school", "what's the name of", "how little": the question asks for a
   * thing or an amount, so a passage is no answer to it even when no typed value is found.
   */
  asksThing: boolean;
  /**
   * "dana perino is a host on which fox show": a thing asked late, in the word order of a statement,
   * with no typed value wanted. The name the sentence binds to its noun may answer it (named-thing.ts);
   * unlike asksThing, a passage still may too ("sanders didnt do his homework on what issue").
   */
  asksThingLate?: boolean;
  /** "what's Lee's job", "what does Lee do for a living": what the named person is, told where they are introduced. */
  asksJob: boolean;
  /**
   * "what's Lee's title", "Ruiz's role at the firm", "who is Lee, whats his job": what the named
   * person is, asked by a noun that is a job only when the person owns it. Answered by the job
   * alone (ask/job.ts); no passage stands for it.
   */
  asksRole: boolean;
  /** "Lee's old job", "before politics", "what was …": the job asked for is one the person has left. */
  formerJob: boolean;
  /** "what does Lee teach": the field the named person teaches, told by their job ("a professor of law") or "who teaches …". */
  asksTaught?: boolean;
  /** "how long ago", "how many weeks before": the words that tie the asked span to an event. */
  spanAnchors?: string[];
  /** "why did the mayor resign": only a passage giving a reason answers it. */
  asksWhy: boolean;
  /**
   * "why did the mayor resign", "how did the board pay for it", "what did Lee want the audit for":
   * a question word and then the question's verb, asking for an account of what someone did, why or
   * how, which a statement gives; not "how many", "which court", "what show did she go on".
   */
  asksAccount: boolean;
  /**
   * "want" in "what did Lee want the audit for": the verb of an account question, the word after its
   * subject, which the passage telling the act may say with another verb ("called for"). None for
   * "what did Lee say about …", whose verb is the speech itself.
   */
  accountVerb?: string;
  /** "who wrote the white paper": the question's own verb asks for its doer, a name, which a bare passage does not give. */
  asksDoer: boolean;
  /** Every word of the question as typed, lower case, the small ones too ("us", "or"): how the reader named things. */
  words: string[];
}

/** Question words that may ask late in a question, in the word order of a statement. */
const IN_SITU_WORDS = new Set(['what', 'which', 'how', 'who', 'whom', 'whose', 'where', 'when']);
/** Of them, those that after a noun begin a relative clause instead. */
const RELATIVE_WORDS = new Set(['who', 'whom', 'whose', 'where', 'when']);

/** Reads a question with compromise: what kind of value it wants and the words it is about. */
export function analyseQuestion(text: string): Question {
  const tokens = parseSentences(spellOut(expandContractions(spellSigns(text))))
    .flatMap((s) => s.tokens)
    .filter((t) => t.text.trim());
  const lower = tokens.map((t) => t.normal.replace(/[^\p{L}\p{N}-]/gu, ''));
  const opening = findOpening(lower) ?? lateOpening(tokens, lower);
  let wants: Wanted = opening?.wants ?? 'statement';
  const rest = opening ? [...tokens.slice(0, opening.at), ...tokens.slice(opening.at + opening.length)] : tokens;
  const which = whichAt(lower, opening);
  const typeNoun = which >= 0 && (!opening || opening.at === which) ? (typeNounAfter(tokens, which + 1) ?? kindBeforeVerb(tokens, which + 1)) : null;
  if (typeNoun) wants = { types: [typeNoun.type] };
  // "cruzs percentage among moderates?", "median salary for top execs": no question word, the phrase's head names the kind.
  const headKind = !opening && which < 0 && !typeNoun ? headlessKind(tokens) : undefined;
  if (headKind) wants = { types: [headKind.type] };
  const ownerAsked = typeNoun?.owner === true;
  // "which judges", "what states": a plural the tagger may read as a verb's "-s" form; "who are the authors": a plural copula asks for many.
  const plural = typeNoun ? pluralKind(tokens, typeNoun.token) : opening !== null && asksMany(lower, opening);
  const countedWords = wants !== 'statement' && wants.count ? countedNoun(tokens, (opening?.at ?? 0) + (opening?.length ?? 0)) : null;
  const counted = countedWords?.head ?? null;
  // "how many years": a count of time units is a duration.
  if (counted && TIME_UNITS[counted] && wants !== 'statement') wants = { types: ['duration', 'number'], count: true };
  const focus = focusTerms(rest, typeNoun?.token ?? headKind?.token);
  // "how fast", "how low", "how little": the adjective names the amount asked for, not a word the sentence must use.
  const measured = opening?.length === 1 && lower[opening.at] === 'how' ? MEASURE_ADJECTIVES[lower[opening.at + 1] ?? ''] : undefined;
  if (wants === 'statement' && measured) {
    wants = { types: [...measured] };
    for (const f of focus) if (f.term === lower[(opening?.at ?? 0) + 1]) f.weak = true;
  }
  // "which state's attorney general": the owner is asked, so the owned noun is no head whose value is wanted.
  let head = ownerAsked ? null : ownedNoun(tokens);
  if (head) {
    const at = focus.findIndex((f) => f.term === head);
    if (at > 0 && !focus[at - 1].weak) {
      focus[at - 1].owner = true;
      delete focus[at - 1].modifierOf;
    }
  }
  // "okafors age", "the age of the judge": the noun names the wanted kind wherever it stands.
  const age = focus.find((f) => f.term === 'age');
  if (wants === 'statement' && age) {
    wants = { types: ['age'] };
    age.weak = true;
  }
  // "the visa pause length", "duration of the ban": a span of time.
  const span = focus.find((f) => DURATION_NOUNS.has(f.term));
  if (span && (wants === 'statement' || (wants.types.length === 1 && wants.types[0] === 'duration'))) {
    wants = { types: ['duration'] };
    span.weak = true;
  }
  // "what is his daughter's name" wants a person; "what is the letter's name" wants no name of a person.
  const name = focus.find((f) => f.term === 'name');
  if (name) {
    // "the name of mckinleys book": the noun after "of" is what is named, its owner no more than a modifier.
    const owner = nounAfterOf(tokens, name.term) ?? head;
    if (owner && (PERSON_NOUNS.has(owner) || wordnetKind(owner) === 'person')) {
      wants = { types: ['person'] };
      head = owner;
    } else if (owner && wants !== 'statement' && wants.types.length === 1 && wants.types[0] === 'person') wants = 'statement';
  }
  // "what's Lee at in the poll", "what does Lee poll": a candidate's standing, a share of the vote.
  if (wants === 'statement' && asksStanding(lower)) {
    wants = { types: ['percent'] };
    for (const f of focus) if (STANDING_WORDS.includes(f.term) || STANDING_NOUNS.has(f.term)) f.weak = true;
  }
  // "how much will it cost": an amount of money, not a count that happens to sit near the words.
  // "how much of the loss" (percent first) asks for a share of the amount, not the amount.
  if (wants !== 'statement' && wants.types.includes('money') && wants.types[0] !== 'percent' && wants.types.length > 1 && focus.some(isMoneyWord))
    wants = { types: ['money'] };
  // "how much super pac money": in a question for an amount, "money" names the kind asked, not the topic.
  if (wants !== 'statement' && wants.types[0] === 'money') for (const f of focus) if (MONEY_NOUNS.has(f.term)) f.weak = true;
  // "what did the casinos earn", "what will the bridge cost": the verb's object is an amount of money.
  if (wants === 'statement' && lower[0] === 'what' && DO_WORDS.has(lower[1] ?? '') && focus.some((f) => MONEY_VERBS.has(f.term))) wants = { types: ['money'] };
  const speech = wants === 'statement' && focus.some((f) => SPEECH_VERBS.includes(f.term) && !nounUse(f.term, lower, tokens));
  const asksAction = wants === 'statement' && lower[0] === 'what' && lower.at(-1) === 'do';
  const afterWho = opening && lower[opening.at] === 'who' && opening.length === 1 ? lower[opening.at + 1] : '';
  const identity = COPULAS.has(afterWho ?? '') && head === null && !focus.some((f) => f.verb && !f.weak);
  // "before this one", "on day one", "one of the lines": the word "one" stands for a thing more often than it
  // counts one, and a sentence about that thing need not say 1.
  const numbers = tokens
    .filter((t) => /^\d[\d,.]*$/.test(t.text) || (/^\p{L}+$/u.test(t.text) && has(t, 'Cardinal') && t.normal !== 'one'))
    .map((t) => parseNumber(t.text))
    .filter((n): n is number => n !== null);
  // "how many delegates on march 15": the occasion asked about, which a sentence may state as "Tuesday".
  const dates = wants !== 'statement' && wants.types.includes('date') ? [] : askedDates(text);
  // "which 7 countries": with a number to hold it to, the type noun alone is specific enough.
  if (numbers.length > 0 && !focus.some((f) => !f.weak)) for (const f of focus) if (f.typeNoun) f.weak = false;
  const asksObject = (afterWho === 'did' || afterWho === 'does' || afterWho === 'do') && lower.length > (opening?.at ?? 0) + 3;
  // "whats jason millers job": the job word is what is asked, never in the sentence that introduces them.
  const doesForWork = wants === 'statement' && asksWhatOneDoes(text);
  const asksJob =
    wants === 'statement' &&
    (doesForWork || focus.some((f) => JOB_WORDS.has(f.term))) &&
    focus.some((f) => !f.weak && !JOB_WORDS.has(f.term) && !DOES_FOR_WORK_WORDS.has(f.term));
  if (asksJob) for (const f of focus) if (JOB_WORDS.has(f.term) || (doesForWork && DOES_FOR_WORK_WORDS.has(f.term))) f.weak = true;
  const asksRole = !asksJob && ((wants === 'statement' && ownsJobNoun(lower, focus)) || asksOwnJob(lower));
  if (asksJob || asksRole) weakenJobWords(focus);
  const formerJob = (asksJob || asksRole) && lower.some((w) => FORMER_JOB_CUES.has(w));
  const asksTaught = wants === 'statement' && lower[0] === 'what' && DO_WORDS.has(lower[1] ?? '') && TEACH_VERBS.has(lower.at(-1) ?? '');
  const spanAnchors = lower.filter((w) => QUESTION_ANCHORS.has(w));
  matchupMarkersWeak(wants, focus);
  const thing = asksThing(tokens, lower);
  const asksAccount = wants === 'statement' && !thing && (asksWhy(text) || accountOpening(lower));
  const verb = asksAccount && !speech ? accountVerb(focus) : undefined;
  return {
    wants,
    focus,
    counted,
    ...(countedWords?.modifier ? { countedModifier: countedWords.modifier } : {}),
    ...(countedWords?.part ? { countedPart: true } : {}),
    plural,
    speech,
    head,
    asksAction,
    identity,
    asksObject,
    numbers,
    dates,
    asksThing: thing,
    ...(asksThingLate(tokens, lower, wants) ? { asksThingLate: true } : {}),
    asksJob,
    asksRole,
    formerJob,
    ...(asksTaught ? { asksTaught } : {}),
    spanAnchors,
    asksWhy: asksWhy(text),
    asksAccount,
    ...(verb ? { accountVerb: verb } : {}),
    asksDoer: asksDoer(wants, focus, text),
    words: lower.filter(Boolean),
  };
}

/** "role at state", "the state": a word of speech after a preposition or a determiner is a noun, and asks for no one's words. */
function nounUse(term: string, lower: string[], tokens: Token[]): boolean {
  const at = lower.flatMap((w, k) => (w === term ? [k] : []));
  return at.length > 0 && at.every((k) => k > 0 && has(tokens[k - 1], 'Preposition', 'Determiner'));
}

/**
 * "whats monte shaw's title", "huma abedins role on the campaign", "whats chelseas position": a
 * title, role or position owned by a name the question gives (its owner, typed with or without
 * the apostrophe) or by "his"/"her"; not "the title of the post", "what position does he play".
 */
function ownsJobNoun(lower: string[], focus: FocusTerm[]): boolean {
  return lower.some((w, k) => {
    if (!OWNED_JOB_WORDS.has(w) || lower[k + 1] === 'of') return false;
    let j = k - 1;
    while (j > 0 && JOB_NOUN_MODIFIERS.has(lower[j])) j--;
    const owner = lower[j] ?? '';
    if (JOB_OWNER_PRONOUNS.has(owner)) return true;
    const bare = owner.replace(/s$/, '');
    return focus.some((f) => !f.weak && (f.term === bare || f.term === owner) && (f.name || f.owner || bare !== owner));
  });
}

/**
 * "whats Lee's current job", "whats Ruiz's title": the job noun and a word that only says which of
 * the jobs are the question's own, never words the passage that says what the person is need hold.
 */
function weakenJobWords(focus: FocusTerm[]): void {
  const job = focus.findIndex((f) => JOB_WORDS.has(f.term) || OWNED_JOB_WORDS.has(f.term));
  if (job < 0) return;
  focus[job].weak = true;
  for (const f of focus.slice(0, job)) if (JOB_NOUN_MODIFIERS.has(f.term)) f.weak = true;
}

/**
 * "what does Lee do", "what does Ruiz do for work", "what did Ortiz do for a living": the question
 * asks what the person works as. A past "what did Lee do" asks for an action unless it says "for
 * work"; "what does Lee want to do" asks what Lee means to do.
 */
function asksWhatOneDoes(text: string): boolean {
  const m = WHAT_ONE_DOES.exec(text.trim());
  if (!m) return false;
  const [, tense, who, tail] = m;
  if (/\bto\b/iu.test(who) || who.split(/\s+/).length > 5) return false;
  // "what does the executive order do": a thing's doing; "what does the letter writer do": a person's work.
  const words = who.toLowerCase().split(/\s+/);
  if (['the', 'a', 'an', 'this', 'that'].includes(words[0]) && wordnetKind(words.at(-1) ?? '') !== 'person') return false;
  return tense.toLowerCase() !== 'did' || (tail !== undefined && /^for\b/iu.test(tail));
}

const WHAT_ONE_DOES = new RegExp(
  `^what(?:['\u2019]?s)?\\s+(does|did|do)\\s+([^,?.!]+?)\\s+do(?:\\s+(${DOES_FOR_WORK_TAILS.map((t) => t.replace(/ /g, '\\s+')).join('|')}))?\\s*(?:[,?.!]|$)`,
  'iu',
);

/** "who is kevin madden, whats his job": a second clause asks the job of the person the first names. */
function asksOwnJob(lower: string[]): boolean {
  return lower.some(
    (w, k) =>
      w === 'what' &&
      COPULAS.has(lower[k + 1] ?? '') &&
      JOB_OWNER_PRONOUNS.has(lower[k + 2] ?? '') &&
      (JOB_WORDS.has(lower[k + 3] ?? '') || OWNED_JOB_WORDS.has(lower[k + 3] ?? '')),
  );
}

/**
 * Where "which X" or "what X" stands: among the first words, where the question's opening "what"
 * stands ("Lee was governor of what state"), or, in a question that opens with no question word
 * ("Bash was chief of staff to which cia director"), wherever "which" stands.
 */
function whichAt(lower: string[], opening: Opening | null): number {
  const first = lower.slice(0, 4).findIndex((w) => WHICH_WORDS.includes(w));
  if (first >= 0) return first;
  if (opening && WHICH_WORDS.includes(lower[opening.at])) return opening.at;
  return opening ? -1 : lower.indexOf('which');
}

/** "why did the mayor resign", "whys the road closed". */
function asksWhy(text: string): boolean {
  return /^\W*(?:why|whys|y)\b/i.test(text.trim());
}

/**
 * "how did Lee pay for it", "what did Lee want", "what has the board done": "how" or "what" and
 * then the auxiliary of the question's verb, its subject after it; "how is", "what was" ask for a
 * state or a thing instead.
 */
function accountOpening(lower: string[]): boolean {
  const [first, second] = lower;
  return (first === 'how' || first === 'what') && ACCOUNT_AUXILIARIES.has(second ?? '');
}

/**
 * The verb of an account question: after its subject (the first word asked about), the first word the
 * tagger reads as a verb, else the first WordNet knows as one ("what did warren compare …", where the
 * tagger reads "compare" as a noun in lower case). Never a name.
 */
function accountVerb(focus: FocusTerm[]): string | undefined {
  const after = focus
    .filter((f) => !f.weak)
    .slice(1)
    .filter((f) => !f.name);
  return (after.find((f) => f.verb) ?? after.find((f) => lookup(f.term, 'v') !== null))?.term;
}

/**
 * "who was detained", "who got hurt", "who is the ban really aimed at": a passive asks who underwent
 * the act, which a passage can tell.
 */
const PASSIVE = /^\W*(?:who|whos|whom)\s+(?:is|are|was|were|get|gets|got|has been|have been|had been)\b.*\b\p{L}+(?:ed|en|wn|t)\b/iu;

/**
 * "who wrote the white paper", "who did Gore sell the network to": the question's own verb asks
 * for its doer (or its object), which is a name; a passage naming no one that fills the slot does
 * not answer it. On the spent real-news sets such passages were wrong 4 times in 4. A light verb
 * counts too ("who called Vale the greatest", "who would Lund take over Ruiz"): the passages given
 * for those were wrong 4 times in 4 as well.
 */
function asksDoer(wants: Wanted, focus: FocusTerm[], text: string): boolean {
  if (wants === 'statement' || !wants.types.includes('person')) return false;
  return /^\W*(?:who|whom|whos)\b/i.test(text.trim()) && focus.some((f) => f.verb) && !PASSIVE.test(text);
}

/** "which X", "what X does", "what is the name of", "how + adjective": a thing or an amount is asked, not an account. */
function asksThing(tokens: Token[], lower: string[]): boolean {
  const at = lower.findIndex((w) => w === 'which' || w === 'whose' || w === 'what' || w === 'how');
  if (at < 0 || at > 3) return false;
  if (lower[at] === 'which' || lower[at] === 'whose') return true;
  if (lower.slice(at + 1, at + 5).includes('name') && lower.slice(at + 1, at + 6).includes('of')) return true;
  const next = tokens[at + 1];
  if (!next || COPULAS.has(lower[at + 1])) return false;
  // "what show was ryan on", "what program did she name": a noun the tagger read as a verb, before the question's own verb.
  if (lower[at] === 'what' && nounBeforeVerb(lower[at + 1], tokens[at + 2])) return true;
  if (has(next, 'Verb') || has(next, 'Auxiliary') || has(next, 'Copula') || has(next, 'Modal')) return false;
  if (lower[at] === 'how') return has(next, 'Adjective') || has(next, 'Adverb');
  return has(next, 'Noun') || has(next, 'Adjective');
}

/**
 * "dana perino is a host on which fox show", "sanders was on what show": a question in the word order
 * of a statement, no typed value wanted, asks a thing by the noun after its late "which" or "what"
 * (the question's last words, which the tagger may read as a verb).
 */
function asksThingLate(tokens: Token[], lower: string[], wants: Wanted): boolean {
  const at = lower.findIndex((w) => w === 'which' || w === 'what');
  const statementOrder = at > 3 || (at > 1 && tokens.slice(0, at).some((t) => has(t, 'Verb', 'Copula')));
  if (wants !== 'statement' || !statementOrder || lower.slice(0, at).some((w) => IN_SITU_WORDS.has(w))) return false;
  const next = tokens[at + 1];
  if (next === undefined || has(next, ...FUNCTION_TAGS)) return false;
  if (tokens[at].normal === 'which') return true;
  return has(next, 'Noun', 'Adjective') || lookup(nounLemma(next), 'n') !== null;
}

/** "what ship got attacked": a passive's auxiliary after the asked noun. */
const GET_WORDS: ReadonlySet<string> = new Set(['got', 'gets']);

function nounBeforeVerb(word: string, next: Token | undefined): boolean {
  if (next === undefined || !(COPULAS.has(next.normal) || DO_WORDS.has(next.normal) || GET_WORDS.has(next.normal))) return false;
  return lookup(word, 'n') !== null;
}

function asksStanding(lower: string[]): boolean {
  const contest = lower.some((w) => CONTEST_WORDS.has(w));
  // "trumps number in the wapo poll", "clintons share vs sanders in the texas poll": a reader's shorthand with no question word.
  if (!/^(what|how|who|which|when|where|why)/.test(lower[0] ?? '')) return contest && lower.slice(0, 3).some((w) => STANDING_NOUNS.has(w));
  if (!/^what/.test(lower[0] ?? '')) return false;
  if (standingAfterCopula(lower, contest)) return true;
  const at = lower.lastIndexOf('at');
  const atEnd = at > 1 && (at === lower.length - 1 || STANDING_TAILS.includes(lower[at + 1]));
  // "what did cruz get in the nh primary": what a candidate got in a contest is a share of its vote.
  const got = (lower[1] === 'did' || lower[1] === 'does') && lower.includes('get') && contest;
  return atEnd || got || lower.at(-1) === 'poll' || lower.includes('polling');
}

/** How far after "what is" the standing noun may stand: "whats lee's number", "what is the mayor's share". */
const STANDING_NOUN_REACH = 3;

/**
 * "whats lee's number vs ruiz", "what is lee's share in the state poll": the reader's shorthand for a
 * candidate's standing (a standing noun owned by the candidate) asked with "what is" in front. It asks
 * for a share as the bare shorthand does, when the question sets it against a rival or in a vote or
 * poll; "what is the number for the hotline" names no contest and keeps asking for a statement.
 */
function standingAfterCopula(lower: string[], contest: boolean): boolean {
  if (!COPULAS.has(lower[1] ?? '')) return false;
  const noun = lower.slice(2, 2 + STANDING_NOUN_REACH).some((w) => STANDING_NOUNS.has(w));
  return noun && (contest || lower.some((w) => OPPONENT_MARKERS.has(w)));
}

export function isMoneyWord(f: FocusTerm): boolean {
  return MONEY_WORDS.has(f.term) || f.alts.some((a) => MONEY_WORDS.has(a));
}

/**
 * "the name of the judge" → judge; "the names of putins two daughters" → daughter: the head of the
 * noun phrase after "of", its last noun, not an owner or a modifier before it.
 */
function nounAfterOf(tokens: Token[], word: string): string | null {
  const at = tokens.findIndex((t) => lemma(t) === word);
  if (at < 0 || !/^of$/i.test(tokens[at + 1]?.text ?? '')) return null;
  let head: string | null = null;
  let owned = false;
  for (let i = at + 2; i < Math.min(tokens.length, at + 7); i++) {
    const t = tokens[i];
    // "the name of mckinleys book": after an owner typed without its apostrophe the tagger may read the noun as a verb.
    if (owned && has(t, 'Verb') && lookup(t.normal, 'n') !== null) return lemma({ ...t, tags: ['Noun'] });
    if (has(t, 'Pronoun', 'Preposition', 'Verb', 'Conjunction') && !has(t, 'Possessive')) break;
    owned = has(t, 'Possessive') || (/[^s']s$/.test(t.normal) && has(t, 'Noun') && lookup(t.normal, 'n') === null);
    if (has(t, 'Noun')) head = lemma(t);
    else if (!has(t, 'Determiner', 'Adjective', 'Value')) break;
  }
  return head;
}

interface Opening {
  at: number;
  length: number;
  wants: Wanted;
}

/** How far into the question its opening may stand ("so in that poll, how many …"). */
const OPENING_REACH = 6;

function findOpening(lower: string[]): Opening | null {
  for (let at = 0; at < Math.min(lower.length, OPENING_REACH); at++) {
    const o = openingAt(lower, at);
    // "which show was carson on when he …": a "when", "where" or "who" after "which" opens a clause of its own, not the question.
    if (o && o.length === 1 && lower[at] !== 'what' && lower.slice(0, at).includes('which')) return null;
    if (o) return o;
  }
  return null;
}

function openingAt(lower: string[], at: number): Opening | null {
  const o = QUESTION_OPENINGS.find((c) => c.words.every((w, k) => lower[at + k] === w));
  return o ? { at, length: o.words.length, wants: o.wants } : null;
}

/**
 * "susan collins is a senator from where", "kevin barrett is a lawyer at what firm": a question in
 * the word order of a statement asks with a question word late in it, where the thing asked stands.
 * "what", "which" and "how" ask wherever they stand; "who", "where" and "when" after a noun begin a
 * relative clause ("the debate where Lee stumbled"), so they ask only after a preposition or a verb.
 */
function lateOpening(tokens: Token[], lower: string[]): Opening | null {
  // "which club ran the survey on how many members": a question word among the first words asks; a later one is inside what it asks about.
  if (lower.slice(0, OPENING_REACH).some((w) => IN_SITU_WORDS.has(w))) return null;
  for (let at = OPENING_REACH; at < lower.length; at++) {
    if (!IN_SITU_WORDS.has(lower[at])) continue;
    // "under what age": the opening may begin with the word before ("at what age").
    const o = openingAt(lower, at - 1) ?? openingAt(lower, at);
    if (!o) continue;
    const before = tokens[at - 1];
    const relative = RELATIVE_WORDS.has(lower[at]) && has(before, 'Noun') && !has(before, 'Pronoun', 'Preposition', 'Verb');
    if (!relative) return o;
  }
  return null;
}

/** "Ortiz's husband", "ortizs husband", "his daughter" → the owned noun. */
function ownedNoun(tokens: Token[]): string | null {
  // "zuck's wife's parents": the last owned noun is the one asked about.
  let owned: string | null = null;
  for (let i = 1; i < tokens.length; i++) {
    const owner = tokens[i - 1];
    const t = tokens[i];
    if (!has(t, 'Noun') || has(t, 'Pronoun', 'ProperNoun')) continue;
    const possessive =
      has(owner, 'Possessive') ||
      /^(his|her|their|its)$/i.test(owner.text) ||
      (/[^s]s$/i.test(owner.text) && has(owner, 'Noun') && !has(owner, 'Pronoun') && i > 1);
    if (possessive) owned = lemma(t);
  }
  return owned;
}

/** "what % voted against it": the sign, which the words of the question lose, said as its word. */
function spellSigns(text: string): string {
  return text.replace(/(\d)\s*%/g, '$1 percent').replace(/%/g, ' percent ');
}

function expandContractions(text: string): string {
  // "who's", "didn't": typed with the apostrophe they are the same two words ("Lee's" is no contraction).
  const joined = text.replace(/\b([a-z]+)['\u2019]([a-z]+)\b/gi, (m, a: string, b: string) => CONTRACTIONS[(a + b).toLowerCase()] ?? m);
  return joined.replace(/\b[a-z]+\b/gi, (w) => CONTRACTIONS[w.toLowerCase()] ?? w);
}

/** The noun "how many" counts (its head) and, when another, the first noun before it. */
function countedNoun(tokens: Token[], at: number): { head: string; modifier?: string; part?: boolean } | null {
  for (let i = at; i < Math.min(tokens.length, at + 4); i++) {
    if (!isNounLike(tokens[i]) || has(tokens[i], 'Pronoun')) continue;
    const first = lemma(tokens[i]);
    const part = tokens[at]?.normal === 'of';
    const head = lemma(countedHead(tokens, i, part));
    return { head, ...(head === first ? {} : { modifier: first }), ...(part ? { part } : {}) };
  }
  // "how many were detained": a verb right after "how many" counts no noun.
  return tokens[at] && !has(tokens[at], 'Verb', 'Copula', 'Auxiliary', 'Adverb') ? { head: lemma(tokens[at]) } : null;
}

/**
 * Whether the kind noun is a plural: tagged so, or an "-s" word the tagger read as a verb ("which
 * judges are", "what states that") with no noun after it, which would make it an owner written
 * without its apostrophe ("which states primary", one state's).
 */
function pluralKind(tokens: Token[], kind: Token): boolean {
  if (has(kind, 'Plural')) return true;
  const next = tokens[tokens.indexOf(kind) + 1];
  return isPluralLike(kind) && !has(kind, 'Noun') && (next === undefined || !has(next, 'Noun', 'Adjective'));
}

/** "who are …", "who were …": the question word followed by a plural copula asks for more than one person. */
function asksMany(lower: string[], opening: Opening): boolean {
  return opening.at === 0 && lower[0] === 'who' && PLURAL_COPULAS.has(lower[opening.length] ?? '');
}

const PLURAL_COPULAS: ReadonlySet<string> = new Set(PLURAL_COPULA_WORDS);

/** "votes", "accounts", "delegates": a plural, or a word the tagger read as a verb's "-s" form. */
function isPluralLike(t: Token | undefined): boolean {
  if (t === undefined || has(t, 'Pronoun', ...FUNCTION_TAGS) || AUXILIARY_S.has(t.normal)) return false;
  return has(t, 'Plural') || (has(t, 'Verb') && has(t, 'PresentTense') && /^[a-z]{3,}s$/.test(t.normal) && !/ss$/.test(t.normal));
}

function isNounLike(t: Token | undefined): boolean {
  return t !== undefined && (has(t, 'Noun') || isPluralLike(t));
}

/**
 * "how many nato countries", "how many phone bank offices": the noun counted is the head of the
 * words after "how many", its first plural, not the name or noun before it that says which kind.
 * In "how many of hillarys meetings" the first plural is an owner without its apostrophe, so the
 * plural after it counts. A name after a common noun starts the clause ("how many votes clinton got").
 */
function countedHead(tokens: Token[], first: number, partitive: boolean): Token {
  const run: Token[] = [];
  let common = false;
  for (let i = first; i < Math.min(tokens.length, first + 5); i++) {
    const t = tokens[i];
    const modifier = has(t, 'Adjective', 'Value') && !has(t, ...FUNCTION_TAGS);
    if (!isNounLike(t) && !modifier) break;
    if (common && has(t, 'ProperNoun')) break;
    if (has(t, 'Pronoun')) break;
    run.push(t);
    if (!has(t, 'ProperNoun') && isNounLike(t)) common = true;
  }
  const plurals = run.filter(isPluralLike);
  if (plurals.length === 0) return tokens[first];
  return partitive && plurals.length > 1 ? plurals[1] : plurals[0];
}

function focusTerms(tokens: Token[], typeToken: Token | undefined): FocusTerm[] {
  const out: FocusTerm[] = [];
  tokens.forEach((t, i) => {
    const term = lemma(t);
    if (!term || term.length < 2 || has(t, ...FUNCTION_TAGS) || QUESTION_STOP.has(term) || out.some((f) => f.term === term)) return;
    const name = has(t, 'Person', 'Place', 'Organization') || (i > 0 && isCapitalised(t) && has(t, 'ProperNoun'));
    const typeNoun = t === typeToken;
    const alts = altsOf(term, t);
    const pointer = TIME_POINTERS[term]?.has(lemma(tokens[i + 1] ?? t)) === true;
    const weak =
      typeNoun ||
      pointer ||
      countsTypeNoun(tokens, i, typeToken) ||
      looseParticle(tokens, i) ||
      WEAK_TERMS.has(term) ||
      CONTENT_FREE.has(term) ||
      alts.some((a) => WEAK_TERMS.has(a) && a === verbStem(term));
    // Only a plain two-word compound ("travel ban"): in a longer run ("library card cost") which word is the head is a guess.
    const noun = (k: number) => tokens[k] !== undefined && has(tokens[k], 'Noun', 'Adjective') && !has(tokens[k], 'Verb', ...FUNCTION_TAGS);
    const next = tokens[i + 1];
    // "smiths wife" is an owner typed without its apostrophe, not a compound.
    // "the order cost": a head naming the wanted kind (an amount, a date) is the question's verb, not a compound's head.
    const kindWord = next !== undefined && (MONEY_WORDS.has(lemma(next)) || TYPE_NOUNS[lemma(next)] !== undefined);
    const modifier =
      !name &&
      !typeNoun &&
      !kindWord &&
      !has(t, 'Plural', 'Possessive') &&
      noun(i) &&
      !noun(i - 1) &&
      noun(i + 1) &&
      !noun(i + 2) &&
      has(next, 'Noun') &&
      !has(next, 'ProperNoun');
    out.push({ term, alts, name, weak, typeNoun, verb: has(t, 'Verb'), ...(modifier ? { modifierOf: lemma(next) } : {}) });
  });
  // "give a press conference": a light verb with its object in the question says nothing the object does not.
  out.forEach((f, k) => {
    if (f.verb && LIGHT_VERBS.has(f.term) && out.slice(k + 1).some((g) => !g.weak && !g.verb)) f.weak = true;
  });
  markOpponents(tokens, out);
  // "does he want to deport", "is she expected to endorse": the verb after "to" is the relation asked about.
  tokens.forEach((t, i) => {
    const next = tokens[i + 2];
    if (!CATENATIVE_VERBS.has(lemma(t)) || !/^to$/i.test(tokens[i + 1]?.text ?? '') || !next || !has(next, 'Verb')) return;
    const f = out.find((g) => g.term === lemma(t));
    if (f) f.weak = true;
  });
  return out;
}

/**
 * "which two countries": the number says how many names the answer lists (retrieve.ts holds the
 * sentence to it, a list of that many counts), not a word the sentence must use.
 */
function countsTypeNoun(tokens: Token[], i: number, typeToken: Token | undefined): boolean {
  const at = typeToken === undefined ? -1 : tokens.indexOf(typeToken);
  return has(tokens[i], 'Cardinal') && /^\p{L}+$/u.test(tokens[i].text) && at > i && at - i <= TYPE_NOUN_REACH;
}

/**
 * "end up losing", "paying off": the particle belongs to its verb, which a sentence may state by
 * another verb alone. After a light verb ("made up of", "get a heads up") the particle carries the
 * meaning and stays.
 */
function looseParticle(tokens: Token[], i: number): boolean {
  if (!has(tokens[i], 'Particle')) return false;
  const verb = tokens.slice(Math.max(0, i - 3), i).findLast((t) => has(t, 'Verb') && !has(t, 'Particle'));
  return verb !== undefined && !LIGHT_VERBS.has(lemma(verb));
}

/**
 * "what does lee get against ruiz and ortiz", "lee vs ruiz", "picks lee over ruiz": the words right
 * after the marker (and those joined to them by "and") name the other side of the matchup.
 */
function markOpponents(tokens: Token[], focus: FocusTerm[]): void {
  tokens.forEach((t, i) => {
    if (!OPPONENT_MARKERS.has(t.normal.replace(/[^\p{L}]/gu, ''))) return;
    for (let k = i + 1; k < tokens.length; k += 2) {
      const f = focus.find((g) => g.term === lemma(tokens[k]));
      if (f === undefined || f.weak || f.verb) return;
      f.opponent = true;
      if (!/^and$/i.test(tokens[k + 1]?.text ?? '')) return;
    }
  });
}

/**
 * "what % does lee get against ruiz": in a question for a share, the marker says no more than the
 * matchup does, which a poll sentence writes otherwise ("Lee leads Ruiz, 48 percent to 41
 * percent"), so it is no word the sentence must carry. Elsewhere it keeps its sense ("who voted
 * against the levy", "who ran against Lee").
 */
function matchupMarkersWeak(wants: Wanted, focus: FocusTerm[]): void {
  if (wants === 'statement' || !wants.types.includes('percent') || !focus.some((f) => f.opponent)) return;
  for (const f of focus) if (OPPONENT_MARKERS.has(f.term)) f.weak = true;
}

/**
 * Synonyms of the lemma and of the word as typed: compromise mis-tags short lower-case
 * questions ("will visas be suspended" tags "visas" a verb), so the typed form and its
 * singular are kept as alternatives to a wrong lemma.
 */
function altsOf(term: string, t: Token): string[] {
  const typed = t.normal.replace(/[^\p{L}\p{N}-]/gu, '');
  // "affected", "planned": an -ed or -ing word compromise did not read as a verb keeps its verb too.
  const forms = [typed, typed.length > 3 && typed.endsWith('s') ? typed.slice(0, -1) : '', verbStem(term) ?? '', verbStem(typed) ?? ''].filter(
    (w) => w && w !== term,
  );
  const synonyms = [...synonymsOf(term), ...forms.flatMap(synonymsOf)];
  // "booked" asked, "reserved" written: a synonym's own inflections, which the record may keep unlemmatised.
  return [...new Set([...synonyms, ...synonyms.flatMap(inflections), ...forms, ...derivedForms(term), ...shortVerbForms(term, t)])].filter((w) => w !== term);
}

/**
 * "ratify" → "ratification", "marry" → "marriage", "grow" → "growth": the same word in another part
 * of speech, from WordNet's derivation links (one step; synonyms are not taken, they are where the
 * noise is).
 */
function derivedForms(term: string): string[] {
  if (term.length < 4 || !/^[a-z]+$/.test(term)) return [];
  return [...relatedLemmas(term)].filter(([w, factor]) => factor >= FACTOR.derived && /^[a-z]+$/.test(w) && w.length >= 4).map(([w]) => w);
}

/**
 * "ask" → "asking", "asked": a short verb's forms, which the near-spelling rules leave to words of
 * four letters or more. WordNet says whether it is a verb: the tagger often reads a short
 * lower-case question's verb as a noun ("did the mayor ask").
 */
function shortVerbForms(term: string, t: Token): string[] {
  if (term.length !== 3 || !/^[a-z]+$/.test(term) || has(t, 'ProperNoun') || lookup(term, 'v') === null) return [];
  const doubled = /[^aeiou][aeiou][^aeiouwxy]$/.test(term) ? term + term.at(-1) : term;
  return [`${term}s`, `${term}ed`, `${term}ing`, `${doubled}ed`, `${doubled}ing`];
}

export function synonymsOf(term: string): string[] {
  return [
    ...new Set(
      SYNONYMS.filter((row) => row.includes(term))
        .flat()
        .filter((w) => w !== term),
    ),
  ];
}
