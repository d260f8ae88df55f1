import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/extract/facts.js';
import type { Article } from '../../src/model/article.js';
import type { Entity } from '../../src/model/records.js';
import { parseSentences } from '../../src/nlp/parse.js';
import { valuesOfKinds } from './facts-helpers.js';

/** The people, places and organisations a text names, as `type:normalized`. */
function names(text: string): string[] {
  return valuesOfKinds(text, ['person', 'place', 'organization']);
}

describe('the name reader keeps a name whole', () => {
  it('reads a possessive name as one name: only the word with the apostrophe owns', () => {
    // compromise tags every word of "Marco Rubio’s" as possessive; the run must not end at "Marco".
    expect(names('Officials backed Maria Delgado’s plan for New York’s schools on Friday.')).toEqual(['person:Maria Delgado', 'place:New York']);
  });
});

describe('the name reader keeps a generational suffix', () => {
  it('writes "Jr." and a roman numeral as part of the name, with the comma the text gives', () => {
    expect(names('The bill was written by Joseph R. Marsh Jr. in May. It was signed by William F. Tolliver, Jr. last year.')).toEqual([
      'person:Joseph R. Marsh Jr.',
      'person:William F. Tolliver, Jr.',
    ]);
    expect(names('The prize went to John Paul III on Friday.')).toEqual(['person:John Paul III']);
  });

  it('gives the suffixed name to the same person written without it, and to the bare surname', () => {
    expect(names('Joseph R. Marsh Jr. spoke first. Later Marsh left, and Joseph R. Marsh returned.')).toEqual([
      'person:Joseph R. Marsh Jr.',
      'person:Joseph R. Marsh Jr.',
      'person:Joseph R. Marsh Jr.',
    ]);
  });

  it('does not read "II" after something other than a person as a suffix', () => {
    expect(names('The veterans of World War II met in Dayton.')).not.toContain('person:World War II');
  });
});

describe('the name reader keeps an abbreviated place whole', () => {
  it('reads "St. Paul" and "Ft. Worth" as one place each, not a place and a first name', () => {
    expect(names('The team flew from St. Paul to Ft. Worth on Friday.')).toEqual(['place:St. Paul', 'place:Ft. Worth']);
  });
});

describe('the name reader keeps a name the tagger reads whole', () => {
  it('does not cut an organisation whose first word the article mostly uses for a place', () => {
    // "New" is a place in "New Hampshire" and "New Mexico"; in this sentence it opens an outlet's name.
    expect(names('Ana Ruiz toured New Hampshire and New Mexico in May. She was endorsed by the New Harbor Times on Friday.')).toEqual([
      'person:Ana Ruiz',
      'place:New Hampshire, New Mexico',
      'organization:New Harbor Times',
    ]);
  });
});

describe('the name reader takes from a speaker’s entity only the name', () => {
  /** The person values of `text`, read with the quotations' speakers as the cast. */
  function peopleWithCast(text: string, cast: string[]): string[] {
    const article: Article = { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
    const entities: Entity[] = cast.map((name, n) => ({ id: `p${n}`, name, kind: 'person', aliases: [], articles: ['a'] }));
    return extractFacts(article, parseSentences(text), entities)
      .flatMap((f) => f.values)
      .filter((v) => v.type === 'person')
      .map((v) => String(v.normalized));
  }

  it('does not glue a title’s last word or a demonym to a name the tagger reads whole', () => {
    const text = 'Headline\nThe memo went to Chief of Staff Maria Delgado on Friday. Later, Delgado met fellow Kentuckian John Walsh in Frankfort.';
    expect(peopleWithCast(text, ['Staff Maria Delgado', 'Kentuckian John Walsh'])).toEqual(['Maria Delgado', 'Maria Delgado', 'John Walsh']);
  });

  it('does not glue the words after a title’s "of" to the name', () => {
    const text = 'Headline\nThe union’s Director of Public Affairs Maria Delgado spoke on Friday.';
    expect(peopleWithCast(text, ['Public Affairs Maria Delgado'])).toEqual(['Maria Delgado']);
  });

  it('keeps a first name the tagger does not know, before a name it reads', () => {
    expect(peopleWithCast('Headline\nHis older sister, Ilsabet Trump Walsh, is now a judge.', ['Ilsabet Trump Walsh'])).toEqual(['Ilsabet Trump Walsh']);
  });
});

describe('the name reader keeps a compounded place whole', () => {
  it('reads the place in "Los Angeles-based" whole, though the tagger reads its last word as an adjective', () => {
    expect(names('The plan was explained by Los Angeles-based attorney Edgar Marrow on Friday.')).toContain('place:Los Angeles');
  });
});

describe('the name reader keeps a list of people whole across a title', () => {
  it('reads "A and Senators B and C" as one list of three people', () => {
    expect(names('Several candidates, including Dana Whitfield and Senators Ana Ruiz and Maria Delgado, criticized the trade.')).toEqual([
      'person:Dana Whitfield, Ana Ruiz, Maria Delgado',
    ]);
  });

  it('keeps apart one with a title of their own, and a name after a singular title', () => {
    expect(names('The bid was endorsed by Gov. Jack Marlow and Sens. Tom Carver and Chris Coyne.')).toEqual([
      'person:Jack Marlow',
      'person:Tom Carver, Chris Coyne',
    ]);
    expect(names('Crapo met with Dana Whitfield and Sen. Chuck Grassel, chairman of the committee.')).toEqual([
      'person:Dana Whitfield',
      'person:Chuck Grassel',
    ]);
  });
});

describe('the name reader keeps a listed place whole', () => {
  it('gives the kind a list gives an unknown word to the unknown words written tight before it', () => {
    expect(names('Migrants came from the Middle East and North Africa on Friday.')).toEqual(['place:Middle East, North Africa']);
  });
});

describe('the name reader takes no cast name that is only ever the tail of a longer name', () => {
  /** The person values of `text`, read with one speaker's entity as the cast. */
  function peopleWith(text: string, cast: string): string[] {
    const article: Article = { id: 'a', file: 'a.txt', title: 't', date: null, outlet: null, url: null, text, paragraphs: [], hash: 'h' };
    const entities: Entity[] = [{ id: 'p0', name: cast, kind: 'person', aliases: [], articles: ['a'] }];
    return extractFacts(article, parseSentences(text), entities)
      .flatMap((f) => f.values)
      .filter((v) => v.type === 'person')
      .map((v) => String(v.normalized));
  }

  it('does not make a person of "Civic Forum" written only in "the Orvane Civic Forum"', () => {
    expect(peopleWith('Headline\nThe Orvane Civic Forum met on Friday. Later, the Orvane Civic Forum left.', 'Civic Forum')).toEqual([]);
  });

  it('still learns a name written after a title or opening a sentence', () => {
    expect(peopleWith('Headline\nBut Ilsabet Varnakova said no. Later, Varnakova left.', 'Ilsabet Varnakova')).toEqual([
      'Ilsabet Varnakova',
      'Ilsabet Varnakova',
    ]);
    expect(peopleWith('Headline\nSen. Ilsabet Varnakova said no. Later, Varnakova left.', 'Ilsabet Varnakova')).toEqual([
      'Ilsabet Varnakova',
      'Ilsabet Varnakova',
    ]);
  });
});
