import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { readTopic } from '../../src/answer/topic-read.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Two invented stories: a march downtown, and a firm's contract written with "Co." in it.
const march = article(
  'march',
  'Hundreds marched past the county courthouse on Friday against the new draft rules.\n\n"The objectors stayed peaceful all afternoon," said deputy Lena Ortiz.\n',
);
const contract = article(
  'contract',
  'The port authority renewed its towing contract.\n\n"We signed again with Brandt and Co. because the price held," said director Owen Pike.\n',
);
const index = indexOf(
  [march, contract],
  [
    quoteIn(march, 'The objectors stayed peaceful all afternoon', 'Lena Ortiz', 0),
    quoteIn(contract, 'We signed again with Brandt and Co. because the price held', 'Owen Pike', 0),
  ],
  [person('Lena Ortiz', ['Ortiz']), person('Owen Pike', ['Pike'])],
);

describe('/quote topics: abbreviations of a more specific or more general sense do not stand for the word', () => {
  it('does not read "CO" (a conscientious objector) into "protesters"', () => {
    const forms = readTopic('protesters', undefined).words[0].forms;
    expect(forms.has('objectors')).toBe(true);
    expect(forms.has('co')).toBe(false);
  });

  it('finds the march quotation for "protesters" and not the contract that names a company "Co."', () => {
    const answer = quote(index, 'protesters');
    expect(answer.results.map((r) => r.speaker)).toEqual(['Lena Ortiz']);
  });
});
