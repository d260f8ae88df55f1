/** Names read whole: surnames after a lone person word, hyphen and ampersand joins, "for a", campuses (invented texts). */
import { describe, expect, it } from 'vitest';
import { factValues } from './facts-helpers.js';

/** `type:text` of every person, place and organisation the fact extractor reads in `text`. */
function names(text: string): string[] {
  return factValues(text)
    .filter((v) => v.type === 'person' || v.type === 'place' || v.type === 'organization')
    .map((v) => `${v.type}:${v.text}`);
}

describe('names read whole', () => {
  it('reads an unknown surname after a lone word the tagger takes for a person', () => {
    expect(names('The survey was run by Lee Ostrander, a professor of statistics.')).toContain('person:Lee Ostrander');
    expect(names('Rear Admiral Guan Weifei told the delegates that the drills would go on.')).toContain('person:Guan Weifei');
  });

  it('keeps a building or institution after a person’s name apart from the surname', () => {
    expect(names('The gala was held by the Clinton Foundation in the spring.')).toContain('organization:Clinton Foundation');
  });

  it('joins capitalised halves of a hyphenated name the tagger reads as two kinds', () => {
    expect(names('Voters in Saxony-Anhalt went to the polls.')).toContain('place:Saxony-Anhalt');
    expect(names('Organizer Eva Resnick-Day agreed to the terms.')).toContain('person:Eva Resnick-Day');
    expect(names('The debate was held at the University of Nebraska-Omaha last week.')).toContain('organization:University of Nebraska-Omaha');
    expect(names('Officials in Miami-Dade County agreed to the plan.')).toContain('place:Miami-Dade County');
  });

  it('still reads two organisations joined by a hyphen as two', () => {
    const read = names('A Harbor Post-Lakeside News poll found the race close.');
    expect(read).not.toContain('organization:Harbor Post-Lakeside News');
  });

  it('keeps "for a" and "for an" inside an institution’s name', () => {
    expect(names('Mara Lind, an adviser at the Committee for a Balanced Harbor Budget, spoke.')).toContain(
      'organization:Committee for a Balanced Harbor Budget',
    );
    expect(names('The Alliance for an Open Harbor sued the county.')).toContain('organization:Alliance for an Open Harbor');
  });

  it('reads a firm whose partners an ampersand joins as one organisation', () => {
    expect(names('She joined Kessler & Vane in May.')).toContain('organization:Kessler & Vane');
    expect(names('He worked at Pruitt, Hale & Dorsey for years.')).toContain('organization:Pruitt, Hale & Dorsey');
  });

  it('reads a state university and a campus after "at" as one name', () => {
    expect(names('He studied at the State University of New York at Oswego.')).toContain('organization:State University of New York at Oswego');
    expect(names('A rally at the University of Oregon at noon drew a crowd.')).toContain('organization:University of Oregon');
  });
});
