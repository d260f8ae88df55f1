import { describe, expect, it } from 'vitest';
import { quote, quotesOf, who } from './quotes-helpers.js';

describe('speech verbs of manner', () => {
  it('reads "interjected" before a quotation', () => {
    const text = 'The two hosts traded jokes on stage.\n\nOkafor interjected, "Let the choir sing first!"';
    expect(who(text, 'Let the choir')).toMatchObject({ mention: 'Okafor', cue: 'interjected' });
  });

  it('reads an inverted "beamed" with the name after it', () => {
    const text = 'The hall filled up by noon.\n\n"Best night of the year!" beamed Tomas Vrba of Dayton, Ohio, who had a seat near the stage.';
    expect(who(text, 'Best night')).toMatchObject({ speaker: 'Tomas Vrba', cue: 'beamed' });
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
      'The festival was funded by patron Walter James Hollis IV, a retired shipbuilder.',
      'Hollis said he supports no slate, and that he had met Mayor Tom Reddick once.',
      '"My money goes to the music, nothing else," he said.',
    ].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'My money goes').speaker).toBe('Walter James Hollis IV');
  });
});
