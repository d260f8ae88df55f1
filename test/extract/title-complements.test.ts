import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/extract/index.js';
import { article, quotesOf, who } from './quotes-helpers.js';

const BRIEFING = [
  'Governor faces questions over deleted emails',
  '"Every message was kept and reviewed," said Chief of Staff Marisol Trent.',
  '"Nothing was deleted," Deputy Chief of Staff Dana Okoro told reporters on Friday.',
  'The emails were sent to Chief of Staff Marisol Trent in 2019, the department said.',
].join('\n\n');

const personValues = (text: string) =>
  extractArticle(article(text))
    .facts.flatMap((f) => f.values)
    .filter((v) => v.type === 'person')
    .map((v) => v.normalized);

describe('a title with an "of" complement before a name', () => {
  it('starts the speaker at the name, not at the complement ("Chief of Staff Marisol Trent")', () => {
    expect(who(BRIEFING, 'Every message')).toMatchObject({ speaker: 'Marisol Trent' });
    expect(who(BRIEFING, 'Nothing was')).toMatchObject({ speaker: 'Dana Okoro' });
  });

  it('starts the person values of facts at the name', () => {
    const people = personValues(BRIEFING);
    expect(people).toContain('Marisol Trent');
    expect(people.filter((p) => /^(Staff|Chief|Deputy|of)\b/.test(String(p)))).toEqual([]);
  });

  it('reads a complement of several words up to the name ("Minister of Foreign Affairs")', () => {
    const text = 'Talks stall\n\n"We will not sign this," said Minister of Foreign Affairs Tomas Varga.';
    expect(who(text, 'We will')).toMatchObject({ speaker: 'Tomas Varga' });
  });

  it('keeps a first name right after "of" as the person the title is of', () => {
    const text = 'Talks stall\n\n"We will not sign this," said an adviser of Marisol Trent.';
    expect(quotesOf(text).entities.map((e) => e.name)).toContain('Marisol Trent');
  });
});
