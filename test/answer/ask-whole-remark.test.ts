/**
 * Issue 13: "what did X say about Y" answered from X's quotation cites the whole remark when the
 * story splits it over several quotations of one paragraph: the words a reader recalls may be in
 * the part after the one carrying the topic's words.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'marina.txt': ` date 2024-06-03

Brindle council splits over marina plan

The council of Brindle met on Tuesday to debate the cost of the harbour ferry and a new marina.

Councillor Piet Marsh mocked the council's silence on the marina. “Has anybody here read the marina proposal?” Marsh asked. “Nobody has, and nobody will until the builders send the bill,” the councillor added.

Dana Okafor, the county treasurer, was unmoved by talk of the clinic. “We cannot run a clinic bus on sentiment,” Okafor said. “Then run it on the ferry,” Marsh replied.

The council will vote on the marina in July, officials said.
`,
};

const index = useIndexOver(ARTICLES);

describe('what someone said, cited as their whole remark', () => {
  it('cites the rest of the remark the paragraph quotes in parts', () => {
    const a = ask(index(), 'what did marsh say about the marina proposal');
    expect(a.found ? a.results[0]?.passage.text : '').toContain('until the builders send the bill');
  });

  it('keeps a reply by someone else named in the same paragraph out of the cited remark', () => {
    const a = ask(index(), 'what did okafor say about the clinic bus');
    const passage = a.found ? a.results[0]?.passage.text : '';
    expect(passage).toContain('clinic bus on sentiment');
    expect(passage).not.toContain('run it on the ferry');
  });
});
