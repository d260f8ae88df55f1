import { describe, expect, it } from 'vitest';
import { factRecords, factValues } from './facts-helpers.js';

function people(text: string): string[] {
  return factValues(text, '2016-05-02').flatMap((v) => (v.type === 'person' ? (v.items ?? [v]).map((i) => String(i.normalized)) : []));
}

describe('names written with an apostrophe inside', () => {
  it('keeps the curly apostrophe of a surname in the value', () => {
    expect(people('Harbour Police Chief Maeve O’Rourke said on Monday that 40 officers would patrol the quay.')).toContain('Maeve O’Rourke');
  });

  it('keeps it when a later mention by surname alone is resolved to the full name', () => {
    const text = 'Harbour Police Chief Maeve O’Rourke spoke on Monday. On Tuesday, O’Rourke sent 40 officers to the quay.';
    expect(people(text).filter((n) => n.includes('Rourke'))).toEqual(['Maeve O’Rourke', 'Maeve O’Rourke']);
  });

  it('leaves the record keyed by the name the quotations are keyed by', () => {
    const text = 'Harbour Police Chief Maeve O’Rourke said on Monday that 40 officers would patrol the quay.';
    expect(factRecords(text, '2016-05-02')[0].entities).toContain('Maeve ORourke');
  });
});
