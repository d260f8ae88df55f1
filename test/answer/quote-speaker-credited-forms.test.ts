import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { isOrganisationNoun } from '../../src/answer/topics-described.js';
import type { Entity } from '../../src/model/records.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news. /quote with the speaker option finds a quotation by its own words even when
// the extractor credited it to a form of the speaker other than their name.

function organisation(name: string, articles: string[]): Entity {
  return { id: name.toLowerCase().replace(/\s+/g, '-'), name, kind: 'organization', aliases: [name], articles };
}

describe('/quote with a speaker typed as the story introduces an unnamed source', () => {
  const poll = article(
    'poll',
    'Insiders doubt the ferry levy will pass.\n\n"The levy is dead on arrival in the valley," said a Vermont Democrat.\n\n"Nobody here wants it," said Lena Marsh.\n',
  );
  const index = indexOf(
    [poll],
    [quoteIn(poll, 'The levy is dead on arrival in the valley', 'Vermont Democrat', 0), quoteIn(poll, 'Nobody here wants it', 'Lena Marsh', 1)],
    [person('Vermont Democrat'), person('Lena Marsh', ['Marsh'])],
  );

  it('reads "a Vermont Democrat" as the speaker the coverage writes "Vermont Democrat"', () => {
    const found = quote(index, 'dead on arrival in the valley', 'a Vermont Democrat');
    expect(found.results.map((r) => r.text)).toEqual(['The levy is dead on arrival in the valley']);
  });
});

describe('/quote with an organisation as the speaker: quotations credited to a description of an organisation', () => {
  const strike = article(
    'strike',
    'The Linden Ferry Workers Guild met on Monday.\n\nThe vote is set for May.\n\n"Every crew on the river deserves a vote," the union wrote.\n\n"We will keep the boats running," said Mayor Dana Holt.\n',
  );
  const guild = organisation('Linden Ferry Workers Guild', ['strike']);
  const holt = { ...person('Dana Holt', ['Holt']), articles: ['strike'] };
  const index = indexOf(
    [strike],
    [quoteIn(strike, 'Every crew on the river deserves a vote', 'the union', 0), quoteIn(strike, 'We will keep the boats running', 'Dana Holt', 1)],
    [guild, holt],
  );
  // The organisation is quoted once by name elsewhere, so the coverage knows it as a speaker.
  const named = article('named', 'Crews rallied at dawn.\n\n"Ferries must run on time," the Linden Ferry Workers Guild said.\n');
  const withGuild = indexOf(
    [strike, named],
    [
      quoteIn(strike, 'Every crew on the river deserves a vote', 'the union', 0),
      quoteIn(strike, 'We will keep the boats running', 'Dana Holt', 1),
      { ...quoteIn(named, 'Ferries must run on time', 'Linden Ferry Workers Guild', 0), speakerId: guild.id },
    ],
    [{ ...guild, articles: ['strike', 'named'] }, holt],
  );

  it('finds what "the union" wrote when the user names the guild the story names', () => {
    const found = quote(withGuild, 'every crew on the river deserves a vote', 'Linden Ferry Workers Guild');
    expect(found.results[0]).toMatchObject({ text: 'Every crew on the river deserves a vote', speaker: 'the union' });
  });

  it('not when the story names the organisation only after the quotation: "the union" is another one', () => {
    const late = article('late', '"Crews deserve better pay," the union wrote.\n\nThe Linden Ferry Workers Guild stayed away from the talks.\n');
    const both = indexOf(
      [named, late],
      [
        { ...quoteIn(named, 'Ferries must run on time', 'Linden Ferry Workers Guild', 0), speakerId: guild.id },
        quoteIn(late, 'Crews deserve better pay', 'the union', 0),
      ],
      [{ ...guild, articles: ['named', 'late'] }],
    );
    expect(quote(both, 'crews deserve better pay', 'Linden Ferry Workers Guild').results.map((r) => r.text)).not.toContain('Crews deserve better pay');
  });

  it('never gives a person what an organisation described as "the union" wrote', () => {
    const found = quote(index, 'every crew on the river deserves a vote', 'Holt');
    expect(found.results.map((r) => r.text)).not.toContain('Every crew on the river deserves a vote');
  });

  it('reads a description as an organisation when its noun is a kind of organisation or of the press', () => {
    expect(isOrganisationNoun('union')).toBe(true);
    expect(isOrganisationNoun('agency')).toBe(true);
    expect(isOrganisationNoun('newspaper')).toBe(true);
    expect(isOrganisationNoun('senator')).toBe(false);
    expect(isOrganisationNoun('statement')).toBe(false);
  });
});

describe('/quote with a speaker: an age the credited mention holds only the end of', () => {
  const clip = article(
    'clip',
    'Comedian Piet Varnik posted the clip on Friday.\n\nViewers shared it thousands of times.\n\n"What if the mayor sang every speech?" the 43-year-old asked.\n',
  );
  const asked = 'What if the mayor sang every speech?';
  const start = clip.text.indexOf('old asked');
  const index = indexOf(
    [clip],
    [{ ...quoteIn(clip, asked, 'old', 0), speakerId: 'group:clip:e1', speakerMention: { text: 'old', start, end: start + 3 } }],
    [{ ...person('Piet Varnik', ['Varnik']), articles: ['clip'] }],
  );

  it('reads a quotation credited to "old" of "the 43-year-old" as a described person’s', () => {
    const found = quote(index, 'mayor sang every speech', 'Varnik');
    expect(found.results.map((r) => r.text)).toEqual([asked]);
  });
});

describe('/quote with a speaker: a news digest crediting its items to their headlines', () => {
  const digest = article(
    'digest',
    'WHY THE HARBOR PLAN STALLED “The council keeps moving the goalposts on every vote,” [Ledger.]\n\nRIVER TOWNS BRACE FOR FLOODS “Sandbags ran out by noon,” [Courier.]\n',
  );
  const index = indexOf(
    [digest],
    [
      { ...quoteIn(digest, 'The council keeps moving the goalposts on every vote', 'WHY THE HARBOR PLAN STALLED', 0), speakerId: 'group:digest:e1' },
      { ...quoteIn(digest, 'Sandbags ran out by noon', 'RIVER TOWNS BRACE FOR FLOODS', 1), speakerId: 'group:digest:e2' },
    ],
    [],
  );

  it('finds an item by the outlet its brackets name, not by the headline credited', () => {
    const found = quote(index, 'moving the goalposts on every vote', 'Ledger');
    expect(found.results.map((r) => r.text)).toEqual(['The council keeps moving the goalposts on every vote']);
  });

  it('leaves a name in capitals standing ("NATO said")', () => {
    const nato = article('nato', 'Talks went on late.\n\n“The corridor stays open,” NATO said, Ledger reported.\n');
    const alone = indexOf([nato], [{ ...quoteIn(nato, 'The corridor stays open', 'NATO', 0), speakerId: 'nato' }], []);
    expect(quote(alone, 'corridor stays open', 'Ledger').found).toBe(false);
  });
});

describe('/quote with a speaker: a whole remark credited to nobody, its words echoed credited to them', () => {
  const rink = article(
    'rink',
    'Mayor Ines Varga called the rink plan "a gift to nobody" on Monday.\n\nAt the pier the next day the talk was the same. "Frankly it is a gift to nobody and the council knows it."\n',
  );
  const index = indexOf(
    [rink],
    [
      quoteIn(rink, 'a gift to nobody', 'Ines Varga', 0),
      { ...quoteIn(rink, 'Frankly it is a gift to nobody and the council knows it.', null, 1), cue: null, confidence: 0.3 },
    ],
    [{ ...person('Ines Varga', ['Varga']), articles: ['rink'] }],
  );

  it('shows the whole remark for the echo credited to the speaker named', () => {
    const found = quote(index, 'a gift to nobody', 'Varga');
    expect(found.results[0].text).toBe('Frankly it is a gift to nobody and the council knows it.');
  });
});
