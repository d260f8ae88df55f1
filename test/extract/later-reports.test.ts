import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a paragraph that is only a quotation after a paragraph reporting its speaker', () => {
  it('goes on from the speech verb nearest to it, not from the last quotation before it', () => {
    const text = [
      'Harbor Plan Draws Fire.',
      'Tom Vale, who calls the plan a “farce,” said he will fight it at the council. Instead, he said, the town should repair the old pier first.',
      '“Nobody asked the fishermen. Nobody asked the families who live by the water.”',
    ].join('\n\n');
    expect(who(text, 'Nobody asked')).toMatchObject({ speaker: 'Tom Vale', mention: 'he' });
  });

  it("keeps the last quotation's attribution when no speech verb follows it", () => {
    const text = ['Harbor Plan Draws Fire.', 'Tom Vale, who calls the plan a “farce,” will fight it at the council.', '“Nobody asked the fishermen.”'].join(
      '\n\n',
    );
    expect(who(text, 'Nobody asked')).toMatchObject({ speaker: 'Tom Vale', mention: 'who' });
  });
});
