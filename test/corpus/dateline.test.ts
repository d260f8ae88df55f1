import { afterEach, describe, expect, it } from 'vitest';
import { findDateline, findTitle } from '../../src/corpus/title.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { tempCorpus } from '../helpers/corpus.js';

const LEAD = 'The town council voted 7 to 2 to rebuild the sea wall.';

describe('the date an article gives near its top', () => {
  it.each([
    ['a wire dateline with place, state and date', `HARTWELL, Ohio, March 14, 2024 — ${LEAD}`, '2024-03-14'],
    ['a wire dateline with the day first and an agency', `LONDON, 14 March 2024 (Reuters) - ${LEAD}`, '2024-03-14'],
    ['a wire dateline with an abbreviated month and a double hyphen', `PORT ALDER, Ore., Jan. 28, 2017 -- ${LEAD}`, '2017-01-28'],
    ['a labelled publication time', `Published: Tue 14 Mar 2024 09.00 GMT\n\n${LEAD}`, '2024-03-14'],
    ['an update line with a time first', `Updated 3:45 PM EST, March 14, 2024\n\n${LEAD}`, '2024-03-14'],
    ['a line that is only a date', `Sea wall vote\nMarch 14, 2024\n\n${LEAD}`, '2024-03-14'],
    ['a byline with a date', `Sea wall vote\nBy Jane Okafor | March 14, 2024\n\n${LEAD}`, '2024-03-14'],
    ['the ISO dateline the seeds use', 'Zuckerberg statement\n date 2017-01-28 REX/Shutterstock\n\nText.', '2017-01-28'],
  ])('reads %s', (_, text, date) => {
    expect(findDateline(text)).toBe(date);
  });

  it.each([
    ['a wire dateline with no date', `WASHINGTON (AP) — ${LEAD}`],
    ['a date inside the story', `Sea wall vote\n\nOn March 14, 2024, the council voted to rebuild the wall after a long debate about its cost.`],
    ['a date without a year', `HARTWELL, Ohio, March 14 — ${LEAD}`],
    ['a month and a year only', `Published: May 2019\n\n${LEAD}`],
    ['an impossible day', `Published: February 30, 2024\n\n${LEAD}`],
  ])('reads no date from %s', (_, text) => {
    expect(findDateline(text)).toBeNull();
  });

  it('does not take a date line for the title', () => {
    expect(findTitle(`March 14, 2024\nSea wall vote passes\n\n${LEAD}`, 'x')).toBe('Sea wall vote passes');
  });
});

describe('dates at load', () => {
  let cleanup: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await cleanup?.();
    cleanup = undefined;
  });

  it('a sidecar date still wins over the dateline', async () => {
    const c = await tempCorpus({
      'wall.txt': `Sea wall vote\n\nHARTWELL, Ohio, March 14, 2024 — ${LEAD}\n`,
      'wall.json': JSON.stringify({ date: '2024-03-15' }),
    });
    cleanup = c.cleanup;
    const { articles } = await loadCorpus(c.dir);
    expect(articles[0].date).toBe('2024-03-15');
  });

  it('an article dated only by its wire dateline gets that date', async () => {
    const c = await tempCorpus({ 'wall.txt': `Sea wall vote\n\nHARTWELL, Ohio, March 14, 2024 — ${LEAD}\n` });
    cleanup = c.cleanup;
    const { articles } = await loadCorpus(c.dir);
    expect(articles[0].date).toBe('2024-03-14');
  });
});
