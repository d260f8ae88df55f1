/** Issue 13: an /ask answer fills the slot the question asks about, or /ask says it does not know. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { withoutTitle } from '../../src/answer/ask/slot.js';
import { restatesQuestion } from '../../src/answer/ask/restates.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'harbor.txt': ` date 2024-05-02

Storm closes Kestrel harbor

Harbor crews worked through the night as the storm pushed water over the seawall, said Mayor Dana Whitfield, whose office asked boat owners to stay ashore.

Harbor master Tomas Reyes said 40 boats had broken their moorings.

The repairs will cost $3 million, Reyes said, and the harbor will reopen in June.
`,
  'poll.txt': ` date 2024-05-03

Poll shows a close race for Brackwell mayor

A survey by the Lanford Institute found council member Ines Varga leading former judge Paul Okafor among likely voters, 48 percent to 41 percent.

Varga, 52, was first elected to the council in 2012.
`,
};

const index = useIndexOver(ARTICLES);

const answerValue = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('/ask fills the question slot (issue 13)', () => {
  it('names the person who holds the asked role by title, not another person in the sentence', () => {
    expect(answerValue('who is the harbor master')).toBe('Tomas Reyes');
  });

  it('says not found for a role nobody in the coverage holds, though its words are there', () => {
    expect(ask(index(), 'who is the harbor manager').found).toBe(false);
  });

  it('gives each of two poll figures written "A to B" to the name in the same position', () => {
    expect(answerValue("what's Okafor at in the poll")).toBe(41);
    expect(answerValue('what percent is Varga at')).toBe(48);
  });

  it('reads "what is X at" and "what does X poll" as asking for a share', () => {
    expect(analyseQuestion("what's okafor at in brackwell").wants).toEqual({ types: ['percent'] });
    expect(analyseQuestion('what does varga poll').wants).toEqual({ types: ['percent'] });
  });

  it("never answers with a name made only of the question's own words", () => {
    const place = (name: string) => ({ type: 'place' as const, text: name, start: 0, end: name.length, normalized: name });
    expect(restatesQuestion(analyseQuestion('whats brackwells biggest town'), place('Brackwell'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('whats brackwells biggest town'), place('Lanford'))).toBe(false);
  });

  it('never gives a year as an amount', () => {
    const a = ask(index(), 'how much did varga raise');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).not.toBe(2012);
  });
});

const TAX: Record<string, string> = {
  'tax.txt': ` date 2024-04-15

Who pays Marlow's income tax

The top 10 percent of earners in Marlow County paid 71 percent of the county's income tax last year, according to the county treasurer's annual report.
`,
};

const taxIndex = useIndexOver(TAX);

describe('/ask never answers with a figure the question states itself (issue 13)', () => {
  it('gives the share paid, not the share of earners the question names', () => {
    const a = ask(taxIndex(), 'what share of the income tax did the top 10 percent pay');
    expect(a.found ? a.results[0]?.values?.[0]?.normalized : null).toBe(71);
  });

  it('reads the figure the question states as the question, not as a candidate answer', () => {
    const percent = (n: number) => ({ type: 'percent' as const, text: `${n} percent`, start: 0, end: 9, normalized: n });
    expect(restatesQuestion(analyseQuestion('what share did the top 10 percent pay'), percent(10))).toBe(true);
    expect(restatesQuestion(analyseQuestion('what share did the top 10 percent pay'), percent(71))).toBe(false);
  });

  it('reads a year the question states as the question too, never as the answer', () => {
    const year = (y: string) => ({ type: 'date' as const, text: y, start: 0, end: 4, normalized: y });
    expect(restatesQuestion(analyseQuestion('what was the toll cap set in 2009'), year('2009'))).toBe(true);
    expect(restatesQuestion(analyseQuestion('when was the toll cap set'), year('2009'))).toBe(false);
  });
});

describe('/ask gives names without the titles before them (issue 13)', () => {
  const person = (name: string) => ({ type: 'person' as const, text: name, start: 0, end: name.length, normalized: name });

  it('drops a plural title from each name of a list', () => {
    const list = {
      ...person('Mayor Dana Pike, Senators Ada Lund and Omar Reyes'),
      items: [person('Mayor Dana Pike'), person('Senators Ada Lund'), person('Omar Reyes')],
    };
    expect(withoutTitle(list).items?.map((i) => i.normalized)).toEqual(['Dana Pike', 'Ada Lund', 'Omar Reyes']);
  });

  it('never cuts a name to one word', () => {
    expect(withoutTitle(person('Senators Lund')).normalized).toBe('Senators Lund');
  });
});
