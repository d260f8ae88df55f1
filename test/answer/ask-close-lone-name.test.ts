/**
 * Issue 13, precision: a name its sentence writes as one word ("Tilley", one word of "Tilley Marsh
 * Research") with another value scoring within weights.ts DECISION.loneNameLead of it is not
 * asserted: the lone word says little of whom it names and the close rival says the sentence does
 * not tie the question to either. A full name, a clear lead, a list or a figure still answers
 * (invented text).
 */
import { describe, expect, it } from 'vitest';
import { closeLoneName } from '../../src/answer/ask/precision.js';
import type { Scored } from '../../src/answer/ask/types.js';
import { DECISION } from '../../src/answer/ask/weights.js';
import type { TypedValue } from '../../src/model/records.js';
import { scoredIn } from './scored-helpers.js';

const SENTENCE = 'A Harbour Ledger poll, run with Tilley Marsh Research and Orrin Vale Polling, shows Mara Quill ahead of Brannock.';

function candidate(part: string, type: TypedValue['type'], lead: number, items?: TypedValue[]): Scored {
  return scoredIn(SENTENCE, part, type, { lead, p: 0.95, items });
}

const lead = DECISION.loneNameLead;

describe('a one-word name with a rival as likely', () => {
  it('is held back when another value scores within the lead', () => {
    expect(closeLoneName(candidate('Tilley', 'person', 0), lead)).toBe(true);
    expect(closeLoneName(candidate('Brannock', 'person', lead / 2), lead)).toBe(true);
    expect(closeLoneName(candidate('Orrin', 'place', 0.1), lead)).toBe(true);
  });

  it('still answers when it leads every other value clearly', () => {
    expect(closeLoneName(candidate('Brannock', 'person', lead), lead)).toBe(false);
  });

  it('still answers when the sentence names it with more than one word', () => {
    expect(closeLoneName(candidate('Mara Quill', 'person', 0), lead)).toBe(false);
    expect(closeLoneName(candidate('Tilley Marsh Research', 'organization', 0), lead)).toBe(false);
  });

  it('still answers with a title the article gave one person, which stands for their whole name', () => {
    expect(closeLoneName(candidate('poll', 'person', 0), lead)).toBe(false);
  });

  it('leaves figures and lists to the other gates', () => {
    expect(closeLoneName(candidate('Harbour', 'number', 0), lead)).toBe(false);
    const items = [candidate('Tilley', 'person', 0).value, candidate('Brannock', 'person', 0).value];
    expect(closeLoneName(candidate('Brannock', 'person', 0, items), lead)).toBe(false);
  });
});
