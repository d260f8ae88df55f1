import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: four stories from the harbour town, each quoting someone on the harbour.
// The word "harbour" ties them on a topic about its pollution; only one says what the topic
// means, in words no relation of "contamination" or "toxic" reaches.
const said: Array<[id: string, speaker: string, words: string]> = [
  ['cafe', 'Dev Anand', 'The harbour cafe opens at nine every morning'],
  ['master', 'Lena Voss', 'The harbour master retires in June after thirty years'],
  ['choir', 'Tomas Berg', 'The school choir sang carols at the harbour on Sunday'],
  ['library', 'Piet Lund', 'The new library opens in the spring'],
  ['slicks', 'Ruth Okonjo', 'The harbour water is thick with oil slicks and floating plastic'],
];
const stories = said.map(([id, speaker, words]) => article(id, `Residents spoke to the Ashford Gazette this week.\n\n"${words}," said ${speaker}.\n`));
const index = indexOf(
  stories,
  said.map(([, speaker, words], i) => quoteIn(stories[i], words, speaker, 0)),
  said.map(([, speaker]) => person(speaker, [speaker.split(' ')[1]])),
);

describe('/quote over every speaker ranks quotations by what they mean as a whole', () => {
  it("puts first, of quotations the topic's words tie, the one that says what it means", () => {
    expect(quote(index, 'harbour contamination').results[0].text).toBe('The harbour water is thick with oil slicks and floating plastic');
    expect(quote(index, 'toxic harbour').results[0].text).toBe('The harbour water is thick with oil slicks and floating plastic');
  });

  it("still lists the others the topic's words found, after it", () => {
    expect(quote(index, 'harbour contamination').results.map((r) => r.text)).toContain('The harbour cafe opens at nine every morning');
  });

  it("never adds a quotation none of the topic's words found", () => {
    expect(quote(index, 'harbour contamination').results.map((r) => r.text)).not.toContain('The new library opens in the spring');
  });
});
