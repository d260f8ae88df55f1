import { CASUAL_SPELLINGS } from '../nlp/casual.js';
import { inWordNet } from './wordnet.js';

/**
 * Words of a topic as people type them in a chat box, which WordNet does not know: clipped and
 * texting spellings ("dems", "ppl", "govt") and closed-up compounds news prints with a hyphen or
 * a space ("frontrunner" → "front runner", "homeschool" → "home school"). Each is read as the
 * word(s) it stands for, so that those words' own forms and relations follow.
 */

/** Parts shorter than this make spurious compounds ("often" → "of ten"). */
const MIN_PART = 3;

/**
 * What a word WordNet does not know may stand for: its casual spelling's words, else the two
 * words it closes up when WordNet has both ("frontrunner" → "front runner"); empty otherwise.
 * `known`: whether the coverage itself uses the word as typed, then a compound split is not tried.
 */
export function casualReadings(word: string, known: boolean): string[] {
  const casual = CASUAL_SPELLINGS.get(word);
  if (casual) return [...casual];
  if (known || word.length < 2 * MIN_PART || inWordNet(word)) return [];
  // Of the splits into two WordNet words, the most even: "front runner", not "fro ntrunner".
  let best: string | null = null;
  let shorter = 0;
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) {
    const [head, tail] = [word.slice(0, at), word.slice(at)];
    const even = Math.min(head.length, tail.length);
    if (even > shorter && isWordPart(head) && (isWordPart(tail) || isWordPart(tail.replace(/s$/, '')))) [best, shorter] = [`${head} ${tail}`, even];
  }
  return best ? [best] : [];
}

function isWordPart(word: string): boolean {
  return word.length >= MIN_PART && inWordNet(word);
}
