import { describe, expect, it } from 'vitest';
import { quote, quotesOf, who } from './quotes-helpers.js';

describe('speech verbs of manner', () => {
  it('reads "interjected" before a quotation', () => {
    const text = 'The two hosts traded jokes on stage.\n\nOkafor interjected, "Ladies and gentlemen, the band!"';
    expect(who(text, 'Ladies and gentlemen')).toMatchObject({ mention: 'Okafor', cue: 'interjected' });
  });

  it('reads an inverted "beamed" with the name after it', () => {
    const text = 'The hall filled up by noon.\n\n"This is fantastic!" beamed Tomas Vrba of Dayton, Ohio, who had come from the guest seats.';
    expect(who(text, 'This is fantastic')).toMatchObject({ speaker: 'Tomas Vrba', cue: 'beamed' });
  });

  it('reads an inverted "fumed" with the name after it', () => {
    expect(who('"They never even called us back," fumed Ines Haraldsen, who runs the shelter.', 'They never')).toMatchObject({
      speaker: 'Ines Haraldsen',
      cue: 'fumed',
    });
  });
});

describe('generational suffixes', () => {
  it('knows a bare surname as the person named in full with "IV" after it', () => {
    const text = [
      'The billboards were paid for by donor Walter James Hollis IV, a real estate developer in Mobile.',
      'Hollis said in an interview that he backs no candidate, and that he had met Mayor Tom Reddick once.',
      '"I have not talked to any campaign in a year," he said.',
    ].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'I have not talked').speaker).toBe('Walter James Hollis IV');
  });
});
