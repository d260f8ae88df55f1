import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { readTopic } from '../../src/answer/topic-read.js';
import { scoreQuote } from '../../src/answer/topics.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';
import { nonEmpty } from '../helpers/expect.js';

// Invented local news: each quotation is worded differently from the topic a reader would type.
const tenants = article(
  'tenants',
  'Tenants on Alder Street met on Monday night.\n\n"What landlords charge now has gone up every single year," said Dana Whitlow, a nurse who moved there in 2015.\n',
);
const aide = article(
  'aide',
  'The former aide testified on Thursday.\n\n"I erased every one of those messages before I left the office," Pat Okoro told the committee.\n',
);
const council = article(
  'council',
  'The council debated the new residency rules.\n\n"This town was built by immigrants and it will stay open to them," said Mayor Ines Varga.\n\n"The bridge repairs will finish in May," Varga added.\n',
);
const ferry = article(
  'ferry',
  '"The ferry timetable changes next week," said harbour master Olu Bello.\n\n"Passengers were happy with the new boats," Bello said.\n\n"Passengers were glad to see the old boats go," said deckhand Rui Bello.\n',
);
const treasury = article('treasury', 'Asked about the budget, treasurer Sam Ode was blunt. "The numbers do not add up this year," Ode said.\n');
const school = article('school', '"Every classroom needs a working heater by October," the superintendent, Lena Okafor, told parents.\n');

const whitlow = person('Dana Whitlow', ['Whitlow']);
const okoro = person('Pat Okoro', ['Okoro']);
const varga = person('Ines Varga', ['Varga', 'Mayor Ines Varga']);
const olu = person('Olu Bello', ['Bello']);
const rui = person('Rui Bello', ['Bello']);
const okafor = person('Lena Okafor', ['Okafor']);
const ode = person('Sam Ode', ['Ode']);

const quotes = [
  quoteIn(tenants, 'What landlords charge now has gone up every single year', 'Dana Whitlow', 0),
  quoteIn(aide, 'I erased every one of those messages before I left the office', 'Pat Okoro', 0),
  quoteIn(council, 'This town was built by immigrants and it will stay open to them', 'Ines Varga', 0),
  quoteIn(council, 'The bridge repairs will finish in May', 'Ines Varga', 1),
  quoteIn(ferry, 'The ferry timetable changes next week', 'Olu Bello', 0),
  quoteIn(ferry, 'Passengers were happy with the new boats', 'Olu Bello', 1),
  quoteIn(ferry, 'Passengers were glad to see the old boats go', 'Rui Bello', 2),
  quoteIn(school, 'Every classroom needs a working heater by October', 'Lena Okafor', 0),
  quoteIn(treasury, 'The numbers do not add up this year', 'Sam Ode', 0),
];
const index = indexOf([tenants, aide, council, ferry, school, treasury], quotes, [whitlow, okoro, varga, olu, rui, okafor, ode]);

const top = (topic: string, speaker?: string): string | undefined => quote(index, topic, speaker).results[0]?.text;

describe("/quote finds a quotation from a topic in the user's own words", () => {
  it('"rising rents" finds what landlords charge going up', () => {
    expect(top('rising rents')).toBe('What landlords charge now has gone up every single year');
  });

  it('"deleting messages" finds messages that were erased', () => {
    expect(top('deleting messages')).toBe('I erased every one of those messages before I left the office');
  });

  it('"immigration" finds a quotation about immigrants, as "immigrants" does', () => {
    expect(top('immigration')).toBe('This town was built by immigrants and it will stay open to them');
    expect(top('immigrants')).toBe('This town was built by immigrants and it will stay open to them');
  });

  it("ranks the quotation with the user's own word above one with a synonym", () => {
    const a = quote(index, 'glad passengers');
    expect(a.results.map((r) => r.text).slice(0, 2)).toEqual(['Passengers were glad to see the old boats go', 'Passengers were happy with the new boats']);
    expect(a.results[0].score).toBeGreaterThan(a.results[1].score);
  });

  it('finds a quotation whose passage, not its own words, names the topic, at a lower score', () => {
    const a = quote(index, 'budget');
    expect(a.results.map((r) => r.text)).toEqual(['The numbers do not add up this year']);
    expect(a.results[0].score).toBeLessThan(1);
  });

  it('marks the passage words that stood for the topic', () => {
    const r = quote(index, 'immigration').results[0];
    const marked = (r.highlights ?? []).map((h) => r.passage.text.slice(h.start, h.end));
    expect(marked).toEqual(['immigrants']);
  });
});

describe('/quote keeps exact-word topics first', () => {
  it('ranks each quotation first for three of its own words', () => {
    for (const q of nonEmpty(quotes)) {
      const words = q.text
        .split(/\s+/)
        .filter((w) => w.length > 3)
        .slice(0, 3)
        .join(' ');
      const speaker = q.speaker === 'Rui Bello' || q.speaker === 'Olu Bello' ? q.speaker : undefined;
      expect(top(words, speaker), words).toBe(q.text);
    }
  });
});

describe('/quote finds nothing for nonsense', () => {
  it('words nobody said and no dictionary knows find nothing', () => {
    for (const topic of nonEmpty(['zxqv blorptangle', 'qqqq', 'flurbish wobnitz'])) expect(quote(index, topic).found, topic).toBe(false);
  });

  it('real words that no quotation covers find nothing', () => {
    expect(quote(index, 'volcano eruption').found).toBe(false);
  });
});

describe('/quote reads the speaker from the topic', () => {
  it('takes a trailing name of a quoted speaker as the speaker', () => {
    const a = quote(index, 'bridge Varga');
    expect(a.answer).toBe('1 quotation by Ines Varga');
    expect(a.results[0].text).toBe('The bridge repairs will finish in May');
  });

  it('keeps a name after "about" in the topic', () => {
    expect(quote(index, 'complaints about Varga').answer ?? '').not.toMatch(/by Ines Varga/);
  });

  it('searches every quoted speaker a shared surname names', () => {
    const a = quote(index, 'passengers', 'Bello');
    expect(a.answer).toBe('2 quotations by Olu Bello or Rui Bello');
  });
});

describe('topic scoring', () => {
  it("counts the user's own words fully and related ones for less", () => {
    const topic = readTopic('glad', undefined);
    const own = scoreQuote(topic, { text: 'I am glad', passage: { text: 'I am glad', start: 0, end: 9 } });
    const synonym = scoreQuote(topic, { text: 'I am happy', passage: { text: 'I am happy', start: 0, end: 10 } });
    expect(own.score).toBe(1);
    expect(synonym.score).toBeGreaterThan(0);
    expect(synonym.score).toBeLessThan(own.score);
  });

  it('counts an adverb made from the adjective typed ("honest" → "honestly")', () => {
    const s = scoreQuote(readTopic('honest', undefined), { text: 'I honestly do not know', passage: { text: 'I honestly do not know', start: 0, end: 22 } });
    expect(s.score).toBeGreaterThan(0.5);
    expect(s.score).toBeLessThan(1);
  });

  it('matches a hyphenated synonym as the quotation\'s words are split ("email" → "e-mail")', () => {
    const s = scoreQuote(readTopic('email', undefined), { text: 'I sent an e-mail', passage: { text: 'I sent an e-mail', start: 0, end: 16 } });
    expect(s.score).toBeGreaterThan(0.5);
  });

  it('counts a more specific sense of a narrow idea ("occasion" → "celebration"), below a synonym', () => {
    const topic = readTopic('a happy occasion', undefined);
    const narrower = scoreQuote(topic, { text: 'Today is a day for celebration', passage: { text: 'Today is a day for celebration', start: 0, end: 30 } });
    const synonym = scoreQuote(topic, { text: 'Today is a big affair', passage: { text: 'Today is a big affair', start: 0, end: 21 } });
    expect(narrower.score).toBeGreaterThan(0);
    expect(narrower.score).toBeLessThan(synonym.score);
  });

  it('does not spread a broad idea over its many kinds ("person" is not "killer")', () => {
    const s = scoreQuote(readTopic('person', undefined), {
      text: 'The killer is still free',
      passage: { text: 'The killer is still free', start: 0, end: 24 },
    });
    expect(s.score).toBe(0);
  });

  it('counts a derivation of a synonym ("troops" → soldiery → "soldier")', () => {
    const s = scoreQuote(readTopic('troops', undefined), {
      text: 'Every soldier here deserves better',
      passage: { text: 'Every soldier here deserves better', start: 0, end: 34 },
    });
    expect(s.score).toBeGreaterThan(0.5);
    expect(s.score).toBeLessThan(0.75);
  });

  it('reads several topic words as one WordNet entry, inflected and with a possessive ("made up their minds" → "decided")', () => {
    const s = scoreQuote(readTopic('voters made up their minds', undefined), {
      text: 'Most voters decided long ago',
      passage: { text: 'Most voters decided long ago', start: 0, end: 28 },
    });
    expect(s.score).toBeGreaterThan(0.75);
    expect(s.score).toBeLessThan(1);
  });

  it('counts a word only in the passage for less than in the quotation', () => {
    const topic = readTopic('ferry', undefined);
    const inQuote = scoreQuote(topic, { text: 'the ferry', passage: { text: 'the ferry', start: 0, end: 9 } });
    const around = scoreQuote(topic, { text: 'it is late', passage: { text: 'On the ferry: it is late', start: 0, end: 24 } });
    expect(around.score).toBeGreaterThan(0);
    expect(around.score).toBeLessThan(inQuote.score);
  });
});

describe("/quote reads the sentence before a named speaker's quotation", () => {
  const county = article(
    'county',
    'The county restored voting rights to 9,000 former prisoners on Friday.\n\n"This is a good day for the whole county," said Commissioner Ada Lind.\n\n"The new library opens in June," Lind said.\n\n"Former prisoners who have served their time should vote like everyone else," Lind added.\n',
  );
  const lind = person('Ada Lind', ['Lind']);
  const lead = indexOf(
    [county],
    [
      quoteIn(county, 'This is a good day for the whole county', 'Ada Lind', 0),
      quoteIn(county, 'The new library opens in June', 'Ada Lind', 1),
      quoteIn(county, 'Former prisoners who have served their time should vote like everyone else', 'Ada Lind', 2),
    ],
    [lind],
  );

  it('finds a quotation whose topic only the sentence before it names', () => {
    const a = quote(lead, 'restoring rights', 'Lind');
    expect(a.results[0]?.text).toBe('This is a good day for the whole county');
  });

  it('ranks a quotation that covers the topic itself above one that only follows it', () => {
    const texts = quote(lead, 'prisoners voting rights', 'Lind').results.map((r) => r.text);
    expect(texts).toEqual(['Former prisoners who have served their time should vote like everyone else', 'This is a good day for the whole county']);
  });

  it('does not read another quotation as the sentence before', () => {
    expect(quote(lead, 'whole county', 'Lind').results.map((r) => r.text)).toEqual(['This is a good day for the whole county']);
  });

  it('reads the whole sentence before, past abbreviations and initials ("Gov.", "J.")', () => {
    const order = article(
      'order',
      'The voting rights order signed by Gov. J. Amsel took effect at noon.\n\n"We waited a long time for this," said organiser Pia Holm.\n',
    );
    const holm = person('Pia Holm', ['Holm']);
    const idx = indexOf([order], [quoteIn(order, 'We waited a long time for this', 'Pia Holm', 0)], [holm]);
    expect(quote(idx, 'voting rights', 'Holm').results.map((r) => r.text)).toEqual(['We waited a long time for this']);
  });

  it("leaves a search over every speaker to the quotations' own words and passages", () => {
    expect(quote(lead, 'restored rights').found).toBe(false);
  });
});

describe('/quote asks less of a topic when the speaker is named', () => {
  const harbour = article(
    'harbour',
    'The harbour board voted on Tuesday to dredge the north channel.\n\n"Nobody asked a single fisherman before the vote," said Tove Arnesen.\n\n"My boat needs a new engine," Arnesen said.\n',
  );
  const arnesen = person('Tove Arnesen', ['Arnesen']);
  const bay = indexOf(
    [harbour],
    [quoteIn(harbour, 'Nobody asked a single fisherman before the vote', 'Tove Arnesen', 0), quoteIn(harbour, 'My boat needs a new engine', 'Tove Arnesen', 1)],
    [arnesen],
  );
  const longTopic = "fishermen kept completely in the dark about the mayor's plans for the bay";

  it("lists the named speaker's quotation that covers one idea of a long topic", () => {
    const a = quote(bay, longTopic, 'Arnesen');
    expect(a.results[0].text).toBe('Nobody asked a single fisherman before the vote');
    expect(a.results[0].score).toBeLessThan(0.15);
  });

  it('asks more of the same topic over every speaker', () => {
    expect(quote(bay, longTopic).found).toBe(false);
  });
});

describe('/quote takes a person named in the topic by either name', () => {
  const poll = article(
    'poll',
    'The poll barely moved after the debate.\n\n"People know who Marta is. They have watched her for thirty years," said strategist Leon Brandt.\n\n"Turnout will decide it," Brandt said.\n',
  );
  const marta = person('Marta Quell', ['Quell']);
  const brandt = person('Leon Brandt', ['Brandt']);
  const names = indexOf(
    [poll],
    [
      quoteIn(poll, 'People know who Marta is. They have watched her for thirty years', 'Leon Brandt', 0),
      quoteIn(poll, 'Turnout will decide it', 'Leon Brandt', 1),
    ],
    [marta, brandt],
  );

  it('finds a quotation naming someone by the first name for a topic naming her by the surname', () => {
    expect(quote(names, 'what quell is like', 'Brandt').results.map((r) => r.text)).toEqual([
      'People know who Marta is. They have watched her for thirty years',
    ]);
  });

  it('counts the other name for less than the name typed', () => {
    const topic = readTopic('quell', undefined, new Map([['quell', ['marta']]]));
    const typed = scoreQuote(topic, { text: 'Quell will win', passage: { text: 'Quell will win', start: 0, end: 14 } });
    const other = scoreQuote(topic, { text: 'Marta will win', passage: { text: 'Marta will win', start: 0, end: 14 } });
    expect(other.score).toBeGreaterThan(0);
    expect(other.score).toBeLessThan(typed.score);
  });
});

describe("/quote over every speaker reads a quotation's own lead-in", () => {
  const fares = article(
    'fares',
    'Harbour master Olu Bello said ferry fares would double by spring.\n\n"Nobody will be able to afford the crossing," Bello said.\n\n' +
      'The island school reopened after the storm.\n\n"The children were thrilled," said teacher Mira Sand.\n',
  );
  const idx = indexOf(
    [fares],
    [quoteIn(fares, 'Nobody will be able to afford the crossing', 'Olu Bello', 0), quoteIn(fares, 'The children were thrilled', 'Mira Sand', 1)],
    [person('Olu Bello', ['Bello']), person('Mira Sand', ['Sand'])],
  );

  it('counts the sentence before in the same paragraph', () => {
    const mill = article('mill', 'The mill closed in March and 300 workers lost their jobs. "It broke this town," said union steward Kai Lund.\n');
    const own = quoteIn(mill, 'It broke this town', 'Kai Lund', 0);
    const start = mill.text.indexOf('"It broke');
    const passage = { text: mill.text.slice(start).trimEnd(), start, end: mill.text.trimEnd().length };
    const millIndex = indexOf([mill], [{ ...own, passage }], [person('Kai Lund', ['Lund'])]);
    expect(quote(millIndex, 'mill closure job losses').results.map((r) => r.text)).toEqual(['It broke this town']);
  });

  it('does not count the last sentence of the paragraph before', () => {
    expect(quote(idx, 'school reopening after the storm').found).toBe(false);
  });
});
