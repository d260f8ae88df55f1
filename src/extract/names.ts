import type { TypedValue } from '../model/records.js';
import type { Sentence, Token } from '../nlp/parse.js';
import { bareWord, lemma } from '../nlp/lemma.js';
import { isGivenName } from '../nlp/given-names.js';
import { markBoundOrganisations } from './org-names.js';
import { MONTHS } from '../nlp/dates.js';
import { placeKinds } from '../nlp/places.js';
import { gapBetween, has, isCapitalised, tightGap, trimmedSpan } from '../nlp/tokens.js';
import {
  describesName,
  hyphenGap,
  isInitial,
  isKnownPersonWord,
  isPersonToken,
  nameGap,
  nameSuffix,
  nameWordsOf,
  resolvePerson,
  titleBefore,
  titleHolder,
  titlesOf,
  writtenName,
  type Gazetteer,
} from './gazetteer.js';
import {
  APPOSITION_PERSON_NOUNS,
  GROUP_NAME_HEADS,
  INSTITUTION_HEADS,
  INSTITUTION_JOINERS,
  INSTITUTION_OPENING_TITLES,
  NAME_PARTICLES,
  NOT_ORG_ACRONYMS,
  PLACE_ABBREVIATIONS,
  PLACE_GROUP_WORDS,
  PLACE_NAME_HEADS,
  PLACE_PLURALS,
  PREPOSITIONS,
  PUBLICATION_HEADS,
  ROLE_NOUNS,
  STATE_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  TITLE_QUALIFIERS,
  TITLES,
} from './lexicon.js';

type NameKind = 'person' | 'place' | 'organization';

interface Run {
  kind: NameKind;
  first: number;
  last: number;
}

/** People, places and organisations a sentence names; a list of them ("A, B and C") is one value. */
export function findNames(text: string, sentence: Sentence, gaz: Gazetteer): TypedValue[] {
  const words = nameWordsOf(text, sentence);
  const runs = nameRuns(text, words, gaz);
  const values: TypedValue[] = [];
  for (const group of listGroups(text, words, runs)) {
    const items = group.map((r) => runValue(text, words, r, gaz));
    if (items.length === 1) values.push(items[0]);
    else values.push(listValue(text, items, words, group));
  }
  values.push(...titleMentions(text, words, runs, gaz));
  return values;
}

function tokenKind(t: Token, gaz: Gazetteer): NameKind | null {
  if (has(t, 'Date', 'Value', 'Pronoun', 'Honorific', 'Determiner') || !isCapitalised(t)) return null;
  const w = bareWord(t);
  const person = isKnownPersonWord(gaz, w);
  if (isPersonToken(t) && (person || !(gaz.orgs.has(w) || gaz.places.has(w)))) return 'person';
  if (person) return 'person';
  if (has(t, 'Place', 'Country', 'City', 'Region') || gaz.places.has(w)) return 'place';
  if (has(t, 'Organization') || gaz.orgs.has(w)) return 'organization';
  return null;
}

/** The kind compromise gives a word in this sentence, without the article's votes. */
function taggedKind(t: Token): NameKind | null {
  if (!isCapitalised(t) || has(t, 'Person', 'Date', 'Value', 'Pronoun', 'Honorific', 'Determiner')) return null;
  if (has(t, 'Organization')) return 'organization';
  return has(t, 'Place', 'Country', 'City', 'Region') ? 'place' : null;
}

/**
 * "the New York Times", "the Ruiz National Golf Club": words the tagger reads as one organisation
 * or one place in this sentence keep that kind together, though the article's votes make "New" a
 * place, or its people make "Ruiz" a person. The votes and the cast settle a word the tagger reads
 * differently from sentence to sentence; they do not cut a name it reads whole.
 */
function keepTaggedNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i < words.length; i++) {
    const kind = taggedKind(words[i]);
    let j = i;
    while (kind && words[j + 1] && !has(words[j], 'Possessive') && taggedKind(words[j + 1]) === kind && tightGap(text, words[j], words[j + 1])) j++;
    if (j > i) for (let k = i; k <= j; k++) kinds[k] = kind;
    i = j;
  }
}

function nameRuns(text: string, words: Token[], gaz: Gazetteer): Run[] {
  const kinds = words.map((t, i) => (describesName(text, words, i) ? null : tokenKind(t, gaz)));
  keepTaggedNames(text, words, kinds);
  markSurnames(text, words, kinds);
  markHyphenParts(text, words, kinds);
  markRomanisedNames(text, words, kinds);
  markDescribedNames(text, words, kinds);
  markInitials(text, words, kinds);
  markParticleNames(text, words, kinds);
  markDoubleSurnames(text, words, kinds);
  markInstitutions(text, words, kinds);
  markAcronyms(text, words, kinds);
  markTitledNames(text, words, kinds);
  markAppositiveNames(text, words, kinds);
  markListedPeople(text, words, kinds);
  markAbbreviatedPlaces(text, words, kinds);
  markStatePlaces(text, words, kinds, gaz);
  markGivenNamePeople(text, words, kinds);
  const cities = markUnknownPlaces(text, words, kinds);
  extendLists(text, words, kinds);
  markBoundOrganisations(text, words, kinds, gaz.orgNames);
  unmarkLeadingPrepositions(words, kinds);
  const compounds = markHyphenCompounds(text, words, kinds);
  markAmpersandNames(text, words, kinds, compounds);
  markCampusNames(text, words, kinds, compounds);
  const runs: Run[] = [];
  for (let i = 0; i < words.length; i++) {
    const prev = runs.at(-1);
    const adjacent = prev !== undefined && prev.last === i - 1 && !has(words[i - 1], 'Possessive');
    const tight =
      adjacent &&
      (tightGap(text, words[i - 1], words[i]) ||
        compounds.has(i) ||
        (prev.kind === 'person' && nameGap(text, words[i - 1], words[i])) ||
        (prev.kind === 'place' && placeGap(text, words[i - 1], words[i])) ||
        // "Hewlett-Packard", "Mercedes-Benz": one word, a hyphen and a capitalised word name one organisation.
        (prev.kind === 'organization' && prev.first === i - 1 && hyphenGap(text, words[i - 1], words[i]) && isCapitalised(words[i])));
    // "Feld Tower", "Ruiz Foundation": a person's name before a building word names the building.
    if (tight && prev.kind === 'person' && FACILITY_WORDS.has(words[i].text.toLowerCase().replace(/['’]s$/, '')) && isCapitalised(words[i])) {
      prev.kind = 'place';
      prev.last = i;
      kinds[i] = 'place';
      continue;
    }
    // "The Tulsa Herald", "The Washington Post": a place before a newspaper's last word names the paper.
    if (tight && prev.kind === 'place' && isCapitalised(words[i]) && PUBLICATION_HEADS.has(bareWord(words[i]).toLowerCase())) {
      prev.kind = 'organization';
      prev.last = i;
      kinds[i] = 'organization';
      continue;
    }
    // "Ohio Republicans", "Iowa Democrats": a place followed by a group of people names the group, not where it is
    if (tight && prev.kind === 'place' && kinds[i] !== 'person' && isGroupWord(words[i])) {
      prev.kind = 'organization';
      prev.last = i;
      kinds[i] = 'organization';
      continue;
    }
    // "Joseph Marsh Jr.", "Lee Hale, III": a generational suffix finishes the person's name.
    if (prev?.kind === 'person' && prev.last === i - 1 && nameSuffix(text, words, i - 1) !== null) {
      prev.last = i;
      continue;
    }
    const kind = kinds[i] ?? (tight && prev.kind !== 'person' && (isTrailingName(words[i]) || isCompoundedName(text, words, i)) ? prev.kind : null);
    if (!kind) continue;
    if (prev && adjacent && prev.kind === kind && (tight || cities.has(i - 1))) prev.last = i;
    else runs.push({ kind, first: i, last: i });
  }
  return runs;
}

/**
 * "Saxony-Anhalt", "Eva Resnick-Day", "Chicago-Kent College of Law", "University of
 * Wisconsin-Milwaukee": capitalised words joined by a hyphen are one name, though the tagger reads
 * the two halves as different kinds (or one as none). The indices of the words after such hyphens;
 * both halves take the whole name's kind. Halves of one kind keep their own rules ("Clinton-Kaine",
 * and "the Washington Post-ABC News poll" names two organisations).
 */
function markHyphenCompounds(text: string, words: Token[], kinds: Array<NameKind | null>): Set<number> {
  const joined = new Set<number>();
  for (let i = 1; i < words.length; i++) {
    if (!hyphenGap(text, words[i - 1], words[i]) || !isCapitalised(words[i - 1]) || !/^\p{Lu}\p{Ll}/u.test(words[i].text)) continue;
    const kind = compoundKind(text, words, kinds, i);
    if (kind === null) continue;
    kinds[i - 1] = kind;
    kinds[i] = kind;
    joined.add(i);
  }
  return joined;
}

/**
 * "Pruitt, Hale & Dorsey", "Kessler & Vane", "Center for Lost & Found Pets": an ampersand between
 * two organisations' words makes them one name, with the one-word partners listed before it by commas.
 */
function markAmpersandNames(text: string, words: Token[], kinds: Array<NameKind | null>, joined: Set<number>): void {
  const comma = (a: number) => /^\s*,\s*$/.test(gapBetween(text, words[a - 1], words[a]));
  for (let i = 1; i + 1 < words.length; i++) {
    if (words[i].text !== '&' || kinds[i - 1] !== 'organization' || kinds[i + 1] !== 'organization') continue;
    if (!tightGap(text, words[i - 1], words[i]) || !tightGap(text, words[i], words[i + 1])) continue;
    kinds[i] = 'organization';
    for (
      let j = i - 1;
      j > 0 && kinds[j - 1] === 'organization' && comma(j) && !(j > 1 && kinds[j - 2] !== null && tightGap(text, words[j - 2], words[j - 1]));
      j--
    )
      joined.add(j);
  }
}

/**
 * "the University of Alba at Brill": a university named for a place, then "at" and a place, is
 * the campus there, one name. Only after "University of": "a rally at the University of Alba at
 * noon" has no capitalised place after "at", and "Brill College in Alba" is where the college is.
 */
function markCampusNames(text: string, words: Token[], kinds: Array<NameKind | null>, joined: Set<number>): void {
  for (let i = 3; i + 1 < words.length; i++) {
    if (words[i].text !== 'at' || kinds[i - 1] !== 'organization' || (kinds[i + 1] !== 'place' && kinds[i + 1] !== null) || !isCapitalised(words[i + 1]))
      continue;
    let head = i - 1;
    while (head > 0 && kinds[head - 1] === 'organization' && !/^(?:university|college)$/i.test(words[head].text)) head--;
    if (!/^(?:university|college)$/i.test(words[head].text) || words[head + 1]?.text !== 'of') continue;
    let last = i + 1;
    while (
      words[last + 1] !== undefined &&
      isCapitalised(words[last + 1]) &&
      (kinds[last + 1] === 'place' || kinds[last + 1] === null) &&
      tightGap(text, words[last], words[last + 1])
    )
      last++;
    if (has(words[last + 1] ?? words[last], 'ProperNoun') && last + 1 < words.length && isCapitalised(words[last + 1])) continue;
    for (let k = i; k <= last; k++) {
      kinds[k] = 'organization';
      joined.add(k);
    }
  }
}

/** The kind of the name that the hyphen before `at` joins, or null when its halves are two names. */
function compoundKind(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): NameKind | null {
  const [left, right, after] = [kinds[at - 1], kinds[at], words[at]];
  if (left === null || left === right) return right === 'place' && left === 'place' && opensName(text, words, kinds, at) ? 'place' : null;
  // "Saxony-[Anhalt]", "Resnick-[Day]": a word the tagger leaves untyped after the hyphen finishes the name before it.
  if (right === null) return has(after, 'Value', 'Pronoun') || isCalendarWord(after) ? null : left;
  // "[Chicago]-Kent College of Law": a lone word before the hyphen opens a name that runs on to its head.
  if (left !== 'person' && right !== 'person' && opensName(text, words, kinds, at)) return right;
  // "University of Wisconsin-[Milwaukee]": the campus of an institution named for a place.
  const runsOn = kinds[at + 1] === right && words[at + 1] !== undefined && tightGap(text, after, words[at + 1]);
  return left === 'organization' && right === 'place' && /^of$/i.test(words[at - 2]?.text ?? '') && !runsOn ? left : null;
}

/** Whether the word before the hyphen at `at` stands alone and the name after it runs on to a head word ("Dade County"). */
function opensName(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): boolean {
  const before = words[at - 2];
  if (before !== undefined && kinds[at - 2] !== null && tightGap(text, before, words[at - 1])) return false;
  let last = at;
  while (words[last + 1] !== undefined && kinds[last + 1] === kinds[at] && tightGap(text, words[last], words[last + 1])) last++;
  return last > at && isNameHead(bareWord(words[last]).toLowerCase());
}

/** A month or weekday name: after a hyphen it starts a span of dates ("Monday-Friday"), not a name's second half. */
function isCalendarWord(t: Token): boolean {
  return has(t, 'Month', 'WeekDay') || MONTHS.includes(bareWord(t));
}

/** Words that make a name before them a building or an institution, not a person. */
const FACILITY_WORDS = new Set([
  'tower',
  'towers',
  'building',
  'airport',
  'street',
  'road',
  'avenue',
  'square',
  'center',
  'centre',
  'hall',
  'stadium',
  'arena',
  'park',
  'bridge',
  'station',
  'university',
  'college',
  'school',
  'hospital',
  'foundation',
  'institute',
  'museum',
  'library',
  'plaza',
  'hotel',
  'theatre',
  'theater',
  'house',
]);

/**
 * "Leeds, Brackwell and Oxney": capitalised words compromise does not know, listed with a
 * known place or organisation by commas or "and", are of its kind.
 */
function extendLists(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  const unknown = (i: number) =>
    i > 0 && kinds[i] === null && isCapitalised(words[i]) && !has(words[i], 'Date', 'Value', 'Honorific', 'Pronoun', 'Possessive', 'Verb', 'Adjective');
  const joined = (a: number, b: number): boolean => {
    const gap = gapBetween(text, words[a], words[b]);
    if (b === a + 1) return /^\s*,\s*$/.test(gap);
    return b === a + 2 && /^(and|or)$/i.test(words[a + 1].text) && /^\s*,?\s*$/.test(gap.split(words[a + 1].text)[0] ?? '');
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < words.length; i++) {
      if (!unknown(i)) continue;
      for (const j of [i - 1, i - 2, i + 1, i + 2]) {
        const k = kinds[j];
        if (j < 0 || j >= words.length || (k !== 'place' && k !== 'organization')) continue;
        if (!(j < i ? joined(j, i) : joined(i, j))) continue;
        // "the Middle East and North Africa": the unknown words tight before it are the same name
        for (let n = i; n === i || (unknown(n) && tightGap(text, words[n], words[n + 1])); n--) kinds[n] = k;
        changed = true;
        break;
      }
    }
  }
}

/** A capitalised plural naming people ("Democrats", "Rangers"), not a plural in a place's own name ("Islands"). */
function isGroupWord(t: Token): boolean {
  // an all-capitals word is a shouted headline, where every word looks like a name
  if (!isCapitalised(t) || has(t, 'Possessive') || t.text === t.text.toUpperCase()) return false;
  const w = bareWord(t).toLowerCase();
  if (PLACE_GROUP_WORDS.has(w)) return true;
  return has(t, 'Plural') && !has(t, 'Place', 'Country', 'City', 'Region') && !PLACE_PLURALS.has(w);
}

/** A capitalised word that finishes a name compromise cut short: "Logan International Airport". */
function isTrailingName(t: Token): boolean {
  return has(t, 'ProperNoun') && isCapitalised(t) && !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'Possessive', 'Person');
}

/**
 * "Los [Angeles]-based", "San [Marcos]-area": the tagger reads the last word of a name compounded
 * with a lowercase word as an adjective; it still finishes the name.
 */
function isCompoundedName(text: string, words: Token[], at: number): boolean {
  const [t, next] = [words[at], words[at + 1]];
  return next !== undefined && /^\p{Lu}\p{Ll}/u.test(t.text) && has(t, 'Hyphenated') && hyphenGap(text, t, next) && /^\p{Ll}/u.test(next.text);
}

/**
 * An unknown capitalised word right after a first name is its surname ("Ana [Ruiz]"); so is an
 * unknown proper noun after a lone word the tagger reads as a person though not as a first name
 * ("Lee [Ostrander]", "Guan [Weifei]"), unless it heads a name of its own ("Ruiz Foundation").
 */
function markSurnames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 1; i < words.length; i++) {
    const prev = words[i - 1];
    if (
      kinds[i] === null &&
      kinds[i - 1] === 'person' &&
      (has(prev, 'FirstName') || isLonePersonBeforeSurname(words, kinds, i)) &&
      !has(prev, 'Possessive') &&
      isCapitalised(words[i]) &&
      tightGap(text, prev, words[i]) &&
      !has(words[i], 'Date', 'Value', 'Verb', 'Honorific')
    ) {
      kinds[i] = 'person';
    }
  }
}

/** A one-word person (no person word before it) followed by a proper noun that is no head of another kind of name. */
function isLonePersonBeforeSurname(words: Token[], kinds: Array<NameKind | null>, at: number): boolean {
  const [prev, t] = [words[at - 1], words[at]];
  if (kinds[at - 2] === 'person' || !isPersonToken(prev) || !has(t, 'ProperNoun') || has(t, 'Possessive', 'Acronym')) return false;
  return !isNameHead(bareWord(t).toLowerCase()) && !(t.text === t.text.toUpperCase());
}

/** A word that ends a name of an institution, a place, a building or a paper ("Foundation", "County", "Tower", "Herald"). */
function isNameHead(w: string): boolean {
  return INSTITUTION_HEADS.has(w) || GROUP_NAME_HEADS.has(w) || PLACE_NAME_HEADS.has(w) || FACILITY_WORDS.has(w) || PUBLICATION_HEADS.has(w);
}

/**
 * "Park Ji-won", "Ban Ki-moon", "Moon Jae-in": a short family name before a given name written as
 * two short syllables joined by a hyphen, the second in lower case, is a person's name, however
 * the tagger reads its words ("Park" as a place or a verb, "won" as a verb).
 */
function markRomanisedNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 1; i + 1 < words.length; i++) {
    const [family, first, second] = [words[i - 1], words[i], words[i + 1]];
    if (!/^\p{Lu}\p{Ll}{1,3}$/u.test(first.text) || !/^\p{Ll}{2,4}$/u.test(second.text) || !hyphenGap(text, first, second)) continue;
    if (!/^\p{Lu}\p{Ll}{1,4}$/u.test(family.text) || !tightGap(text, family, first) || TITLES.has(bareWord(family))) continue;
    if ([family, first].some((t) => has(t, 'Date', 'Value', 'Determiner', 'Preposition', 'Pronoun', 'Conjunction'))) continue;
    kinds[i - 1] = 'person';
    kinds[i] = 'person';
    kinds[i + 1] = 'person';
  }
}

/** The part after a hyphen in a person's name is that name too, whatever its case ("Dan-[el]"). */
function markHyphenParts(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 1; i < words.length; i++) {
    if (kinds[i] !== null || kinds[i - 1] !== 'person' || !hyphenGap(text, words[i - 1], words[i])) continue;
    // "Obama-era", "Trump-style": a lowercase word after the hyphen is a name only when tagged as one
    const namePart = isCapitalised(words[i]) || has(words[i], 'Person');
    if (namePart && !has(words[i], 'Date', 'Value', 'Verb', 'Place', 'Organization')) kinds[i] = 'person';
  }
}

/**
 * "longtime aide Huma Abedin", "the strategist Lin Oduya": capitalised words compromise does not
 * know, written right after a lowercase role noun, are that person's name.
 */
function markDescribedNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 1; i < words.length; i++) {
    const role = words[i - 1];
    if (isCapitalised(role) || !ROLE_NOUNS.has(role.text.toLowerCase()) || !tightGap(text, role, words[i])) continue;
    // "the aide Democrats hired": a plural is a group the role works for, not the person's name
    for (
      let j = i;
      j < words.length && isUnknownProper(words[j], kinds[j]) && !isGroupWord(words[j]) && (j === i || tightGap(text, words[j - 1], words[j]));
      j++
    ) {
      kinds[j] = 'person';
      if (has(words[j], 'Possessive')) break;
    }
  }
}

function isUnknownProper(t: Token, kind: NameKind | null): boolean {
  return kind === null && has(t, 'ProperNoun') && isCapitalised(t) && !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'Acronym');
}

/**
 * "the Center for Civic Renewal", "Brookings Institution", "Liberty Now PAC": an institution's head
 * noun makes the capitalised words before it (untyped, or typed a place: "City University"), and
 * its "of"/"for" part after it, one organisation's name. A bare head ("the Center said") names nothing.
 */
function markInstitutions(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i < words.length; i++) {
    const head = words[i];
    const w = bareWord(head);
    const single = INSTITUTION_HEADS.has(w);
    if (!isCapitalised(head) || (!single && !GROUP_NAME_HEADS.has(w)) || !(kinds[i] === null || kinds[i] === 'organization')) continue;
    let first = i;
    for (;;) {
      if (single && first > 0 && isLeadingNameWord(text, words, kinds, first - 1)) first--;
      else if (single && first < i && first > 1 && isInnerAnd(text, words, kinds, first - 1)) first -= 2;
      else break;
    }
    const last = has(head, 'Possessive') ? i : joinedPart(text, words, i);
    // A plural head names a group only with its part ("Americans for Prosperity"); a bare head names nothing.
    if (last === i && (!single || (first === i && kinds[i] === null))) continue;
    for (let k = first; k <= last; k++) kinds[k] = 'organization';
    i = last;
  }
}

/** A capitalised word that can open an institution's name ("Brookings", "Conservative", "City"), not a person's or a function word. */
function isLeadingNameWord(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): boolean {
  const t = words[at];
  return (
    kinds[at] !== 'person' &&
    isCapitalised(t) &&
    !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'Determiner', 'Possessive', 'Preposition', 'Conjunction', 'Verb', 'QuestionWord') &&
    (!TITLES.has(bareWord(t)) || INSTITUTION_OPENING_TITLES.has(bareWord(t))) &&
    tightGap(text, t, words[at + 1])
  );
}

/**
 * The "and" of "House Ways and Means Committee", "Energy and Commerce Committee": between two
 * capitalised words that open an institution's name, neither an organisation of its own to the
 * tagger ("Acme and Brill Foundation" lists Acme apart).
 */
function isInnerAnd(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): boolean {
  const [before, and] = [words[at - 1], words[at]];
  if (and.text !== 'and' || !tightGap(text, before, and) || !tightGap(text, and, words[at + 1])) return false;
  return isLeadingNameWord(text, words, kinds, at - 1) && !has(before, 'Organization') && isNamePartWord(before);
}

/**
 * The last word of "of Homeland Security", "for Strategic and International Studies", "for the
 * Protection of the Constitution" after a head at `at`: capitalised words, joined by "of", "for",
 * "and" or "the", never a title ("of the President") or a person's name; `at` itself when none follows.
 */
function joinedPart(text: string, words: Token[], at: number): number {
  let last = at;
  let j = at + 1;
  while (j < words.length && j - at <= 10) {
    const joiner = words[j];
    if (!INSTITUTION_JOINERS.has(joiner.text) && !(last > at && /^and$/.test(joiner.text))) break;
    let k = j + 1;
    // "for the Protection of …", "Committee for a Balanced Budget": an article after the joiner stays in the name.
    if (words[k] && /^(?:the|an?)$/.test(words[k].text)) k++;
    if (!words[k] || !isPartWord(words[k]) || !words.slice(last, k + 1).every((t, n, run) => n === 0 || tightGap(text, run[n - 1], t))) break;
    while (words[k + 1] && isPartWord(words[k + 1]) && tightGap(text, words[k], words[k + 1]) && !has(words[k], 'Possessive')) k++;
    last = k;
    if (has(words[k], 'Possessive')) break;
    j = k + 1;
  }
  return last;
}

/** A capitalised word inside an institution's name after its head: not a title, a date, a number or a first name. */
function isPartWord(t: Token): boolean {
  const w = bareWord(t);
  return (
    isCapitalised(t) &&
    !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'Determiner', 'FirstName', 'Verb', 'QuestionWord') &&
    (!TITLES.has(w) || INSTITUTION_OPENING_TITLES.has(w))
  );
}

/**
 * "CNBC", "IMGE", "TBS": an abbreviation in capitals the tagger left untyped names an organisation,
 * unless it names a thing or a role ("CEO", "TV"), stands in a shouted headline (a third of the
 * sentence's words in capitals, or another word in capitals beside it), or is joined to a party
 * label by a hyphen ("D-WV").
 */
function markAcronyms(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  const shouted = (t: Token | undefined) => t !== undefined && /^\p{Lu}{2,}$/u.test(t.text.replace(/['’‘][sS]?$/u, '')) && !has(t, 'Organization', 'Place');
  const capitals = words.filter((t) => /^\p{Lu}{2,}/u.test(t.text)).length;
  if (capitals * 3 > words.length) return;
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    const bare = t.text.replace(/['’‘][sS]?$/u, '');
    if (kinds[i] !== null || !/^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(bare) || !/\p{Lu}.*\p{Lu}/u.test(bare)) continue;
    const lower = bare.toLowerCase();
    if (NOT_ORG_ACRONYMS.has(lower) || TITLE_ABBREVIATIONS.has(lower) || has(t, 'Date', 'Value', 'Pronoun', 'RomanNumeral')) continue;
    const hyphened = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && /-/.test(gapBetween(text, a, b));
    if (hyphened(words[i - 1], t) || hyphened(t, words[i + 1])) continue;
    // "AT LEAST 10 KILLED …" opening a sentence: a word in capitals beside another is a shouted headline.
    if (shouted(words[i - 1]) || shouted(words[i + 1])) continue;
    kinds[i] = 'organization';
  }
}

/**
 * A capitalised word the tagger left untyped, which may be part of a name the tagger does not
 * know ("Waverly", "Lakeisha"): not a function word, a number, a title or an abbreviation.
 */
function isUntypedCapital(t: Token, kind: NameKind | null): boolean {
  return (
    kind === null &&
    /^\p{Lu}\p{Ll}/u.test(t.text) &&
    !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'Acronym', 'Determiner', 'Verb', 'Adjective', 'Preposition', 'Conjunction', 'QuestionWord', 'Plural') &&
    !TITLES.has(bareWord(t))
  );
}

/** The last index of a run of up to three untyped capitalised words from `at`, each tight to the one before; -1 when `at` opens none. */
function untypedRun(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): number {
  if (!words[at] || !isUntypedCapital(words[at], kinds[at])) return -1;
  let j = at;
  while (j - at < 2 && words[j + 1] && !has(words[j], 'Possessive') && isUntypedCapital(words[j + 1], kinds[j + 1]) && tightGap(text, words[j], words[j + 1]))
    j++;
  return j;
}

/** A title written capitalised before a name: "President", "Sen.", "AG", and the "State" of "Secretary of State". */
function isNameTitle(words: Token[], at: number): boolean {
  const t = words[at];
  const w = bareWord(t);
  if (!isCapitalised(t) || has(t, 'Possessive', 'Plural')) return false;
  if (w === 'state') return /^of$/i.test(words[at - 1]?.text ?? '') && /^secretary$/i.test(words[at - 2]?.text ?? '');
  return ROLE_NOUNS.has(w) || TITLE_ABBREVIATIONS.has(w);
}

/**
 * "Turkish President Tayyip Erdogan", "Secretary of State Jon Husted", "Sen. Jo Marsh": capitalised
 * words right after a capitalised title are the name of the one holding it, though the tagger knows
 * none of them or, after "State" or "Sen.", reads them as a place.
 */
function markTitledNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  const nameWord = (k: number) =>
    words[k] !== undefined &&
    (isUntypedCapital(words[k], kinds[k]) ||
      (kinds[k] === 'place' && /^\p{Lu}\p{Ll}/u.test(words[k].text) && !has(words[k], 'City', 'Country', 'Region', 'Plural')));
  for (let i = 1; i < words.length; i++) {
    if (!isNameTitle(words, i - 1) || !/^\.?\s+$/.test(gapBetween(text, words[i - 1], words[i])) || !nameWord(i)) continue;
    let j = i;
    while (j - i < 2 && !has(words[j], 'Possessive') && nameWord(j + 1) && tightGap(text, words[j], words[j + 1])) j++;
    for (let k = i; k <= j; k++) kinds[k] = 'person';
    i = j;
  }
}

/**
 * "Waverly Crenshaw, a district court nominee", "Lakeisha Holloway, 24,", "Gennifer Flowers, who",
 * "his spokesman, Steffen Seibert,": two or three untyped capitalised words that an apposition
 * describes as a person are that person's name.
 */
function markAppositiveNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i < words.length; i++) {
    const j = untypedRun(text, words, kinds, i);
    if (j < 0) continue;
    if (j > i && (describedAfter(text, words, j) || describedBefore(text, words, i))) for (let k = i; k <= j; k++) kinds[k] = 'person';
    i = j;
  }
}

/** ", who …", ", 24,", ", a senior fellow …" after the word at `last`. */
function describedAfter(text: string, words: Token[], last: number): boolean {
  const next = words[last + 1];
  if (!next || has(words[last], 'Possessive') || !/^\s*,\s*$/.test(gapBetween(text, words[last], next))) return false;
  if (/^who$/i.test(next.text)) return true;
  const after = words[last + 2];
  if (has(next, 'Value') && /^\d{1,3}$/.test(next.text)) return !after || /^\s*,/.test(gapBetween(text, next, after));
  if (!/^(a|an|the|his|her|their|its)$/i.test(next.text)) return false;
  for (let k = last + 2; k < Math.min(words.length, last + 8); k++) {
    if (/[,;.—–()]/.test(gapBetween(text, words[k - 1], words[k]))) return false;
    const w = bareWord(words[k]);
    if (!isCapitalised(words[k]) && (ROLE_NOUNS.has(w) || APPOSITION_PERSON_NOUNS.has(w))) return true;
  }
  return false;
}

/** "his spokesman, Steffen Seibert," : a role noun and a comma before the word at `first`. */
function describedBefore(text: string, words: Token[], first: number): boolean {
  const role = words[first - 1];
  return role !== undefined && !isCapitalised(role) && ROLE_NOUNS.has(bareWord(role)) && /^\s*,\s*$/.test(gapBetween(text, role, words[first]));
}

/**
 * "Matt Braynard and Witold Chrabaszcz": two or three untyped capitalised words joined by "and" or
 * "or" to a person's full name are a person's name too. A comma alone does not list them: "the
 * mayor of Terre Haute, Duke Bennett," is a place and the person it has.
 */
function markListedPeople(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  const fullName = (first: number, last: number) => last > first && words.slice(first, last + 1).every((_, n) => kinds[first + n] === 'person');
  for (let i = 0; i < words.length; i++) {
    const j = untypedRun(text, words, kinds, i);
    if (j < 0) continue;
    const joiner = (a: number, b: number) =>
      b === a + 2 && /^(and|or)$/i.test(words[a + 1].text) && /^\s*,?\s*$/.test(gapBetween(text, words[a], words[a + 1]));
    const before = i >= 3 && [i - 1, i - 2].some((a) => joiner(a, i) && fullName(a - 1, a));
    const after = j + 3 < words.length && [j + 1, j + 2].some((b) => joiner(j, b) && fullName(b, b + 1));
    if (j > i && (before || after)) for (let k = i; k <= j; k++) kinds[k] = 'person';
    i = j;
  }
}

/** "J. R. Tolliver": single-letter initials, each with its period, before a surname are one person. */
function markInitials(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i < words.length; i++) {
    let j = i;
    while (j < words.length && isInitial(words[j]) && /^\.\s?$/.test(words[j + 1] ? gapBetween(text, words[j], words[j + 1]) : '')) j++;
    const surname = words[j];
    if (j === i || !surname || !(kinds[j] === 'person' || isUnknownProper(surname, kinds[j]))) continue;
    // "C. Boyden Gray", "R. Gil Kerlikowske": a given name after the initial, then the surname.
    while (
      j - i < 3 &&
      !has(words[j], 'Possessive') &&
      words[j + 1] &&
      isUnknownProper(words[j + 1], kinds[j + 1]) &&
      isNamePartWord(words[j + 1]) &&
      tightGap(text, words[j], words[j + 1])
    )
      j++;
    for (let k = i; k <= j; k++) kinds[k] = 'person';
    i = j;
  }
}

/**
 * "Pierre de Vos", "Bashar al-Assad", "Mr. de Vos", "Jan van der Berg": the lowercase particles inside a
 * person's name (lexicon NAME_PARTICLES) and the capitalised word after them are that name, after a
 * word of a person's name or a title; the tagger's lowercase "de" is no name word, and cut the name in two.
 */
function markParticleNames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  const joined = (a: Token, b: Token) => tightGap(text, a, b) || hyphenGap(text, a, b);
  for (let i = 1; i < words.length; i++) {
    const opener = words[i - 1];
    if (!isParticle(words[i]) || !(kinds[i - 1] === 'person' || has(opener, 'Honorific') || TITLES.has(bareWord(opener)))) continue;
    if (has(opener, 'Possessive') || !/^[.\s]*$/u.test(gapBetween(text, opener, words[i]))) continue;
    let j = i;
    while (words[j + 1] && isParticle(words[j + 1]) && tightGap(text, words[j], words[j + 1])) j++;
    const surname = words[j + 1];
    if (!surname || !joined(words[j], surname) || !/^\p{Lu}\p{Ll}/u.test(surname.text) || !isNamePartWord(surname)) continue;
    if (kinds[j + 1] !== null && kinds[j + 1] !== 'person') continue;
    for (let k = i; k <= j + 1; k++) kinds[k] = 'person';
    i = j + 1;
  }
}

/** A particle of a person's name written in lower case ("de", "van", "al"). */
function isParticle(t: Token): boolean {
  return /^\p{Ll}+$/u.test(t.text) && NAME_PARTICLES.has(t.text);
}

/**
 * "Debbie Wasserman Schultz", "Melba Acosta Febo": a surname the tagger knows, then a capitalised
 * word it does not, is a double surname, not a name and a stray word.
 */
function markDoubleSurnames(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 2; i < words.length; i++) {
    const prev = words[i - 1];
    if (kinds[i - 2] !== 'person' || kinds[i - 1] !== 'person' || !has(prev, 'LastName') || has(prev, 'Possessive')) continue;
    if (!isUnknownProper(words[i], kinds[i]) || !isNamePartWord(words[i]) || !tightGap(text, prev, words[i])) continue;
    kinds[i] = 'person';
  }
}

/** A word that can be part of a person's name, not a word that makes the name a building, a paper, a group or an institution. */
function isNamePartWord(t: Token): boolean {
  const w = bareWord(t).toLowerCase();
  return (
    !FACILITY_WORDS.has(w) && !PUBLICATION_HEADS.has(w) && !INSTITUTION_HEADS.has(w) && !isGroupWord(t) && !TITLES.has(w) && !has(t, 'Date', 'Value', 'Verb')
  );
}

/**
 * "Tom Ridge, a former secretary", "Dan Loeb's fund": a given name and one more word read as a
 * place (the tagger's guess from "ridge", "grove", or the article's votes) name a person, unless
 * "in", "near", "from" or "at" sets them as a place, another place word runs on ("Ann Arbor,
 * Mich."), the second word is a place the lexicon knows, or it makes the pair a building, a paper
 * or a group ("Ada Hall", "the Tulsa Herald").
 */
function markGivenNamePeople(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const [first, second] = [words[i], words[i + 1]];
    if (kinds[i] !== 'place' || kinds[i + 1] !== 'place' || kinds[i - 1] === 'place') continue;
    // "Dan Loeb's Acme Fund": a possessive ends the name whatever runs on after it.
    if (kinds[i + 2] === 'place' && !has(second, 'Possessive')) continue;
    if (!tightGap(text, first, second) || has(first, 'Possessive') || !isGivenName(first.text) || TITLES.has(bareWord(first))) continue;
    const last = bareWord(second).toLowerCase();
    if (!/^\p{Lu}\p{Ll}/u.test(second.text) || placeKinds(bareWord(second)).size > 0) continue;
    if (PLACE_NAME_HEADS.has(last) || FACILITY_WORDS.has(last) || PUBLICATION_HEADS.has(last) || isGroupWord(second) || PLACE_GROUP_WORDS.has(last)) continue;
    if (/^(in|near|from|at)$/i.test(words[i - 1]?.text ?? '')) continue;
    kinds[i] = 'person';
    kinds[i + 1] = 'person';
  }
}

/**
 * Places compromise does not know: capitalised words before ", <region>" ("East Palo Alto,
 * California") or right after "in"/"near" ("in Riverton").
 */
function markUnknownPlaces(text: string, words: Token[], kinds: Array<NameKind | null>): Set<number> {
  const cities = new Set<number>();
  const unknown = (i: number) =>
    kinds[i] === null && has(words[i], 'ProperNoun') && isCapitalised(words[i]) && !has(words[i], 'Date', 'Value', 'Honorific', 'Pronoun');
  for (let i = 0; i < words.length; i++) {
    if (!unknown(i)) continue;
    let j = i;
    while (j + 1 < words.length && unknown(j + 1) && tightGap(text, words[j], words[j + 1])) j++;
    const beforeRegion = inRegion(text, words, kinds, j);
    const prev = words[i - 1];
    // "from Ashby and Norcross": unknown capitalised words after "from" are places too, unless a person or organisation word.
    const afterIn = prev && /^(in|near|from)$/i.test(prev.text) && tightGap(text, prev, words[i]);
    if (beforeRegion || afterIn) for (let k = i; k <= j; k++) kinds[k] = 'place';
    if (beforeRegion) cities.add(j);
    i = j;
  }
  for (let i = 0; i < words.length; i++) if (kinds[i] === 'place' && !has(words[i], 'Region', 'Country') && inRegion(text, words, kinds, i)) cities.add(i);
  return cities;
}

/** "Aarhus, Denmark": a town followed by ", <country or region>" is one place, not a list. */
function inRegion(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): boolean {
  const next = words[at + 1];
  const after = words[at + 2];
  const continuesList = after !== undefined && kinds[at + 2] === 'place' && /^\s*,?\s*$/.test(gapBetween(text, next, after));
  return (
    next !== undefined &&
    kinds[at + 1] === 'place' &&
    (has(next, 'Region', 'Country') || isStateAbbreviation(text, words, at + 1)) &&
    /^,\s*$/.test(gapBetween(text, words[at], next)) &&
    !continuesList
  );
}

/**
 * "Concord, N.H.", "SPRINGFIELD, Ill. —": a state's abbreviation after a town and a comma is a
 * place, and so is the town before it, though the tagger reads the abbreviation as an acronym (an
 * organisation), a dateline's town in capitals as one too, and "Trenton" as a first name. A full
 * name before it ("Dana Whitfield, Pa. Gov. …") stays a person.
 */
function markStatePlaces(text: string, words: Token[], kinds: Array<NameKind | null>, gaz: Gazetteer): void {
  for (let i = 1; i < words.length; i++) {
    const state = isStateAbbreviation(text, words, i);
    if (!state && !isDatelineRegion(text, words, i)) continue;
    kinds[i] = 'place';
    const single = i < 2 || kinds[i - 2] !== 'person' || !tightGap(text, words[i - 2], words[i - 1]);
    // "in Trenton, N.J.": a lone first name or surname before the state is the town, unless the article quotes someone of that name.
    if (kinds[i - 1] === 'person' && single && !isKnownPersonWord(gaz, bareWord(words[i - 1]))) kinds[i - 1] = null;
    for (let j = i - 1; j >= 0 && kinds[j] !== 'person' && isCapitalised(words[j]) && (j === i - 1 || tightGap(text, words[j], words[j + 1])); j--) {
      if (kinds[j] === null && has(words[j], 'Determiner', 'Preposition', 'Conjunction', 'Pronoun')) break;
      kinds[j] = 'place';
    }
  }
}

/**
 * "HARTWELL, Ohio —", "LAS CRUCES, New Mexico (AP) —": a dateline's town in capitals before its
 * state, not an acronym. The tagger often reads the state and the words after the dash as one
 * organisation, so the shape decides, not the state's tag.
 */
/** What follows a dateline's state: the wire's parenthesis, the dash, or the date before the dash. */
const DATELINE_END = /^\s*(?:\(|[—–-]\s|,\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/u;

function isDatelineRegion(text: string, words: Token[], at: number): boolean {
  const town = words.slice(0, at);
  if (town.length === 0 || !town.every((w) => /^\p{Lu}[\p{Lu}.'’-]+$/u.test(w.text)) || !/^,\s*$/.test(gapBetween(text, words[at - 1], words[at])))
    return false;
  const dashAfter = (w: Token | undefined) => w !== undefined && /^\p{Lu}\p{Ll}/u.test(w.text) && DATELINE_END.test(text.slice(w.end));
  return dashAfter(words[at]) || (words[at + 1] !== undefined && tightGap(text, words[at], words[at + 1]) && dashAfter(words[at + 1]));
}

/** A state's abbreviation written with its period right after a capitalised word and a comma. */
function isStateAbbreviation(text: string, words: Token[], at: number): boolean {
  const t = words[at];
  const prev = words[at - 1];
  if (prev === undefined || !/^\p{Lu}/u.test(t.text) || !isCapitalised(prev) || !/^,\s*$/.test(gapBetween(text, prev, t))) return false;
  const period = t.text.endsWith('.') || text[t.end] === '.';
  return period && STATE_ABBREVIATIONS.has(bareWord(t).replace(/\./g, ''));
}

/**
 * "St. Paul", "Ft. Worth", "Mt. Vernon": a place abbreviation with its period and the capitalised
 * word after it are one place, though the tagger reads "Paul" as a first name or knows neither word.
 */
function markAbbreviatedPlaces(text: string, words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i + 1 < words.length; i++) {
    const next = words[i + 1];
    if (!placeGap(text, words[i], next) || !/^\p{Lu}\p{Ll}/u.test(next.text) || has(next, 'Date', 'Value', 'Honorific', 'Pronoun')) continue;
    kinds[i] = 'place';
    kinds[i + 1] = 'place';
  }
}

/** The period after a capitalised place abbreviation, before the rest of the place's name. */
function placeGap(text: string, a: Token, b: Token): boolean {
  return /^\p{Lu}/u.test(a.text) && PLACE_ABBREVIATIONS.has(bareWord(a)) && /^\. ?$/.test(gapBetween(text, a, b));
}

/**
 * "spoke At Ohio State": a preposition the writer capitalised (the tagger then reads it as a proper
 * noun, often a place) does not open a name; inside one ("Bank Of America" in a headline) it stays.
 */
function unmarkLeadingPrepositions(words: Token[], kinds: Array<NameKind | null>): void {
  for (let i = 0; i < words.length; i++) {
    if (kinds[i] !== null && (i === 0 || kinds[i - 1] !== kinds[i]) && PREPOSITIONS.has(bareWord(words[i]))) kinds[i] = null;
  }
}

/**
 * Runs of one kind separated only by commas, "and" or "or" form one list; so do runs whose items
 * carry their own party or affiliation ("A (D-Vt.) and B", "A of Acme and B of Brill"), the names
 * those words hold (Vt., Acme) staying values of their own.
 */
function listGroups(text: string, words: Token[], runs: Run[]): Run[][] {
  const sameKindAfter = nextOfSameKind(runs);
  const links = runs.map((run, i): Link | null => {
    if (i + 1 < runs.length && runs[i + 1].kind === run.kind && listJoined(text, words, run, runs[i + 1])) return { to: i + 1, closes: true };
    const j = sameKindAfter[i];
    const bridge = j > 0 ? bridgedItems(text, words, run, runs[j]) : null;
    return bridge === null ? null : { to: j, closes: bridge === 'closing' };
  });
  // "the A, the B and the C": a comma alone joins items only in a list an "and" or "or" closes ("A, the B" is an
  // apposition). Links point forward, so one pass from the end tells each item whether its chain closes.
  const closed: boolean[] = new Array(runs.length).fill(false);
  for (let i = runs.length - 1; i >= 0; i--) {
    const link = links[i];
    closed[i] = link !== null && (link.closes || closed[link.to]);
  }
  const next = links.map((link, i) => (link && closed[i] ? link.to : -1));
  const joined = new Set(next.filter((j) => j >= 0));
  const groups: Run[][] = [];
  runs.forEach((run, i) => {
    if (joined.has(i)) return;
    const group = [run];
    for (let j = next[i]; j >= 0; j = next[j]) group.push(runs[j]);
    groups.push(group);
  });
  return groups;
}

/** For each run, the index of the next run of its kind (-1 when none): one pass from the end, so a long sentence stays linear. */
function nextOfSameKind(runs: Run[]): number[] {
  const next: number[] = new Array(runs.length).fill(-1);
  const seen = new Map<NameKind, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    next[i] = seen.get(runs[i].kind) ?? -1;
    seen.set(runs[i].kind, i);
  }
  return next;
}

/** A join from one list item to the next; `closes`: made by "and" or "or", which may end a list. */
interface Link {
  to: number;
  closes: boolean;
}

/** What an item of a list may carry after it: its party in parentheses ("(D-Vt.)") or its state or employer ("of Acme Corp"). */
const ITEM_TAIL = /^(?:\s*\([^()]{1,24}\)|\s+of\s+(?:the\s+)?(?:\p{Lu}[\p{L}\p{N}.&'’-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&'’-]*)/u;

/** The separator between two items: a comma, "and", "or", or both. */
const ITEM_SEPARATOR = /^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)/i;

/**
 * "A (D-Vt.), B (R-Ore.) and C", "A of Georgia and B of Ohio", "A (R-Wis.), Sen. B (R-Ariz.) and
 * Gov. C", "the Acme Anchors and the Brill Bears": two runs of one kind joined by a separator, the
 * first one's party or affiliation after it, and after such a tail the second one's title (or, for
 * organisations, "the") before it. Only those words: a clause ("A, who ..., and B") or an
 * apposition ("A, a lawyer, and B") between them keeps them apart, and so does a title with no
 * tail before it ("A and Sen. B" are often told apart, "which senator" asks for B alone).
 * `closing` when "and" or "or" joins them, `open` for a comma alone.
 */
function bridgedItems(text: string, words: Token[], a: Run, b: Run): 'closing' | 'open' | null {
  if (has(words[a.last], 'Possessive') || has(words[b.last], 'Possessive')) return null;
  const gap = text.slice(words[a.last].end, words[b.first].start);
  const tail = ITEM_TAIL.exec(gap)?.[0] ?? '';
  const separator = ITEM_SEPARATOR.exec(gap.slice(tail.length))?.[0];
  if (separator === undefined) return null;
  const strength = /\b(?:and|or)\s+$/i.test(separator) ? 'closing' : 'open';
  const lead = gap.slice(tail.length + separator.length);
  if (lead === '') return tail !== '' ? strength : null;
  if (!/\s$/.test(lead)) return null;
  if (/^the\s+$/i.test(lead)) return b.kind !== 'person' ? strength : null;
  return tail !== '' && b.kind === 'person' && isTitleLead(lead.trim().split(/\s+/)) ? strength : null;
}

/** "Sen.", "Ohio Rep.", "former Acme CEO", "state House Speaker": up to four words ending in a title. */
function isTitleLead(lead: string[]): boolean {
  const bare = (w: string) => w.toLowerCase().replace(/\.$/, '');
  const last = bare(lead[lead.length - 1]);
  if (lead.length > 4 || !TITLES.has(last) || TITLE_QUALIFIERS.has(last)) return false;
  return lead.slice(0, -1).every((w) => TITLES.has(bare(w)) || /^\p{Lu}[\p{L}.&-]*$/u.test(w));
}

function listJoined(text: string, words: Token[], a: Run, b: Run): boolean {
  const between = words.slice(a.last + 1, b.first);
  // "Jo Smith, Sanders' campaign manager": a possessive after a comma opens an apposition, not a list item
  if (between.length === 0 && has(words[b.last], 'Possessive')) return false;
  if (between.length === 0) return /^\s*,\s*$/.test(gapBetween(text, words[a.last], words[b.first]));
  // "A and Senators B and C": a plural title shared by the next names leaves them in the list of
  // one who has no title ("Gov. A and Sens. B and C" are a governor and two senators)
  const title =
    between.length === 2 && a.kind === 'person' && isPluralTitle(text, between[1], words[b.first]) && !(a.first > 0 && isNameTitle(words, a.first - 1))
      ? between[1]
      : null;
  if (between.length !== (title ? 2 : 1) || !/^(and|or)$/i.test(between[0].text)) return false;
  return /^\s*,?\s*$/.test(gapBetween(text, words[a.last], between[0])) && /^\s*$/.test(gapBetween(text, between[0], title ?? words[b.first]));
}

/** A capitalised plural title written right before a name: "Senators", "Sens.", "Reps.". */
function isPluralTitle(text: string, t: Token, name: Token): boolean {
  const w = bareWord(t);
  const one = w.replace(/s$/, '');
  const plural = w !== one && (ROLE_NOUNS.has(one) || (TITLE_ABBREVIATIONS.has(w) && TITLE_ABBREVIATIONS.has(one)));
  return plural && isCapitalised(t) && /^\.?\s+$/.test(gapBetween(text, t, name));
}

function runValue(text: string, words: Token[], run: Run, gaz: Gazetteer): TypedValue {
  const span = withStatePeriod(text, words, run, trimmedSpan(text, words[run.first].start, words[run.last].end));
  const tokens = words.slice(run.first, run.last + 1);
  const normalized = run.kind === 'person' ? resolvePerson(gaz, writtenName(text, tokens)) : span.text;
  const titles = run.kind === 'person' ? titlesOf(gaz, normalized) : [];
  const context = [...titleBefore(text, words, run.first).map(lemma), ...titles, ...nameContext(text, words, run.first, run.last)];
  return { type: run.kind, ...span, normalized, context: unique(context) };
}

/** "Concord, N.H.": the period is part of a state's abbreviation ending a place, not the sentence's. */
function withStatePeriod(text: string, words: Token[], run: Run, span: { text: string; start: number; end: number }): typeof span {
  if (run.kind !== 'place' || text[span.end] !== '.' || !isStateAbbreviation(text, words, run.last)) return span;
  return { text: `${span.text}.`, start: span.start, end: span.end + 1 };
}

function listValue(text: string, items: TypedValue[], words: Token[], group: Run[]): TypedValue {
  const first = group[0];
  const last = group[group.length - 1];
  const span = trimmedSpan(text, items[0].start, items[items.length - 1].end);
  const context = [...leadNouns(text, words, first.first), ...nameContext(text, words, first.first, last.last)];
  return { type: items[0].type, ...span, normalized: items.map((i) => i.normalized).join(', '), items, context: unique(context) };
}

/** "the Acme CEO", "the president": a title this article gave one person, standing for them. */
function titleMentions(text: string, words: Token[], runs: Run[], gaz: Gazetteer): TypedValue[] {
  const out: TypedValue[] = [];
  const inRun = (i: number) => runs.some((r) => r.kind === 'person' && i >= r.first && i <= r.last);
  for (let i = 0; i < words.length; i++) {
    if (!has(words[i], 'Determiner') || !/^the$/i.test(words[i].text)) continue;
    for (let len = 3; len >= 1; len--) {
      const tokens = words.slice(i + 1, i + 1 + len);
      if (tokens.length < len || tokens.some((_, k) => inRun(i + 1 + k)) || !tokens.every((t, k) => k === 0 || tightGap(text, tokens[k - 1], t))) continue;
      const after = words[i + 1 + len];
      if (after && tokenKind(after, gaz) === 'person') continue;
      const name = titleHolder(gaz, tokens.map(lemma).join(' '));
      if (!name) continue;
      const span = trimmedSpan(text, tokens[0].start, tokens[len - 1].end);
      const context = [...tokens.map(lemma), ...nameContext(text, words, i + 1, i + len)];
      out.push({ type: 'person', ...span, normalized: name, context: unique(context) });
      i += len;
      break;
    }
  }
  return out;
}

/** Verbs this name is the doer of, an appositive title, and the preposition it follows. */
function nameContext(text: string, words: Token[], first: number, last: number): string[] {
  const out = [...verbsAfter(words, last), ...passiveVerb(words, first), ...appositives(text, words, first, last)];
  const before = words[first - 1];
  if (before && has(before, 'Preposition', 'Conjunction') && /^(at|in|from|to|near|of)$/i.test(before.text)) out.push(before.text.toLowerCase());
  else if (before && /^the$/i.test(before.text) && isSettingPreposition(words[first - 2])) out.push(words[first - 2].text.toLowerCase());
  return out;
}

/**
 * "a speech at the Acme Institute", "a lawyer now at the Brill Center": "at" or "in" before "the"
 * sets the name as where something happens, as it does right before a name ("at Acme").
 */
function isSettingPreposition(t: Token | undefined): t is Token {
  return t !== undefined && has(t, 'Preposition') && /^(at|in)$/i.test(t.text);
}

const SKIP_TO_VERB = ['Adverb', 'Auxiliary', 'Copula', 'Date', 'Value', 'QuestionWord', 'Negative', 'Modal'];

/** "Ortiz, 54, who signed …", "Ruiz on Friday denounced …" → the verbs' lemmas. */
function verbsAfter(words: Token[], last: number): string[] {
  if (has(words[last], 'Possessive')) return [];
  for (let i = last + 1; i < Math.min(words.length, last + 7); i++) {
    const t = words[i];
    if (has(t, 'Verb') && !has(t, 'Auxiliary', 'Copula', 'Modal')) return [lemma(t)];
    const skippable = has(t, ...SKIP_TO_VERB) || /^(on|in|who|that|however|also|which)$/i.test(t.text);
    if (!skippable) return [];
  }
  return [];
}

/** "signed by Mayor Ortiz" → "sign". */
function passiveVerb(words: Token[], first: number): string[] {
  let i = first - 1;
  while (i >= 0 && has(words[i], 'Honorific', 'Actor') && !/^by$/i.test(words[i].text)) i--;
  if (i < 1 || !/^by$/i.test(words[i].text)) return [];
  const verb = words[i - 1];
  return has(verb, 'Verb') && !has(verb, 'Auxiliary') ? [lemma(verb)] : [];
}

/** "their daughter, Maxima …" and "Elena Ortiz, the mayor of …" → "daughter", "mayor". */
function appositives(text: string, words: Token[], first: number, last: number): string[] {
  const out: string[] = [];
  const before = words[first - 1];
  if (before && has(before, 'Noun') && !has(before, 'ProperNoun', 'Pronoun') && /^\s*,\s*$/.test(gapBetween(text, before, words[first])))
    out.push(lemma(before));
  const next = words[last + 1];
  if (next && /^\s*,\s*$/.test(gapBetween(text, words[last], next))) {
    for (let i = last + 1; i < Math.min(words.length, last + 5); i++) {
      const t = words[i];
      if (has(t, 'Determiner') || has(t, 'Adjective')) continue;
      if (has(t, 'Noun') && !has(t, 'Pronoun', 'ProperNoun')) out.push(lemma(t));
      break;
    }
  }
  return out;
}

/** Nouns just before a list, across a dash or colon: "three coastal towns — Alba, …" → town. */
function leadNouns(text: string, words: Token[], first: number): string[] {
  const out: string[] = [];
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) {
    const t = words[i];
    if (!has(t, 'Noun') || has(t, 'Pronoun')) break;
    out.push(lemma(t));
    if (!/^\s*[—–:-]?\s*$/.test(gapBetween(text, t, words[i + 1]))) break;
  }
  return out;
}

function unique(list: string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}
