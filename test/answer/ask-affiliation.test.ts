/**
 * Issue 13: "what party is X", "what state is X a senator from", "X reps which state", "what state
 * is <town> in" are answered from the forms news style writes a lawmaker's party and state in (a
 * tag after the name, an apposition, "of" and the state, a title run into the name) and a town's
 * state after its comma; the value is bound to the person the question names, never to another name
 * of the sentence (src/answer/ask/affiliation.ts). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { stateOfForm } from '../../src/answer/ask/affiliation.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'budget.txt': ` date 2024-04-18

Budget talks stall in the Senate

Sen. Orla Penhallow (R-Texas) and Rep. Marcus Delane (D-Ohio) traded barbs on Tuesday over the farm bill.

"We are not going to rubber-stamp this," said Senator Ivo Brandt, a Democrat from Rhode Island, who sits on the budget committee.

Senator Hollis Grange, the Iowa Republican who leads the agriculture panel, said the bill would be ready by June.

Virginia Sen. Tessa Morrow said the talks would resume after the recess.

Republican Indiana Gov. Lyle Hatch urged both chambers to pass the bill quickly.

Gov. Nate Quill of Arizona called the delay a disgrace.

Senate Majority Leader Wendell Pryce, R-Ky., said a vote could come next month.

The bill's backers held a rally in Selma, Ala., on Saturday.
`,
});

const answerTo = (q: string) => askedValue(index(), q);

describe("a lawmaker's party and state read from the forms news writes them in", () => {
  it('reads the party and the state of a tag after the name, the state written out', () => {
    expect(answerTo('what party is orla penhallow')).toBe('Republican');
    expect(answerTo('what state does penhallow represent')).toBe('Texas');
  });

  it("binds a tag to its own name, not to another lawmaker's in the sentence", () => {
    expect(answerTo('what party is marcus delane')).toBe('Democrat');
    expect(answerTo('delane is a congressman from which state')).toBe('Ohio');
  });

  it('reads an apposition naming the party and the state it is from', () => {
    expect(answerTo('what party is ivo brandt')).toBe('Democrat');
    expect(answerTo('what state is brandt a senator from')).toBe('Rhode Island');
  });

  it('reads "the Iowa Republican" after the name', () => {
    expect(answerTo('which state is grange from')).toBe('Iowa');
    expect(answerTo('is hollis grange a democrat or a republican')).toBe('Republican');
  });

  it('reads the state and the party of a title run into the name', () => {
    expect(answerTo('tessa morrow is a senator from where')).toBe('Virginia');
    expect(answerTo('what state is hatch governor of')).toBe('Indiana');
    expect(answerTo('what party is lyle hatch')).toBe('Republican');
  });

  it('reads the state after "of", and a tag set off by commas', () => {
    expect(answerTo('nate quill is gov of which state')).toBe('Arizona');
    expect(answerTo('what state is wendell pryce from')).toBe('Kentucky');
  });

  it('cites the passage that writes the tag', () => {
    const a = ask(index(), 'what state does penhallow represent');
    expect(a.results[0]?.passage.text).toContain('(R-Texas)');
  });
});

describe("a town's state", () => {
  it('is the state after its comma, written out in full', () => {
    expect(answerTo('what state is selma in')).toBe('Alabama');
  });

  it('reads abbreviated and postal forms of a state by WordNet and the lexicon', () => {
    expect(stateOfForm('N.Y.')).toBe('New York');
    expect(stateOfForm('Fla.')).toBe('Florida');
    expect(stateOfForm('VT')).toBe('Vermont');
    expect(stateOfForm('Ariz.')).toBe('Arizona');
    expect(stateOfForm('Farm')).toBe(null);
  });
});

describe('a question about something else', () => {
  it('is not answered from the tag', () => {
    expect(answerTo('what party was penhallows dad')).not.toBe('Republican');
    expect(answerTo('which state did penhallow visit on saturday')).not.toBe('Texas');
  });
});
