import { describe, expect, it } from 'vitest';
import { whosaid, quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

const harbour = article(
  'harbour',
  '"We will rebuild the harbour before winter, whatever it costs," Mayor Ana Ruiz said on Tuesday.\n\n"The fishing fleet cannot wait another season," said Tomas Berg, who chairs the port board.\n',
  '2024-03-05',
);
const ledger = article('ledger', 'The mayor repeated her pledge. "We will rebuild the harbour before winter, whatever it costs," Ruiz said.\n');
const schools = article('schools', '"Every classroom needs a working heater by October," the superintendent, Lena Okafor, told parents.\n');

const ruiz = person('Ana Ruiz', ['Ruiz', 'Mayor Ana Ruiz']);
const berg = person('Tomas Berg', ['Berg']);
const okafor = person('Lena Okafor', ['Okafor']);
const quotes = [
  quoteIn(harbour, 'We will rebuild the harbour before winter, whatever it costs', 'Ana Ruiz', 0),
  quoteIn(harbour, 'The fishing fleet cannot wait another season', 'Tomas Berg', 1),
  quoteIn(ledger, 'We will rebuild the harbour before winter, whatever it costs', 'Ana Ruiz', 0),
  quoteIn(schools, 'Every classroom needs a working heater by October', 'Lena Okafor', 0),
];
const index = indexOf([harbour, ledger, schools], quotes, [ruiz, berg, okafor]);

describe('whosaid', () => {
  it('names the speaker of an exact fragment and cites the passage', () => {
    const a = whosaid(index, 'fishing fleet cannot wait');
    expect(a.found).toBe(true);
    expect(a.answer).toBe('Tomas Berg');
    expect(a.results[0]).toMatchObject({ kind: 'quote', speaker: 'Tomas Berg', cue: 'said', source: { id: 'harbour', date: '2024-03-05' } });
    expect(harbour.text.slice(a.results[0].passage.start, a.results[0].passage.end)).toBe(a.results[0].passage.text);
  });

  it('tolerates a typo in the fragment', () => {
    expect(whosaid(index, 'every clasroom needs a working heatr').answer).toBe('Lena Okafor');
  });

  it('folds one quotation carried by two articles into one result listing both', () => {
    const a = whosaid(index, 'rebuild the harbour before winter');
    expect(a.results).toHaveLength(1);
    expect([a.results[0].source.id, ...a.results[0].alsoIn].sort()).toEqual(['harbour', 'ledger']);
  });

  it('marks the matched words in the passage', () => {
    const r = whosaid(index, 'working heater').results[0];
    const marked = (r.highlights ?? []).map((h) => r.passage.text.slice(h.start, h.end).toLowerCase());
    expect(marked).toEqual(['working heater']);
  });

  it('says nothing was found for words nobody said, instead of the least-bad match', () => {
    const a = whosaid(index, 'read my lips no new taxes');
    expect(a.found).toBe(false);
    expect(a.results).toEqual([]);
    expect(a.message).toMatch(/No quotation/);
  });

  it('rejects an empty query with a message', () => {
    expect(whosaid(index, '   ')).toMatchObject({ found: false, message: expect.stringMatching(/Please type/) });
  });
});

describe('quote', () => {
  it('finds quotations on a topic', () => {
    const a = quote(index, 'classroom heater');
    expect(a.found).toBe(true);
    expect(a.results[0].speaker).toBe('Lena Okafor');
  });

  it('limits quotations to one speaker, found by surname', () => {
    const a = quote(index, 'fishing fleet', 'Berg');
    expect(a.results.map((r) => r.speaker)).toEqual(['Tomas Berg']);
  });

  it('finds nothing when that speaker never spoke about the topic', () => {
    expect(quote(index, 'harbour', 'Berg').found).toBe(false);
  });

  it('lists every quotation of a speaker when no topic is given', () => {
    const a = quote(index, '', 'Ana Ruiz');
    expect(a.found).toBe(true);
    expect(a.results.map((r) => r.speaker)).toEqual(['Ana Ruiz']);
  });

  it('says when the speaker is unknown', () => {
    const a = quote(index, 'harbour', 'Zed Quillfeather');
    expect(a).toMatchObject({ found: false, message: expect.stringMatching(/No speaker/) });
  });

  it('says when nobody spoke about the topic', () => {
    expect(quote(index, 'volcano eruption').found).toBe(false);
  });
});

describe('quote by a name several quoted people hold', () => {
  const park = article(
    'park',
    '"The library stays open late on Fridays," said librarian Jo Park.\n\n"The library needs a new roof before the snow," said council member Lee Min Park.\n',
  );
  const jo = person('Jo Park', ['Park']);
  const lee = person('Lee Min Park', []);
  const parks = indexOf(
    [park],
    [quoteIn(park, 'The library stays open late on Fridays', 'Jo Park', 0), quoteIn(park, 'The library needs a new roof before the snow', 'Lee Min Park', 1)],
    [jo, lee],
  );

  it('searches everyone whose name holds the name typed, however closely each matches it', () => {
    const a = quote(parks, 'roof repairs', 'Park');
    expect(a.results.map((r) => r.speaker)).toEqual(['Lee Min Park']);
    expect(quote(parks, 'library', 'Park').answer).toBe('2 quotations by Jo Park or Lee Min Park');
  });

  it('keeps to one person when the full name is typed', () => {
    expect(quote(parks, 'library', 'Jo Park').answer).toBe('1 quotation by Jo Park');
  });
});

describe('highlights', () => {
  it('marks the whole fragment as one span when the passage carries it verbatim', async () => {
    const { wordHighlights } = await import('../../src/answer/cite.js');
    const passage = 'She said: "Every classroom needs a working heater by October."';
    const [h] = wordHighlights(passage, 'needs a working, heater');
    expect(passage.slice(h.start, h.end)).toBe('needs a working heater');
  });

  it('matches a straight apostrophe in the query to a curly one in the passage', async () => {
    const { wordHighlights } = await import('../../src/answer/cite.js');
    const passage = 'He said: “We don’t wait for October.”';
    const [h] = wordHighlights(passage, "don't wait");
    expect(passage.slice(h.start, h.end)).toBe('don’t wait');
  });

  it('marks single words when the fragment is not verbatim in the passage', async () => {
    const { wordHighlights } = await import('../../src/answer/cite.js');
    const passage = 'Every classroom needs a working heater by October.';
    expect(wordHighlights(passage, 'heater classroom').map((h) => passage.slice(h.start, h.end))).toEqual(['classroom', 'heater']);
  });
});

describe('speaker suggestions', () => {
  it('offers only people the coverage quotes, most quoted first when nothing is typed', async () => {
    const { quotedSpeakers } = await import('../../src/answer/speakers.js');
    const mentioned = person('Quentin Ruizhang');
    const idx = indexOf([harbour, ledger, schools], quotes, [ruiz, berg, okafor, mentioned]);
    expect(quotedSpeakers(idx, '', 25).map((h) => h.record.name)).toEqual(['Ana Ruiz', 'Tomas Berg', 'Lena Okafor']);
    expect(quotedSpeakers(idx, 'Ruiz', 25).map((h) => h.record.name)).toEqual(['Ana Ruiz']);
  });
});

describe('did-you-mean suggestions', () => {
  it('name one quotation once even when several articles carry it', async () => {
    const { suggestQuotes } = await import('../../src/answer/quotes.js');
    expect(suggestQuotes(index, 'harbour winter')).toEqual(['We will rebuild the harbour before winter, whatever it costs']);
  });
});
