/**
 * Issue 13, recall: "which years", "which relatives" ask for a list the article writes as a
 * coordination the name reader keeps apart: years ("in 1998, 2002 and 2007"), a place and a name
 * the tagger typed otherwise, common nouns of the asked kind ("siblings, grandparents and
 * guardians"). The coordination is offered as one list of the asked kind, each place in it named
 * by itself ("Yakima", not "Yakima, Washington"). So is a coordination whose next name carries
 * its title ("Rosa Quint and Senator Omar Velez"), whose names each take an honorific, or whose
 * parts "as well as" joins; a number in the question ("which 2 people") counts its names. Invented text.
 */
import { describe, expect, it } from 'vitest';
import { ask } from '../../src/answer/ask.js';
import { useIndexOver } from '../helpers/indexed.js';
import { askedItems } from '../helpers/asked.js';

const index = useIndexOver({
  'orchard-bill.txt': ` date 2024-03-12

Valley orchard bill clears committee

State Sen. Mara Kell, who sponsored the orchard relief bill, said the valley lost most of its apple crop to late frosts in 1998, 2002 and 2007.

Since January, farm workers who already hold a permit may bring siblings, grandparents and guardians to live with them during the harvest.

Kell will hold hearings on the bill in Yakima, Washington; Medford, Oregon; and Hood River, Oregon.

The bill now goes to the full Senate, where its backers expect a vote in April.
`,
});

describe('a coordination the question asks for as a list', () => {
  it('joins years the sentence lists into one list', () => {
    expect(askedItems(index(), 'which years did the valley lose its apple crop to frosts')).toEqual(['1998', '2002', '2007']);
  });

  it('offers common nouns of the asked kind as one list', () => {
    expect(askedItems(index(), 'which relatives can farm workers with a permit bring')).toEqual(['siblings', 'grandparents', 'guardians']);
  });

  it('names each place of a list without the state it lies in', () => {
    expect(askedItems(index(), 'which cities will kell hold hearings on the bill in')).toEqual(['Yakima', 'Medford', 'Hood River']);
  });

  it('is no list for a question asking one thing', () => {
    expect(askedItems(index(), 'which year did the valley lose its apple crop to frosts')).toBeNull();
  });
});

const titled = useIndexOver({
  'harbor-levy.txt': ` date 2024-05-02

Harbor levy splits the council

Council member Rosa Quint and Senator Omar Velez have both pledged to repeal the harbor levy before the autumn session.

The levy pays for dredging near Astoria and Tillamook, as well as Newport and Coos Bay, according to the harbor board.

Dock workers said the fight over the levy would be settled by either Mr. Haldane or Mrs. Ostrow, the two remaining board members.
`,
});

describe('a coordination whose names carry titles or "as well as"', () => {
  it('keeps a list whose next name carries its title', () => {
    expect(askedItems(titled(), 'which people pledged to repeal the harbor levy')).toEqual(['Rosa Quint', 'Omar Velez']);
  });

  it('keeps such a list for a question that counts its names', () => {
    expect(askedItems(titled(), 'which 2 people pledged to repeal the harbor levy')).toEqual(['Rosa Quint', 'Omar Velez']);
  });

  it('keeps the part of such a coordination that has as many items as the question asks for', () => {
    expect(askedItems(titled(), 'which 2 towns does the levy pay for dredging near')).toEqual(['Astoria', 'Tillamook']);
  });

  it('joins two lists that "as well as" coordinates', () => {
    expect(askedItems(titled(), 'which towns does the levy pay for dredging near')).toEqual(['Astoria', 'Tillamook', 'Newport', 'Coos Bay']);
  });

  it('keeps a list of names each led by an honorific', () => {
    expect(askedItems(titled(), 'which two board members would settle the fight over the levy')).toEqual(['Haldane', 'Ostrow']);
  });

  it('is no list for a question asking for the one who holds the title', () => {
    const a = ask(titled(), 'which senator pledged to repeal the harbor levy');
    expect(a.found && a.results[0]?.values?.[0]?.items).toBeFalsy();
  });
});
