import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. A tenants' union writes to the mayor; the story quotes the letter two
// paragraphs on, crediting it to "the letter", and no quotation to the union by name.
const rents = article(
  'rents',
  'The Harbor Tenants Union and nine other groups wrote to the city on Monday.\n\nThe groups met at the library last week.\n\n"Rents on the east side have doubled in two years," the letter says.\n\n"We are reviewing every proposal," Mayor Ana Ruiz said.\n\nCouncillor Jo Kim backed the letter.\n\n"Our rents went up too," Kim said.\n',
);
const ruiz = { ...person('Ana Ruiz', ['Ruiz']), articles: ['rents'] };
const kim = { ...person('Jo Kim', ['Kim']), articles: ['rents'] };

// A senator the story names, then quotes through a description the extractor tied to no name and
// wrote without its article ("…, the veteran senator and Democratic presidential candidate told
// reporters").
const pier = article(
  'pier',
  'Senator Dana Holt toured the old pier on Friday.\n\nThe pier closed in March.\n\n"The pier repairs cannot wait another winter," the veteran senator and Democratic presidential candidate told reporters.\n\n"We will pay for it," Holt campaign manager Lee Park said.\n',
);
const holt = { ...person('Dana Holt', ['Holt']), articles: ['pier'] };
const described = (q: ReturnType<typeof quoteIn>, id: string) => ({ ...q, speakerId: `group:${id}` });

const index = indexOf(
  [rents, pier],
  [
    quoteIn(rents, 'Rents on the east side have doubled in two years', 'the letter', 0),
    quoteIn(rents, 'We are reviewing every proposal', 'Ana Ruiz', 1),
    quoteIn(rents, 'Our rents went up too', 'Jo Kim', 2),
    quoteIn(pier, 'We will pay for it', 'Dana Holt', 0),
    described(quoteIn(pier, 'The pier repairs cannot wait another winter', 'Democratic presidential candidate', 1), 'pier:e2'),
  ],
  [ruiz, kim, holt],
);

describe('/quote with a speaker: quotations credited to what they issued or to a description without its article', () => {
  it('credits a letter to the group the story names as writing it a paragraph or two before', () => {
    const texts = quote(index, 'rents doubling on the east side', 'Harbor Tenants Union').results.map((r) => r.text);
    expect(texts).toContain('Rents on the east side have doubled in two years');
  });

  it('does not credit the letter to one the story names only after it', () => {
    const texts = quote(index, 'rents doubling on the east side', 'Kim').results.map((r) => r.text);
    expect(texts).not.toContain('Rents on the east side have doubled in two years');
  });

  it('reads "Democratic presidential candidate", credited to no name, as a description of the senator the story names', () => {
    const texts = quote(index, 'pier repairs', 'Holt').results.map((r) => r.text);
    expect(texts).toContain('The pier repairs cannot wait another winter');
  });
});
