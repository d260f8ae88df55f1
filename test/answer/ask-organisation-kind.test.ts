/**
 * Issue 13, recall: "which paper", "which network" ask for an organisation of a kind. A name that
 * says its kind ("The Millbrook Gazette", "MSNBC", "Lakeside Public Radio") is of that kind even where the sentence
 * never says "paper" or "network"; a name that does not say it still needs the sentence to
 * (invented text).
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'levy.txt': ` date 2024-09-20

Levy vote looms

Mayor Dana Okafor defended the school levy in an interview with The Millbrook Gazette on Thursday.

Councilman Reggie Vance criticised the levy on MSNBC later that evening.

Okafor also met with Northgate Partners, the firm that drafted the levy.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe('an organisation whose name says its kind', () => {
  it('answers "which paper" with a paper the sentence names', () => {
    expect(answerTo('which paper did okafor defend the school levy to')).toBe('The Millbrook Gazette');
  });

  it('answers "which network" with a broadcaster the sentence names', () => {
    expect(answerTo('which network did councilman vance criticise the levy on')).toBe('MSNBC');
  });

  it('does not answer "which paper" with an organisation whose name says no such kind', () => {
    expect(answerTo('which paper did okafor meet with about the levy')).not.toBe('Northgate Partners');
  });
});
