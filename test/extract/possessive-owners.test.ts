import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('quoted words owned through "his" or "her" by a word for words ("her comment that …")', () => {
  it('belong to the subject of the verb whose object the possessive opens', () => {
    const text = [
      'Harbor Debate.',
      'As the debate went on and Ada Ruiz stood by her comment Monday that "the docks are closing for good," refusing to back down, the board moved on.',
    ].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'the docks are closing');
    expect(q.speakerMention?.start).toBe(text.indexOf('Ada Ruiz'));
    expect(q.speaker).toBe('Ada Ruiz');
  });

  it('are not given to a subject the possessive cannot stand for', () => {
    const text = [
      'Harbor Debate.',
      'Tom Vale met the pilots on Monday.',
      'As the debate went on, Ada Ruiz stood by his comment that "the docks are closing for good," refusing to back down.',
    ].join('\n\n');
    const found = quotesOf(text).quotes.find((q) => q.text.includes('the docks are closing'));
    expect(found?.speaker ?? null).not.toBe('Ada Ruiz');
  });
});
