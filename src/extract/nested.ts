import { sentenceStart } from './boundaries.js';
import { scanInner } from './marks.js';
import { isCueAt, phraseRight, roleOf } from './mentions.js';
import { PREPOSITIONS, THOUGHT_VERBS } from './lexicon.js';
import type { Found, TextWords } from './attribution.js';
import { joinedToPrevious, wordRange } from '../nlp/words.js';

/**
 * Quotations inside quotations (`I was glad to hear Governor Lee say he'd 'fix the roads'`):
 * the inner words belong to the person the outer speaker quotes, so they are kept only when
 * the outer quotation names that person just before them, as the subject of a verb of speech or
 * belief ("hear Governor Lee say", "the president believes"). Any other verb ("if Lee ends up
 * losing, voters will ask 'why?'", "Lee wants a win, and people were like 'no'") does not report
 * that person's words, and the inner words stay part of the outer quotation only.
 */
export function nestedQuotes(t: TextWords, outer: Found[]): Found[] {
  const out: Found[] = [];
  for (const f of outer) {
    if (!f.attribution) continue;
    for (const inner of scanInner(t.text, f.start, f.end)) {
      const from = sentenceStart(t.text, inner.open, f.start);
      const mention = innerSpeaker(t, from, inner.open);
      if (!mention) continue;
      const verb = t.words[mention.last + 1];
      out.push({
        start: inner.start,
        end: inner.end,
        kind: 'partial',
        attribution: { cue: { text: verb.text, start: verb.start, end: verb.end }, mention, via: 'nested', cueWord: mention.last + 1 },
        sentence: f.sentence,
        lineStart: f.lineStart,
        lineEnd: f.lineEnd,
      });
    }
  }
  return out;
}

/** The last name (or role, "the governor") in [from, to) directly followed by a verb. */
function innerSpeaker(t: TextWords, from: number, to: number): ReturnType<typeof phraseRight> {
  const [i, j] = wordRange(t.words, from, to);
  let best: ReturnType<typeof phraseRight> = null;
  for (let k = i; k < j; k++) {
    const m = phraseRight(t.words, k, j);
    if (!m) continue;
    const next = t.words[m.last + 1];
    const speaks = next && m.last + 1 < j && reportsWords(t, m.last + 1);
    // "leaders in Ohio praised": a preposition's object is not the one speaking
    const object = m.first > i && joinedToPrevious(t.words[m.first]) && PREPOSITIONS.has(t.words[m.first - 1].lower);
    if (object) {
      k = m.last;
      continue;
    }
    if (speaks && (m.kind === 'name' || roleOf(m, t.words))) best = m;
    k = m.last;
  }
  return best;
}

/** A verb that reports someone's words or beliefs: a speech cue or a verb of thinking. */
function reportsWords(t: TextWords, k: number): boolean {
  const w = t.words[k];
  if (THOUGHT_VERBS.has(w.lower)) return true;
  return w.tags.has('Verb') && !w.tags.has('Auxiliary') && isCueAt(t.words, k);
}
