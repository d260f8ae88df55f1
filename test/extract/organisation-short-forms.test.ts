import { describe, expect, it } from 'vitest';
import { quotesOf, who } from './quotes-helpers.js';

describe('an organisation written by a short form of its name', () => {
  it('"the Times" written after "the Marrow Times" is that newspaper, whatever the tagger took the short form for', () => {
    const text = [
      'Ferry Fares Rise Again.',
      'The Marrow Times reported on Monday that fares would rise by a third, and the Linden Daily News agreed.',
      '“The riders were never asked,” the Times wrote in an editorial.',
      '“Nobody on the board rides the ferry,” the Daily News added.',
    ].join('\n\n');
    expect(who(text, 'The riders were never')).toMatchObject({ speaker: 'Marrow Times', mention: 'the Times' });
    expect(who(text, 'Nobody on the board')).toMatchObject({ speaker: 'Linden Daily News', mention: 'the Daily News' });
  });

  it('a short form written first and the full name after it are one organisation', () => {
    const text = [
      'Ferry Pilots Want Answers.',
      'The Daily News asked on Monday why the board would not meet the pilots. On Tuesday the Linden Daily News said the pilots were owed an answer.',
      '“The harbor is run for the developers,” the Daily News wrote.',
    ].join('\n\n');
    const { entities } = quotesOf(text);
    expect(who(text, 'The harbor is run')).toMatchObject({ speaker: 'Linden Daily News' });
    expect(entities.filter((e) => e.kind === 'organization').map((e) => e.name)).toEqual(['Linden Daily News']);
  });

  it('an organisation’s name goes on with its "of" part, and its head word alone is that organisation', () => {
    const text = [
      'Pilots Back Vale.',
      'In a statement, the Association of Ferry Pilots called Tom Vale a “friend of the river” for its members.',
      '“Tom Vale has stood with us on every shift,” the Association wrote.',
    ].join('\n\n');
    expect(who(text, 'friend of the river')).toMatchObject({ speaker: 'Association of Ferry Pilots' });
    expect(who(text, 'Tom Vale has stood')).toMatchObject({ speaker: 'Association of Ferry Pilots', mention: 'the Association' });
  });

  it('keeps the organisation named inside a longer speaker phrase ("One Club for Harbor Growth ad")', () => {
    const text = [
      'Groups Pour Money Into Ferry Race.',
      'The money comes from the Club for Harbor Growth, which backs Tom Vale.',
      'One Club for Harbor Growth ad, which is airing now, argues that “only Vale can fix the ferries.”',
    ].join('\n\n');
    expect(who(text, 'only Vale can fix')).toMatchObject({ speaker: 'Club for Harbor Growth' });
  });
});
