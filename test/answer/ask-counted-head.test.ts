/**
 * Issue 13, recall: "how many X Y Zs" counts the Zs. The noun a number must count is the head of
 * the words after "how many", not the name or noun before it that says which kind ("guild members",
 * "phone bank offices", "of Varga's meetings").
 */
import { describe, expect, it } from 'vitest';
import { analyseQuestion } from '../../src/answer/question.js';
import { factsOf } from '../../src/answer/match.js';
import { statesCountedKind } from '../../src/answer/ask/slot.js';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'guild.txt': ` date 2024-03-12

Weavers guild backs Varga for Brackwell mayor

The Tamsin Weavers Guild said close to 4,300 members have volunteered for council member Ines Varga since its endorsement in January.

In Lanford, the guild's local chapter is opening seven offices for phone banking ahead of the April vote.

Of the 52 meetings Varga held last month, 18 were with guild officers, her calendar shows.

The Lanford Institute surveyed 610 likely Tamsin primary voters and 1,040 registered voters across the county in March.

A grain truck struck two Lanford police officers at the parade on Saturday, the sheriff said.
`,
  'grants.txt': ` date 2024-04-02

Brackwell arts grants under review

Auditors found that 14 of the 60 grants Mayor Ines Varga approved went to guild workshops.

Hackers released 9,000 Tamsin party emails in May, the party said.

Varga released her 2019 state tax return and two earlier returns on Monday.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask: the counted noun is the head of the words after "how many" (issue 13)', () => {
  it('reads the plural after a name or a modifier as what is counted', () => {
    expect(analyseQuestion('how many guild members volunteered for varga').counted).toBe('member');
    expect(analyseQuestion('how many phone bank offices is the chapter opening').counted).toBe('office');
    expect(analyseQuestion('how many of vargas meetings were with guild officers').counted).toBe('meeting');
  });

  it('keeps the noun right after "how many" when it is the plural, and stops at a name after it', () => {
    expect(analyseQuestion('how many delegates does ruiz have').counted).toBe('delegate');
    expect(analyseQuestion('how many votes clinton got in ohio').counted).toBe('vote');
  });

  it('binds a number to the plural its words run into, past the modifiers the extractor stops at', () => {
    expect(askedValue(index(), 'how many likely tamsin primary voters did the lanford institute survey')).toBe(610);
    expect(askedValue(index(), 'how many primary voters did the lanford institute survey')).toBe(610);
  });

  it('still takes a number bound only to the noun before the head, as the words of the question name it', () => {
    expect(askedValue(index(), 'how many lanford cops did the grain truck strike')).toBe(2);
  });

  it('gives the part, not the whole, for "how many of" a counted whole', () => {
    expect(askedValue(index(), 'how many of vargas grants went to guild workshops')).toBe(14);
  });

  it('does not count one kind for another the question names before the noun', () => {
    expect(askedValue(index(), 'how many tamsin party emails did hackers release')).toBe(9000);
    expect(askedValue(index(), 'how many lanford party emails did hackers release')).toBeNull();
    const record = factsOf(index(), 'grants').find((r) => r.statement.includes('9,000'));
    const count = record?.values.find((v) => v.normalized === 9000);
    if (!record || !count) throw new Error('no record of the emails');
    expect(statesCountedKind(analyseQuestion('how many lanford party emails did hackers release'), record, count)).toBe(false);
    expect(statesCountedKind(analyseQuestion('how many tamsin party emails did hackers release'), record, count)).toBe(true);
  });

  it('takes no year for a count, though the words after it hold the counted noun ("her 2019 state tax return")', () => {
    expect(askedValue(index(), 'how many state tax returns did varga release')).not.toBe(2019);
  });

  it('answers with the number bound to the head noun', () => {
    expect(askedValue(index(), 'how many guild members have volunteered for varga')).toBe(4300);
    expect(askedValue(index(), 'how many phone bank offices is the guild chapter opening in lanford')).toBe(7);
  });
});
