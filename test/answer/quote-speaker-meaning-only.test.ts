import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: a lifeboat coxswain quoted in three stories. The topic a reader types
// shares a word with two of her remarks, but the one it means shares no word, nor any WordNet
// relation of one, with it: only what the words mean together ties them.
const said: Array<[id: string, words: string]> = [
  ['crew', 'Our volunteers trained every Tuesday night through the winter'],
  ['gala', 'The raffle at the summer gala paid for new radios'],
  ['swell', 'I have never seen waves that big crash over the pier wall'],
];
const stories = said.map(([id, words]) => article(id, `The coxswain spoke to the Dunmore Courier.\n\n"${words}," said Tamsin Orrell.\n`));
const index = indexOf(
  stories,
  said.map(([, words], i) => quoteIn(stories[i], words, 'Tamsin Orrell', 0)),
  [person('Tamsin Orrell', ['Orrell'])],
);

const texts = (topic: string, speaker?: string): string[] => quote(index, topic, speaker).results.map((r) => r.text);

describe('/quote by a named speaker lists the quotation a topic means when no word of it is shared', () => {
  it("lists on the first page the speaker's remark the topic means, beside those sharing a word with it", () => {
    expect(texts('winter gales lashing the coast', 'Orrell')).toContain('I have never seen waves that big crash over the pier wall');
    expect(texts('a frightening winter tempest', 'Orrell')).toContain('I have never seen waves that big crash over the pier wall');
  });

  it('still lists nothing when no word of the topic finds any of their quotations', () => {
    expect(quote(index, 'weekly practice sessions', 'Orrell').found).toBe(false);
  });

  it('without a speaker named, ranks by what the words find', () => {
    expect(texts('winter gales lashing the coast')).not.toContain('I have never seen waves that big crash over the pier wall');
  });
});
