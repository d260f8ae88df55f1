import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news, with the attribution mistakes an extractor makes on such sentences written
// into the records by hand: a name opening another person's description taken for the speaker, a
// quotation of a passage given to the person the passage's other quotation names.

describe('/quote by a named speaker finds the words the passage gives them, whoever they are credited to', () => {
  it('when the credited name only opens the description of the speaker named ("Marlow campaign manager Dana Whitby said")', () => {
    const pier = article('pier', '"We will rebuild the pier by spring," Marlow campaign manager Dana Whitby said.');
    const index = indexOf([pier], [quoteIn(pier, 'We will rebuild the pier by spring', 'Ellen Marlow')], [person('Ellen Marlow', ['Marlow'])]);
    const a = quote(index, 'rebuild the pier', 'Whitby');
    expect(a.results.map((r) => r.text)).toEqual(['We will rebuild the pier by spring']);
  });

  it('when the credited name stands only inside the passage’s other quotation', () => {
    const valley = article('valley', '"Ellen Marlow talks about jobs," Dana Whitby said, and then added: "Our support in the valley is growing."');
    const index = indexOf(
      [valley],
      [quoteIn(valley, 'Ellen Marlow talks about jobs', 'Dana Whitby', 0), quoteIn(valley, 'Our support in the valley is growing', 'Ellen Marlow', 1)],
      [person('Dana Whitby', ['Whitby']), person('Ellen Marlow', ['Marlow'])],
    );
    const a = quote(index, 'our support in the valley is growing', 'Whitby');
    expect(a.results.map((r) => r.text)).toContain('Our support in the valley is growing');
  });

  it('when the speaker’s surname opens with a lowercase particle ("al-Qadri")', () => {
    const river = article('river', 'The imam Yusuf al-Qadri is shown preaching: "The river remembers every drought."');
    const index = indexOf([river], [quoteIn(river, 'The river remembers every drought', null)], []);
    const a = quote(index, 'the river remembers', 'al-Qadri');
    expect(a.results.map((r) => r.text)).toEqual(['The river remembers every drought']);
  });

  it('but not when the credited speaker spoke to the person named ("Marlow told Whitby")', () => {
    const pier = article('pier', '"The pier will have to wait," Marlow told Dana Whitby.');
    const index = indexOf([pier], [quoteIn(pier, 'The pier will have to wait', 'Ellen Marlow')], [person('Ellen Marlow', ['Marlow'])]);
    expect(quote(index, 'the pier will have to wait', 'Whitby').found).toBe(false);
  });

  it('nor when the passage names the two people side by side ("Marlow and Whitby")', () => {
    const pier = article('pier', '"The pier will have to wait," said Marlow and Whitby’s old rival.');
    const index = indexOf([pier], [quoteIn(pier, 'The pier will have to wait', 'Ellen Marlow')], [person('Ellen Marlow', ['Marlow'])]);
    expect(quote(index, 'the pier will have to wait', 'Whitby').found).toBe(false);
  });

  it('nor when the credited people are described by their tie to the person named ("Supporters of Whitby")', () => {
    const road = article('road', 'Supporters of Whitby say the town is on the "wrong road" and needs a change.');
    const index = indexOf([road], [quoteIn(road, 'wrong road', 'Supporters')], []);
    expect(quote(index, 'wrong road', 'Whitby').found).toBe(false);
  });

  it('when the credited name is only the outlet that reported the words ("Whitby said, according to the Ledger")', () => {
    const hall = article('hall', 'The meeting ran late.\n\n"I ask you to keep the hall calm tonight," Whitby said, according to the Ledger.');
    const index = indexOf([hall], [quoteIn(hall, 'I ask you to keep the hall calm tonight', 'the Ledger')], []);
    expect(quote(index, 'keep the hall calm', 'Whitby').results.map((r) => r.text)).toEqual(['I ask you to keep the hall calm tonight']);
  });

  it('when the passage has the speaker named speak and the credited one only act ("Whitby says Marlow ran …")', () => {
    const race = article('race', 'Dana Whitby says her old rival Ellen Marlow ran "a cheerful race for the harbour."');
    const index = indexOf([race], [quoteIn(race, 'a cheerful race for the harbour', 'Ellen Marlow')], [person('Ellen Marlow', ['Marlow'])]);
    expect(quote(index, 'a cheerful race for the harbour', 'Whitby').results.map((r) => r.text)).toEqual(['a cheerful race for the harbour']);
  });

  it('but not when the credited speaker speaks there too ("Marlow said, and Whitby agreed")', () => {
    const pier = article('pier', '"The harbour is safe," Marlow said, and Whitby agreed.');
    const index = indexOf([pier], [quoteIn(pier, 'The harbour is safe', 'Ellen Marlow')], [person('Ellen Marlow', ['Marlow'])]);
    expect(quote(index, 'the harbour is safe', 'Whitby').found).toBe(false);
  });
});
