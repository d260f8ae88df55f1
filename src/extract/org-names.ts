import type { Token } from '../nlp/parse.js';
import { bareWord } from '../nlp/lemma.js';
import { gapBetween, has, isCapitalised, tightGap } from '../nlp/tokens.js';
import {
  CUE_VERBS,
  NOT_ORG_ACRONYMS,
  ORGANISATION_KIND_NOUNS,
  ORGANISATION_NAME_CONNECTORS,
  ORGANISATION_NAME_HEADS,
  ORGANISATION_PRODUCT_NOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  TITLES,
  WORKER_NOUNS,
} from './lexicon.js';

type NameKind = 'person' | 'place' | 'organization';

/**
 * "BuzzFeed", "Centamin, a mining company", "the Spanish-language network Univision", "Firehouse
 * Strategies", "Dayton Right to Life": capitalised words the tagger types as nothing name an
 * organisation when the sentence says so: by their own last word (a company's or a group's head),
 * by a kind of organisation bound to them (in apposition, as their title, or after them), by their
 * shape (a word capitalised inside, as brands are written), by reporting, or as where someone in a
 * role works ("a partner at …"). Words already typed keep their kind: a person or a place is never
 * made an organisation here.
 */
export function markBoundOrganisations(text: string, words: Token[], kinds: Array<NameKind | null>, known: ReadonlySet<string> = new Set()): string[] {
  const marked: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const j = untypedNameEnd(text, words, kinds, i);
    if (j < 0) continue;
    const key = nameKey(words, i, j);
    if (i === j && isGenericWord(words[i])) {
      i = j;
      continue;
    }
    if (known.has(key) || namesOrganisation(text, words, i, j)) {
      for (let k = i; k <= j; k++) kinds[k] = 'organization';
      marked.push(key);
    }
    i = j;
  }
  return marked;
}

/** "PAC", "Network", "CEO": a word alone that is a kind of organisation, a name's head or a role abbreviation names no one. */
function isGenericWord(t: Token): boolean {
  const w = bareWord(t);
  return ORGANISATION_KIND_NOUNS.has(w) || ORGANISATION_NAME_HEADS.has(w) || NOT_ORG_ACRONYMS.has(w);
}

/** "centamin", "save our youth": how an organisation's name is known across the article's sentences. */
function nameKey(words: Token[], first: number, last: number): string {
  return words
    .slice(first, last + 1)
    .map((t, k) => (first + k === last ? bareWord(t) : t.text.toLowerCase()))
    .join(' ');
}

function namesOrganisation(text: string, words: Token[], first: number, last: number): boolean {
  return (
    (last > first && ORGANISATION_NAME_HEADS.has(bareWord(words[last]))) ||
    (first === last && isBrandShaped(words[first])) ||
    kindInApposition(text, words, last) ||
    kindBefore(text, words, first, last) ||
    kindAfter(text, words, last) ||
    reports(text, words, last) ||
    workplaceOf(text, words, first)
  );
}

/** A capitalised word inside a name the tagger does not know: a preposition or conjunction may stand there ("Alliance Toward Cleaner Harbors"). */
function isUntypedInnerWord(t: Token, kind: NameKind | null): boolean {
  return kind === null && /^\p{Lu}/u.test(t.text) && !has(t, 'Date', 'Value', 'Honorific', 'Pronoun', 'QuestionWord') && !TITLES.has(bareWord(t));
}

/** A capitalised word no rule typed that may open such a name: not a determiner, preposition or conjunction. */
function isUntypedName(t: Token, kind: NameKind | null): boolean {
  return isUntypedInnerWord(t, kind) && !has(t, 'Determiner', 'Preposition', 'Conjunction');
}

/**
 * The last index of the untyped name opening at `at` ("Save Our Youth", "Right to Life",
 * "Mota-Engil"), small words inside it included; -1 when `at` opens none. A sentence's first word
 * opens one only when the tagger reads it as a proper noun or as nothing but a noun ("Even",
 * "Critics" do not).
 */
function untypedNameEnd(text: string, words: Token[], kinds: Array<NameKind | null>, at: number): number {
  const t = words[at];
  if (!isUntypedName(t, kinds[at]) || (at === 0 && !has(t, 'ProperNoun') && !isBareNoun(t))) return -1;
  if (at > 0 && kinds[at - 1] !== null && tightGap(text, words[at - 1], t)) return -1;
  const joined = (a: Token, b: Token) => tightGap(text, a, b) || gapBetween(text, a, b) === '-';
  let last = at;
  for (let k = at + 1; k < words.length && !has(words[last], 'Possessive'); ) {
    if (isUntypedInnerWord(words[k], kinds[k]) && joined(words[k - 1], words[k])) {
      last = k++;
      continue;
    }
    // "Right to Life", "Campaign for an Independent Switzerland": up to two small words between capitalised ones
    let n = k;
    while (n < k + 2 && words[n] && ORGANISATION_NAME_CONNECTORS.has(words[n].text) && joined(words[n - 1], words[n])) n++;
    if (n === k || !words[n] || !isUntypedName(words[n], kinds[n]) || !joined(words[n - 1], words[n])) break;
    last = n;
    k = n + 1;
  }
  // the name runs into a typed word ("Acme Ohio"): whose name it is stays unsaid
  const next = words[last + 1];
  return next && kinds[last + 1] !== null && tightGap(text, words[last], next) ? -1 : last;
}

/** A word the tagger knows nothing of but that it is a noun: how a name it does not know opens a sentence. */
function isBareNoun(t: Token): boolean {
  return t.tags.every((tag) => tag === 'Noun' || tag === 'Singular' || tag === 'TitleCase');
}

/** "HarperCollins", "BuzzFeed", "NowThis": a capital inside a word, as brands write it; not a family prefix ("MacArthur", "VanDyke"). */
function isBrandShaped(t: Token): boolean {
  return /^\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}/u.test(t.text) && !/^(?:Mac|Van|Von|Del|Der|Den|Fitz|Abu|Bin|Ben)\p{Lu}/u.test(t.text);
}

/** An organisation's kind noun ("company", "network"), or a "PAC" in capitals. */
function isKindNoun(t: Token | undefined): boolean {
  if (!t) return false;
  const w = bareWord(t);
  return ORGANISATION_KIND_NOUNS.has(w) && (/^\p{Ll}/u.test(t.text) || t.text === t.text.toUpperCase());
}

/** A word that may describe a kind noun before it: "a [US Spanish-language] channel", "a [conservative, pro-growth advocacy] group". */
function isModifier(t: Token): boolean {
  return !has(t, 'Verb', 'Pronoun', 'Preposition', 'Conjunction', 'Determiner', 'Date', 'Value') || has(t, 'Adjective');
}

/** How many words may stand between an appositive's article and its kind noun. */
const MODIFIER_REACH = 4;

/** "Centamin, a mining company", "Xinhua, the official Chinese news agency": a kind noun in apposition after the name. */
function kindInApposition(text: string, words: Token[], last: number): boolean {
  const article = words[last + 1];
  if (!article || has(words[last], 'Possessive') || !/^\s*,\s*$/.test(gapBetween(text, words[last], article))) return false;
  if (!/^(?:a|an|the|one)$/i.test(article.text)) return false;
  for (let k = last + 2; k < words.length && k <= last + 2 + MODIFIER_REACH; k++) {
    // "a conservative, pro-growth advocacy group": a comma between modifiers, nothing stronger
    if (/[;:.()—–]/.test(gapBetween(text, words[k - 1], words[k]))) return false;
    // "…, Oxney, the union said": the noun opens a clause that reports, it describes nothing
    if (isKindNoun(words[k])) return !CUE_VERBS.has(words[k + 1]?.text.toLowerCase() ?? '');
    if (!isModifier(words[k])) return false;
  }
  return false;
}

/**
 * "the Spanish-language network Univision", "student loan contractor Navient", and set off by
 * commas "one group, Partnership for Responsible Growth," or "his company, Interpipe -": a kind
 * noun right before the name is its title.
 */
function kindBefore(text: string, words: Token[], first: number, last: number): boolean {
  const noun = words[first - 1];
  if (!isKindNoun(noun) || has(noun, 'Plural', 'Possessive')) return false;
  const gap = gapBetween(text, noun, words[first]);
  if (/^\s+$/.test(gap)) return true;
  if (!/^\s*,\s*$/.test(gap)) return false;
  // set off by commas, the name must close its apposition
  const after = words[last + 1];
  return !after || /^\s*[,.;:)—–-]/.test(gapBetween(text, words[last], after));
}

/** "the Televisa network", "the Centamin mining company", "a Quinnipiac poll": the name before its kind noun. */
function kindAfter(text: string, words: Token[], last: number): boolean {
  if (has(words[last], 'Possessive')) return false;
  for (let k = last + 1; k < words.length && k <= last + 3; k++) {
    const w = words[k];
    if (!tightGap(text, words[k - 1], w)) return false;
    if (isKindNoun(w) || (ORGANISATION_PRODUCT_NOUNS.has(w.text) && !has(w, 'Verb'))) return true;
    // "mining", "hedge", "Spanish-language": a lower-case describing word may come between
    if (isCapitalised(w) || !isModifier(w) || has(w, 'Adverb')) return false;
  }
  return false;
}

/** "after BuzzFeed reported that …": a name that reports, written without a first name, is a newsroom. */
function reports(text: string, words: Token[], last: number): boolean {
  const verb = words[last + 1];
  return verb !== undefined && !has(words[last], 'Possessive') && REPORTING_VERBS.has(verb.text) && tightGap(text, words[last], verb);
}

/** "a founding partner at Firehouse Strategies", "a civil engineer with Mota-Engil": where someone in a role works. */
function workplaceOf(text: string, words: Token[], first: number): boolean {
  const prep = words[first - 1];
  if (!prep || !/^(?:at|with)$/.test(prep.text) || !tightGap(text, prep, words[first])) return false;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    // "her father will be buried at …": a verb between says where something happens, not where one works
    if (/[,;:.()—–]/.test(gapBetween(text, words[k], words[k + 1])) || has(words[k], 'Verb')) return false;
    const w = bareWord(words[k]);
    if (/^\p{Ll}/u.test(words[k].text) && (ROLE_NOUNS.has(w) || WORKER_NOUNS.has(w))) return true;
  }
  return false;
}
