import type { FocusTerm } from '../question.js';
import { lookup, synset } from '../wordnet.js';
import { AUTHORSHIP_NOUNS, AUTHORSHIP_VERBS, PIECE_WORDS } from '../lexicon.js';

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
  const frame = KIND_FRAME.exec(text)?.[1]?.toLowerCase();
  // "who wrote this piece": the piece is what the question's verb is about (credit.ts answers it), not a pointer.
  const authorship = focus.some((f) => AUTHORSHIP_VERBS.includes(f.term) || AUTHORSHIP_NOUNS.includes(f.term));
  const out: FocusTerm[] = [];
  for (const [k, f] of focus.entries()) {
    if (f.term === 'ed' && focus[k - 1]?.term === 'op') {
      out[out.length - 1] = { ...focus[k - 1], term: 'op-ed', alts: ['oped'], name: false, weak: !authorship };
      continue;
    }
    if ((PIECE_WORDS.has(f.term) && !authorship) || f.term === frame) out.push({ ...f, weak: true, name: false });
    else if (f.name && focus[k - 1]?.name && isCommonWord(f.term) && typedLowerCase(f.term, text)) out.push({ ...f, name: false });
    else out.push(f);
  }
  return out;
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
