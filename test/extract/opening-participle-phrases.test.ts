import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a participle phrase set off by a comma at the start of a sentence', () => {
  it('is not the subject that speaks the quoted words', () => {
    const text =
      'It was a contrast to Vale. Reprising one of her own favorite lines, the former mayor talked about continuing the “progress we made together” and her pledge “to keep the harbor open.”';
    expect(who(text, 'progress we')).toMatchObject({ mention: 'the former mayor' });
    expect(who(text, 'to keep')).toMatchObject({ mention: 'the former mayor' });
  });

  it('runs on through a place and a time set off by commas of their own', () => {
    const text = 'Speaking at a rally in Dunmore, Oregon, on Monday, Tom Vale went after his rival, calling him “a hopeless case.”';
    expect(who(text, 'a hopeless case')).toMatchObject({ speaker: 'Tom Vale' });
  });

  it('holds no subject for a speech verb in its infinitive', () => {
    const text =
      'Continuing to explain his view, Tom Vale rejected the idea that the dispute was over, saying that if he "found something broken, I would fix it."';
    expect(who(text, 'found something broken')).toMatchObject({ speaker: 'Tom Vale' });
  });

  it('leaves a subject right before its speech verb as it was', () => {
    const text = 'Recalling his years on the board, Tom Vale said the levy was “a mistake from the start.”';
    expect(who(text, 'a mistake')).toMatchObject({ speaker: 'Tom Vale' });
  });

  it('is no speaker when it runs without a comma into the quoted words', () => {
    const text =
      'Vale in Dover.\n\nVale stopped outside a Dover coffee shop, where some of his critics waited in the snow.\n\nHolding signs calling Vale \u201cDelaware\u2019s Biggest Loser,\u201d the protesters chanted outside.';
    expect(who(text, 'Delaware')).toMatchObject({ mention: 'the protesters' });
  });
});
