/**
 * Recall: a question that asks for a date by its unit ("what year", "which month", "what day") is
 * answered below the threshold by a date written in that unit that the sentence's grammar binds to
 * the asked event ("the ferry in 1987"), though the sentence says little else of the question
 * (src/answer/ask/asked-unit.ts). Not when two values tie at the top, when the date is paired with
 * another ("in 1987 and 1994": either answers), when a person the question does not name owns it
 * ("Varga's 1987 ferry plan"), when another verb takes the date from the asked word ("the bridge
 * collapsed in 1979" for when it opened) or when it is written in another unit. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { decidedWith } from '../helpers/decided.js';
import { useIndexOver } from '../helpers/indexed.js';

const index = useIndexOver({
  'pell-ferry.txt': ` date 2024-04-09

Pell Island looks back

Longtime residents still talk about the ferry in 1987, before the county ended every crossing.

The island now has a bridge.
`,
  'orland-tram.txt': ` date 2024-04-11

Orland tram history

Old timers remember the tram in 1952 and 1961, when floods closed the valley line.

Some 40 drivers lost work when the Orland tram stopped running.
`,
  'corvel-canal.txt': ` date 2024-05-02

Corvel canal memories

Historians point to Ines Varga's 1978 canal plan, which the town council shelved.

The mayor has asked 12 engineers to draw up a new Corvel route.
`,
  'brandt-mill.txt': ` date 2024-05-09

Brandt mill

Neighbours recall the mill in March 1990, after the owners left town.

About 300 workers lost their jobs when the Brandt mill closed.
`,
  'keld-bridge.txt': ` date 2024-06-01

Keld bridge

Engineers say the bridge collapsed in 1979, years after the county first painted it.

About 9,000 cars a day used the Keld bridge after it opened to traffic.
`,
});

/** A probability below the threshold and below what a value standing alone or a bound date needs. */
const LOW_P = 0.3;

const decidedAt = (question: string, p: number, lead?: number): string => decidedWith(index(), question, p, lead);

describe('a date asked by its unit, below the threshold', () => {
  it('is asserted when written in the unit asked and bound to the asked event', () => {
    expect(decidedAt('what year did the pell island ferry stop making its daily runs', LOW_P)).toBe('1987');
  });

  it('is not asserted when another value ties with it at the top', () => {
    expect(decidedAt('what year did the pell island ferry stop making its daily runs', LOW_P, 0)).toBe('none');
  });

  it('is not asserted when it is paired with another date', () => {
    expect(decidedAt('what year did the orland tram stop running', LOW_P)).toBe('none');
  });

  it('is not asserted when a person the question does not name owns it', () => {
    expect(decidedAt('what year did the mayor draw up the corvel canal plan', LOW_P)).toBe('none');
  });

  it('is asserted when the person who owns it is the one asked about', () => {
    expect(decidedAt('what year did varga draw up the corvel canal plan', LOW_P)).toBe('1978');
  });

  it('is not asserted when written in another unit than the one asked', () => {
    expect(decidedAt('what year did the brandt mill close', LOW_P)).toBe('none');
  });

  it('is not asserted when another verb stands between the asked word and the date', () => {
    expect(decidedAt('what year did the keld bridge open to traffic', LOW_P)).toBe('none');
  });

  it('is asserted when written in the month asked', () => {
    expect(decidedAt('which month did the brandt mill close', LOW_P)).toBe('1990-03');
  });
});
