import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"those" with a participle of answering as a speaker', () => {
  it('"those surveyed said" names the people who answered the poll', () => {
    const text = [
      'Harbor Poll Favors Ruiz.',
      'While those surveyed said Councillor Tom Vale has the “steadiest hand,” Mayor Ada Ruiz is the candidate most trust on the harbor.',
    ].join('\n\n');
    expect(who(text, 'steadiest hand')).toMatchObject({ speaker: 'those surveyed', mention: 'those surveyed' });
  });

  it('other participles after "those" make no speaker', () => {
    const text = ['Harbor Poll.', 'At the pier, those gathered said the levy was “a puzzle.”'].join('\n\n');
    expect(who(text, 'a puzzle').speaker).toBeNull();
  });
});
