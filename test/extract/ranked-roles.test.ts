import { describe, expect, it } from 'vitest';
import { who } from './quotes-helpers.js';

describe('a speaker described by a role ("the president", "the former president")', () => {
  it('is never the holder of a lower office of that role ("Vice President")', () => {
    const text = [
      'Harbor Race Heats Up.',
      'Vice President Dale Orwin joined the debate too, telling the Ledger on Monday, "Both of them can do the job," he said.',
      'Tom Varga took his own turn at the podium, mocking Ruiz at a fish fry in Linden. "Every week my opponent forgets which ferry he promised to save," the former president said, before turning to the budget.',
      '"Give him another year and he may learn the schedule," he said.',
    ].join('\n\n');
    expect(who(text, 'Every week my opponent')).toMatchObject({ speaker: 'the former president', mention: 'the former president' });
    expect(who(text, 'Give him another year')).toMatchObject({ speaker: 'the former president', mention: 'he' });
  });

  it('"the former president" is someone written "former", not the president in office', () => {
    const text = [
      'Harbor Race Heats Up.',
      'On Monday former President Tom Varga praised the ferry deal, and President Ana Brill praised it too.',
      'A rally in Linden heard more of the same later that day. "Ruiz is running against both of us," the former president said.',
    ].join('\n\n');
    expect(who(text, 'Ruiz is running')).toMatchObject({ speaker: 'Tom Varga', mention: 'the former president' });
  });

  it('finds the holder of each rank: the vice president and the president', () => {
    const text = [
      'Harbor Race Heats Up.',
      'President Ana Brill and Vice President Dale Orwin spoke in Linden on Monday.',
      '"We will keep the ferries running," the vice president said.',
      '"We have the money for it," the president said.',
    ].join('\n\n');
    expect(who(text, 'We will keep')).toMatchObject({ speaker: 'Dale Orwin' });
    expect(who(text, 'We have the money')).toMatchObject({ speaker: 'Ana Brill' });
  });
});
