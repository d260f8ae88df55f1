/**
 * The kind of value a question's "which"/"what" phrase asks for, read from its structure: the phrase's
 * head, an owner it picks out ("which state's law"), the word before the question's verb when the
 * tagger misreads the phrase, a shorthand's head noun. question.ts reads the rest of the question.
 */
import type { ValueType } from '../model/records.js';
import type { Token } from '../nlp/parse.js';
import { lemma, verbStem } from '../nlp/lemma.js';
import { has } from '../nlp/tokens.js';
import { editDistanceAtMostOne } from '../nlp/distance.js';
import { lookup, synset } from './wordnet.js';
import { actorKind, closedCompoundKind, compoundKind, kindOfNoun, wordnetKind } from './noun-kinds.js';
import { CASUAL_SPELLINGS } from '../nlp/casual.js';
import { AUXILIARY_S, KIND_ASKING_WORDS, READER_ABBREVIATIONS, TYPE_NOUNS } from './lexicon.js';
/** Forms of "be" a question's verb may be. */
export const COPULAS = new Set(['is', 'was', 'are', 'were']);

/** Auxiliaries a question's verb may lean on. */
export const DO_WORDS = new Set(['did', 'does', 'do', 'will', 'would']);

/** "its", "his": owning pronouns, which the tagger may read as nouns after a noun ("which fox host its"). */
const OWNING_PRONOUNS = new Set(['its', 'his', 'her', 'their']);

/** Tags of the small words that are never a phrase's head. */
export const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Auxiliary', 'Copula', 'Modal', 'QuestionWord', 'Negative'];

/** How many words after "what is" the type noun may stand: "the campaign's monthly Trump Tower rent". */
export const TYPE_NOUN_REACH = 8;

/**
 * "govenor", "seantor": a type noun typed one letter off. Only a word WordNet does not know as a noun:
 * "prize" is no misspelt "price", nor "peace" a misspelt "place".
 */
function misspeltTypeNoun(word: string): ValueType | undefined {
  if (word.length < 5 || lookup(word, 'n') !== null) return undefined;
  const near = Object.keys(TYPE_NOUNS).find((k) => k.length >= 5 && editDistanceAtMostOne(k, word));
  return near === undefined ? undefined : TYPE_NOUNS[near];
}

export function typeNounAfter(tokens: Token[], at: number): { type: ValueType; token: Token; owner?: boolean } | null {
  for (let i = at; i < Math.min(tokens.length, at + TYPE_NOUN_REACH); i++) {
    const t = tokens[i];
    const word = lemma(t);
    // "what is the state's …", "whats dan cantors title": after a verb "what" asks about the owned thing, no longer picks out an owner.
    const picked = !tokens.slice(at, i).some((k) => has(k, 'Verb', 'Copula', 'Determiner') || COPULAS.has(k.normal) || DO_WORDS.has(k.normal));
    const owning = picked ? ownerKind(tokens, i) : undefined;
    if (owning) return { type: owning, token: t, owner: true };
    const listed = TYPE_NOUNS[word] ?? misspeltTypeNoun(word) ?? shortFormKind(word);
    // "what is the executive order", "which republican candidate": a type word modifying the noun after it
    // names no wanted kind; the noun it modifies, the phrase's head, may.
    const next = tokens[i + 1];
    // "which fox host its": an owning pronoun the tagger read as a noun begins the question's own words.
    const modifiesNext =
      next !== undefined && has(next, 'Noun') && !has(next, 'Pronoun', 'Verb', 'Copula', 'Auxiliary', 'Preposition') && !OWNING_PRONOUNS.has(next.normal);
    if (listed && modifiesNext) continue;
    // "whats delawares biggest city": an owner typed without its apostrophe modifies the type noun too.
    const owner =
      has(t, 'Possessive') || (/[^s]s$/i.test(t.text) && has(t, 'Noun') && (has(next, 'Adjective', 'Noun') || mistaggedCompound(next, tokens[i + 2])));
    // "whats his daughters name": an owner is no head, whatever kind of noun it is; nor is a noun before
    // another word WordNet knows as a noun, which the tagger may have read as a verb ("name").
    // A phrasal verb is the question's verb ("which publisher put out the book"), whatever WordNet says of "put".
    // A preposition is never such a noun, though WordNet files "at" and "in" as nouns too ("which economist at the bank").
    const nounNext =
      next !== undefined &&
      !has(next, 'PastTense', 'Gerund', 'Copula', 'Auxiliary', 'Modal', 'PhrasalVerb', 'Preposition') &&
      lookup(next.normal, 'n') !== null;
    const head = !modifiesNext && !owner && !nounNext;
    // "which florida reps", "which unlv history prof": a title the tagger knows names a person.
    const titled = has(t, 'Honorific') && head ? 'person' : undefined;
    const type =
      listed ??
      titled ??
      adjectiveHead(t, tokens[i - 1], next) ??
      ((has(t, 'Noun') || nounOnly(t)) && !has(t, 'Pronoun') && (!has(t, 'ProperNoun') || commonAfterName(t, tokens[i - 1])) && head
        ? (wordnetKind(word) ?? (picked ? (closedCompoundKind(word) ?? (has(t, 'Actor') ? actorKind(word) : undefined)) : undefined))
        : undefined);
    if (type) return { type, token: t };
    // "which reality show was trump the boss on": the phrase ends at its verb; its head names no kind,
    // and a noun after the verb ("boss") is the question's own word, not the kind asked.
    if (head && endsPhrase(t, next)) return null;
    // "which think tank", "which hedge fund": two words WordNet has as one noun, whose second is the head.
    // "whats rupert murdochs role": a first name and surname WordNet files as one noun name the person asked about, no kind.
    const compound = next !== undefined && !has(t, 'FirstName') ? compoundKind(t.normal, lemma(next)) : undefined;
    if (compound) return { type: compound, token: next };
    // "which muslim countries", "which tech companies", "which 7 countries", "which two countries": a modifier before the type noun.
    const modifier =
      (has(t, 'Noun', 'ProperNoun') && !has(t, 'Plural', 'Pronoun', 'Verb')) ||
      /^\d+$/.test(t.text) ||
      has(t, 'Cardinal', 'Ordinal') ||
      owner ||
      mistaggedModifier(t, next, tokens[i - 1]);
    // "which usually red states", "which reliably blue districts": an adverb grading the adjective after it.
    const grading = picked && has(t, 'Adverb') && next !== undefined && has(next, 'Adjective');
    if (!has(t, 'Adjective', 'Copula', 'Determiner') && !modifier && !grading) break;
  }
  return null;
}

/**
 * "which vp", "what org", "which dept": a reader's short form of a type noun names the kind of
 * person or organisation its words do (the head of "vice president"), when every reading agrees.
 */
function shortFormKind(word: string): ValueType | undefined {
  const forms = [...(Object.hasOwn(READER_ABBREVIATIONS, word) ? READER_ABBREVIATIONS[word] : []), ...(CASUAL_SPELLINGS.get(word) ?? [])];
  const kinds = new Set(
    forms.map((form) => {
      const head = form.split(' ').at(-1) ?? form;
      return TYPE_NOUNS[head] ?? wordnetKind(head);
    }),
  );
  const [kind] = kinds;
  // "wall st firm": a short form of a place word is part of a name, never the kind asked.
  return kinds.size === 1 && (kind === 'person' || kind === 'organization') ? kind : undefined;
}

/**
 * "which network pays lewandowski", "which polling firm did the survey", "which iowa operative working
 * for paul": the tagger may misread a lower-case question's words (the verb as a plural noun, the
 * head as an adjective), so the phrase read word by word names no kind. Its head is then the word
 * right before the question's verb; the first of the phrase's words that names a kind there is the
 * kind asked.
 */
export function kindBeforeVerb(tokens: Token[], at: number): { type: ValueType; token: Token; owner?: boolean } | null {
  for (let i = at; i < Math.min(tokens.length, at + TYPE_NOUN_REACH); i++) {
    const t = tokens[i];
    // "which polling firm": an "-ing" form opening the phrase modifies its noun.
    // "what kinda group is it": a description is asked, not a member of the kind.
    const modifying = i === at && has(t, 'Gerund');
    if ((verbHere(t) && !modifying) || has(t, 'Preposition', 'Pronoun', 'Conjunction', 'QuestionWord') || KIND_ASKING_WORDS.has(t.normal)) return null;
    // "aimed at which rival": the question's last word ends the phrase as its verb would, whatever the tagger made of it.
    const last = i === tokens.length - 1;
    const word = last ? nounLemma(t) : lemma(t);
    const common = commonNoun(word) && /^[a-z]{3,}$/.test(word);
    const type = TYPE_NOUNS[word] ?? shortFormKind(word) ?? (common ? (wordnetKind(word) ?? (has(t, 'Actor') ? actorKind(word) : undefined)) : undefined);
    // "what liberal causes": an adjective WordNet also has as a noun of a kind, before a plural, is the plural's modifier.
    const modifier = has(t, 'Adjective') && TYPE_NOUNS[word] === undefined && has(tokens[i + 1], 'Plural');
    if (type && !modifier && !has(t, 'ProperNoun') && (last || verbHere(tokens[i + 1]))) return { type, token: t };
  }
  return null;
}

/** The word as a noun: "rival" the tagger read as an adjective, "parties" as a verb. */
export function nounLemma(t: Token): string {
  return lookup(t.normal, 'n') !== null ? t.normal : lemma({ ...t, tags: ['Noun', ...(/[^s]s$/.test(t.normal) ? ['Plural'] : [])] });
}

/** A word that can be the question's verb: a copula or auxiliary, a word tagged a verb, or an inflected form WordNet has as a verb ("pays"). */
function verbHere(t: Token): boolean {
  if (COPULAS.has(t.normal) || DO_WORDS.has(t.normal) || has(t, 'Copula', 'Auxiliary', 'Modal')) return true;
  if (has(t, 'Verb') && !has(t, 'Infinitive')) return true;
  if (/^[a-z]{3,}(?:s|ed)$/.test(t.normal) && lookup(lemma(t), 'v') !== null && lemma(t) !== t.normal) return true;
  // "which iowa operative working for", "which governor backing clinton": a reduced relative clause's "-ing" verb.
  const stem = /^[a-z]{3,}ing$/.test(t.normal) ? verbStem(t.normal) : null;
  return stem !== null && stem !== t.normal && lookup(stem, 'v') !== null;
}

/**
 * "sanders share of iowa delegates?", "margin of error for the whole sample?", "median salary for
 * top male execs": a reader's shorthand with no question word at all is a noun phrase, and its head
 * (the noun before its first preposition) names the kind asked when the lexicon lists it as a value's
 * kind. Not a question that opens with a verb ("did the city raise the fare"): that asks yes or no.
 */
export function headlessKind(tokens: Token[]): { type: ValueType; token: Token } | undefined {
  if (tokens.length === 0 || has(tokens[0], 'Verb', 'Copula', 'Auxiliary', 'Modal', 'Preposition', 'Conjunction', 'Pronoun')) return undefined;
  for (let i = 0; i < Math.min(tokens.length, TYPE_NOUN_REACH); i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    const ends = next === undefined || has(next, 'Preposition') || /^[?]$/.test(next.text);
    const type = ends && has(t, 'Noun') && !has(t, 'ProperNoun') ? VALUE_HEADS[lemma(t)] : undefined;
    if (ends) return type === undefined ? undefined : { type, token: t };
    const modifier = has(t, 'Noun', 'Adjective', 'Possessive', 'Value') || (has(t, 'Verb') && lookup(t.normal, 'n') !== null && !has(t, 'PastTense'));
    if (!modifier || has(t, 'Pronoun', 'Determiner')) return undefined;
  }
  return undefined;
}

/** The kinds a noun phrase's head may name in a shorthand question: amounts, shares and counts, not the names "which" asks for. */
const VALUE_HEADS: Readonly<Record<string, ValueType>> = Object.fromEntries(
  Object.entries(TYPE_NOUNS).filter(([, kind]) => kind === 'money' || kind === 'percent' || kind === 'number' || kind === 'age'),
);

/**
 * "trumps vote share", "murphys net worth": after an owner typed without its apostrophe, the tagger
 * may read the first noun of a two-noun phrase as a verb; WordNet has it as a noun, and a noun follows.
 */
function mistaggedCompound(t: Token | undefined, next: Token | undefined): boolean {
  if (t === undefined || next === undefined || !has(t, 'Verb') || has(t, 'PastTense', 'Gerund', 'Copula', 'Auxiliary', 'Modal', 'PhrasalVerb')) return false;
  return /^[a-z]{3,}$/.test(t.normal) && lookup(t.normal, 'n') !== null && has(next, 'Noun') && !has(next, 'Pronoun', 'Verb', 'ProperNoun');
}

/**
 * "which state's bathroom law", "which paper's reporter", "which year's crime bill": "which" picks
 * out the owner, and the thing owned only says which one of its kind; so the owner's kind is asked,
 * whatever the owned noun is. Typed without the apostrophe ("which states primaries") a plural is an
 * owner only before nouns none of which names a kind of its own: "which nurses union" asks for a union.
 */
function ownerKind(tokens: Token[], i: number): ValueType | undefined {
  const t = tokens[i];
  const word = lemma(t).replace(/['’]s?$/u, '');
  const kind = (): ValueType | undefined => TYPE_NOUNS[word] ?? shortFormKind(word) ?? (commonNoun(word) ? wordnetKind(word) : undefined);
  if (has(t, 'Possessive') || /\p{L}['’]s?$/u.test(t.text)) return tokens[i + 1] === undefined ? undefined : kind();
  if (!/[^s]s$/.test(t.normal) || word === t.normal || !/^[a-z]+$/.test(word) || AUXILIARY_S.has(t.normal) || has(t, ...FUNCTION_TAGS)) return undefined;
  const owned = ownedRun(tokens, i + 1);
  return owned.length > 0 && owned.every((k) => kindOfNoun(lemma(k)) === undefined) ? kind() : undefined;
}

/** The nouns right after an owner typed without its apostrophe, up to the question's verb ("states bathroom law" → bathroom, law). */
function ownedRun(tokens: Token[], from: number): Token[] {
  const run: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!has(t, 'Noun') || has(t, ...FUNCTION_TAGS, 'Verb') || !/^[a-z]{3,}$/.test(t.normal) || lookup(lemma(t), 'n') === null) break;
    if (COPULAS.has(t.normal) || DO_WORDS.has(t.normal)) break;
    run.push(t);
  }
  return run;
}

/** A word WordNet knows as a common noun, not only as one person or place ("obama", "texas"). */
function commonNoun(word: string): boolean {
  const entry = lookup(word, 'n');
  return entry !== null && entry.offsets.length > 0 && !synset(entry.offsets[0], 'n').pointers.some((p) => p.symbol === '@i');
}

/**
 * A common noun right before the question's verb ("show was", "case did"): the last word of the asked
 * phrase. Not a two-letter one ("which israeli pm is"): an abbreviation may stand for a person WordNet does not know it as.
 */
function endsPhrase(t: Token, next: Token | undefined): boolean {
  if (next === undefined || !has(t, 'Noun') || has(t, 'Pronoun', 'ProperNoun', 'Possessive') || !/^[a-z]{3,}$/.test(t.normal)) return false;
  return has(next, 'Copula', 'Auxiliary', 'Modal') || DO_WORDS.has(next.normal);
}

/**
 * "which hillary aide": in a lower-case question the tagger reads the noun after a name as part of
 * the name; after a modifier, a lower-case word is still the head noun it would be in capitals.
 */
function commonAfterName(t: Token, before: Token | undefined): boolean {
  if (before === undefined || !has(before, 'Noun') || !/^[a-z]+$/.test(t.text)) return false;
  // "records show clinton raised": a word WordNet knows only as one person or place is a name still.
  const entry = lookup(t.normal, 'n');
  return entry !== null && entry.offsets.length > 0 && !synset(entry.offsets[0], 'n').pointers.some((p) => p.symbol === '@i');
}

/** "which us ambassador emailed": a word the tagger read as a verb that WordNet knows only as a noun. */
function nounOnly(t: Token): boolean {
  return (
    has(t, 'Verb') &&
    !has(t, 'PastTense', 'Gerund', 'Copula', 'Auxiliary', 'Modal') &&
    /^[a-z]{3,}$/.test(t.normal) &&
    lookup(t.normal, 'v') === null &&
    lookup(t.normal, 'n') !== null
  );
}

/**
 * "which former rival endorsed Lee", "which 1992 populist does": the tagger may read the phrase's head
 * as an adjective; right before the question's verb it is the noun WordNet knows, and names a person
 * or an organisation when its noun does.
 */
function adjectiveHead(t: Token, before: Token | undefined, next: Token | undefined): ValueType | undefined {
  if (next === undefined || !has(t, 'Adjective') || has(t, 'Noun') || !/^[a-z]{3,}$/.test(t.normal)) return undefined;
  // "whats steve moody do": after a first name the word is a surname, not a head.
  if (before !== undefined && has(before, 'FirstName', 'Person')) return undefined;
  const verbNext = DO_WORDS.has(next.normal) || COPULAS.has(next.normal) || (has(next, 'Verb') && !has(next, 'Noun'));
  if (!verbNext) return undefined;
  const kind = wordnetKind(t.normal);
  return kind === 'person' || kind === 'organization' ? kind : undefined;
}

/**
 * "which ex ny governor", "which us vice president": a lower-case question's modifier the tagger
 * read as an abbreviation, a pronoun or a verb, though WordNet knows it as a noun or adjective. A
 * past or -ing form is a modifier only right before a noun ("which polling firm", "which fed
 * governor"); elsewhere it stays a verb ("which left the party").
 */
function mistaggedModifier(t: Token, next?: Token, before?: Token): boolean {
  if (has(t, 'Preposition', 'Determiner', 'Conjunction', 'QuestionWord', 'Copula', 'Auxiliary', 'Modal')) return false;
  if (has(t, 'PastTense', 'Gerund') && !(next !== undefined && has(next, 'Noun') && !has(next, 'Pronoun', 'Verb', 'ProperNoun'))) return false;
  if (!has(t, 'Abbreviation', 'Pronoun', 'Verb')) return false;
  if (!/^[a-z]{2,}$/.test(t.normal)) return false;
  return lookup(t.normal, 'n') !== null || lookup(t.normal, 'a') !== null || pluralModifier(t, before, next);
}

/**
 * "which nurses union", "which civil rights group": a plural modifier the tagger read as a verb's
 * "-s" form, a noun WordNet has in the singular. Only first in the phrase or after an adjective,
 * before a noun: after a noun the "-s" form is the question's verb ("which program backs schools").
 */
function pluralModifier(t: Token, before: Token | undefined, next: Token | undefined): boolean {
  if (!/[^s]s$/.test(t.normal) || DO_WORDS.has(lemma(t)) || next === undefined || !has(next, 'Noun') || has(next, 'Pronoun', 'ProperNoun')) return false;
  const opensPhrase = before === undefined || has(before, 'QuestionWord', 'Adjective');
  return opensPhrase && lookup(lemma(t), 'n') !== null;
}
