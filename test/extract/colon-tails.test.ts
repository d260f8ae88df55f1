import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('words after a closed quotation that end in a colon', () => {
  it('introduce the next quotation rather than attribute the one before', () => {
    const text = 'Harbor vote.\n\nThe crowd cheered the words \u201cpier forever.\u201d Dana Ruiz replied: \u201cNot with this budget.\u201d';
    const quotes = quotesOf(text).quotes;
    expect(quotes.find((q) => q.text.startsWith('pier forever'))?.speaker ?? null).not.toBe('Dana Ruiz');
    expect(who(text, 'Not with this')).toMatchObject({ speaker: 'Dana Ruiz' });
  });

  it('name no one for scare-quoted words before a question', () => {
    const text = 'Tax plan.\n\nMany voters did not like the phrase \u201clevy relief.\u201d Why not just say: \u201cWe will cut your taxes\u201d?';
    expect(quotesOf(text).quotes.map((q) => q.speakerMention?.text)).not.toContain('Why not');
  });
});
