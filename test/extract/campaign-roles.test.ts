import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('a role in a candidate’s campaign written before a name ("Ruiz campaign manager Tom Vale")', () => {
  it('names the person holding the role as the speaker, not the candidate', () => {
    const text = [
      'Harbor Race.',
      'Ada Ruiz toured the docks on Monday.',
      '“We will win the docks back,” Ruiz campaign manager Tom Vale said on Monday.',
      '“We are ready for the vote,” said Harbor Party campaign Chairman Ivo Marsh.',
    ].join('\n\n');
    const { quotes } = quotesOf(text);
    expect(quote(quotes, 'We will win').speaker).toBe('Tom Vale');
    expect(quote(quotes, 'We are ready').speaker).toBe('Ivo Marsh');
  });

  it('leaves "campaign" a verb when no role follows it', () => {
    const text = ['Harbor Race.', '“We are ready for the vote,” Ada Ruiz said as her supporters campaign across Linden.'].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'We are ready').speaker).toBe('Ada Ruiz');
  });
});
