import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a pull quote signed on the line below, inside its marks', () => {
  it('is the signer’s, a name with the body it speaks for', () => {
    const text = [
      'Ferry Fares Go Up Again.',
      'Mayor Ada Ruiz said the new fares were fair. Critics disagreed.',
      '"Every rider pays twice for a boat that runs half the time.\nMarta Klein, Harbor Watch."',
      'The council votes on the fares next week.',
    ].join('\n\n');
    expect(who(text, 'Every rider pays')).toMatchObject({ speaker: 'Marta Klein', mention: 'Marta Klein' });
  });

  it('is the signer’s when the signature is only a description', () => {
    const text = [
      'Ferry Fares Go Up Again.',
      'Mayor Ada Ruiz said the new fares were fair, a view a council member disputed in a letter.',
      '"“Nobody asked the riders. Nobody asked the crews.”\nLinden council member."',
      'The council votes on the fares next week.',
    ].join('\n\n');
    expect(who(text, 'Nobody asked the riders')).toMatchObject({ mention: 'Linden council member' });
  });

  it('leaves a quotation going on into a paragraph of prose to its own speaker', () => {
    const text = [
      'Ferry Fares Go Up Again.',
      'Mayor Ada Ruiz defended the fares on Monday.',
      '“Every rider pays for a boat that runs on time,” she said. “We have kept the fares low for six years.',
      '“Now the fuel costs more than the city can carry alone, and the riders know it.”',
    ].join('\n\n');
    expect(who(text, 'We have kept')).toMatchObject({ speaker: 'Ada Ruiz', mention: 'she' });
  });
});
