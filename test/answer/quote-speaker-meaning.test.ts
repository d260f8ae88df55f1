import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: the harbour warden, quoted on the harbour in four stories. The word
// "harbour" ties them on a topic about its pollution; only one says what the topic means, in
// words no relation of "contamination" or "toxic" reaches, and it comes last in the coverage.
const said: Array<[id: string, words: string]> = [
  ['cafe', 'The harbour cafe opens at nine every morning'],
  ['master', 'The harbour master retires in June after thirty years'],
  ['choir', 'The school choir sang carols at the harbour on Sunday'],
  ['slicks', 'The harbour water is thick with oil slicks and floating plastic'],
];
const stories = said.map(([id, words]) => article(id, `The warden spoke to the Ashford Gazette this week.\n\n"${words}," said Ruth Okonjo.\n`));
const index = indexOf(
  stories,
  said.map(([, words], i) => quoteIn(stories[i], words, 'Ruth Okonjo', 0)),
  [person('Ruth Okonjo', ['Okonjo'])],
);

const texts = (topic: string): string[] => quote(index, topic, 'Okonjo').results.map((r) => r.text);

describe('/quote by a named speaker ranks their quotations by what each means as a whole', () => {
  it("puts first, of the speaker's quotations the topic's words tie, the one that says what it means", () => {
    expect(texts('harbour contamination')[0]).toBe('The harbour water is thick with oil slicks and floating plastic');
    expect(texts('toxic harbour')[0]).toBe('The harbour water is thick with oil slicks and floating plastic');
  });

  it("still lists the others the topic's words found, after it", () => {
    expect(texts('harbour contamination')).toHaveLength(4);
  });
});
