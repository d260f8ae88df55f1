import type { Word } from '../nlp/words.js';
import { joinedToPrevious } from '../nlp/words.js';
import { ARTICLES, CUE_MODIFIERS, ISSUED_NOUNS, POSSESSIVE_DETERMINERS, PREPOSITIONS, VERB_PARTICLES } from './lexicon.js';
import type { Mention } from './mentions.js';
import { phraseLeft } from './mentions.js';

/** How far before a participle cue the thing issued may sit ("a message to members on Friday stating"). */
const ISSUED_REACH = 6;
/** How many words of description may precede the thing issued ("a short campaign video"). */
const ISSUED_PHRASE = 4;

/**
 * `The harbor office issued a written statement saying …`, `Okafor aired a short video calling …`: the
 * participle hangs on a document someone issued, and the words are the issuer's, the subject of
 * the clause that issued it, never the document's. Null when the clause does not read that way.
 */
export function issuerOf(words: Word[], k: number, floor: number): Mention | null {
  const issued = issuedNounBefore(words, k, floor);
  if (issued < 0) return null;
  const opening = phraseOpening(words, issued, floor);
  let v = opening - 1;
  let verbs = 0;
  // a word right after "her" or "his" is the owner's noun, whatever the tagger says ("Their committee sent …")
  while (v >= floor && joinedToPrevious(words[v + 1]) && verbGroupWord(words[v]) && !(v > floor && POSSESSIVE_DETERMINERS.has(words[v - 1].lower))) {
    if (words[v].tags.has('Verb') && !words[v].tags.has('Particle') && !VERB_PARTICLES.has(words[v].lower)) verbs++;
    v--;
  }
  if (!verbs || v < floor || !joinedToPrevious(words[v + 1])) return null;
  const subject = phraseLeft(words, v, floor);
  if (subject && subject.kind !== 'description') return subject;
  // "Their committee": the possessive opens the subject
  const first = subject ? subject.first : v;
  if (first - 1 >= floor && POSSESSIVE_DETERMINERS.has(words[first - 1].lower) && joinedToPrevious(words[first])) {
    return described(words, first - 1, subject ? subject.last : v);
  }
  return subject && !(subject.first > floor && PREPOSITIONS.has(words[subject.first - 1].lower)) ? subject : null;
}

function issuedNounBefore(words: Word[], k: number, floor: number): number {
  for (let p = k - 1; p >= Math.max(floor, k - ISSUED_REACH); p--) {
    if (!joinedToPrevious(words[p + 1])) return -1;
    if (ISSUED_NOUNS.has(words[p].lower)) return p;
  }
  return -1;
}

/** Where the noun phrase ending at `head` begins: its article when it has one, else its first noun or adjective. */
function phraseOpening(words: Word[], head: number, floor: number): number {
  for (let p = head - 1; p >= Math.max(floor, head - ISSUED_PHRASE); p--) {
    if (!joinedToPrevious(words[p + 1])) break;
    if (ARTICLES.has(words[p].lower)) return p;
  }
  let p = head;
  while (p - 1 >= floor && joinedToPrevious(words[p]) && modifiesIssued(words[p - 1])) p--;
  return p;
}

function modifiesIssued(w: Word): boolean {
  return (w.tags.has('Noun') || w.tags.has('Adjective')) && !w.tags.has('Pronoun') && !w.tags.has('Verb');
}

function verbGroupWord(w: Word): boolean {
  return (
    w.tags.has('Verb') ||
    w.tags.has('Particle') ||
    VERB_PARTICLES.has(w.lower) ||
    CUE_MODIFIERS.has(w.lower) ||
    (w.tags.has('Adverb') && w.lower.endsWith('ly'))
  );
}

function described(words: Word[], first: number, last: number): Mention {
  const name = words
    .slice(first, last + 1)
    .map((w, n) => (n > 0 ? w.gap : '') + w.text)
    .join('');
  return { kind: 'description', first, last, start: words[first].start, end: words[last].end, name, descriptor: null };
}
