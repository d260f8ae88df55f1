import { describe, expect, it } from 'vitest';
import { CUE_LEMMAS, CUE_VERBS } from '../../src/extract/lexicon.js';
import { ASKED_SPEECH_CUES, OPINION_VERBS, SPEECH_VERBS } from '../../src/answer/lexicon.js';

describe('the speech verbs a question reads', () => {
  it('are cue verbs of the extract lexicon, or verbs of opinion', () => {
    expect(ASKED_SPEECH_CUES.filter((v) => !CUE_LEMMAS.has(v))).toEqual([]);
    expect(SPEECH_VERBS).toEqual([...ASKED_SPEECH_CUES, ...OPINION_VERBS]);
    expect(OPINION_VERBS.filter((v) => CUE_LEMMAS.has(v))).toEqual([]);
  });
});

describe('the cue verbs’ base forms', () => {
  it('hold the first form of every group, on every line, and only cue verbs', () => {
    expect([...CUE_LEMMAS].filter((v) => !CUE_VERBS.has(v))).toEqual([]);
    for (const lemma of ['say', 'add', 'write', 'note', 'claim', 'tweet', 'lambast']) expect(CUE_LEMMAS.has(lemma), lemma).toBe(true);
    for (const form of ['said', 'writes', 'adding']) expect(CUE_LEMMAS.has(form), form).toBe(false);
  });
});
