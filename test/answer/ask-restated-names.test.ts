/** Issue 13 (precision): /ask never answers with a name the question itself gives, however the reader wrote it. */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { restatesQuestion, withoutAskedLead, withoutRestatedItems } from '../../src/answer/ask/restates.js';
import { isTitleWord } from '../../src/answer/ask/slot.js';
import type { TypedValue } from '../../src/model/records.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const named = (type: TypedValue['type'], name: string): TypedValue => ({ type, text: name, start: 0, end: name.length, normalized: name });
const place = (name: string) => named('place', name);
const person = (name: string) => named('person', name);

describe('a name the question gives in other words restates it (issue 13)', () => {
  it('reads an ordinal written in figures or in words as the same', () => {
    expect(restatesQuestion(analyseQuestion('which towns are in the 4th ward'), place('Fourth Ward'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('which towns are in the fourth ward'), place('Fourth Ward'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('which towns are in the 4th ward'), place('Fifth Ward'))).toBe(false);
  });

  it('leaves out the words a reader drops from a name ("Congressional", "Las")', () => {
    expect(restatesQuestion(analyseQuestion('which towns are in the 4th district'), place('Fourth Congressional District'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('where was the rally before palmas'), place('Las Palmas'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('where was the rally before palmas'), place('Las Cruces'))).toBe(false);
  });

  it('reads "us" as the United States and a run of initials as the name they begin', () => {
    expect(restatesQuestion(analyseQuestion('where did gen oduya lead us troops'), place('United States'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('where did gen oduya lead us troops'), place('Mali'))).toBe(false);
    expect(restatesQuestion(analyseQuestion('where did zinc settle on the lomex'), place('London Metal Exchange'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('where did zinc settle on the lomex'), place('London'))).toBe(false);
  });

  it('reads a place as the question names it, without the state a comma adds', () => {
    expect(restatesQuestion(analyseQuestion('where in port arden did the fire start'), place('Port Arden, Oregon'))).toBe(true);
  });

  it('reads a name that is only the noun asked for as the question ("which super pac" → "PAC")', () => {
    expect(restatesQuestion(analyseQuestion('which super pac backs okafor'), named('organization', 'PAC'))).toBe(true);
  });

  it('keeps the items of a list the question does not name', () => {
    const list = { ...place('Cape Varro, Nova Lusia'), items: [place('Cape Varro'), place('Nova Lusia')] };
    expect(withoutRestatedItems(analyseQuestion('what province is cape varro in'), list)?.normalized).toBe('Nova Lusia');
  });

  it('takes off the question words a name ran into ("Staff Ana Ruiz")', () => {
    const q = analyseQuestion('who was the mayors chief of staff');
    expect(withoutAskedLead(q, person('Staff Ana Ruiz'), isTitleWord).normalized).toBe('Ana Ruiz');
    expect(withoutAskedLead(q, person('Ana Ruiz'), isTitleWord).normalized).toBe('Ana Ruiz');
    expect(withoutAskedLead(analyseQuestion('which presidents did she serve'), person('Presidents Lund'), isTitleWord).normalized).toBe('Lund');
  });
});

const RESTATED: Record<string, string> = {
  'general.txt': ` date 2024-03-02

Retired general backs Okafor

Gen. Kofi Oduya, who led United States troops in Mali before he retired, endorsed Paul Okafor on Friday.
`,
  'district.txt': ` date 2024-03-02

Trade deal splits the river districts

In the case of the Fourth District, which includes Lanford and its shipbuilding and rail industries, as well as the farm towns to the south, the vote is close.
`,
};

const restated = useIndexOver(RESTATED);

describe('/ask does not answer with a name the question gives (issue 13)', () => {
  it('does not answer "us" with the United States', () => {
    expect(askedValue(restated(), 'where did gen oduya lead us troops')).not.toBe('United States');
  });

  it('does not answer "the 4th district" with the Fourth District', () => {
    expect(askedValue(restated(), 'which city in the 4th district has the shipbuilding industry')).not.toBe('Fourth District');
  });
});

const church = useIndexOver({
  'volunteers.txt': ` date 2024-03-02

Volunteers flock to the Brackwell campaign

In Brackwell, Pastor Ada Lund of Birchwood Street Methodist Church plans to keep recruiting volunteers for the campaign.

Elsewhere, churchgoers at Lanford Bible Church were less sure.
`,
});

describe('a name is judged as the answer shows it (issue 13)', () => {
  it('keeps "Church", read inside the church\'s whole name, as the answer to "which church"', () => {
    expect(askedValue(church(), 'which church is pastor ada lund at')).toBe('Birchwood Street Methodist Church');
  });
});
