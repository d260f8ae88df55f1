/**
 * Authorship questions ("who wrote the Kestrel article", "who took the photo"): only a person the
 * text credits with the piece answers them (a credit line, "X wrote", "X contributed reporting"),
 * never the person of a sentence that lacks the act (src/answer/ask/credit.ts, creditUnbound).
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { creditUnbound } from '../../src/answer/ask/credit.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';
import { recordOver, valueIn } from '../helpers/records.js';

const unbound = (question: string, text: string, name: string): boolean =>
  creditUnbound(analyseQuestion(question), recordOver(text, []), valueIn(text, 'person', name));

describe('an authorship question about a published piece wants the credited person', () => {
  it('takes a person a credit line or the act itself binds to the piece', () => {
    const credit = '(Reporting by Lena Voss and Tomas Adair; Writing by Mira Quell; Editing by Ode Farr)';
    expect(unbound('who wrote the kestrel article', credit, 'Mira Quell')).toBe(false);
    expect(unbound('who reported the depot story for kestrel', credit, 'Tomas Adair')).toBe(false);
    expect(unbound('who wrote the piece', 'As the Harbor Ledger’s Lena Voss wrote, the depot was late.', 'Lena Voss')).toBe(false);
    expect(unbound('who took the photo', 'Photo: Ivo Renn / Kestrel', 'Ivo Renn')).toBe(false);
    expect(unbound('who wrote the story', 'Lena Voss contributed reporting from Harlan.', 'Lena Voss')).toBe(false);
    expect(unbound('who wrote the ledger post', 'Follow Lena Voss on Twitter @lenavoss.', 'Lena Voss')).toBe(false);
  });

  it('takes only the credit for the act asked: a contributor or a writer did not take the photo', () => {
    const credit = '(Reporting by Lena Voss; Additional reporting by Ivo Renn in Dunmore; Writing by Mira Quell)';
    expect(unbound('who reported the depot story for kestrel', credit, 'Ivo Renn')).toBe(true);
    expect(unbound('who took the photo of the depot', credit, 'Mira Quell')).toBe(true);
  });

  it('refuses the person of a sentence that lacks the act', () => {
    const dateline = 'HARLAN (Kestrel) - Mayor Dora Pike met the depot workers on Tuesday.';
    expect(unbound('who wrote the kestrel article', dateline, 'Dora Pike')).toBe(true);
    expect(unbound('who took the photo', 'Dora Pike waved from the depot steps.', 'Dora Pike')).toBe(true);
  });

  it('leaves questions about other works and other acts alone', () => {
    expect(unbound('who wrote the book on the depot', 'In his new book, Ode Farr tells of the depot.', 'Ode Farr')).toBe(false);
    expect(unbound('who met the depot workers', 'Mayor Dora Pike met the depot workers on Tuesday.', 'Dora Pike')).toBe(false);
  });
});

const ARTICLES: Record<string, string> = {
  'depot.txt': ` date 2024-08-12

Harlan mayor visits rail depot

HARLAN (Kestrel) - Mayor Dora Pike met workers at the Harlan rail depot on Tuesday to discuss the repairs to the old signal tower.

Pike said the tower would reopen in the spring.

(Writing by Mira Quell; Editing by Ode Farr)
`,
  'ledger.txt': ` date 2024-08-13

Ferry crews answer Dunmore columnist

The Dunmore Ledger columnist Saul Brand had called the ferry crews lazy. "They sleep on the job," Brand wrote in his column.

Crew chief Ana Vell said the crews worked double shifts through the storm season.

Follow Nora Blake on Twitter @norablake.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask on an authorship question', () => {
  it('answers "who wrote the kestrel article" with the credit line, not the person of the dateline sentence', () => {
    expect(askedValue(index(), 'who wrote the kestrel article')).toBe('Mira Quell');
  });

  it('takes the sign-off of the piece, not a writer its sentences quote', () => {
    expect(askedValue(index(), 'who wrote the ledger story about the ferry crews')).toBe('Nora Blake');
  });

  it('does not answer with the credited writer the question itself names', () => {
    expect(askedValue(index(), 'who wrote the column on ferry crews nora blake is answering')).not.toBe('Nora Blake');
  });

  it('leaves "who wrote this piece" unanswered: no word of it picks an article', () => {
    expect(ask(index(), 'who wrote this piece').found).toBe(false);
  });
});
