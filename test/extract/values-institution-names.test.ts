import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const orgs = (text: string) => valuesOfKinds(text, ['organization']);

describe('extractFacts: an institution named by its head noun', () => {
  it('reads the "of" or "for" part after the head as part of the name', () => {
    expect(orgs('The survey was run by the Center for Civic Renewal last spring.')).toEqual(['organization:Center for Civic Renewal']);
    expect(orgs('She now works at the Department of Coastal Affairs in Marlow.')).toEqual(['organization:Department of Coastal Affairs']);
  });

  it('carries the name over "the" and "and" inside it', () => {
    expect(orgs('Its chief warned the Office for the Protection of the Harbours on Monday.')).toEqual([
      'organization:Office for the Protection of the Harbours',
    ]);
    expect(orgs('A report by the Institute for Tidal and Coastal Studies found the same.')).toEqual(['organization:Institute for Tidal and Coastal Studies']);
  });

  it('reads the capitalised words before the head as its name', () => {
    expect(orgs('Orla Penhallow is a senior fellow at the Marrowby Institution now.')).toEqual(['organization:Marrowby Institution']);
    expect(orgs('Tidewater Futures PAC spent heavily in the district.')).toEqual(['organization:Tidewater Futures PAC']);
  });

  it('reads a plural head as a group only with its "for" part', () => {
    expect(orgs('The ads were paid for by Sailors for Fair Harbours in Marlow.')).toEqual([]);
    expect(orgs('The ads were paid for by Americans for Fair Harbours in Marlow.')).toEqual(['organization:Americans for Fair Harbours']);
    expect(orgs('Americans agreed with the plan.')).toEqual([]);
  });

  it('leaves a bare head and a title after "of" alone', () => {
    expect(orgs('The Center said nothing.')).toEqual([]);
    expect(orgs('The Office of the President declined to comment.')).toEqual([]);
  });
});

describe('extractFacts: an abbreviation in capitals', () => {
  it('reads an untyped abbreviation as an organisation', () => {
    expect(orgs('Calder told KVXR on Sunday that the levy would pass.')).toEqual(['organization:KVXR']);
  });

  it('leaves a role, a party label and a shouted headline alone', () => {
    expect(orgs('The CEO spoke to the TV crew.')).toEqual([]);
    expect(orgs('Sen. Jo Marsh (D-WV) voted against it.')).toEqual([]);
    expect(orgs('KVXR HITS BACK AT THE LEVY PLAN')).toEqual([]);
  });
});

describe('newspapers named after their place', () => {
  const names = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

  it('reads "The Tulsa Herald" as a paper, not a place', () => {
    expect(names('Mayor Okafor defended the levy to The Tulsa Herald on Thursday.')).toContain('organization:Tulsa Herald');
  });

  it('reads two papers in one list as papers', () => {
    // "the A and the B" is one list of two papers (names.ts listGroups), each read as a paper.
    expect(names('She spoke to the Chicago Tribune and the Miami Herald.')).toEqual(['organization:Chicago Tribune, Miami Herald']);
  });

  it('leaves a place alone when no newspaper word follows it', () => {
    expect(names('Mayor Okafor spoke in Tulsa on Thursday.')).toContain('place:Tulsa');
  });
});

describe('an organisation named with a hyphen', () => {
  it('reads "Hewlett-Packard" and "Mercedes-Benz" whole', () => {
    expect(orgs('Rivas, the former Hewlett-Packard executive, spoke on Wednesday.')).toEqual(['organization:Hewlett-Packard']);
    expect(orgs('The Mercedes-Benz plant in Vance closed last spring.')).toContain('organization:Mercedes-Benz');
  });
});
