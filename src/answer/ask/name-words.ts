import type { FocusTerm } from '../question.js';
import { lookup, synset } from '../wordnet.js';
import { TITLE_ABBREVIATIONS } from '../../extract/lexicon.js';
import { AUTHORSHIP_NOUNS, AUTHORSHIP_VERBS, PIECE_NOUNS, PIECE_WORDS } from '../lexicon.js';

/** "what kind of gun", "which type of visa": the frame of the question, never a word of the answer's sentence. */
const KIND_FRAME = /\b(kind|type|sort)s?\s+of\b/i;

/**
 * Stage 1, the question's words as the reader meant them: "op ed" is one word, a word for the
 * piece itself is weak, so is "kind" in "what kind of", and a common word the tagger took into the
 * name before it ("bradley beat", "the orlando club", "sanders camp") is a word of the question,
 * not of the name: every name must be in the article, so the article that says "Bradley defeated
 * …" was never retrieved.
 */
export function withReadersWords(focus: FocusTerm[], text: string): FocusTerm[] {
  const authorship = asksAuthorship(focus);
  const read = readersWords(focus, text, authorship);
  // "who wrote the doom and gloom op-ed": the piece is what the question asks about (credit.ts), its name too.
  return authorship ? read : withPieceNames(read, text);
}

function asksAuthorship(focus: FocusTerm[]): boolean {
  return focus.some((f) => AUTHORSHIP_VERBS.includes(f.term) || AUTHORSHIP_NOUNS.includes(f.term));
}

/** "who wrote this piece" (authorship): the piece is what the question's verb is about (credit.ts answers it), not a pointer. */
function readersWords(focus: FocusTerm[], text: string, authorship: boolean): FocusTerm[] {
  const frame = KIND_FRAME.exec(text)?.[1]?.toLowerCase();
  const out: FocusTerm[] = [];
  for (const [k, f] of focus.entries()) {
    if (f.term === 'ed' && focus[k - 1]?.term === 'op') {
      out[out.length - 1] = { ...focus[k - 1], term: 'op-ed', alts: ['oped'], name: false, weak: !authorship };
      continue;
    }
    if ((PIECE_WORDS.has(f.term) && !authorship) || f.term === frame) out.push({ ...f, weak: true, name: false });
    else if (f.name && misreadName(focus, k) && typedLowerCase(f.term, text)) out.push({ ...f, name: false });
    else out.push(f);
  }
  return out;
}

/**
 * A word the tagger took for a name: a common word glued to the name before it ("bradley beat"),
 * or a title's short form that titles no name ("a rep from what state", "which wv gov"): the role,
 * which the article may write out or leave unsaid.
 */
function misreadName(focus: FocusTerm[], k: number): boolean {
  const term = focus[k].term;
  if (TITLE_ABBREVIATIONS.has(term)) return focus[k + 1]?.name !== true;
  return focus[k - 1]?.name === true && isCommonWord(term);
}

/** The word (letters only: isCommonWord is asked first) is typed in lower case in the question: a capitalised one the reader meant as a name. */
function typedLowerCase(term: string, text: string): boolean {
  return (
    new RegExp(`(?:^|[^\\p{L}])${term}(?:$|[^\\p{L}])`, 'u').test(text) &&
    !new RegExp(`(?:^|[^\\p{L}])${term[0].toUpperCase()}${term.slice(1)}`, 'u').test(text)
  );
}

/** A word WordNet knows as a noun or verb and in no sense as a name (an instance: "Cook" the navigator, "Bush" the president). */
function isCommonWord(term: string): boolean {
  if (!/^[a-z]{3,}$/.test(term)) return false;
  const noun = lookup(term, 'n');
  const verb = lookup(term, 'v');
  if (!noun && !verb) return false;
  return !(noun?.offsets ?? []).some((o) => synset(o, 'n').pointers.some((p) => p.symbol === '@i'));
}

/** Words that end the reader's name for a piece on their left: "per the", "in that", "according to". */
const PIECE_NAME_START = /(?:^|\s)(?:per|in|from|according to|by)\s+(?:(?:the|that|this|a|an)\s+)?$/;

/**
 * "per the doom and gloom op-ed", "in the clinton isis story", "the nyt column on rt america": the
 * reader's name for the piece (the words before the piece noun, and a topic after "on" or "about"
 * that ends the question) points to the article, and no sentence of it need hold those words.
 * They stay required in choosing the article (piece: true); a word the question also uses outside
 * that name ("how much did the county spend … per the county budget story") stays required everywhere.
 */
export function withPieceNames(focus: FocusTerm[], text: string): FocusTerm[] {
  const words = [...text.toLowerCase().matchAll(/[\p{L}\p{N}'’/-]+/gu)].map((m) => ({ word: m[0].replace(/['’]s?$/u, ''), at: m.index }));
  const lower = text.toLowerCase();
  const inName = new Set<number>();
  for (let k = 0; k < words.length; k++) {
    const w = words[k].word;
    const two = k + 1 < words.length && w === 'op' && words[k + 1].word === 'ed';
    if (!PIECE_NOUNS.has(w) && !two) continue;
    // Leftwards to "per the", "in that": at most six words, none of them the question's own frame.
    let from = k;
    while (from > 0 && k - from < 6 && !PIECE_NAME_START.test(lower.slice(0, words[from].at))) from--;
    if (!PIECE_NAME_START.test(lower.slice(0, words[from].at))) continue;
    for (let j = from; j < k; j++) inName.add(j);
    // "the nyt column on rt america": a topic that ends the question names the piece too.
    const end = two ? k + 2 : k + 1;
    if ((words[end]?.word === 'on' || words[end]?.word === 'about') && words.length - end <= 5) for (let j = end + 1; j < words.length; j++) inName.add(j);
  }
  if (inName.size === 0) return focus;
  const outside = words.filter((_, k) => !inName.has(k)).map((w) => w.word);
  const named = words.filter((_, k) => inName.has(k)).map((w) => w.word);
  const holds = (list: string[], term: string) => list.some((w) => w === term || (term.length >= 3 && w.startsWith(term) && w.length - term.length <= 3));
  return focus.map((f) => (!f.weak && holds(named, f.term) && !holds(outside, f.term) ? { ...f, weak: true, piece: true } : f));
}
