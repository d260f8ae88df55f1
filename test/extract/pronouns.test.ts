import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a pronoun speaker is the most salient person before it', () => {
  it('prefers the woman just introduced with "according to" over a woman quoted earlier', () => {
    const text = [
      'Mayor Joan Keller said the town would reopen the bridge. "We are doing everything we can," Keller said.',
      'The water reached the second floor of the library, according to Fire Chief Laura Brennan. "We pulled 47 people out by boat," she said.',
    ].join('\n\n');
    expect(who(text, 'We pulled')).toMatchObject({ speaker: 'Laura Brennan', mention: 'she' });
  });

  it('prefers the subject of the previous sentence over a person inside its reported clause', () => {
    const text =
      'Councilman Victor Lindqvist said Mayor Tom Abernathy has ignored the flooding for years.\n\nHe says that "the pumps have been broken since spring."';
    expect(who(text, 'the pumps')).toMatchObject({ speaker: 'Victor Lindqvist' });
  });

  it('follows a chain of pronouns back to the person they continue', () => {
    const text = [
      'Linda Harwell runs the food bank on Elm Street.',
      "She said she would rather see the money spent on Governor Karen Ellison's school plan than on another audit.",
      '"We feed four hundred families a week," she said.',
    ].join('\n\n');
    expect(who(text, 'We feed')).toMatchObject({ speaker: 'Linda Harwell' });
  });

  it("counts a name opened by its titles at the start of a sentence as that sentence's subject", () => {
    const text = [
      'School board president Arthur Nyberg told the council that the budget "leaves nothing for repairs."',
      'Former county treasurer Walter Pruitt, who retired in March, said on Friday that he had warned the board twice.',
      'The treasurer did not say which members he had spoken to. "They knew the roof would fail," he said.',
    ].join('\n\n');
    expect(who(text, 'They knew')).toMatchObject({ speaker: 'Walter Pruitt', mention: 'he' });
  });

  it('reads a titled name after an opening phrase as the subject of its sentence', () => {
    const text = [
      'Greta Lindahl, a nurse who has worked at the clinic for a decade, said she had not seen the new rules.',
      '"Nobody asked the nurses," Lindahl said.',
      'Speaking in Ashford, county health spokeswoman Nadia Oyelaran repeated that the clinic would stay open.',
      'Families should not worry about the rumours, she told reporters. "Appointments go ahead as booked."',
    ].join('\n\n');
    expect(who(text, 'Appointments go')).toMatchObject({ speaker: 'Nadia Oyelaran' });
  });

  it('takes the subject after a long opening phrase over the speaker of the sentence before', () => {
    const text = [
      '"We will not raise the levy again," Mayor Felix Ortmann said on Tuesday.',
      "Speaking at the end of a long and heated meeting of the council, Councilman Oskar Brandvold attacked Ortmann's levy.",
      '"The numbers do not add up for families," he said.',
    ].join('\n\n');
    expect(who(text, 'The numbers')).toMatchObject({ speaker: 'Oskar Brandvold', mention: 'he' });
  });

  it('never picks a person named only inside a quotation', () => {
    const text = [
      'Dolores Ferrante chairs the county board.',
      '"Nobody told Marta Quinlan about the vote," Ferrante said.',
      '"She deserved to know," she added.',
    ].join('\n\n');
    expect(who(text, 'She deserved')).toMatchObject({ speaker: 'Dolores Ferrante' });
  });
});

describe('a pronoun speaker is a person, and a name is a person only on evidence', () => {
  it('does not take the short form of a school named after someone for a person', () => {
    const text = [
      'Councilman Reuben Askew spent Tuesday morning at the Walter Pryce Elementary School, where the storm tore off half the roof.',
      'Walter Pryce was not just a school that lost its gym, it was the shelter for the whole east side.',
      '"We cannot send those kids back into a building with tarps for a ceiling," he said.',
    ].join('\n\n');
    expect(who(text, 'We cannot send')).toMatchObject({ speaker: 'Reuben Askew', mention: 'he' });
  });

  it('takes a role set off after an unfamiliar name as evidence of a person', () => {
    const text = [
      'Governor Paul Hennessy praised the new winter shelter on Monday.',
      'Kwabena Brannagh, director of the county housing authority, drafted the plan over the summer.',
      '"Forty beds will not get anyone through January," he said.',
    ].join('\n\n');
    expect(who(text, 'Forty beds')).toMatchObject({ speaker: 'Kwabena Brannagh', mention: 'he' });
  });

  it('still takes a real title before an unfamiliar name as evidence of a person', () => {
    const text = [
      'The levee held through the night, according to Republican Senator Odalys Brightwater.',
      '"We were lucky, and luck is not a plan," she said.',
    ].join('\n\n');
    expect(who(text, 'We were lucky')).toMatchObject({ speaker: 'Odalys Brightwater', mention: 'she' });
  });
});

describe('a gender guessed from a first name', () => {
  it('gives way to "she" continuing the subject of the sentence before', () => {
    const text = [
      '"We talk a lot, and we do not always agree," said Marty Kessler, chair of the county parents council.',
      'Kessler approaches it more calmly. She said she would rather see the money spent to elect Governor Karen Ellison than spent on the levy fight.',
      '"They are trying to take opportunity away from kids," she said.',
    ].join('\n\n');
    expect(who(text, 'They are trying')).toMatchObject({ speaker: 'Marty Kessler', mention: 'she' });
  });

  it('does not let "she" reach a man named with a title', () => {
    const text = [
      'Mr. Marty Kessler chairs the county parents council.',
      'Governor Karen Ellison spoke after him. She said the levy would pass.',
      '"They are trying to take opportunity away from kids," she said.',
    ].join('\n\n');
    expect(who(text, 'They are trying')).toMatchObject({ speaker: 'Karen Ellison' });
  });
});
