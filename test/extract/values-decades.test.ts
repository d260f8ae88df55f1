import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

function spans(text: string): string[] {
  return factValues(text)
    .filter((v) => v.type === 'duration')
    .map((v) => String(v.normalized));
}

describe('decades and centuries as a reader counts them', () => {
  it('reads one decade as ten years', () => {
    expect(spans('Ines Darrow has chaired the harbour board for a decade.')).toEqual(['10 years']);
  });

  it('reads one century as a hundred years', () => {
    expect(spans('The ferry company has run the crossing for a century.')).toEqual(['100 years']);
  });

  it('keeps several decades as the text counts them', () => {
    expect(spans('The mill stood empty for three decades before the council bought it.')).toEqual(['3 decades']);
  });

  it('leaves other units as they were', () => {
    expect(spans('The strike lasted six weeks.')).toEqual(['6 weeks']);
  });
});
