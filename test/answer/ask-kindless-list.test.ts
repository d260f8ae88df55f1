/**
 * Issue 13, recall: a question asking for many of a thing no kind of value answers ("which hotels",
 * "which markets", "what diseases") finds no typed candidate, yet the sentence binds a list to the
 * very noun: after it ("three hotels — A, B and C"), before it ("the A, B and C markets") or closed
 * by it ("A, B and other diseases"). Invented text.
 */
import { describe, expect, it } from 'vitest';
import { useIndexOver } from '../helpers/indexed.js';
import { askedItems } from '../helpers/asked.js';

const index = useIndexOver({
  'resort-season.txt': ` date 2025-03-11

Resort town braces for a lean summer

Three hotels — the Gull Reef, Seabright and the Marlowe Inn — closed last winter, leaving hundreds of housekeepers out of work.

The tourism board will run its new television spots in the Halden, Portvale and Brookmere markets starting in May.

Mayor Ada Ruiz said the town would court new investors at a trade fair in Lisbon next month.

Three hotels — the Harbor House, Crestview and the Alder Lodge — reported more bookings than a year ago.

The storms in Halden and Marlow, Ore., last fall kept many visitors away, the board said.

`,
  'clinic-trial.txt': ` date 2025-04-02

Clinic opens trial of a new nerve drug

Doctors at the Ferncliff clinic hope the compound could one day treat Parkinson's, Huntington's and other degenerative diseases, the clinic's director said.

The trial will enroll 120 patients over two years.

`,
});

describe('a list bound to a plural noun of no typed kind', () => {
  it('answers with the names the noun heads', () => {
    expect(askedItems(index(), 'which hotels closed last winter')).toEqual(['Gull Reef', 'Seabright', 'Marlowe Inn']);
  });

  it('answers with the names written before the noun', () => {
    expect(askedItems(index(), 'which tv markets will the tourism board spots run in')).toEqual(['Halden', 'Portvale', 'Brookmere']);
  });

  it('answers with the names a closing "and other" noun gathers', () => {
    expect(askedItems(index(), 'what diseases could the ferncliff compound treat')).toEqual(["Parkinson's", "Huntington's"]);
  });

  it('takes the list from the sentence carrying more of the question', () => {
    expect(askedItems(index(), 'which hotels reported more bookings than a year ago')).toEqual(['Harbor House', 'Crestview', 'Alder Lodge']);
  });

  it('reads the state after a town as where it lies, no member of the list', () => {
    expect(askedItems(index(), 'which two storms kept visitors away')).toEqual(['Halden', 'Marlow']);
  });

  it('gives no list for a question asking for one', () => {
    expect(askedItems(index(), 'which hotel closed last winter')).toBeNull();
  });
});
