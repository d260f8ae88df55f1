import { describe, expect, it } from 'vitest';
import { quote, quotesOf, who } from './quotes-helpers.js';

describe('an outlet whose report closes the sentence after a quotation', () => {
  it("is the source of the words, the person's own verb notwithstanding", () => {
    const text = 'Asked about the ferry, Lund shrugged and said, “I have nothing to add on the schedule,” the Millbrook Ledger reported.';
    expect(who(text, 'I have nothing')).toMatchObject({ speaker: 'Millbrook Ledger', mention: 'the Millbrook Ledger', cue: 'reported' });
  });

  it('is the source when the reporting verb comes first', () => {
    const text = '“The pier has to stay open for the families who use it,” said Orla Venn, who chairs the riders’ group, reports the Castlebrook Courier.';
    expect(who(text, 'The pier has')).toMatchObject({ speaker: 'Castlebrook Courier', mention: 'the Castlebrook Courier', cue: 'reports' });
  });

  it('is the source of every quotation of its sentence, a first report included', () => {
    const text =
      'Pastor Ivo Brandt spoke on Sunday.\n\nBrandt, who leads a small church in Castlebrook, faulted the scouts for “lax values for young girls” on his radio hour, Harbor Watch first reported.';
    expect(who(text, 'lax values')).toMatchObject({ speaker: 'Harbor Watch', mention: 'Harbor Watch', cue: 'first reported' });
  });

  it('leaves the person it quotes whom the next "he" means', () => {
    const text = [
      'Tom Keller opened the hearing on Monday and asked for calm.',
      'The plan drew a rebuke from the floor: “It is a betrayal of the riders,” said Ivo Brandt, a pastor, Harbor Watch reported.',
      'He then said the leaders should “resign at once.”',
    ].join('\n\n');
    expect(quote(quotesOf(text).quotes, 'resign at once').speaker).toBe('Ivo Brandt');
  });

  it('does not take a pronoun for an outlet', () => {
    const text = 'Lund spoke after the vote. “I want a new vote,” Lund said, he reported.';
    expect(who(text, 'I want a new vote')).toMatchObject({ speaker: 'Lund', cue: 'said' });
  });
});
