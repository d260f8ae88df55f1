import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

const post = (body: string): string => `Reporters noticed the hats at once.\n\n<tweet id="1234" author="@jolund" datetime="2016-09-01">${body}</tweet>.\n`;

describe('a quotation inside an embedded post', () => {
  it('is given to the author signed at the end of the post, not to the markup', () => {
    const text = post('Mayor Pell is now wearing a hat that says "BUILD THE BRIDGE TWICE" … wow — Jo Lund (@jolund) September 1, 2016');
    expect(who(text, 'BUILD THE BRIDGE')).toMatchObject({ speaker: 'Jo Lund', mention: 'Jo Lund' });
  });

  it('keeps its own speaker outside the post', () => {
    const text = `${post('Quite a day in Harbor Point — Jo Lund (@jolund) September 1, 2016')}\nPell later said the hat was "just a joke."`;
    expect(who(text, 'just a joke')).toMatchObject({ speaker: 'Pell' });
  });

  it('adds no quotation the post would not have had', () => {
    const text = post('Pell and Ames wear "Build The Bridge Twice" hats — Jo Lund (@jolund) September 1, 2016');
    expect(quotesOf(text).quotes.map((q) => q.text)).toEqual([]);
  });
});
