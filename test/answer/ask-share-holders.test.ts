/**
 * Issue 13, percents: a poll sentence gives several shares at once, each to its own candidate or
 * group. The share /ask answers with is the one whose own clause holds whom the question asks
 * about, and never the share of the other side of a matchup the question names ("against",
 * "vs", "over").
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { analyseQuestion } from '../../src/answer/question.js';
import { nearest } from '../../src/answer/ask/slot.js';
import type { FactRecord, TypedValue } from '../../src/model/records.js';
import { factOver, recordOver, valueIn } from '../helpers/records.js';
import { useIndexOver } from '../helpers/indexed.js';

const value = (r: FactRecord, text: string): TypedValue => {
  const v = r.values.find((x) => x.text === text);
  if (!v) throw new Error(`no value ${text}`);
  return v;
};

describe('the share a clause gives its candidate', () => {
  it('goes to the candidate named after it in its own clause', () => {
    const text = 'Among likely voters, 46 percent would choose Varga and 43 percent would back Okafor, while 5 percent prefer Brandt.';
    const r = factOver(text, 'percent', ['46 percent', '43 percent', '5 percent']);
    const q = analyseQuestion('what % does Varga get with likely voters');
    expect(nearest(q, r, value(r, '46 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '43 percent'))).toBe(0);
  });

  it('goes to the candidate of its own conjunct, not to a nearer name across "and"', () => {
    const text = 'Ostrowski is up from 31 percent in May and Delacroix is down from 52 percent.';
    const r = factOver(text, 'percent', ['31 percent', '52 percent']);
    const q = analyseQuestion('what was Delacroix polling in may');
    expect(nearest(q, r, value(r, '52 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '31 percent'))).toBe(0);
  });

  it('goes to each name of a gapped list', () => {
    const text = 'In a three-way race, Varga earned 41 percent, Okafor 35 percent and Lena Brandt 12 percent.';
    const r = factOver(text, 'percent', ['41 percent', '35 percent', '12 percent']);
    const q = analyseQuestion('what did Lena Brandt get in the three way race');
    expect(nearest(q, r, value(r, '12 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '41 percent'))).toBe(0);
  });

  it('is the vote, not the turnout the next figure modifies', () => {
    const text = 'Voters backed the harbor levy, which won 61.5 percent of the vote (48 percent turnout).';
    const r = factOver(text, 'percent', ['61.5 percent', '48 percent']);
    const q = analyseQuestion('what percent voted for the harbor levy');
    expect(nearest(q, r, value(r, '61.5 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '48 percent'))).toBe(0);
  });
});

describe('the clause of a share', () => {
  it('runs past the dot of a title', () => {
    const text =
      'In 2022, 41 percent of the money to Mr. Okafor was from donors who gave $200 or less, and this year 57 percent of the giving to Ms. Varga came from small donors.';
    const r = factOver(text, 'percent', ['41 percent', '57 percent']);
    const q = analyseQuestion("what share of Okafor's 2022 money came from people giving $200 or less");
    expect(nearest(q, r, value(r, '41 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '57 percent'))).toBe(0);
  });

  it('holds the words before a share set alone in brackets', () => {
    const text = 'Most council statements (61%) were rated false, compared to only 22% of mayoral statements.';
    const r = factOver(text, 'percent', ['61%', '22%']);
    const q = analyseQuestion('what percent of council statements were rated false');
    expect(nearest(q, r, value(r, '61%'))).toBe(1);
    expect(nearest(q, r, value(r, '22%'))).toBe(0);
  });
});

describe('the other side of a matchup', () => {
  it('is read from "against", "vs" and "over", with a list joined by "and"', () => {
    const opponents = (s: string) =>
      analyseQuestion(s)
        .focus.filter((f) => f.opponent)
        .map((f) => f.term);
    expect(opponents('what does okafor get against varga')).toEqual(['varga']);
    expect(opponents('okafors share vs varga in the poll')).toEqual(['varga']);
    expect(opponents('what % picks varga over okafor')).toEqual(['okafor']);
    expect(opponents('what does brandt get against varga and okafor')).toEqual(['varga', 'okafor']);
    expect(opponents('what % voted against the levy')).toEqual([]);
  });

  it('does not hold the share the question asks for, though the sentence pairs both', () => {
    const text = 'Varga leads Okafor among women, 52 percent to 38 percent.';
    const r = recordOver(text, [
      ...['Varga', 'Okafor'].map((n) => valueIn(text, 'person', n)),
      ...['52 percent', '38 percent'].map((n) => valueIn(text, 'percent', n)),
    ]);
    const q = analyseQuestion('what does okafor get against varga among women');
    expect(nearest(q, r, value(r, '38 percent'))).toBe(1);
    expect(nearest(q, r, value(r, '52 percent'))).toBe(0);
  });
});

const ARTICLES: Record<string, string> = {
  'poll.txt': ` date 2024-05-03

Varga pulls ahead in Brackwell

A survey by the Corwin Institute found that, among likely voters, 46 percent would choose council member Ines Varga and 43 percent would back former judge Paul Okafor, while 6 percent prefer Lena Brandt.

Among women, Varga leads Okafor 52 percent to 38 percent.

Okafor is up from 31 percent in March and Varga is down from 49 percent.
`,
};

const index = useIndexOver(ARTICLES);

const answerValue = (q: string) => {
  const a = ask(index(), q);
  return a.found ? a.results[0]?.values?.[0]?.normalized : null;
};

describe('/ask on a poll story', () => {
  it("answers each candidate's share from the clause that names them", () => {
    expect(answerValue('what % does varga get with likely voters')).toBe(46);
    expect(answerValue('what was varga polling in march')).toBe(49);
  });

  it("answers the asked candidate's share, not the opponent's", () => {
    expect(answerValue('what % does okafor get against varga among women')).toBe(38);
  });
});
