import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a described subject introducing a quotation with a colon', () => {
  it('speaks across the prepositional phrases after it ("A rally by … on Wednesday had one message:")', () => {
    const text = 'The vote is Monday.\n\nA rally by the city\'s religious leaders on Wednesday had one message: "Dump the plan."';
    expect(who(text, 'Dump the plan')).toMatchObject({ mention: 'A rally', cue: 'had' });
  });

  it('speaks with "had" as its verb when nothing follows the auxiliary', () => {
    const text = 'The strike vote is Monday.\n\nA group of nurses at the clinic had one demand: "Hire more staff."';
    expect(who(text, 'Hire more staff')).toMatchObject({ mention: 'A group of nurses', cue: 'had' });
  });
});
