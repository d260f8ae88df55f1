/**
 * Issue 13, recall ("sentence lacks a word"): a passage answers a "what" question when it carries
 * every word asked, a reader's clipping written out as the article writes it ("info", "pics", "vp"
 * for "information", "photos", "vice president"). Held to the words as typed, such a passage was
 * turned away. A passage lacking one of the words is still no answer, and "gonna" reads as "going
 * to", a verb leading into the next rather than a word a sentence must hold (invented text).
 */
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/answer/ask/analyse.js';
import { askedPassage, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'ferran.txt': ` date 2024-04-11

Auditor faults Brookmere council

Auditor Nils Ferran called the council's use of confidential information about the harbor dredging contract "plainly reckless."

Ferran posted photos of the dredging barges on his blog, one in which a barge was painted like a striped whale.

Tilda Oyelaran, a former adviser to Vice President Corin Maddox, called the audit "overdue."
`,
});

const passageOf = (q: string): string | null => askedPassage(index(), q);

describe('/ask: a passage carrying the asked words in the words the article writes', () => {
  it('reads "info" as information', () => {
    expect(passageOf('what did ferran call the councils use of the confidential info')).toContain('plainly reckless');
  });

  it('reads "pics" as photos', () => {
    expect(passageOf('what was the barge like in one of ferrans pics')).toContain('striped whale');
  });

  it('reads "vp" as vice president', () => {
    expect(passageOf('what did the former adviser to the vp call the audit')).toContain('overdue');
  });

  it('still gives no passage lacking one of the words in any form', () => {
    expect(passageOf('what did ferran call the councils use of the confidential tax records')).toBeNull();
  });

  it('reads "gonna" as "going to": a verb leading into the next, no word a sentence must hold', () => {
    const focus = analyse(index(), 'what is ferran gonna audit next').focus;
    expect(focus.filter((f) => !f.weak).map((f) => f.term)).not.toContain('gonna');
  });
});
