import { describe, expect, it } from 'vitest';
import { quote, quotesOf } from './quotes-helpers.js';

describe('full quotations led in by a participle and followed by a speech verb of their own', () => {
  const text = [
    'Port Vote.',
    'Ada Ruiz and Nils Okafor have traded barbs all week over the port. Okafor said he doubted the plan.',
    'Mayor Tom Vale weighed in as well, telling the Ledger in an interview on Monday, “But goodness me, they are both able,” he said, adding that the vote would be close.',
  ].join('\n\n');

  it('take the mention from the verb right after the words', () => {
    const q = quote(quotesOf(text).quotes, 'But goodness me');
    expect(q.speakerMention?.text).toBe('he');
    expect(q.speakerMention?.start).toBe(text.indexOf('he said'));
  });

  it('resolve that pronoun to the subject of the clause leading into the words', () => {
    expect(quote(quotesOf(text).quotes, 'But goodness me').speaker).toBe('Tom Vale');
  });

  it('keep a named speaker of the lead when the verb after the words has a name of its own', () => {
    const named = 'Port Vote.\n\nMayor Tom Vale weighed in, telling the Ledger, “They are both able,” Ruiz said.';
    expect(quote(quotesOf(named).quotes, 'They are both able').speaker).toBe('Tom Vale');
  });
});
