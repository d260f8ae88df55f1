/**
 * Issue 13, precision: the one an article is about is named in sentence after sentence, so a
 * sentence carrying a question's words names them whether or not they fill its slot. Such a name
 * answers only when the question's type noun, its verb or every one of its words is bound to it;
 * otherwise neither it nor the passage around it is asserted (invented text).
 */
import { describe, expect, it } from 'vitest';
import { useIndexOver, askedValue } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'quill.txt': ` date 2024-10-03

Quill tours the coast as the race tightens

Governor Mara Quill spent Tuesday touring the fishing towns of the Orrin coast.

Governor Mara Quill vetoed the harbour levy in June.

Quill told dock workers in Saltmere that the levy would have cost them jobs.

The poll by the Corvel Institute showed Mara Quill trailing Hale Brannock among older voters, 44 percent to 46 percent.

Quill has raised more money than any rival this year.

Aides to Quill say the campaign will add two offices in the north.

Quill is expected to debate her rival twice in October.

Critics of Quill point to the stalled bridge project in Kettle Bay.

Quill will end the tour in Saltmere on Friday.

Ferry owners flew to Saltmere in May to meet with Mara Quill about fuel prices.

A spokesman for Quill declined to comment on the bridge.
`,
};

const index = useIndexOver(ARTICLES);
const answer = (q: string) => askedValue(index(), q);

describe('a name its article gives in sentence after sentence', () => {
  it('does not answer a question only its sentence shares words with', () => {
    expect(answer('who did the poll of older voters')).toBeNull();
  });

  it('answers a question whose type noun it holds', () => {
    expect(answer('who is the governor')).toBe('Mara Quill');
  });

  it("answers a question whose verb is bound to it, the question's other words aside", () => {
    expect(answer('who vetoed the harbour levy in the end')).toBe('Mara Quill');
  });

  it("answers a question about its verb's object when it stands right after that verb", () => {
    expect(answer('who did ferry owners meet in may')).toBe('Mara Quill');
  });

  it('answers a question whose words are all bound to it', () => {
    expect(answer('who vetoed the harbour levy')).toBe('Mara Quill');
  });
});
