import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('"it" as a speaker', () => {
  it('refers back to a document that opened an earlier sentence as its subject', () => {
    const text =
      'Lund gun raffle.\n\nSenator Jo Lund sent out an email to supporters on Tuesday. The email includes a photo of Lund in hunting gear. At the bottom it reads, \u201cYou can further support the cause by chipping in $35.\u201d';
    expect(who(text, 'You can further support')).toMatchObject({ speaker: 'the email', mention: 'it' });
  });

  it('follows the piece a paper published, not the paper named before it', () => {
    const text =
      'Lund harbor plan.\n\nThe Harbor Gazette weighed in on Sunday. The piece goes on to call the plan \u201ca fantasy with a price tag.\u201d And it accuses Lund of \u201cselling a dream to people who cannot afford one.\u201d';
    expect(who(text, 'selling a dream')).toMatchObject({ speaker: 'the piece', mention: 'it' });
  });

  it('never makes a document the one "they" stands for', () => {
    const text =
      'Lund harbor plan.\n\nThe Harbor Gazette weighed in on Sunday. The memo lists three sites for the new pier. \u201cWe want the old pier rebuilt first,\u201d they said.';
    expect(who(text, 'We want the old pier').speaker).not.toBe('the memo');
  });
});
