import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const names = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

describe('extractFacts: a given name and one more word the tagger reads as a place name a person', () => {
  it('reads a given name before a word like "ridge" or "grove" as a person', () => {
    expect(names('Or, as Tom Ridge, a former secretary of the agency, put it to the board.')).toEqual(['person:Tom Ridge']);
    expect(names('Lloyd Grove, the editor who wrote the profile, declined to comment.')).toEqual(['person:Lloyd Grove']);
  });

  it('reads the pair before a possessive as a person, whatever follows', () => {
    expect(names("Meanwhile, Tom Ridge's Acme Point fund bought shares.")).toContain('person:Tom Ridge');
  });

  it('keeps a place a place-word or a place preposition makes one', () => {
    expect(names('She toured Elizabeth City on Monday.')).toEqual(['place:Elizabeth City']);
    expect(names('Officials in Virginia Beach agreed to the plan.')).toEqual(['place:Virginia Beach']);
  });
});
