import { describe, expect, it } from 'vitest';
import { quotesOf } from './quotes-helpers.js';

const quoted = (text: string): string[] => quotesOf(text).quotes.map((q) => q.text);

describe('a title in quotation marks set off after a word for its genre', () => {
  it('is not a quotation after "drama" or "thriller"', () => {
    const text =
      'The actor, who also stars in the cable thriller, “Harbor Lights,” and the public television drama, “Linden General,” returns to the stage this week. “I missed the audience,” he said.';
    expect(quoted(text)).toEqual(['I missed the audience']);
  });

  it('is not a quotation after "sitcom"', () => {
    const text = 'Ruiz once had a small part in a short-lived sitcom, “Ferry Tales,” before she ran for office. “It paid the rent,” she said.';
    expect(quoted(text)).toEqual(['It paid the rent']);
  });
});

describe('short quoted words with a sentence ending inside them', () => {
  it('are speech, not a title, after "with"', () => {
    const text =
      'An aide sent Venn the photo that morning.\n\nVenn responds to the aide with, “Why now? That was on my way to Castlebrook?” The aide then writes back, “You look sharp.”';
    expect(quotesOf(text).quotes.find((q) => q.text.startsWith('Why now'))).toMatchObject({ speaker: 'Venn', kind: 'direct' });
  });

  it('leave a title with a courtesy title in it a title', () => {
    const text = 'The mayor, who once starred in a community play, “Mr. Lund Goes to Town,” returns to the stage this week. “I missed the audience,” she said.';
    expect(quoted(text)).toEqual(['I missed the audience']);
  });
});
