import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('"lecture" as a verb of speaking', () => {
  it('introduces the words of its subject before a colon, across an aside', () => {
    const text = [
      'Harbor Video.',
      'In the video, the harbor cleric Ivo Marsh, who died in a storm in 2011, is shown lecturing: “Take heed and learn from the lessons of history.”',
    ].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'Take heed').speaker).toBe('Ivo Marsh');
  });

  it('leaves words another speaker is named for with that speaker', () => {
    const text = ['Harbor Video.', 'Ivo Marsh lectured at Linden College for a decade. “It was a fine school,” said Ada Ruiz.'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'It was a fine school').speaker).toBe('Ada Ruiz');
  });
});
