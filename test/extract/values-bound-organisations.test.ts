import { describe, expect, it } from 'vitest';
import { valuesOfKinds } from './facts-helpers.js';

const orgs = (text: string) => valuesOfKinds(text, ['organization']);
const names = (text: string) => valuesOfKinds(text, ['person', 'place', 'organization']);

describe('extractFacts: a name the tagger does not know, bound to an organisation', () => {
  it('reads it by a company or group word that ends it', () => {
    expect(orgs('The quarry was sold to Quillmoor Mining last spring.')).toEqual(['organization:Quillmoor Mining']);
    expect(orgs('The rights went to Velkin Network after the vote.')).toEqual(['organization:Velkin Network']);
  });

  it('reads it by a kind of organisation in apposition after it', () => {
    expect(orgs('Tarrow worked for Brindlecast, a shipping company, until the strike.')).toContain('organization:Brindlecast');
    expect(orgs('Ruiz spoke to Lift Our Elders, a nonprofit, on Tuesday.')).toContain('organization:Lift Our Elders');
  });

  it('reads it by a kind of organisation written as its title, or set off before it', () => {
    expect(orgs('The ad ran on the Portuguese-language network Veltrano all week.')).toEqual(['organization:Veltrano']);
    expect(orgs('To push it along, one group, Alliance Toward Cleaner Harbors, has run ads.')).toContain('organization:Alliance Toward Cleaner Harbors');
  });

  it('reads it by a kind noun after it, and a pollster by its poll', () => {
    expect(orgs('She had worked as a geologist for the Orvane mining company.')).toEqual(['organization:Orvane']);
    expect(orgs('Some 48 percent agreed, according to a Pellingham poll.')).toEqual(['organization:Pellingham']);
  });

  it('reads a brand written with a capital inside, and a name that reports', () => {
    expect(orgs('He had an offer to publish the memoir with QuillHouse.')).toEqual(['organization:QuillHouse']);
    expect(orgs('The talks stalled after Drumlane reported that he had quit.')).toEqual(['organization:Drumlane']);
  });

  it('reads it as where someone in a role works', () => {
    expect(orgs('Lena Varga, a founding partner at Firecrest Strategies, said so.')).toEqual(['organization:Firecrest Strategies']);
  });

  it('reads it so in every sentence once one sentence binds it', () => {
    expect(orgs('Tarrow had worked for Brindlecast since 2009. Brindlecast, a shipping company, owns the dock.')).toEqual([
      'organization:Brindlecast',
      'organization:Brindlecast',
    ]);
  });

  it('leaves people and places as they are', () => {
    expect(names('Mayor Ana Ruiz, a longtime ally of the union, spoke in Marlow.')).toEqual(['person:Ana Ruiz', 'place:Marlow']);
    expect(names('Ruiz toured Ohio, a swing state, on Monday.')).toEqual(['person:Ruiz', 'place:Ohio']);
    expect(orgs('Voters reported long lines.')).toEqual([]);
    expect(orgs('He met Douglas MacArthur there.')).toEqual([]);
    expect(orgs('They watched the Network, a cable channel, all night.')).toEqual([]);
  });
});
