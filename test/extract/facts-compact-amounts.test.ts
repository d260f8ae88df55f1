import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/model/records.js';
import { valuesOfKinds } from './facts-helpers.js';

const AMOUNTS: TypedValue['type'][] = ['number', 'money', 'percent'];

function amounts(text: string): string[] {
  return valuesOfKinds(text, AMOUNTS);
}

describe('amounts written with their multiple glued on or shortened', () => {
  it('reads a multiple glued to the figure, as some papers print it', () => {
    expect(amounts('The harbour fund raised $64.8million in May, up from $45.1million.')).toEqual(['money:USD 64800000', 'money:USD 45100000']);
    expect(amounts('The mill owners will give $1million to the clinic.')).toEqual(['money:USD 1000000']);
  });

  it('reads the short forms business pages use after a currency symbol', () => {
    expect(amounts('The port spent $2.5bn on cranes and £3m on a new quay.')).toEqual(['money:USD 2500000000', 'money:GBP 3000000']);
    expect(amounts('The council approved a $1.2B bond and a €40m loan.')).toEqual(['money:USD 1200000000', 'money:EUR 40000000']);
  });

  it('reads a short form written apart from the amount', () => {
    expect(amounts('The port spent $2.5 bn on cranes and €40 mln on quays.')).toEqual(['money:USD 2500000000', 'money:EUR 40000000']);
  });

  it('leaves a short form without a currency symbol as it was: "3m" may be metres', () => {
    expect(amounts('The divers went 3m down the harbour wall.')).not.toContain('number:3000000');
  });

  it('still reads a multiple written as its own word', () => {
    expect(amounts('The port spent $2.5 billion on cranes.')).toEqual(['money:USD 2500000000']);
  });
});
