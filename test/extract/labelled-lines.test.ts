import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a line that labels its quotation', () => {
  it('passes its label on to a paragraph that is only a quotation', () => {
    const text = ['Dana Pell: ‘We Need More Nurses.’', '"We are losing staff every week. The hospital cannot keep up with the need in the valley."'].join(
      '\n\n',
    );
    expect(who(text, 'We are losing')).toMatchObject({ speaker: 'Dana Pell', mention: 'Dana Pell' });
  });

  it('needs a label before the colon, not a clause', () => {
    const text = [
      'The verdict was clear to everyone in the room: “Guilty.”',
      '"We are losing staff every week. The hospital cannot keep up with the need in the valley."',
    ].join('\n\n');
    expect(who(text, 'We are losing')).toMatchObject({ speaker: null });
  });
});
