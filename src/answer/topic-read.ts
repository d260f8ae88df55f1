import type { CoverageIndex } from '../index/build.js';
import type { TopicTerms } from '../search/search.js';
import { STOP_WORDS, tokenize } from '../search/tokens.js';
import { FACTOR, relatedLemmas } from './related.js';
import { addCollocations, capitalsCountry, inflections, irregularBases, isLightVerbForm, setMax } from './topic-forms.js';
import { casualReadings } from './topics-casual.js';
import { TITLE_SENSES, TITLES } from '../extract/lexicon.js';
import { wordVectors } from './word-vectors.js';

/**
 * Reading a /quote topic typed in the user's own words: its ideas (content words), each with the
 * words that may stand for it in a quotation (inflections, derivations, WordNet relations, a
 * capital's country, near spellings of a typo), worth less the looser the relation. Scoring
 * quotations against a topic is topics.ts.
 */

/** A capital's country and its adjective: metonymy news uses all the time, but the city itself is meant as often. */
const CAPITAL_FACTOR = FACTOR.rareSynonym;
/**
 * Words news uses around the same things as a word typed ("rents" → "tenants", "landlords"),
 * by word vectors (see word-vectors.ts): the closest VECTOR_NEIGHBOURS with at least VECTOR_MIN
 * similarity, each worth VECTOR_FACTOR times its similarity (0.33 to 0.55), at or below WordNet's
 * loosest relation: they include opposites and mere neighbours ("negative" → "positive"), so a
 * quotation in the user's own words, or in WordNet's, always comes first. Measured on the studied
 * /quote topics (the commit message has the figures); 20 to 50 neighbours and factors 0.5 to 0.8
 * scored alike.
 */
const VECTOR_NEIGHBOURS = 30;
const VECTOR_MIN = 0.5;
const VECTOR_FACTOR = 0.65;
/** A misspelt word's nearest spellings: a little below the word itself. */
const TYPO_FACTOR = 0.8;
/**
 * Words of a topic that carry no idea of their own: function words, and the verbs of saying and
 * thinking ("what X said about Y") — every quotation is something said.
 */
const TOPIC_STOP: ReadonlySet<string> = new Set([
  ...STOP_WORDS,
  ...(
    'about how why whom whose where there than then into onto over very just also too more most much many some any all these those ' +
    'if because while being been would should could can may might must shall does did doing done its us him ' +
    'during before after between without within among across through throughout upon toward towards via per since until despite ' +
    'under above below beneath behind beyond except ' +
    'instead already really still even ever yet again only ' +
    'say says said saying tell tells told think thinks thought talk talks talking speak speaks spoke comment comments remark remarks ' +
    'quote quotes quotation view views opinion opinions topic regarding ' +
    // Contractions typed without their apostrophe: the negation or pronoun says nothing of the topic.
    'dont doesnt didnt isnt wasnt arent werent cant couldnt wont wouldnt shouldnt hasnt havent hadnt im ive id youre theyre hes shes thats ' +
    // Nor what is left of one typed with it, split there ("don’t" → "don", "t"; "we’ll" → "ll"): "don"
    // would be a name's word ("Don Reyes") and tie every quotation saying "don’t" to it.
    'don doesn didn isn wasn aren weren couldn wouldn shouldn hasn hadn mustn needn ain ll ve re m d'
  ).split(' '),
]);

export interface TopicWord {
  /** The word as typed (tokenized). */
  text: string;
  /** Its rarity among the quotations: how much covering it is worth. */
  weight: number;
  /** Words ("immigrants") and phrases ("get rid of") that stand for it, with their factor (1 = the word itself). */
  forms: Map<string, number>;
  /** Part of a quoted person's name: in the sentence before a quotation it names who spoke more often than what about. */
  name: boolean;
  /** Forms only word vectors propose: enough to rank a quotation, not to list it beyond a first page (see quotes.ts). */
  loose: ReadonlySet<string>;
}

export interface Topic {
  words: TopicWord[];
  /** Every word typed, function words too: among equally good quotations, the one repeating more of them is the one meant. */
  typed: string[];
}

/**
 * Words of quoted people's names, each with the other name of the same people ("clinton" →
 * "hillary", "hillary" → "clinton"): a topic naming someone by one name means them when a
 * quotation uses the other. A set when only which words are names matters.
 */
export type NameWords = ReadonlySet<string> | ReadonlyMap<string, readonly string[]>;

const nameWordCache = new WeakMap<CoverageIndex, Map<string, string[]>>();

/** Lower-case words of people's names: never expanded through WordNet ("bush" and "rice" are common nouns too). */
export function nameWords(index: CoverageIndex): Map<string, string[]> {
  let words = nameWordCache.get(index);
  if (!words) {
    words = new Map();
    for (const e of index.extraction.entities) {
      if (e.kind !== 'person') continue;
      for (const w of [e.name, ...e.aliases].flatMap(withoutTitles)) if (!words.has(w)) words.set(w, []);
      // A first and a last name, from a name of two or three words: longer ones are more often a headline than a name.
      const parts = withoutTitles(e.name);
      if (parts.length < 2 || parts.length > 3) continue;
      const [first, last] = [parts[0], parts[parts.length - 1]];
      if (first.length < 2 || last.length < 2) continue;
      words.get(first)?.push(last);
      words.get(last)?.push(first);
    }
    nameWordCache.set(index, words);
  }
  return words;
}

/**
 * The words of a person's name less its titles ("President Ana Ruiz", "Sen. Ruiz", an alias "Vice
 * President" → "ana ruiz", "ruiz", nothing): a title is a common word ("president", "senator"),
 * which a topic means as such and which WordNet relates to its other forms ("presidency"). A
 * surname that is also a title stays after two other words ("Ana Lee King").
 */
function withoutTitles(name: string): string[] {
  const words = tokenize(name);
  const plain = words.filter((w) => !TITLES.has(w));
  const last = words[words.length - 1];
  return plain.length >= 2 && last !== undefined && TITLES.has(last) ? [...plain, last] : plain;
}

/** The topic's ideas and their words; empty when it has no word worth searching for. */
export function readTopic(text: string, terms: TopicTerms | undefined, names: NameWords = new Set()): Topic {
  const all = tokenize(text);
  const content = all.filter((w) => !TOPIC_STOP.has(w) && !/^\d{1,2}$/.test(w));
  const tokens = [...new Set(content.length ? content : all)];
  const words = tokens.map((t) => topicWord(t, terms, names));
  addCollocations(all, words);
  for (const w of words) dropEmptyRelations(w.forms);
  for (const w of words) discountCommon(w.forms, w.weight, terms);
  return { words, typed: [...new Set(all)] };
}

function topicWord(word: string, terms: TopicTerms | undefined, names: NameWords): TopicWord {
  const forms = new Map<string, number>([[word, FACTOR.own]]);
  const known = terms?.rarity(word) !== undefined;
  if (!names.has(word)) {
    const related = relatedLemmas(word, irregularBases(word));
    for (const [lemma, factor] of related) for (const form of inflections(lemma)) setMax(forms, form, factor >= FACTOR.own ? FACTOR.inflection : factor);
    // A casual spelling or closed-up compound stands for its words as if typed: their forms and relations too.
    const readings = related.size === 0 ? casualReadings(word, known) : [];
    for (const reading of readings)
      for (const [lemma, factor] of new Map([[reading, FACTOR.own], ...relatedLemmas(reading)]))
        for (const form of inflections(lemma)) setMax(forms, form, factor >= FACTOR.own ? FACTOR.inflection : factor);
    // A capital typed stands for its country as a near word: "Moscow meddling" is "Russian interference".
    for (const place of capitalsCountry(word)) for (const form of inflections(place)) setMax(forms, form, CAPITAL_FACTOR);
    if (!known && related.size === 0 && readings.length === 0 && terms)
      for (const n of terms.typoNeighbours(word)) setMax(forms, n.word, n.factor * TYPO_FACTOR);
  }
  // A title typed in full stands for its abbreviation before a name ("senator" → "Sen. Ruiz").
  for (const [abbreviation, senses] of Object.entries(TITLE_SENSES)) if (senses.includes(word)) setMax(forms, abbreviation, FACTOR.derived);
  if (names instanceof Map) for (const mate of names.get(word) ?? []) setMax(forms, mate, FACTOR.derived);
  const loose = names.has(word) ? new Set<string>() : vectorNeighbours(word, forms);
  const ownRarities = [...forms].filter(([, f]) => f >= FACTOR.inflection).map(([w]) => terms?.rarity(w.includes(' ') ? longestWord(w) : w) ?? 0);
  const weight = terms ? Math.max(0, ...ownRarities) || terms.maxRarity : 1;
  return { text: word, weight, forms, name: names.has(word), loose };
}

/** Adds the word's vector neighbours that no other relation gave (see VECTOR_FACTOR); returns them. */
function vectorNeighbours(word: string, forms: Map<string, number>): Set<string> {
  const loose = new Set<string>();
  for (const n of wordVectors()?.nearest(word, VECTOR_NEIGHBOURS, VECTOR_MIN) ?? []) {
    if (n.word.length < 2 || forms.has(n.word)) continue;
    forms.set(n.word, VECTOR_FACTOR * n.similarity);
    loose.add(n.word);
  }
  return loose;
}

/**
 * A word related to the one typed that is a function word or a light verb ("wanted" → "is",
 * "people" → "being", "fall" → "go") says nothing of the idea: it is dropped. The word's own
 * forms (factor of an inflection or more) stay.
 */
function dropEmptyRelations(forms: Map<string, number>): void {
  for (const [form, factor] of forms) if (factor < FACTOR.inflection && (TOPIC_STOP.has(form) || isLightVerbForm(form))) forms.delete(form);
}

/**
 * A related word much commoner among the quotations than the word typed is weak evidence of
 * the same idea ("take" for "remove"): its factor shrinks by the ratio of the two rarities.
 */
function discountCommon(forms: Map<string, number>, weight: number, terms: TopicTerms | undefined): void {
  if (!terms) return;
  for (const [form, factor] of forms) {
    if (factor >= FACTOR.inflection) continue;
    const rarity = terms.rarity(form.includes(' ') ? longestWord(form) : form);
    if (rarity !== undefined && rarity < weight) forms.set(form, factor * (rarity / weight));
  }
}

export function longestWord(phrase: string): string {
  return phrase.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
}
