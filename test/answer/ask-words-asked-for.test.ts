/**
 * Issue 13, precision: "what did Vale call Lee" asks for Vale's own words. A passage that quotes no
 * one tells what Vale did, not what she called him, and is not given; for "what did X say" a passage
 * reporting X as saying it ("Lee said in a statement that …") still answers (invented text).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'vale.txt': ` date 2024-10-03

Vale and Lee trade blows over the harbour levy

Mayor Ada Vale, speaking at a rally in her hometown of Saltmere, is criticizing the levy's chief backer, Governor Tom Lee.

At the same rally, Vale said the levy was "a tax on every fisherman in the county."

Lee said in a statement that Vale had misread the bill.
`,
};

const index = useIndexOver(ARTICLES);
const passage = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.passage.text : null;
};

describe('a question asking for the words someone used', () => {
  it('is not answered by a passage that quotes no one and where the one asked says nothing', () => {
    expect(passage('what did vale call lee at her saltmere rally')).toBeNull();
  });

  it('is answered by a passage quoting them', () => {
    expect(passage('what did vale say about the levy')).toContain('a tax on every fisherman');
  });

  it('is answered, for "say", by a passage reporting them as saying it', () => {
    expect(passage('what did lee say about vale')).toContain('misread the bill');
  });
});
