/**
 * Issue 13: "what did X say about Y" is answered only by a passage X speaks in. News names a speaker
 * once and then writes "she said", "he added": the extractor credits those quotations to the one
 * named before, and a passage holding a quotation credited to X is X's, whatever word it uses for X.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'seawall.txt': ` date 2024-06-05

Brindle mayor presses council on seawall

Mayor Ada Okafor toured the harbour with engineers on Tuesday. “We have waited long enough,” Okafor said.

She said the seawall, built in 1962, was “crumbling faster than anyone admits” and asked the council for $4 million to rebuild it.

The council will vote on the request in July, officials said.
`,
  'ferry.txt': ` date 2024-06-06

Brindle ferry timetable to change

Tom Reyes, the harbour master, said the ferry timetable would change in May. “We will add two morning sailings,” Reyes said.

His sister, Maria Reyes, runs the cafe on the quay. She said the ferry fares, raised to $12 in March, were “driving the day visitors away from the quay” and hurting trade.
`,
  'depot.txt': ` date 2024-06-07

Tram depot plan draws fire

Councillor Ines Varga spoke against the tram depot plan at Monday's meeting. “Nobody asked the people of Eastgate,” Varga said.

As for Mayor Lee’s mangling of “Westgate,” Varga found comic relief in it at the depot launch in March.
`,
};

const index = useIndexOver(ARTICLES);

describe('what someone said, from a passage that calls them "she"', () => {
  it('gives the passage whose quotation the article credits to the person asked about', () => {
    const a = ask(index(), 'what did okafor say about the seawall');
    expect(a.found ? a.results[0]?.passage.text : '').toContain('crumbling faster');
  });

  it('tells apart two people of one surname when the question names one in full', () => {
    const a = ask(index(), 'what did maria reyes say about the ferry fares');
    expect(a.found ? a.results[0]?.passage.text : '').toContain('driving the day visitors away');
  });

  it('does not give the words of one of two people sharing the surname the question gives alone', () => {
    const a = ask(index(), 'what did reyes say about the ferry fares');
    expect(a.found ? a.results[0]?.passage.text : '').not.toContain('driving the day visitors away');
  });

  it('does not take one word in quotation marks for the words of the one the passage names', () => {
    const a = ask(index(), 'what did varga say about the depot launch');
    expect(a.found ? a.results[0]?.passage.text : '').not.toContain('comic relief');
  });
});
