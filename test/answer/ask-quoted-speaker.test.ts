/**
 * Issue 13, "below threshold": "which <role> said <paraphrase>" asks for the speaker of the
 * quotation the question paraphrases. Users paraphrase, so the fact ranker's word coverage of the
 * sentence stayed low and the right person fell below its threshold. The quotation search of
 * /quote reads the paraphrase; the answer is its speaker only when that quotation clearly leads
 * every other speaker's and the article describes the speaker with the question's role words
 * (src/answer/ask/quoted-speaker.ts). A wrong person costs more than "not found".
 */
import { describe, expect, it } from 'vitest';
import { askedValue, useIndexOver } from '../helpers/indexed.js';

const ARTICLES: Record<string, string> = {
  'ferry.txt': ` date 2024-09-10

Buyers circle the Brindle ferry line

The Brindle ferry line has been for sale since the spring, and the bidding has been slow.

“Frankly, hardly anyone out there could sensibly purchase this company,” said Tessa Morrow, an analyst at Harbor Bank.

Councillor Piet Marsh, who chairs the transport committee, was more hopeful. “The ferries will find an owner before winter, I am sure of it,” Marsh said.

Jonah Pell, a spokesman for the ferry workers' union, said the crews wanted answers. “Our members deserve to know who will sign their pay checks,” Pell said.

Marsh has asked Morrow to brief the committee in October.
`,
  'bridge.txt': ` date 2024-09-12

Velland senate splits over the Brindle bridge tolls

“Nobody in this chamber wants the ferry fares raised again,” said Sen. Ida Brandt (R-Velland).

“The tolls will pay for the whole bridge within ten years,” said Omar Quist of the Harbor Policy Institute.

Quist has studied toll bridges along the coast for a decade.

“This bridge is a gift to every trucker on the coast road,” said Rep. Carl Oduya (D-Ore.).
`,
  'mill.txt': ` date 2024-09-14

Kestrel Mills goes on the block

The owners of Kestrel Mills said on Friday that the paper mill is for sale.

Lena Fisk, an analyst at Harbor Bank, expects a quick sale. “Buyers are lining up already,” Fisk said.
`,
};

const index = useIndexOver(ARTICLES);

describe('a person question about what someone said is answered by the speaker of the quotation it paraphrases', () => {
  it('names the speaker the article describes with the question’s role words', () => {
    expect(askedValue(index(), 'which harbor bank analyst said hardly anyone could sensibly buy the company')).toBe('Tessa Morrow');
    expect(askedValue(index(), 'whos the union spokesman who said the members deserve to know who signs their checks')).toBe('Jonah Pell');
  });

  it('never gives a speaker the article does not describe so', () => {
    // Marsh said it, but Marsh is a councillor, not an analyst at the bank.
    expect(askedValue(index(), 'which harbor bank analyst said the ferries will find an owner before winter')).not.toBe('Piet Marsh');
  });

  it('leaves a question asking whom someone spoke to, or about, to the fact sentences', () => {
    expect(askedValue(index(), 'which analyst did marsh ask to brief the committee')).not.toBe('Piet Marsh');
    expect(askedValue(index(), 'which councillor asked morrow about the company purchase')).not.toBe('Tessa Morrow');
  });
});

describe('the article may describe the speaker by whom they work for or represent', () => {
  it('reads what a name is "of" and a lawmaker’s party tag, and an organisation by its initials', () => {
    expect(askedValue(index(), 'which velland republican said no one wants ferry fares to go up again')).toBe('Ida Brandt');
    expect(askedValue(index(), 'who at the harbor policy institute said the tolls would pay for the bridge')).toBe('Omar Quist');
    expect(askedValue(index(), 'who at hpi said the tolls would pay for the bridge')).toBe('Omar Quist');
    expect(askedValue(index(), 'which oregon democrat said the bridge is a present for truckers')).toBe('Carl Oduya');
  });

  it('takes a word that says only "a person" for no description', () => {
    expect(askedValue(index(), 'whos the ferry union guy who said the members deserve to know who signs their checks')).toBe('Jonah Pell');
  });
});

describe('the quotation comes from the articles the question points to', () => {
  it('never answers a question about one story with the speaker of another', () => {
    // Morrow's words fit the paraphrase best, but she spoke about the ferry line, not Kestrel Mills.
    expect(askedValue(index(), 'which analyst said hardly anyone could sensibly buy Kestrel Mills')).not.toBe('Tessa Morrow');
  });
});

describe('a question naming no role is answered only by a quotation that is clearer still', () => {
  it('names the speaker of a quotation the question all but repeats', () => {
    expect(askedValue(index(), 'who said the tolls will pay for the whole bridge within ten years')).toBe('Omar Quist');
  });

  it('leaves "who wrote …" to the credit lines and the fact sentences', () => {
    expect(askedValue(index(), 'who wrote that the tolls will pay for the whole bridge within ten years')).not.toBe('Omar Quist');
  });
});
