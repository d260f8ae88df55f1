import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { rankByArticle, type Ranked } from '../../src/answer/topics-article.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Two invented stories whose quotations share a word with the topic; only one story is about it.
const museum = article(
  'museum',
  'The town museum reopened on Saturday after a year of repairs.\n\n"Farmers came from all over the county," said curator Jo Fay.\n',
);
const ethanol = article(
  'ethanol',
  'Ethanol subsidies have barely come up on the campaign trail this year.\n\n"Farmers hardly bring it up the way they used to," said lobbyist Ray Dunn.\n',
);
const index = indexOf(
  [museum, ethanol],
  [quoteIn(museum, 'Farmers came from all over the county', 'Jo Fay', 0), quoteIn(ethanol, 'Farmers hardly bring it up the way they used to', 'Ray Dunn', 0)],
  [person('Jo Fay', ['Fay']), person('Ray Dunn', ['Dunn'])],
);

describe('/quote over every speaker weighs the story a quotation stands in', () => {
  it('ranks the quotation from the story about the topic first when the quotations cover it alike', () => {
    expect(quote(index, 'farmers and ethanol subsidies').results.map((r) => r.text)).toEqual([
      'Farmers hardly bring it up the way they used to',
      'Farmers came from all over the county',
    ]);
  });

  it("keeps each quotation's score the share of the topic it covers", () => {
    const scores = quote(index, 'farmers and ethanol subsidies').results.map((r) => r.score);
    expect(scores[0]).toBe(scores[1]);
  });
});

describe('/quote over every speaker lets the story outweigh a somewhat closer quotation elsewhere', () => {
  it('a quotation covering a quarter less of the topic, in the story about all of it, outranks one in a story about half of it', () => {
    const onTopic: Ranked = { record: index.search.quotes.find((q) => q.articleId === 'ethanol')!, score: 0.45, rank: 0 };
    const elsewhere: Ranked = { record: index.search.quotes.find((q) => q.articleId === 'museum')!, score: 0.6, rank: 0 };
    rankByArticle(index, [elsewhere, onTopic], (words) => (words.includes('ethanol') ? 1 : 0.5));
    expect(onTopic.rank).toBeGreaterThan(elsewhere.rank);
  });
});

// The same two stories, both quotations now by one speaker quoted in each.
const museumFay = article(
  'museum',
  'The town museum reopened on Saturday after a year of repairs.\n\nVisitors lined up early.\n\n"Farmers came from all over the county," Jo Fay said.\n',
);
const ethanolFay = article(
  'ethanol',
  'Ethanol subsidies have barely come up on the campaign trail this year.\n\nCandidates toured the state fair.\n\n"Farmers hardly bring it up the way they used to," Jo Fay said.\n',
);
const oneSpeaker = indexOf(
  [museumFay, ethanolFay],
  [
    quoteIn(museumFay, 'Farmers came from all over the county', 'Jo Fay', 0),
    quoteIn(ethanolFay, 'Farmers hardly bring it up the way they used to', 'Jo Fay', 0),
  ],
  [person('Jo Fay', ['Fay'])],
);

describe('/quote by a named speaker weighs the story a quotation stands in', () => {
  it("ranks the speaker's quotation from the story about the topic first when the quotations cover it alike", () => {
    expect(quote(oneSpeaker, 'farmers and ethanol subsidies', 'Fay').results.map((r) => r.text)).toEqual([
      'Farmers hardly bring it up the way they used to',
      'Farmers came from all over the county',
    ]);
  });
});
