/**
 * Issue 13, precision and recall: what a writer sets aside after one item of a coordination — a
 * parenthesis ("the Bay Lark (No. 2) and the Tern"), a pair of dashes ("Joel Varga — a veteran of
 * the fleet — and Laura Brandt") — belongs to that item. Every list reader reads past it to the
 * separator joining the next item, rather than restarting the list inside it ("2)" and "Tern").
 * Invented text.
 */
import { describe, expect, it } from 'vitest';
import { asideEnd } from '../../src/nlp/asides.js';
import { useIndexOver } from '../helpers/indexed.js';
import { askedItems } from '../helpers/asked.js';

const index = useIndexOver({
  'harbor-ferries.txt': ` date 2025-05-14

Harbor ferries cut back service

Three ferries — the Gull Runner, the Bay Lark (No. 2) and the Tern — will stop sailing to the outer islands in June, the port authority said.

The port will keep three piers — Pier 4, Pier 7 (the oldest, built in 1911) and Pier 9 — open through the winter.

Three commissioners, Ana Dellow, Raul Pinto (who chairs the budget panel) and Mira Soto, voted to cut the routes on Tuesday.

Two captains, Joel Varga — a thirty-year veteran of the fleet — and Laura Brandt, said they would retire rather than move to the cargo routes.

`,
});

describe('an aside inside a coordination belongs to the item before it', () => {
  it('reads past a parenthesis in a list of names no kind of value answers', () => {
    expect(askedItems(index(), 'which ferries will stop sailing to the outer islands')).toEqual(['Gull Runner', 'Bay Lark', 'Tern']);
  });

  it('reads past a parenthesis holding a comma of its own', () => {
    expect(askedItems(index(), 'which piers will the port keep open through the winter')).toEqual(['Pier 4', 'Pier 7', 'Pier 9']);
  });

  it('reads past a clause in parentheses in a list of people', () => {
    expect(askedItems(index(), 'which commissioners voted to cut the routes')).toEqual(['Ana Dellow', 'Raul Pinto', 'Mira Soto']);
  });

  it('reads past a remark between dashes in a list of people', () => {
    expect(askedItems(index(), 'which captains said they would retire rather than move to the cargo routes')).toEqual(['Joel Varga', 'Laura Brandt']);
  });
});

describe('where an item ends once its asides are counted', () => {
  const text = 'Three hotels — the Gull Reef and Seabright — closed, and Ruiz (a lawyer) said so.';

  it('takes no pair of dashes enclosing a list as an aside', () => {
    const end = text.indexOf('hotels') + 'hotels'.length;
    expect(asideEnd(text, end, false)).toBe(end);
  });

  it('takes no parenthesis the sentence goes on after as an aside', () => {
    const end = text.indexOf('Ruiz') + 'Ruiz'.length;
    expect(asideEnd(text, end, true)).toBe(end);
  });
});
