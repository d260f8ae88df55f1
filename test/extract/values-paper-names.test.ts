import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const names = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

describe("extractFacts: a place before a newspaper's last word names the paper", () => {
  it('reads "<place> Sun", "<place> Enquirer", "<place> Register" as an organisation', () => {
    expect(names('He told the Tulsa Sun on Monday that he would run.')).toEqual(['organization:Tulsa Sun']);
    expect(names('The Tulsa Enquirer endorsed the mayor on Sunday.')).toEqual(['organization:Tulsa Enquirer']);
    expect(names('The Tulsa Register endorsed the mayor on Sunday.')).toEqual(['organization:Tulsa Register']);
  });
});
