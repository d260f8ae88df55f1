/** Issue 4: /ask on small invented articles — focus phrases, acting subjects, counts beside lists, cast names. */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'c1.txt': ` date 2022-03-09

Governor signs curfew order for Tarnby

Chief executive Ola Brandt said the port lost trade as curfew talks dragged on.

Governor Lisbet Vane on Tuesday signed a curfew order to close bars at 10 p.m. in Tarnby for 14 days.

About 60 police officers from Tarnby, Welmouth and Scarra will patrol the streets, Vane, 57, said.

"We have no choice," Vane said.
`,
  'c2.txt': ` date 2022-03-10

Bar owners in Tarnby push back

Bar owners said last week's curfew order was a blow. Union head Odile Marchetti, 44, said 30 percent of bars may close.

"This will empty the town," Marchetti said.
`,
};

const index = useIndexOver(ARTICLES);

describe('/ask generalises (issue 4)', () => {
  it('answers "what does the X order do" from the sentence where the order acts', () => {
    const a = ask(index(), 'what does the curfew order do');
    expect(a.found).toBe(true);
    expect(a.results[0].passage.text).toContain('order to close bars');
  });

  it('counts the noun a number counts, not the list beside it', () => {
    expect(ask(index(), 'how many police officers will patrol').results[0]?.values?.[0]?.normalized).toBe(60);
  });

  it('reads unknown places after "from" as a list', () => {
    const a = ask(index(), 'where are the police officers from');
    expect(a.results[0]?.values?.[0]?.items?.map((i) => i.normalized)).toEqual(['Tarnby', 'Welmouth', 'Scarra']);
  });

  it('answers "how long" from a span and "how old is the union head" from a cast name compromise does not know', () => {
    expect(ask(index(), 'how long will the curfew last').results[0]?.values?.[0]?.normalized).toBe('14 days');
    expect(ask(index(), 'how old is the union head').results[0]?.values?.[0]?.normalized).toBe(44);
  });

  it('stays silent on near-misses', () => {
    expect(ask(index(), 'how much did the curfew cost').found).toBe(false);
    expect(ask(index(), 'how old is the bar owner').found).toBe(false);
  });
});
