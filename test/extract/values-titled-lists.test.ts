import { describe, expect, it } from 'vitest';
import type { TypedValue } from '../../src/model/records.js';
import { factValues } from './facts-helpers.js';

/** The items of the list values of one kind in `text`. */
function lists(text: string, type: TypedValue['type']): string[][] {
  return factValues(text)
    .filter((v) => v.type === type && v.items && v.items.length > 1)
    .map((v) => (v.items ?? []).map((i) => String(i.normalized)));
}

describe('extractFacts: lists whose items carry their own title, party or affiliation', () => {
  it('keeps a name whose title stands between it and the one before apart ("which senator" asks for one)', () => {
    expect(lists('The governor praised Jo Lindqvist and Sen. Pat Orrin for the deal.', 'person')).toEqual([]);
    expect(lists('The speech was cribbed from one given by Ada Morrow, Mr. Orrin said on Monday.', 'person')).toEqual([]);
  });

  it('reads names each with a party in parentheses after it as one list', () => {
    expect(lists('The holdouts were Sens. Ada Morrow (D-Vt.), Bo Kessler (R-Ore.) and Cal Dunning (D-Mont.).', 'person')).toEqual([
      ['Ada Morrow', 'Bo Kessler', 'Cal Dunning'],
    ]);
    expect(lists('The critics were Bob Haller (R-Wis.), Sen. Ann Tolliver (R-Ariz.), and Gov. Ray Burkett.', 'person')).toEqual([
      ['Bob Haller', 'Ann Tolliver', 'Ray Burkett'],
    ]);
  });

  it('reads names each with its state after it as one list, the states staying places', () => {
    const values = factValues('Sens. Dina Reyes of Georgia and Lou Brandt of Arkansas spoke on Tuesday.');
    expect(lists('Sens. Dina Reyes of Georgia and Lou Brandt of Arkansas spoke on Tuesday.', 'person')).toEqual([['Dina Reyes', 'Lou Brandt']]);
    expect(values.filter((v) => v.type === 'place').map((v) => v.normalized)).toEqual(['Georgia', 'Arkansas']);
  });

  it('reads organisations each after "the" as one list when "and" or "or" closes it', () => {
    expect(lists('He pitched for the Houston Astros, the Boston Red Sox and the Arizona Diamondbacks.', 'organization')).toEqual([
      ['Houston Astros', 'Boston Red Sox', 'Arizona Diamondbacks'],
    ]);
    expect(lists('Analysts at Goldman Sachs, the Morgan Stanley rival, cut their forecast.', 'organization')).toEqual([]);
  });

  it('keeps names apart when an apposition or a clause stands between them', () => {
    expect(lists('Bob Haller, a lawyer, and Ann Tolliver spoke to the board.', 'person')).toEqual([]);
    expect(lists('Bob Haller, who chairs the board, and Ann Tolliver spoke.', 'person')).toEqual([]);
  });
});
