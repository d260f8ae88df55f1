import { describe, expect, it } from 'vitest';
import { quote } from '../../src/answer/quotes.js';
import { readTopic } from '../../src/answer/topic-read.js';
import { irregularBases } from '../../src/answer/topic-forms.js';
import { article, indexOf, person, quoteIn } from '../helpers/records.js';

// Invented local news: the topics are typed the way people write in a chat box.
const caucus = article(
  'caucus',
  'The county caucus met on Tuesday.\n\n"The Democrats on this board will not vote for the levy," said commissioner Ana Ferreira.\n\n"The road fund is empty," Ferreira added.\n',
);
const race = article(
  'race',
  'The mayoral race tightened this week.\n\n"Being the front-runner this early means nothing," said candidate Tomas Pell.\n\n"We will knock on every door," Pell said.\n',
);
const market = article(
  'market',
  'The farmers market reopened.\n\n"This was the biggest crowd we have had in ten years," said organiser Ruth Amsel.\n\n"Parking was a problem again," Amsel said.\n',
);
const talks = article('talks', 'The trade mission returned on Friday.\n\n"Cuban officials listened, and that is a start," said delegate Ines Moro.\n');
const quotes = [
  quoteIn(talks, 'Cuban officials listened, and that is a start', 'Ines Moro', 0),
  quoteIn(caucus, 'The Democrats on this board will not vote for the levy', 'Ana Ferreira', 0),
  quoteIn(caucus, 'The road fund is empty', 'Ana Ferreira', 1),
  quoteIn(race, 'Being the front-runner this early means nothing', 'Tomas Pell', 0),
  quoteIn(race, 'We will knock on every door', 'Tomas Pell', 1),
  quoteIn(market, 'This was the biggest crowd we have had in ten years', 'Ruth Amsel', 0),
  quoteIn(market, 'Parking was a problem again', 'Ruth Amsel', 1),
];
const index = indexOf([caucus, race, market, talks], quotes, [
  person('Ines Moro', ['Moro']),
  person('Ana Ferreira', ['Ferreira']),
  person('Tomas Pell', ['Pell']),
  person('Ruth Amsel', ['Amsel']),
]);
const top = (topic: string): string | undefined => quote(index, topic).results[0]?.text;

describe('/quote reads topics typed in casual spellings', () => {
  it('"dems" finds the quotation about the Democrats', () => {
    expect(top('dems')).toBe('The Democrats on this board will not vote for the levy');
  });

  it('a closed-up compound ("frontrunner") stands for the words news prints apart ("front-runner")', () => {
    expect(top('frontrunner')).toBe('Being the front-runner this early means nothing');
  });

  it('a closed-up compound is split only where both halves are words: "frontrunner", not "fro ntrunner"', () => {
    const forms = readTopic('frontrunner', undefined).words[0].forms;
    expect(forms.get('front runner')).toBeGreaterThan(0.9);
    expect([...forms.keys()].some((f) => f.startsWith('fro '))).toBe(false);
  });
});

describe('/quote topic words reach their lemmas past the regular endings', () => {
  it('a comparative ("bigger") reaches its adjective and its other degree ("biggest"), past the doubled consonant', () => {
    expect(top('bigger')).toBe('This was the biggest crowd we have had in ten years');
  });

  it('"easier" and "panicking" reach "easy" and "panic"', () => {
    expect(readTopic('easier', undefined).words[0].forms.has('easy')).toBe(true);
    expect(readTopic('panicking', undefined).words[0].forms.has('panic')).toBe(true);
  });

  it('an irregular base is kept only when it inflects back to the word: "ran" is "run", "law" is no past tense of "lee"', () => {
    expect(irregularBases('ran')).toContain('run');
    expect(irregularBases('law')).toEqual([]);
  });
});

describe('/quote reads a national capital as its country', () => {
  it('"havana" finds a quotation about Cuban officials', () => {
    expect(top('havana')).toBe('Cuban officials listened, and that is a start');
  });

  it("a capital's country and its adjective stand for it below the word itself: Moscow → Russia, Russian", () => {
    const forms = readTopic('moscow', undefined).words[0].forms;
    expect(forms.get('russia')).toBeLessThan(1);
    expect(forms.get('russian')).toBeGreaterThan(0.5);
  });
});
