import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a few quoted words between a participle and a named speaker', () => {
  it('go to the named speaker whose own verb follows them', () => {
    const text =
      'Delegates cheered in the hall on Thursday.\n\nHer old friends have mocked the campaign, calling it "an empty circus," Maren Solberg said as she turned around and waved.';
    expect(who(text, 'an empty circus')).toMatchObject({ speaker: 'Maren Solberg', cue: 'said' });
  });

  it('stay with the participle\u2019s subject when what follows is only another participle', () => {
    const text = 'Ines Alder is noting the "kind of problems" Tom Reddick had answering questions about the budget.';
    expect(who(text, 'kind of problems').speaker).not.toBe('Tom Reddick');
  });
});
