import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a speech verb joined by "and" to a verb with a subject of its own', () => {
  it('shares the subject of the verb right before "and", not the first subject of the sentence', () => {
    const text = [
      'Ferry Days.',
      'Mayor Ada Ruiz rode the ferry for years. Back then, Tom Vale said, the crossing kept the island together – and at the mention of the old boat Ruiz laughed and admitted “the rides were long, but they were ours.”',
    ].join('\n\n');
    const q = quote(quotesOf(text).quotes, 'the rides were long');
    expect(q.speaker).toBe('Ada Ruiz');
    expect(q.speakerMention?.start).toBe(text.indexOf('Ruiz laughed'));
  });

  it('keeps the first subject when no subject stands before the verb "and" follows', () => {
    const text = ['Ferry Days.', 'Tom Vale did say he liked the plan and called its cost “a small price.”'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'a small price').speaker).toBe('Tom Vale');
  });
});
