import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a clause of reporting that closes the sentence after a quotation', () => {
  it('names the outlet the words are cited from, written after "reports"', () => {
    const text =
      'Nurses Rally in Linden.\n\n“The ward has been short of staff all year,” said Marta Klein, a nurse at Linden General, reports the Harbor Ledger. “Nobody listens to us.”';
    expect(who(text, 'The ward has been')).toMatchObject({ speaker: 'Harbor Ledger', mention: 'the Harbor Ledger' });
    expect(who(text, 'Nobody listens')).toMatchObject({ speaker: 'Harbor Ledger' });
  });

  it('names the outlet written before "reported"', () => {
    const text = 'Ruiz Declines to Comment.\n\nAsked about the ferry money, Mayor Ada Ruiz bristled and said, “No comment,” the Harbor Ledger reported.';
    expect(who(text, 'No comment')).toMatchObject({ speaker: 'Harbor Ledger', mention: 'the Harbor Ledger' });
  });

  it('leaves the words to their speaker when "reported" belongs to a clause about that speaker', () => {
    const text = 'Nurses Rally in Linden.\n\n“The ward has been short of staff all year,” said Marta Klein, who reported the shortage in March.';
    expect(who(text, 'The ward has been')).toMatchObject({ speaker: 'Marta Klein' });
  });
});
